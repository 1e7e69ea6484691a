using QuyHoach.Data.Uploads;

namespace QuyHoach.Data.Imports;

/// <summary>
/// Lần tải lên (nhập dữ liệu từ Excel): one upload of one user, from its validation report to its outcome, kept in the
/// database so that any instance can show or finish it and a restart loses nothing. The parsed rows, the report and
/// the outcome are JSON written and read by the import feature; this type only stores them (an
/// <see cref="UploadSession"/>, like the exchange's uploads).
/// </summary>
public sealed class ImportSession : UploadSession
{
    public ImportState State { get; set; }

    /// <summary>True when the report found no issue: only then may the rows be applied.</summary>
    public bool CanApply { get; set; }

    /// <summary>0–100 while applying.</summary>
    public int Progress { get; set; }

    /// <summary>The validation report as shown before applying (jsonb).</summary>
    public string Report { get; set; } = "{}";

    /// <summary>The valid rows of every sheet (jsonb); read only when applying.</summary>
    public string ParsedRows { get; set; } = "{}";

    /// <summary>Last sign of life of the instance applying it; a stale one means that instance stopped.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
}

internal sealed class ImportSessionConfiguration : IEntityTypeConfiguration<ImportSession>
{
    public void Configure(EntityTypeBuilder<ImportSession> builder)
    {
        UploadSessionMapping.Map(builder, "import_sessions");
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Report).HasColumnType("jsonb");
        builder.Property(s => s.ParsedRows).HasColumnType("jsonb");
    }
}
