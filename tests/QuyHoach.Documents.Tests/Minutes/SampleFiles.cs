using QuyHoach.Documents.Minutes;

namespace QuyHoach.Documents.Tests.Minutes;

/// <summary>
/// Renders the sample documents. With <c>QUYHOACH_WRITE_SAMPLES=1</c> they go to the repository's docs/samples
/// (run by hand: <c>QUYHOACH_WRITE_SAMPLES=1 dotnet test --filter SampleFiles</c>); otherwise to a temporary folder,
/// so the test still proves each sample is written and reopens.
/// </summary>
public class SampleFiles
{
    [Fact]
    public void Write_EachSample_WrittenAndReopens()
    {
        var (folder, temporary) = Folder();
        Directory.CreateDirectory(folder);
        try
        {
            WriteAndReopen(folder);
        }
        finally
        {
            if (temporary)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void WriteAndReopen(string folder)
    {
        var minutes = Path.Combine(folder, "bien-ban-kiem-phieu.docx");
        var summary = Path.Combine(folder, "bang-tong-hop-kiem-phieu.docx");
        Write(minutes, s => TallyMinutesDocument.Write(s, SeedTally.KeyCadres()));
        Write(summary, s => TallySummaryDocument.Write(s, SeedSummary.Build()));

        var minutesText = Reopen(minutes);
        Assert.Empty(minutesText.Errors);
        Assert.Contains("BIÊN BẢN KIỂM PHIẾU", minutesText.Paragraphs);
        var summaryText = Reopen(summary);
        Assert.Empty(summaryText.Errors);
        Assert.Contains("BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU", summaryText.Paragraphs);
        Decisions.DecisionSamples.WriteAndReopen(folder);
        Development.DevelopmentSamples.WriteAndReopen(folder);
    }

    private static void Write(string path, Action<Stream> write)
    {
        using var file = File.Create(path);
        write(file);
    }

    private static WordText Reopen(string path)
    {
        using var memory = new MemoryStream(File.ReadAllBytes(path));
        return WordText.Read(memory);
    }

    private static (string Folder, bool Temporary) Folder()
    {
        if (Environment.GetEnvironmentVariable("QUYHOACH_WRITE_SAMPLES") != "1")
        {
            return (Path.Combine(Path.GetTempPath(), "quyhoach-samples-" + Guid.NewGuid().ToString("N")), true);
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "QuyHoach.slnx")))
        {
            directory = directory.Parent;
        }

        return (Path.Combine(directory?.FullName ?? throw new InvalidOperationException("QuyHoach.slnx not found above the test folder."), "docs", "samples"), false);
    }
}
