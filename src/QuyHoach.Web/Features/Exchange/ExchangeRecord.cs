using System.Text.Json.Serialization;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// Hồ sơ trao đổi: one cadre's record as the exchange file carries it, keyed by số định danh cá nhân (R-PIN-2,
/// R-XCH-1). Property names and formats are documented field by field in docs/exchange.md; dates are ISO 8601
/// (a birth date may be only "yyyy" or "yyyy-MM").
/// </summary>
public sealed record ExchangeRecord
{
    [JsonPropertyName("soDinhDanhCaNhan")]
    public string? PersonalIdNumber { get; init; }

    [JsonPropertyName("hoVaTen")]
    public string? FullName { get; init; }

    /// <summary>"Nam" or "Nữ".</summary>
    [JsonPropertyName("gioiTinh")]
    public string? Sex { get; init; }

    [JsonPropertyName("ngaySinh")]
    public string? BirthDate { get; init; }

    [JsonPropertyName("danToc")]
    public string? Ethnicity { get; init; }

    [JsonPropertyName("queQuan")]
    public string? Hometown { get; init; }

    [JsonPropertyName("ngayVaoDang")]
    public string? PartyJoinedOn { get; init; }

    [JsonPropertyName("ngayMat")]
    public string? DiedOn { get; init; }

    /// <summary>Exported for the reader; an imported value is not written (the unit's own registry decides it).</summary>
    [JsonPropertyName("coQuanDonVi")]
    public string? Unit { get; init; }

    /// <summary>Exported only, like <see cref="Unit"/>.</summary>
    [JsonPropertyName("chucVu")]
    public string? Title { get; init; }

    /// <summary>Exported only, like <see cref="Unit"/>.</summary>
    [JsonPropertyName("lyLuanChinhTri")]
    public string? PoliticalTheory { get; init; }

    /// <summary>Exported only, like <see cref="Unit"/>.</summary>
    [JsonPropertyName("quanLyNhaNuoc")]
    public string? StateManagement { get; init; }

    /// <summary>Mã cán bộ of the exporting unit: exported for the reader, never a key.</summary>
    [JsonPropertyName("maCanBo")]
    public string? Code { get; init; }
}

/// <summary>A cadre the export could not carry, and why (R-XCH-1: no record without a personal identification number).</summary>
public sealed record NotExchangeable(
    [property: JsonPropertyName("maCanBo")] string Code,
    [property: JsonPropertyName("hoVaTen")] string FullName,
    [property: JsonPropertyName("lyDo")] string Reason);

/// <summary>Tệp trao đổi: the envelope of an exchange file (docs/exchange.md).</summary>
public sealed record ExchangeDocument
{
    public const string FormatName = "quyhoach-csdl-can-bo";

    public const int CurrentVersion = 1;

    [JsonPropertyName("dinhDang")]
    public string? Format { get; init; }

    [JsonPropertyName("phienBan")]
    public int Version { get; init; }

    [JsonPropertyName("thoiDiemXuat")]
    public DateTimeOffset? ExportedAt { get; init; }

    /// <summary>The "changed since" moment of a synchronisation export (R-XCH-3); null for a full export.</summary>
    [JsonPropertyName("thayDoiSau")]
    public DateTimeOffset? ChangedSince { get; init; }

    [JsonPropertyName("hoSo")]
    public IReadOnlyList<ExchangeRecord>? Records { get; init; }

    /// <summary>Listed for completion; an import ignores it.</summary>
    [JsonPropertyName("chuaTraoDoiDuoc")]
    public IReadOnlyList<NotExchangeable>? NotExchangeable { get; init; }
}

/// <summary>A record of an uploaded file with the line of the file where it starts.</summary>
public sealed record LinedRecord(int Line, ExchangeRecord Record);
