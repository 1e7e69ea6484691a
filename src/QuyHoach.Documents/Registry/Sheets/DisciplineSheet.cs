using QuyHoach.Documents.Registry.Reading;
using QuyHoach.Domain.Discipline;
using C = QuyHoach.Documents.Registry.Columns.DisciplineColumns;

namespace QuyHoach.Documents.Registry.Sheets;

/// <summary>
/// Maps a row of sheet KyLuat. The key is (Mã cán bộ, Số quyết định) when there is a number, otherwise
/// (Mã cán bộ, Ngày quyết định, Hình thức): old records often lack the number.
/// </summary>
internal static class DisciplineSheet
{
    public static Mapped<DisciplineRow> Map(RowCells cells, ImportContext context)
    {
        var code = cells.Text(C.CadreCode);
        var authority = cells.Value(C.Authority);
        var form = cells.Value(C.Form);
        var number = cells.Text(C.DecisionNumber);
        var decided = cells.Value(C.DecisionDate);
        var effective = cells.Value(C.EffectiveDate);
        CadreReference.Check(cells, C.CadreCode, code, context);
        if (decided > context.Today)
        {
            cells.Report(C.DecisionDate, $"Ngày quyết định {ImportContext.Text(decided.Value)} sau ngày nhập {context.TodayText}");
        }

        if (effective < decided)
        {
            cells.Report(C.EffectiveDate, $"Ngày hiệu lực {ImportContext.Text(effective.Value)} trước ngày quyết định {ImportContext.Text(decided!.Value)}");
        }

        if (authority is { } a && form is { } f && !Exists(a, f))
        {
            cells.Report(C.Form, $"Hình thức {VietnameseTerms.DisciplineForm.Word(f)} không có trong kỷ luật {VietnameseTerms.Authority.Word(a)}");
        }

        var row = new DisciplineRow(code ?? "", authority ?? default, form ?? default, number, decided ?? default, effective ?? default, cells.Value(C.UnderComplaint) ?? false, cells.Number);
        return new Mapped<DisciplineRow>(row, Key(code, number, decided, form, cells.IsBlank(C.DecisionNumber)));
    }

    /// <summary>
    /// Party discipline (QĐ 69-QĐ/TW Điều 7) has khiển trách, cảnh cáo, cách chức, khai trừ; khai trừ exists only in
    /// the Party. State forms: Luật CBCC, NĐ 112/2020 (hạ bậc lương, giáng chức until NĐ 172/2025, kept for old records).
    /// </summary>
    private static bool Exists(DisciplineAuthority authority, DisciplineForm form) => authority switch
    {
        DisciplineAuthority.Party => form is DisciplineForm.KhienTrach or DisciplineForm.CanhCao or DisciplineForm.CachChuc or DisciplineForm.KhaiTru,
        DisciplineAuthority.State => form != DisciplineForm.KhaiTru,
    };

    private static string? Key(string? code, string? number, DateOnly? decided, DisciplineForm? form, bool noNumber)
    {
        if (code is null)
        {
            return null;
        }

        if (!noNumber)
        {
            return number is null ? null : $"{code}|số|{VietnameseText.Fold(number)}";
        }

        return decided is null || form is null ? null : $"{code}|ngày|{ImportContext.Text(decided.Value)}|{form}";
    }
}
