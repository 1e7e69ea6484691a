namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// One field the import compares and may write (R-XCH-2): its Vietnamese name, how a record carries it, and how a
/// confirmed value is written to the cadre. The work fields (unit, title, training levels) are exported only: the
/// unit's own registry and procedures decide them, so an imported value is neither compared nor written.
/// </summary>
public sealed record ExchangeField(string Label, Func<ExchangeRecord, string?> Read, Action<Cadre, ExchangeRecord> Write)
{
    public static IReadOnlyList<ExchangeField> Compared { get; } =
    [
        new("Họ và tên", r => r.FullName, (c, r) => c.FullName = r.FullName!),
        new("Giới tính", r => r.Sex, (c, r) => c.Sex = ExchangeFormats.ParseSex(r.Sex)!.Value),
        new("Ngày sinh", r => r.BirthDate, (c, r) =>
        {
            var birth = ExchangeFormats.ParsePartial(r.BirthDate)!.Value;
            (c.BirthYear, c.BirthMonth, c.BirthDay) = (birth.Year, birth.Month, birth.Day);
        }),
        new("Dân tộc", r => r.Ethnicity, (c, r) => c.Ethnicity = r.Ethnicity),
        new("Quê quán", r => r.Hometown, (c, r) => c.Hometown = r.Hometown),
        new("Ngày vào Đảng", r => r.PartyJoinedOn, (c, r) => c.PartyJoinedOn = ExchangeFormats.ParseDay(r.PartyJoinedOn)),
        new("Ngày mất", r => r.DiedOn, (c, r) => c.DiedOn = ExchangeFormats.ParseDay(r.DiedOn)),
    ];

    /// <summary>The value as compared: blank is no value.</summary>
    public string? Value(ExchangeRecord record) => Read(record) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
