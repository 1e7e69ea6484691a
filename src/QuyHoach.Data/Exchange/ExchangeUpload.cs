using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QuyHoach.Data.Identity;

namespace QuyHoach.Data.Exchange;

/// <summary>
/// Tệp trao đổi đã tải lên: one file from the national cadre database, kept between its report of differences and the
/// confirmation (migration 0030). The records, the problems and the outcome are JSON written by the exchange feature.
/// </summary>
public sealed class ExchangeUpload
{
    public const int FileNameMaxLength = 260;

    public Guid Id { get; set; }

    /// <summary>The account that uploaded the file: the only one who may see or apply it.</summary>
    public Guid OwnerId { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>The file's records (jsonb), empty when the file was refused.</summary>
    public string Records { get; set; } = "[]";

    /// <summary>Why the file was refused (jsonb list of Vietnamese messages naming the line), empty when it was read.</summary>
    public string Problems { get; set; } = "[]";

    /// <summary>What applying wrote (jsonb), null before.</summary>
    public string? Outcome { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Set by the one conditional UPDATE that claims the upload, in the applying transaction.</summary>
    public DateTimeOffset? AppliedAt { get; set; }
}

internal sealed class ExchangeUploadConfiguration : IEntityTypeConfiguration<ExchangeUpload>
{
    public void Configure(EntityTypeBuilder<ExchangeUpload> builder)
    {
        builder.ToTable("exchange_uploads");
        builder.Property(s => s.FileName).HasMaxLength(ExchangeUpload.FileNameMaxLength);
        builder.Property(s => s.Records).HasColumnType("jsonb");
        builder.Property(s => s.Problems).HasColumnType("jsonb");
        builder.Property(s => s.Outcome).HasColumnType("jsonb");
        builder.HasIndex(s => s.OwnerId);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
