using QuyHoach.Data.Uploads;

namespace QuyHoach.Data.Exchange;

/// <summary>
/// Tệp trao đổi đã tải lên: one file from the national cadre database, kept between its report of differences and the
/// confirmation (migration 0030), an <see cref="UploadSession"/> like the registry import's. The records, the problems
/// and the outcome are JSON written by the exchange feature.
/// </summary>
public sealed class ExchangeUpload : UploadSession
{
    /// <summary>The file's records (jsonb), empty when the file was refused.</summary>
    public string Records { get; set; } = "[]";

    /// <summary>Why the file was refused (jsonb list of Vietnamese messages naming the line), empty when it was read.</summary>
    public string Problems { get; set; } = "[]";

    /// <summary>Set by the one conditional UPDATE that claims the upload, in the applying transaction.</summary>
    public DateTimeOffset? AppliedAt { get; set; }
}

internal sealed class ExchangeUploadConfiguration : IEntityTypeConfiguration<ExchangeUpload>
{
    public void Configure(EntityTypeBuilder<ExchangeUpload> builder)
    {
        UploadSessionMapping.Map(builder, "exchange_uploads");
        builder.Property(s => s.Records).HasColumnType("jsonb");
        builder.Property(s => s.Problems).HasColumnType("jsonb");
    }
}
