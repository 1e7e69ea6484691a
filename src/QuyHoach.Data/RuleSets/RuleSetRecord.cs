namespace QuyHoach.Data.RuleSets;

/// <summary>
/// Phiên bản bộ quy tắc: one version of a rule set as stored (R-REG-4): the document as written (built in, or
/// uploaded by an administrator), its complete form (an override merged onto the base it extended at upload, so the
/// version never changes afterwards), and when it was activated. The current version of a set is its last activated
/// one; a round keeps the version it froze (<see cref="Planning.PlanningRound.RuleSetVersionId"/>). Rows never change
/// except for activation.
/// </summary>
public sealed class RuleSetRecord
{
    public Guid Id { get; set; }

    /// <summary>Mã bộ quy tắc, e.g. <c>qd377</c>, <c>qd377-ninh-binh</c>.</summary>
    public string RuleSetId { get; set; } = "";

    public string Version { get; set; } = "";

    /// <summary>The base set an override extends; null for a base set.</summary>
    public string? ExtendsId { get; set; }

    /// <summary>The base set's version the override was merged onto.</summary>
    public string? ExtendsVersion { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The JSON as uploaded (or embedded).</summary>
    public string Document { get; set; } = "";

    /// <summary>The complete JSON (merged, without <c>extends</c>).</summary>
    public string Resolved { get; set; } = "";

    /// <summary>SHA-256 of <see cref="Document"/> (hex): the same file uploaded twice is the same version.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Embedded in the application (seeded at start), not uploaded.</summary>
    public bool BuiltIn { get; set; }

    public Guid? UploadedByUserId { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public Guid? ActivatedByUserId { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }
}

internal sealed class RuleSetRecordConfiguration : IEntityTypeConfiguration<RuleSetRecord>
{
    public void Configure(EntityTypeBuilder<RuleSetRecord> builder)
    {
        builder.ToTable("rule_set_versions");
        builder.Property(r => r.RuleSetId).HasMaxLength(50);
        builder.Property(r => r.Version).HasMaxLength(30);
        builder.Property(r => r.ExtendsId).HasMaxLength(50);
        builder.Property(r => r.ExtendsVersion).HasMaxLength(30);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasIndex(r => new { r.RuleSetId, r.Version }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ActivatedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
