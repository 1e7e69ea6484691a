using System.Text.Json;
using QuyHoach.Documents.Spreadsheets;

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

/// <summary>
/// The exchange workbook's columns, in the file's field order (docs/exchange.md): the one mapping between a column and
/// a record's field, both ways (the export writes it, <see cref="ExchangeXlsx"/> reads it back). Dates show as
/// dd/MM/yyyy in the workbook and are ISO in the record.
/// </summary>
public sealed record ExchangeColumns(string Label, double Width, Func<ExchangeRecord, string?> Read, Func<ExchangeRecord, string?, ExchangeRecord> With, bool IsDate = false)
{
    public static IReadOnlyList<ExchangeColumns> All { get; } =
    [
        new("Số định danh cá nhân", 16, r => r.PersonalIdNumber, (r, v) => r with { PersonalIdNumber = v }),
        new("Họ và tên", 28, r => r.FullName, (r, v) => r with { FullName = v }),
        new("Giới tính", 10, r => r.Sex, (r, v) => r with { Sex = v }),
        new("Ngày sinh", 12, r => r.BirthDate, (r, v) => r with { BirthDate = v }, IsDate: true),
        new("Dân tộc", 10, r => r.Ethnicity, (r, v) => r with { Ethnicity = v }),
        new("Quê quán", 28, r => r.Hometown, (r, v) => r with { Hometown = v }),
        new("Ngày vào Đảng", 14, r => r.PartyJoinedOn, (r, v) => r with { PartyJoinedOn = v }, IsDate: true),
        new("Ngày mất", 12, r => r.DiedOn, (r, v) => r with { DiedOn = v }, IsDate: true),
        new("Cơ quan, đơn vị", 30, r => r.Unit, (r, v) => r with { Unit = v }),
        new("Chức vụ", 30, r => r.Title, (r, v) => r with { Title = v }),
        new("Lý luận chính trị", 18, r => r.PoliticalTheory, (r, v) => r with { PoliticalTheory = v }),
        new("Quản lý nhà nước", 20, r => r.StateManagement, (r, v) => r with { StateManagement = v }),
        new("Mã cán bộ", 14, r => r.Code, (r, v) => r with { Code = v }),
    ];

    /// <summary>A cell's text as the record carries it: a date shown dd/MM/yyyy (MM/yyyy, yyyy) back to ISO.</summary>
    public string? FromCell(string? text) => IsDate ? ExchangeFormats.FromDisplay(text) : text;
}
