using System.Text.Json;
using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Web.Features.Access;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// Xuất hồ sơ trao đổi (R-XCH-1, R-XCH-3): the records of the user's scope (or one unit's subtree), all of them or
/// only those changed after a moment, keyed by personal identification number. A cadre without one is listed as not
/// exchangeable. Personnel data leaving the system: each export is audited with what was asked and how many left.
/// </summary>
public sealed class ExchangeExport(QuyHoachDbContext db, TimeProvider clock)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Names sort the Vietnamese way (given name, then the whole name).</summary>
    private static readonly StringComparer NameOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);

    /// <summary>Read and audited; null when <paramref name="unitId"/> is outside the user's scope.</summary>
    public async Task<ExchangeDocument?> ExportAsync(UserAccess access, Guid? unitId, DateTimeOffset? changedSince, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (unitId is { } unit && !access.Sees(unit))
        {
            return null;
        }

        changedSince = changedSince?.ToUniversalTime(); // timestamptz takes UTC
        var organisations = (unitId is { } root ? access.Subtree(root) : access.OrganisationIds).ToList();
        var cadres = db.Cadres.Where(c => organisations.Contains(c.OrganisationId));
        if (changedSince is { } since)
        {
            cadres = cadres.Where(c => c.UpdatedAt > since); // strictly after the moment (ix_cadres_updated_at)
        }

        var read = await ExchangeRecords.ReadAsync(db, cadres, cancellationToken).ConfigureAwait(false);
        var document = new ExchangeDocument
        {
            Format = ExchangeDocument.FormatName,
            Version = ExchangeDocument.CurrentVersion,
            ExportedAt = clock.GetUtcNow(),
            ChangedSince = changedSince,
            Records = [.. read.Where(c => c.Record.PersonalIdNumber is not null).Select(c => c.Record).OrderBy(r => r.PersonalIdNumber, StringComparer.Ordinal)],
            NotExchangeable = [.. read.Where(c => c.Record.PersonalIdNumber is null)
                .OrderBy(c => c.GivenName, NameOrder).ThenBy(c => c.FullName, NameOrder).ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new NotExchangeable(c.Code, c.FullName, "Chưa có số định danh cá nhân"))],
        };
        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.ExchangeExported, "cadre-exchange", null, access.RootId,
            after: new { records = document.Records.Count, notExchangeable = document.NotExchangeable.Count, unit = unitId, changedSince, format }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return document;
    }

    public static byte[] Json(ExchangeDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, ExchangeJson.Options);

    /// <summary>The same records as a workbook for people: one sheet of records, one of those not exchangeable.</summary>
    public static byte[] Xlsx(ExchangeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, [
            new TableSheet("Hồ sơ", [.. ExchangeColumns.All.Select(c => new SheetColumn(c.Label, c.Width, Text: true))],
                (document.Records ?? []).Select(r => (IReadOnlyList<string?>)[.. ExchangeColumns.All.Select(c => ExchangeFormats.Display(c.Read(r)))])),
            new TableSheet("Chưa trao đổi được", [new SheetColumn("Mã cán bộ", 14), new SheetColumn("Họ và tên", 28), new SheetColumn("Lý do", 40)],
                (document.NotExchangeable ?? []).Select(n => (IReadOnlyList<string?>)[n.Code, n.FullName, n.Reason])),
        ]);
        return stream.ToArray();
    }
}

/// <summary>The exchange workbook's columns, in the file's field order (docs/exchange.md).</summary>
public sealed record ExchangeColumns(string Label, double Width, Func<ExchangeRecord, string?> Read)
{
    public static IReadOnlyList<ExchangeColumns> All { get; } =
    [
        new("Số định danh cá nhân", 16, r => r.PersonalIdNumber),
        new("Họ và tên", 28, r => r.FullName),
        new("Giới tính", 10, r => r.Sex),
        new("Ngày sinh", 12, r => r.BirthDate),
        new("Dân tộc", 10, r => r.Ethnicity),
        new("Quê quán", 28, r => r.Hometown),
        new("Ngày vào Đảng", 14, r => r.PartyJoinedOn),
        new("Ngày mất", 12, r => r.DiedOn),
        new("Cơ quan, đơn vị", 30, r => r.Unit),
        new("Chức vụ", 30, r => r.Title),
        new("Lý luận chính trị", 18, r => r.PoliticalTheory),
        new("Quản lý nhà nước", 20, r => r.StateManagement),
        new("Mã cán bộ", 14, r => r.Code),
    ];
}
