using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Registry;
using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Documents.Tests.Registry;

public class RegistryTemplateTests
{
    [Fact]
    public void Write_GuideFirstThenOneSheetPerKind()
    {
        using var document = Open(Template());
        Assert.Equal(["Hướng dẫn", "CanBo", "DanhGia", "KyLuat", "TieuChuanChinhTri"], document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Write_DataSheets_HeaderOnlyWithRequiredMarkFrozenAndTextFormatted()
    {
        using var document = Open(Template());
        var sheet = Worksheet(document, "CanBo");
        var rows = sheet.Descendants<Row>().ToList();
        var header = Assert.Single(rows);
        Assert.Equal(CadreColumns.Sheet.Columns.Select(c => c.TemplateHeader), header.Elements<Cell>().Select(c => c.InnerText));
        Assert.Equal("Mã cán bộ *", header.Elements<Cell>().First().InnerText);
        Assert.Equal("Dân tộc", header.Elements<Cell>().ElementAt(4).InnerText);
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
        Assert.Equal(CadreColumns.Sheet.Columns.Count, sheet.Descendants<Column>().Count());
        Assert.All(sheet.Descendants<Column>(), c => Assert.NotNull(c.Style));
    }

    [Fact]
    public void Write_Guide_ExplainsEveryColumnWithItsExample()
    {
        using var document = Open(Template());
        var texts = Worksheet(document, RegistrySheets.GuideName).Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        foreach (var sheet in RegistrySheets.All)
        {
            foreach (var column in sheet.Columns)
            {
                Assert.Contains(texts, t => t[0].StartsWith(sheet.Name, StringComparison.Ordinal) && t[1] == column.Header && t[3] == column.Guide && t[4] == column.Example);
            }
        }
    }

    [Fact]
    public void Write_TemplateFilledWithValidRows_ReadsBackWithoutIssues()
    {
        var filled = Fill(Template(), new()
        {
            ["CanBo"] = [RegistryFile.Cadre("CB0001"), new(RegistryFile.Cadre("CB0002")) { ["Giới tính"] = "nam", ["Ngày sinh"] = "1968", ["Họ và tên"] = "Hoàng Đức Thắng" }],
            ["DanhGia"] = [RegistryFile.Evaluation("CB0001"), RegistryFile.Evaluation("CB0002", "2023")],
            ["KyLuat"] = [RegistryFile.Discipline("CB0002")],
            ["TieuChuanChinhTri"] = [RegistryFile.PoliticalStandard("CB0001")],
        });

        var result = RegistryWorkbookReader.Read(filled, ImportLimits.Default, RegistryFile.Today);

        Assert.True(result.CanApply, string.Join("\n", result.Issues) + result.Refusal);
        Assert.Equal(["CB0001", "CB0002"], result.Cadres.Select(c => c.Code));
        Assert.Equal(("Hoàng Đức Thắng", Sex.Male, new PartialDate(1968)), (result.Cadres[1].FullName, result.Cadres[1].Sex, result.Cadres[1].BirthDate));
        Assert.Equal([(2024, Rating.Good, (int?)855), (2023, Rating.Good, 855)], result.Evaluations.Select(e => (e.Year, e.Rating, e.ScoreTenths)));
        Assert.Equal("CB0002", Assert.Single(result.Disciplines).CadreCode);
        Assert.Single(result.PoliticalStandards);
    }

    [Fact]
    public void Write_EmptyTemplate_ReadsAsNothingToImport()
    {
        var result = RegistryWorkbookReader.Read(Template(), ImportLimits.Default, RegistryFile.Today);
        Assert.True(result.CanApply);
        Assert.Empty(result.Cadres);
    }

    private static MemoryStream Template()
    {
        var stream = new MemoryStream();
        RegistryTemplate.Write(stream);
        stream.Position = 0;
        return stream;
    }

    private static SpreadsheetDocument Open(Stream stream) => SpreadsheetDocument.Open(stream, false);

    private static Worksheet Worksheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>Types rows into the template as a person would: under the headers, as text.</summary>
    private static MemoryStream Fill(MemoryStream template, Dictionary<string, List<Dictionary<string, object?>>> rows)
    {
        using (var document = SpreadsheetDocument.Open(template, true))
        {
            foreach (var (name, sheetRows) in rows)
            {
                var sheet = Worksheet(document, name);
                var headers = sheet.Descendants<Row>().Single().Elements<Cell>().Select(c => c.InnerText.TrimEnd(' ', '*')).ToList();
                var data = sheet.GetFirstChild<SheetData>()!;
                uint index = 2;
                foreach (var row in sheetRows)
                {
                    data.Append(new Row(headers.Select((h, i) => new Cell
                    {
                        CellReference = QuyHoach.Documents.Spreadsheets.TableWorkbook.ColumnName(i) + index,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(row.GetValueOrDefault(h)?.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                    }))
                    { RowIndex = index++ });
                }

                sheet.Save();
            }
        }

        template.Position = 0;
        return template;
    }
}
