using QuyHoach.Documents.Registry.Reading;
using QuyHoach.Domain.Eligibility;
using C = QuyHoach.Documents.Registry.Columns.PoliticalStandardColumns;

namespace QuyHoach.Documents.Registry.Sheets;

/// <summary>Maps a row of sheet TieuChuanChinhTri; the key is (Mã cán bộ, Ngày kết luận).</summary>
internal static class PoliticalStandardSheet
{
    public static Mapped<PoliticalStandardRow> Map(RowCells cells, ImportContext context)
    {
        var code = cells.Text(C.CadreCode);
        var date = cells.Value(C.ConcludedOn);
        var conclusion = cells.Value(C.Conclusion);
        CadreReference.Check(cells, C.CadreCode, code, context);
        if (date > context.Today)
        {
            cells.Report(C.ConcludedOn, $"Ngày kết luận {ImportContext.Text(date.Value)} sau ngày nhập {context.TodayText}");
        }

        var row = new PoliticalStandardRow(code ?? "", date ?? default, conclusion ?? PoliticalStandard.NotConcluded, cells.Number);
        return new Mapped<PoliticalStandardRow>(row, code is null || date is null ? null : $"{code}|{ImportContext.Text(date.Value)}");
    }
}
