using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Documents.Exports;

/// <summary>One cadre of a filtered list, as the caller projected it (names already resolved).</summary>
/// <param name="Code">Mã cán bộ.</param>
/// <param name="FullName">Họ và tên.</param>
/// <param name="Sex">Giới tính.</param>
/// <param name="BirthDate">Ngày sinh, possibly partial.</param>
/// <param name="Ethnicity">Dân tộc.</param>
/// <param name="Unit">Cơ quan, đơn vị (name).</param>
/// <param name="CurrentTitle">Chức vụ hiện tại (name); null = chuyên viên.</param>
/// <param name="PoliticalTheory">Lý luận chính trị.</param>
/// <param name="StudyingPoliticalTheory">The LLCT level is being studied.</param>
/// <param name="StateManagement">Quản lý nhà nước.</param>
/// <param name="LatestRating">Xếp loại of the latest evaluated year.</param>
/// <param name="LatestRatingYear">That year.</param>
/// <param name="PersonalIdNumber">Số định danh cá nhân (R-PIN-1); null = not yet completed.</param>
public sealed record CadreListRow(
    string Code,
    string FullName,
    Sex? Sex,
    PartialDate? BirthDate,
    string? Ethnicity,
    string? Unit,
    string? CurrentTitle,
    PoliticalTheoryLevel? PoliticalTheory,
    bool StudyingPoliticalTheory,
    StateManagementLevel? StateManagement,
    Rating? LatestRating,
    int? LatestRatingYear,
    string? PersonalIdNumber = null);

/// <summary>Xuất danh sách cán bộ: the filtered cadre list as one sheet, every cell plain text (never a formula).</summary>
public static class CadreListExport
{
    public const string SheetName = "Danh sách cán bộ";

    private static readonly SheetColumn[] Columns =
    [
        new("Mã cán bộ", 14), new("Họ và tên", 28), new("Giới tính", 10), new("Ngày sinh", 12),
        new("Số định danh cá nhân", 16), new("Dân tộc", 10), new("Cơ quan, đơn vị", 30), new("Chức vụ hiện tại", 30),
        new("Lý luận chính trị", 20), new("Quản lý nhà nước", 20), new("Xếp loại gần nhất", 18),
    ];

    public static void Write(Stream output, IEnumerable<CadreListRow> cadres)
    {
        ArgumentNullException.ThrowIfNull(cadres);
        TableWorkbook.WriteNumbered(output, SheetName, Columns, cadres, Cells);
    }

    private static string?[] Cells(CadreListRow c) =>
    [
        c.Code,
        c.FullName,
        c.Sex is { } sex ? VietnameseTerms.Sex.Word(sex) : null,
        c.BirthDate?.ToString(),
        c.PersonalIdNumber,
        c.Ethnicity,
        c.Unit,
        c.CurrentTitle,
        c.PoliticalTheory is { } theory ? VietnameseTerms.PoliticalTheory.Word(theory) + (c.StudyingPoliticalTheory ? " (đang học)" : "") : null,
        c.StateManagement is { } state ? VietnameseTerms.StateManagement.Word(state) : null,
        c.LatestRating is { } rating ? rating.ToCode() + (c.LatestRatingYear is { } year ? string.Create(CultureInfo.InvariantCulture, $" ({year})") : "") : null,
    ];
}
