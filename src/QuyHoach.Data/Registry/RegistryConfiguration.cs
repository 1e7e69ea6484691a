namespace QuyHoach.Data.Registry;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> builder)
    {
        builder.ToTable("terms", t => t.HasCheckConstraint("ck_terms_years", "party_start_year < party_end_year AND state_start_year < state_end_year"));
        builder.Property(t => t.Code).HasMaxLength(20);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> builder)
    {
        builder.ToTable("bodies");
        builder.Property(b => b.Code).HasMaxLength(50);
        builder.Property(b => b.Name).HasMaxLength(300);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(b => b.Code).IsUnique();
        builder.HasIndex(b => new { b.Name, b.OrganisationId }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Members).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BodyMembershipConfiguration : IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<BodyMembership> builder)
    {
        builder.ToTable("body_memberships", t => t.HasCheckConstraint("ck_body_memberships_dates", "\"to\" IS NULL OR \"to\" >= \"from\""));
        builder.Property(m => m.Position).HasMaxLength(100);
        builder.HasOne<Cadre>().WithMany().HasForeignKey(m => m.CadreId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ManagementAuthorityConfiguration : IEntityTypeConfiguration<ManagementAuthority>
{
    public void Configure(EntityTypeBuilder<ManagementAuthority> builder)
    {
        builder.ToTable("management_authorities");
        builder.Property(a => a.Code).HasMaxLength(50);
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Body>().WithMany().HasForeignKey(a => a.ApprovingBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TitleConfiguration : IEntityTypeConfiguration<Title>
{
    public void Configure(EntityTypeBuilder<Title> builder)
    {
        builder.ToTable("titles");
        builder.Property(t => t.Code).HasMaxLength(50);
        builder.Property(t => t.Name).HasMaxLength(300);
        builder.Property(t => t.Level).HasMaxLength(30);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.TermTrack).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.RequiredPoliticalTheory).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.RequiredProfessional).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.RequiredStateManagement).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.StandardsNote).HasMaxLength(2000);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ManagementAuthority>().WithMany().HasForeignKey(t => t.ManagementAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.SourceGroups).WithOne().HasForeignKey(g => g.TitleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TitleSourceGroupConfiguration : IEntityTypeConfiguration<TitleSourceGroup>
{
    public void Configure(EntityTypeBuilder<TitleSourceGroup> builder)
    {
        builder.ToTable("title_source_groups", t => t.HasCheckConstraint("ck_title_source_groups_number", "number >= 1"));
        builder.HasIndex(g => new { g.TitleId, g.Number }).IsUnique();
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.SourceGroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TitleSourceGroupMemberConfiguration : IEntityTypeConfiguration<TitleSourceGroupMember>
{
    public void Configure(EntityTypeBuilder<TitleSourceGroupMember> builder)
    {
        builder.ToTable("title_source_group_members");
        builder.HasKey(m => new { m.SourceGroupId, m.SourceTitleId });
        builder.HasOne<Title>().WithMany().HasForeignKey(m => m.SourceTitleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentIssuerConfiguration : IEntityTypeConfiguration<DocumentIssuer>
{
    public void Configure(EntityTypeBuilder<DocumentIssuer> builder)
    {
        builder.ToTable("document_issuers");
        builder.Property(i => i.Layout).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Superior).HasMaxLength(300);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.ShortName).HasMaxLength(300);
        builder.Property(i => i.Code).HasMaxLength(30);
        builder.Property(i => i.Place).HasMaxLength(100);
        builder.Property(i => i.HeadPosition).HasMaxLength(100);
        builder.Property(i => i.Collective).HasMaxLength(100);
        builder.Property(i => i.Proposer).HasMaxLength(300);
        builder.Property(i => i.OfficeName).HasMaxLength(300);
        builder.Property(i => i.OfficeCode).HasMaxLength(30);
        builder.Property(i => i.OfficeHead).HasMaxLength(100);
        builder.HasIndex(i => new { i.OrganisationId, i.Layout }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
