namespace QuyHoach.Data.Planning;

internal sealed class ConferenceConfiguration : IEntityTypeConfiguration<Conference>
{
    public void Configure(EntityTypeBuilder<Conference> builder)
    {
        builder.ToTable("conferences");
        builder.Property(c => c.Venue).HasMaxLength(300);
        builder.HasRowVersion(c => c.Version);
        builder.HasIndex(c => c.StepId).IsUnique();
        builder.HasOne<RoundStep>().WithMany().HasForeignKey(c => c.StepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.OpenedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Counters).WithOne().HasForeignKey(m => m.ConferenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConvenedMemberConfiguration : IEntityTypeConfiguration<ConvenedMember>
{
    public void Configure(EntityTypeBuilder<ConvenedMember> builder)
    {
        builder.ToTable("convened_members");
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.Property(m => m.Position).HasMaxLength(300);
        builder.HasIndex(m => new { m.ConferenceId, m.CadreId }).IsUnique();
        builder.HasOne<Cadre>().WithMany().HasForeignKey(m => m.CadreId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CountingCommitteeMemberConfiguration : IEntityTypeConfiguration<CountingCommitteeMember>
{
    public void Configure(EntityTypeBuilder<CountingCommitteeMember> builder)
    {
        builder.ToTable("counting_committee_members");
        builder.HasKey(m => new { m.ConferenceId, m.UserId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        builder.ToTable("ballots");
        builder.Property(b => b.Vote).HasConversion<string>().HasMaxLength(40);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.ResolutionReason).HasMaxLength(2000);
        builder.HasIndex(b => new { b.ConferenceId, b.TitleId }).IsUnique();
        builder.HasOne<Conference>().WithMany().HasForeignKey(b => b.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Title>().WithMany().HasForeignKey(b => b.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.ResolvedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Candidates).WithOne().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BallotCandidateConfiguration : IEntityTypeConfiguration<BallotCandidate>
{
    public void Configure(EntityTypeBuilder<BallotCandidate> builder)
    {
        builder.ToTable("ballot_candidates");
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.HasIndex(c => new { c.BallotId, c.Position }).IsUnique();
        builder.HasOne<Cadre>().WithMany().HasForeignKey(c => c.CadreId).OnDelete(DeleteBehavior.Restrict);
    }
}
