namespace QuyHoach.Data.Planning;

internal sealed class TallyEntryConfiguration : IEntityTypeConfiguration<TallyEntry>
{
    public void Configure(EntityTypeBuilder<TallyEntry> builder)
    {
        builder.ToTable("tally_entries", t => t.HasCheckConstraint("ck_tally_entries_numbers", "returned <= issued AND returned = valid + invalid AND invalid >= 0 AND valid >= 0"));
        builder.HasIndex(e => e.BallotId);

        // One live entry per member per ballot (docs/security.md): a double-click or a retried request can never leave two
        // standing entries by one person, which wedged the ballot (the second member was refused, the first got a 500).
        builder.HasIndex(e => new { e.BallotId, e.EnteredByUserId }).IsUnique().HasFilter("NOT superseded").HasDatabaseName(TallyEntry.LiveEntryIndex);
        builder.HasOne<Ballot>().WithMany().HasForeignKey(e => e.BallotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.EnteredByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Votes).WithOne().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TallyEntryVoteConfiguration : IEntityTypeConfiguration<TallyEntryVote>
{
    public void Configure(EntityTypeBuilder<TallyEntryVote> builder)
    {
        builder.ToTable("tally_entry_votes", t => t.HasCheckConstraint("ck_tally_entry_votes_agree", "agree >= 0"));
        builder.HasKey(v => new { v.EntryId, v.CandidateId });
        builder.HasOne<BallotCandidate>().WithMany().HasForeignKey(v => v.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TallyCorrectionConfiguration : IEntityTypeConfiguration<TallyCorrection>
{
    public void Configure(EntityTypeBuilder<TallyCorrection> builder)
    {
        builder.ToTable("tally_corrections");
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.BeforeJson).HasColumnType("jsonb");
        builder.Property(c => c.AfterJson).HasColumnType("jsonb");
        builder.HasIndex(c => c.BallotId);
        builder.HasOne<Ballot>().WithMany().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CorrectedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HeadDecisionConfiguration : IEntityTypeConfiguration<HeadDecision>
{
    public void Configure(EntityTypeBuilder<HeadDecision> builder)
    {
        builder.ToTable("head_decisions");
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.HasIndex(d => d.BallotId).IsUnique();
        builder.HasOne<Ballot>().WithMany().HasForeignKey(d => d.BallotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cadre>().WithMany().HasForeignKey(d => d.DecidedByCadreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasRecorder();
    }
}
