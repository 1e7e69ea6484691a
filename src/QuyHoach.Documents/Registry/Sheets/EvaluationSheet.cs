using QuyHoach.Documents.Registry.Reading;
using C = QuyHoach.Documents.Registry.Columns.EvaluationColumns;

namespace QuyHoach.Documents.Registry.Sheets;

/// <summary>Maps a row of sheet DanhGia; the key is (Mã cán bộ, Năm).</summary>
internal static class EvaluationSheet
{
    public static Mapped<EvaluationRow> Map(RowCells cells, ImportContext context)
    {
        var code = cells.Text(C.CadreCode);
        var year = cells.Value(C.Year);
        var rating = cells.Value(C.Rating);
        var score = cells.Value(C.Score);
        CadreReference.Check(cells, C.CadreCode, code, context);
        if (year > context.Today.Year)
        {
            cells.Report(C.Year, string.Create(CultureInfo.InvariantCulture, $"Năm đánh giá {year} sau năm hiện tại {context.Today.Year}"));
        }

        var row = new EvaluationRow(code ?? "", year ?? 0, rating ?? default, score, cells.Number);
        return new Mapped<EvaluationRow>(row, code is null || year is null ? null : string.Create(CultureInfo.InvariantCulture, $"{code}|{year}"));
    }
}
