namespace QuyHoach.Data.Planning;

internal sealed class PlanningRoundConfiguration : IEntityTypeConfiguration<PlanningRound>
{
    public void Configure(EntityTypeBuilder<PlanningRound> builder)
    {
        builder.ToTable("planning_rounds", t => t.HasCheckConstraint("ck_planning_rounds_reference_month", "reference_month BETWEEN 1 AND 12"));
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(300);
        builder.Property(r => r.RuleSetId).HasMaxLength(50);
        builder.Property(r => r.RuleSetVersion).HasMaxLength(30);
        builder.Property(r => r.RequestKey).HasMaxLength(PlanningRound.MaxRequestKeyLength);
        builder.HasIndex(r => new { r.RequestKey, r.CreatedByUserId }).IsUnique().HasFilter("request_key IS NOT NULL").HasDatabaseName(PlanningRound.RequestKeyIndex);
        builder.HasOne(r => r.FrozenRuleSet).WithMany().HasForeignKey(r => r.RuleSetVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.FrozenRuleSet).AutoInclude();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ManagementAuthority>().WithMany().HasForeignKey(r => r.ManagementAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Term>().WithMany().HasForeignKey(r => r.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasCreator();
        builder.Property(r => r.CancellationReason).HasMaxLength(2000);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.CancelledByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Titles).WithOne().HasForeignKey(t => t.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundTitleConfiguration : IEntityTypeConfiguration<RoundTitle>
{
    public void Configure(EntityTypeBuilder<RoundTitle> builder)
    {
        builder.ToTable("planning_round_titles", t => t.HasCheckConstraint("ck_planning_round_titles_quota", "quota >= 0"));
        builder.HasKey(t => new { t.RoundId, t.TitleId });
        builder.HasOne<Title>().WithMany().HasForeignKey(t => t.TitleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoundStepConfiguration : IEntityTypeConfiguration<RoundStep>
{
    public void Configure(EntityTypeBuilder<RoundStep> builder)
    {
        builder.ToTable("round_steps");
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.Vote).HasConversion<string>().HasMaxLength(40);
        builder.HasRowVersion(s => s.Version);
        builder.HasIndex(s => new { s.RoundId, s.Number }).IsUnique();
        builder.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.ExtraBodies).WithOne().HasForeignKey(b => b.StepId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundStepBodyConfiguration : IEntityTypeConfiguration<RoundStepBody>
{
    public void Configure(EntityTypeBuilder<RoundStepBody> builder)
    {
        builder.ToTable("round_step_bodies");
        builder.HasKey(b => new { b.StepId, b.BodyId });
        builder.HasOne<Body>().WithMany().HasForeignKey(b => b.BodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SourceListEntryConfiguration : IEntityTypeConfiguration<SourceListEntry>
{
    public void Configure(EntityTypeBuilder<SourceListEntry> builder)
    {
        builder.ToTable("source_list_entries");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Outcome).HasMaxLength(40);
        builder.Property(e => e.ReasonsJson).HasColumnType("jsonb");
        builder.Property(e => e.RuleSetRef).HasMaxLength(90);
        builder.Property(e => e.AgeReference).HasMaxLength(7);
        builder.Property(e => e.Justification).HasMaxLength(2000);
        builder.Property(e => e.Grounds).HasMaxLength(2000);
        builder.HasIndex(e => new { e.RoundId, e.TitleId, e.CadreId }).IsUnique();
        builder.HasOne<PlanningRound>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Title>().WithMany().HasForeignKey(e => e.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cadre>().WithMany().HasForeignKey(e => e.CadreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.AddedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
