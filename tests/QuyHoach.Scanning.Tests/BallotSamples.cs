using System.Diagnostics;
using System.Text.Json;
using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>
/// Writes the sample ballots (a Trưởng phòng phiếu giới thiệu, a two-page Phó trưởng phòng one and a removal ballot),
/// their layout description and page previews, and reads every page back as printed. With
/// <c>QUYHOACH_WRITE_SAMPLES=1</c> they go to docs/samples; otherwise to a temporary folder.
/// </summary>
public sealed class BallotSamples
{
    [Fact]
    public void Write_SampleBallots_EveryPageReadsBackEmpty()
    {
        var (folder, temporary) = Folder();
        Directory.CreateDirectory(folder);
        try
        {
            var pdf = Path.Combine(folder, "phieu-gioi-thieu.pdf");
            IReadOnlyList<BallotLayout> layouts;
            using (var file = File.Create(pdf))
            {
                layouts = BallotPdf.Write(file, [.. new[] { CorpusBallots.HeadOfDivision, CorpusBallots.DeputyHeads, CorpusBallots.Removal }.Select(p => new BallotPrint(p, 1))]);
            }

            File.WriteAllText(Path.Combine(folder, "phieu-gioi-thieu.bo-cuc.json"), JsonSerializer.Serialize(
                layouts.Select(l => new { l.BallotKey, l.Version, l.Fingerprint, l.Kind, l.Quota, l.Pages }),
                new JsonSerializerOptions { WriteIndented = true }) + "\n");
            Preview(pdf, Path.Combine(folder, "phieu-gioi-thieu"));

            var pages = PdfRasteriser.Pages(File.ReadAllBytes(pdf), 200);
            Assert.Equal(4, pages.Count);
            var sheets = BallotScan.Read(pages, layouts, CorpusFixture.Rules);
            Assert.Equal(3, sheets.Count);
            Assert.All(sheets, s => Assert.Equal(SheetOutcome.Valid, s.Outcome));
            Assert.All(sheets, s => Assert.Equal(0, s.Marked));
            Assert.True(File.Exists(Path.Combine(folder, "phieu-gioi-thieu-1.png")));
        }
        finally
        {
            if (temporary)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void Preview(string pdf, string prefix)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "60", "-png", pdf, prefix]))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static (string Folder, bool Temporary) Folder()
    {
        if (Environment.GetEnvironmentVariable("QUYHOACH_WRITE_SAMPLES") != "1")
        {
            return (Path.Combine(Path.GetTempPath(), "quyhoach-ballots-" + Guid.NewGuid().ToString("N")), true);
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "QuyHoach.slnx")))
        {
            directory = directory.Parent;
        }

        return (Path.Combine(directory?.FullName ?? throw new InvalidOperationException("QuyHoach.slnx not found above the test folder."), "docs", "samples"), false);
    }
}
