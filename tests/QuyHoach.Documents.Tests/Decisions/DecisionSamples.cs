using DocumentFormat.OpenXml.Packaging;
using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Pdf;
using QuyHoach.Documents.Tests.Minutes;

namespace QuyHoach.Documents.Tests.Decisions;

/// <summary>The C6 samples written by <see cref="SampleFiles"/>: each document from <see cref="SeedDecisions"/>.</summary>
internal static class DecisionSamples
{
    public static void WriteAndReopen(string folder)
    {
        Word(folder, "to-trinh-de-nghi-phe-duyet.docx", s => SubmissionDocument.Write(s, SeedDecisions.Submission()), "TỜ TRÌNH");
        Word(folder, "quyet-dinh-phe-duyet-quy-hoach.docx", s => ApprovalDecisionDocument.Write(s, SeedDecisions.Approval()), "PHỤ LỤC");
        Word(folder, "quyet-dinh-dua-ra-khoi-quy-hoach.docx", s => RemovalDecisionDocument.Write(s, SeedDecisions.Removal()), "QUYẾT ĐỊNH");
        Word(folder, "danh-sach-trich-ngang.docx", s => SummaryListDocument.Write(s, SeedDecisions.SummaryList()), SummaryListColumns.Title);
        Word(folder, "thong-bao-danh-sach-quy-hoach.docx", s => DisclosureNoticeDocument.Write(s, SeedDecisions.Notice()), "THÔNG BÁO");
        Word(folder, "bao-cao-ket-qua-ra-soat.docx", s => HigherLevelReportDocument.Write(s, SeedDecisions.Report()), "BÁO CÁO");

        var workbook = Path.Combine(folder, "danh-sach-quy-hoach.xlsx");
        Write(workbook, s => PlannedListWorkbook.Write(s, SeedDecisions.PlannedList()));
        using (var document = SpreadsheetDocument.Open(workbook, false))
        {
            Assert.Single(document.WorkbookPart!.WorksheetParts);
        }

        var pdf = Path.Combine(folder, "danh-sach-trich-ngang.pdf");
        Write(pdf, s => SummaryListPdf.Write(s, SeedDecisions.SummaryList()));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5), StringComparison.Ordinal);
    }

    private static void Word(string folder, string name, Action<Stream> write, string expected)
    {
        var path = Path.Combine(folder, name);
        Write(path, write);
        using var memory = new MemoryStream(File.ReadAllBytes(path));
        var text = WordText.Read(memory);
        Assert.Empty(text.Errors);
        Assert.Contains(expected, text.Paragraphs);
    }

    private static void Write(string path, Action<Stream> write)
    {
        using var file = File.Create(path);
        write(file);
    }
}
