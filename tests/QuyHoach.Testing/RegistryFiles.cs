using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Testing;

/// <summary>
/// Builds registry workbooks the way a person fills the template: every sheet of the template with its headers, and
/// rows given by header name (Vietnamese, as the template shows them).
/// </summary>
public sealed class RegistryFiles
{
    private readonly Dictionary<string, List<Dictionary<string, string>>> _rows = RegistrySheets.All.ToDictionary(s => s.Name, _ => new List<Dictionary<string, string>>());

    /// <summary>A row of the <c>CanBo</c> sheet; the demo department's division NDI-SCT-P01 and title SCT-CV by default.</summary>
    public RegistryFiles Cadre(string code, string fullName, string sex = "Nam", string birth = "15/05/1985", string unit = "NDI-SCT-P01",
        string? title = "SCT-CV", string? politicalTheory = "Trung cấp", string? extra = null, string? personalIdNumber = null)
    {
        var row = new Dictionary<string, string>
        {
            [CadreColumns.Code.Header] = code,
            [CadreColumns.FullName.Header] = fullName,
            [CadreColumns.Sex.Header] = sex,
            [CadreColumns.BirthDate.Header] = birth,
            [CadreColumns.Ethnicity.Header] = "Kinh",
            [CadreColumns.UnitCode.Header] = unit,
        };
        if (title is not null)
        {
            row[CadreColumns.TitleCode.Header] = title;
            row[CadreColumns.TitleSince.Header] = "01/01/2020";
        }

        if (politicalTheory is not null)
        {
            row[CadreColumns.PoliticalTheory.Header] = politicalTheory;
        }

        if (extra is not null)
        {
            row[CadreColumns.Professional.Header] = extra;
        }

        if (personalIdNumber is not null)
        {
            row[CadreColumns.PersonalIdNumber.Header] = personalIdNumber;
        }

        _rows[CadreColumns.Sheet.Name].Add(row);
        return this;
    }

    /// <summary>A row of the <c>DanhGia</c> sheet.</summary>
    public RegistryFiles Evaluation(string code, int year, string rating) => Row(EvaluationColumns.Sheet.Name, new()
    {
        [EvaluationColumns.CadreCode.Header] = code,
        [EvaluationColumns.Year.Header] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [EvaluationColumns.Rating.Header] = rating,
    });

    /// <summary>Any row, by header.</summary>
    public RegistryFiles Row(string sheet, Dictionary<string, string> cells)
    {
        _rows[sheet].Add(cells);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, RegistrySheets.All.Select(sheet => new TableSheet(
            sheet.Name,
            sheet.Columns.Select(c => new SheetColumn(c.TemplateHeader, Text: true)).ToList(),
            _rows[sheet.Name].Select(row => (IReadOnlyList<string?>)sheet.Columns.Select(c => row.GetValueOrDefault(c.Header)).ToList()))).ToList());
        return stream.ToArray();
    }
}
