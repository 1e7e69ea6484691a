using System.Globalization;

namespace QuyHoach.Domain.RuleSets;

/// <summary>Văn bản áp dụng cho: which documents cite a legal document among their bases.</summary>
public enum LegalDocumentUse
{
    /// <summary>Both Party and State documents.</summary>
    All,

    /// <summary>Party documents only (e.g. the Party Charter, HD 36-HD/VPTW).</summary>
    Party,

    /// <summary>State documents only (NĐ 30/2020/NĐ-CP).</summary>
    State,

    /// <summary>
    /// Cited by the legal bases of verdict reasons only, never among a document's căn cứ lines (a law such as Bộ luật
    /// Lao động, a discipline regulation).
    /// </summary>
    Reasons,
}

/// <summary>
/// Văn bản căn cứ: one legal document of a rule set's catalogue (number, date, issuer, Vietnamese name), the one place
/// generated documents cite their bases from, so a QĐ 377 round cites QĐ 377 and a QĐ 50 round QĐ 50.
/// </summary>
/// <param name="Kind">Loại văn bản, e.g. "Quy định", "Hướng dẫn", "Kế hoạch", "Điều lệ".</param>
/// <param name="Number">Số, ký hiệu, e.g. "50-QĐ/TW"; null for a document cited by name only (the Party Charter).</param>
/// <param name="Date">Ngày ban hành; null with <paramref name="Number"/>.</param>
/// <param name="Issuer">Cơ quan ban hành, e.g. "Bộ Chính trị"; null for a document cited by name only.</param>
/// <param name="Name">Trích yếu, e.g. "về công tác quy hoạch cán bộ", or the name itself ("Đảng Cộng sản Việt Nam").</param>
/// <param name="Use">Which documents cite it.</param>
public sealed record LegalDocument(string Kind, string? Number, DateOnly? Date, string? Issuer, string Name, LegalDocumentUse Use)
{
    /// <summary>
    /// "Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;" or "Căn cứ Điều lệ
    /// Đảng Cộng sản Việt Nam;": a căn cứ line ends with a semicolon (HD 36-HD/VPTW, NĐ 30/2020).
    /// </summary>
    public string BasisLine()
    {
        var number = Number is null ? "" : $" số {Number}";
        var date = Date is { } d ? " ngày " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
        var issuer = Issuer is null ? "" : $" của {Issuer}";
        return $"Căn cứ {Kind}{number}{date}{issuer} {Name};";
    }

    /// <summary>
    /// How a reason's legal basis names it: "Quy định số 50-QĐ/TW ngày 27/12/2021", or "Điều lệ Đảng Cộng sản Việt Nam"
    /// without a number.
    /// </summary>
    public string Reference()
    {
        if (Number is null)
        {
            return $"{Kind} {Name}";
        }

        var date = Date is { } d ? " ngày " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
        return $"{Kind} số {Number}{date}";
    }

    /// <summary>True when a document in the Party (<paramref name="party"/>) or State layout cites it.</summary>
    public bool CitedBy(bool party) => Use switch
    {
        LegalDocumentUse.All => true,
        LegalDocumentUse.Party => party,
        LegalDocumentUse.State => !party,
        LegalDocumentUse.Reasons => false,
    };
}
