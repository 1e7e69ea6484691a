using QuyHoach.Data.Planning;

namespace QuyHoach.Data.Counting;

internal sealed class ScanUploadConfiguration : IEntityTypeConfiguration<ScanUpload>
{
    public void Configure(EntityTypeBuilder<ScanUpload> builder)
    {
        builder.ToTable("scan_uploads", t => t.HasCheckConstraint("ck_scan_uploads_progress", "progress BETWEEN 0 AND 100"));
        builder.Property(s => s.FileName).HasMaxLength(ScanUpload.FileNameMaxLength);
        builder.Property(s => s.FileHash).HasMaxLength(64);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.ConferenceId, s.UploadedByUserId, s.FileHash }).IsUnique().HasDatabaseName(ScanUpload.SameFileIndex);
        builder.HasIndex(s => s.State);
        builder.HasOne<Conference>().WithMany().HasForeignKey(s => s.ConferenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScanPageConfiguration : IEntityTypeConfiguration<ScanPage>
{
    public void Configure(EntityTypeBuilder<ScanPage> builder)
    {
        builder.ToTable("scan_pages");
        builder.Property(p => p.Hash).HasMaxLength(64);
        builder.HasIndex(p => new { p.UploadId, p.Index }).IsUnique();
        builder.HasOne<ScanUpload>().WithMany().HasForeignKey(p => p.UploadId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanSheetConfiguration : IEntityTypeConfiguration<ScanSheet>
{
    public void Configure(EntityTypeBuilder<ScanSheet> builder)
    {
        builder.ToTable("scan_sheets");
        builder.Property(s => s.SheetCode).HasMaxLength(16);
        builder.Property(s => s.ReadOutcome).HasMaxLength(20);
        builder.Property(s => s.ReadReason).HasMaxLength(30);
        builder.Property(s => s.Boxes).HasColumnType("jsonb");
        builder.Property(s => s.Decision).HasMaxLength(20);
        builder.Property(s => s.DecidedLines).HasColumnType("jsonb");
        builder.Property(s => s.WriteIn).HasMaxLength(500);
        builder.Property(s => s.DecisionReason).HasMaxLength(2000);
        builder.HasIndex(s => new { s.UploadId, s.Position }).IsUnique();
        builder.HasIndex(s => s.BallotId);
        builder.HasOne<ScanUpload>().WithMany().HasForeignKey(s => s.UploadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Ballot>().WithMany().HasForeignKey(s => s.BallotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ScanSheet>().WithMany().HasForeignKey(s => s.JoinedInto).OnDelete(DeleteBehavior.SetNull);
    }
}
