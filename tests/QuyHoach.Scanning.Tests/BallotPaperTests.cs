using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>The printed ballot: what its pages say to a person and to the machine.</summary>
public sealed class BallotPaperTests
{
    [Fact]
    public void Write_TwoSheets_EachSheetHasItsOwnCodeAndNothingElseVaries()
    {
        using var pdf = new MemoryStream();
        BallotPdf.Write(pdf, [new BallotPrint(CorpusBallots.HeadOfDivision, 2)]);
        var pages = PdfRasteriser.Pages(pdf.ToArray(), 150);
        Assert.Equal(2, pages.Count);
        var layouts = new Dictionary<string, BallotLayout> { [CorpusBallots.HeadOfDivision.BallotKey] = BallotLayoutPlanner.Layout(CorpusBallots.HeadOfDivision) };
        var codes = pages.Select((p, i) => PageReader.Read(p, i, layouts).Code!).ToList();
        Assert.NotEqual(codes[0].SheetCode, codes[1].SheetCode);
        Assert.Equal(codes[0] with { SheetCode = "" }, codes[1] with { SheetCode = "" });
    }

    [Fact]
    public void Write_NominationBallot_PrintsTheHeadingTheCandidatesTheQuotaAndTheWriteInLines()
    {
        using var pdf = new MemoryStream();
        BallotPdf.Write(pdf, [new BallotPrint(CorpusBallots.HeadOfDivision, 1)]);
        var text = PdfText(pdf.ToArray());
        Assert.Contains("PHIẾU GIỚI THIỆU", text, StringComparison.Ordinal);
        Assert.Contains("Quy hoạch chức danh Trưởng phòng", text, StringComparison.Ordinal);
        Assert.Contains("Hội nghị cán bộ chủ chốt Sở Công Thương", text, StringComparison.Ordinal);
        Assert.Contains("Nam Định, ngày 27 tháng 01 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Giới thiệu không quá 2 người", text, StringComparison.Ordinal);
        foreach (var candidate in CorpusBallots.HeadOfDivision.Candidates)
        {
            Assert.Contains(candidate.FullName, text, StringComparison.Ordinal);
        }

        Assert.Equal(2, text.Split("Họ và tên, chức vụ:").Length - 1);
        Assert.Contains("Không ký tên, không ghi thêm dấu hiệu riêng trên phiếu.", text, StringComparison.Ordinal);
        Assert.Contains("Trang 1/1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CorpusBallots.HeadOfDivision.Candidates[0].LineId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("TP-2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RemovalBallot_HasNoWriteInLineNorQuotaSentence()
    {
        using var pdf = new MemoryStream();
        BallotPdf.Write(pdf, [new BallotPrint(CorpusBallots.Removal, 1)]);
        var text = PdfText(pdf.ToArray());
        Assert.Contains("Đồng ý đưa người nào ra khỏi quy hoạch", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Họ và tên, chức vụ:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("không quá", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_TwentyLines_SpreadsOverTwoPagesAndTheFingerprintFollowsTheList()
    {
        var layout = BallotLayoutPlanner.Layout(CorpusBallots.DeputyHeads);
        Assert.Equal(2, layout.Pages.Count);
        Assert.Equal(21, layout.Pages.Sum(p => p.Boxes.Count));
        Assert.All(layout.Pages.SelectMany(p => p.Boxes), b => Assert.True(b.Box.Y + b.Box.Height < BallotGeometry.QrArea.Y));
        var other = BallotLayoutPlanner.Layout(CorpusBallots.DeputyHeads with { Candidates = [.. CorpusBallots.DeputyHeads.Candidates.Skip(1)] });
        Assert.NotEqual(layout.Fingerprint, other.Fingerprint);
    }

    [Theory]
    [InlineData("QHP1:TP-2026:0A1B2C3D:1:2:0123456789ABCDEF", true)]
    [InlineData("QHP1:TP-2026:0A1B2C3D:3:2:0123456789ABCDEF", false)]
    [InlineData("QHP1:tp-2026:0A1B2C3D:1:2:0123456789ABCDEF", false)]
    [InlineData("QHP1:TP-2026:0A1B2C3D:1:2:0123456789ABCDEF:NGUYEN VAN A", false)]
    [InlineData("https://example.org", false)]
    public void Parse_Text_AcceptsOnlyABallotCode(string text, bool accepted) => Assert.Equal(accepted, BallotCode.Parse(text) is not null);

    private static string PdfText(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
