using System.Globalization;
using System.Text.RegularExpressions;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Conformance;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// Every report of the hand-counted unit (<see cref="ReportPipelineSql"/>, as of 01/06/2026), downloaded as XLSX and as
/// PDF and reopened: the workbook's figures sheet lists each figure of the report in order with the same number, and
/// the PDF (its fonts embedded) shows each figure's label beside the same number, in the same order.
/// </summary>
public sealed class ReportDownloadsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("bao-phu")]
    [InlineData("nghi-huu")]
    [InlineData("co-cau")]
    [InlineData("tien-do")]
    [InlineData("chat-luong")]
    public async Task Report_XlsxAndPdf_CarryEveryFigureOfThePage_FontsEmbedded(string report)
    {
        var app = fixture.App;
        var unit = await ReportPipelineSql.EnsureAsync(app);
        var query = $"ngay={Uri.EscapeDataString("01/06/2026")}&don-vi={unit}";
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var body = await staff.OkAsync(HttpMethod.Get, $"/api/v1/reports/{report}?{query}");
        var figures = body.GetProperty("figures").EnumerateArray()
            .Select(f => (Label: f.GetProperty("label").GetString()!, Count: f.GetProperty("count").GetInt32())).ToList();
        Assert.Contains(figures, f => f.Count > 0);

        var sheet = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/reports/{report}/report.xlsx?{query}"))["Chỉ số"];
        Assert.Equal(figures.Select((f, i) => $"{i + 1} | {f.Label} | {f.Count}"), sheet.Skip(1));

        var pdf = await DownloadedDocuments.GetAsync(staff, $"/api/v1/reports/{report}/report.pdf?{query}", "application/pdf");
        var fonts = DocumentSet.Poppler(pdf, "pdffonts").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line));

        // A figure's number is printed beside the first line of its label (labels wrap); lines without a number
        // at their end are the rest of a label, the title or the subtitle.
        var shown = DocumentSet.Poppler(pdf, "pdftotext", "-layout", "-").Split('\n')
            .Select(l => Regex.Match(l, @"^\s*(\S.*?)\s{2,}(\d+)\s*$")).Where(m => m.Success)
            .Select(m => (Start: Regex.Replace(m.Groups[1].Value, @"\s+", " "), Count: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(figures.Count, shown.Count);
        Assert.All(figures.Zip(shown), p =>
        {
            Assert.StartsWith(p.Second.Start, p.First.Label, StringComparison.Ordinal);
            Assert.Equal(p.First.Count, p.Second.Count);
        });
    }
}
