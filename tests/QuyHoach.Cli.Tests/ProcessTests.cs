using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// Runs the built <c>qh.dll</c> (copied next to the tests by the project reference) as a real process, as the
/// <c>./qh</c> wrapper does: stdout is exactly one JSON document, Vietnamese messages go to stderr, exit codes are 0/2.
/// </summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qh-process-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Task<(int Exit, string Out, string Err)> Qh(params string[] args) => QhWith(new Dictionary<string, string?>(), args);

    /// <summary>Runs qh with <paramref name="environment"/> set (a null value removes the variable).</summary>
    private static async Task<(int Exit, string Out, string Err)> QhWith(Dictionary<string, string?> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "qh.dll");
        Assert.True(File.Exists(dll), $"qh.dll không có ở {AppContext.BaseDirectory}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Theory]
    [InlineData("audit", "verify")]
    [InlineData("audit", "head")]
    public async Task ReadingCommand_DataFolderWithoutDatabase_SaysSoAndCreatesNothing(string command, string sub)
    {
        var data = Path.Combine(_dir, "du-lieu");
        Directory.CreateDirectory(data);
        var (exit, output, error) = await QhWith(
            new() { ["QUYHOACH_DATA"] = data, ["ConnectionStrings__QuyHoach"] = null, ["ConnectionStrings__QuyHoachMigrations"] = null },
            command,
            sub);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"không tìm thấy cơ sở dữ liệu trong thư mục dữ liệu {data}", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(data));
    }

    /// <summary>Exactly one JSON document and one trailing newline: parsing fails on anything before or after it.</summary>
    private static void AssertOneJsonDocument(string output, string expected)
    {
        Assert.EndsWith("}\n", output, StringComparison.Ordinal);
        Assert.Equal(expected + "\n", output);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("""{"retirementAge":{"years":62,"months":0},"retirementMonth":"2028-04","pensionStartMonth":"2028-05"}""", "retirement", "--sex", "nam", "--birth", "1966-04")]
    [InlineData("""{"monthsLeft":72,"retirementMonth":"2028-04"}""", "months-left", "--sex", "nam", "--birth", "1966-04", "--ref", "2022-04", "--rule-set", "qd50-nam-dinh")]
    [InlineData("""{"tet":"2030-02-02","gioTo":"2030-04-12"}""", "lunar", "--year", "2030")]
    [InlineData("""{"date":"2026-03-27"}""", "workdays", "--from", "2026-02-06", "--add", "30")]
    [InlineData("""{"quorumMet":true,"minAgreeToPass":12,"candidates":[{"id":"A","agree":12,"passed":true},{"id":"B","agree":11,"passed":false}],"ruleSet":"qd50@2021.1"}""", "vote", "--step", "key-cadres", "--convened", "40", "--present", "37", "--agree", "A=12,B=11", "--date", "2025-10-01")]
    public async Task Qh_ValidInput_ExitZeroOneJsonDocumentEmptyStderr(string expected, params string[] args)
    {
        var (exit, output, error) = await Qh(args);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        AssertOneJsonDocument(output, expected);
    }

    [Fact]
    public async Task Qh_EligibilityExampleFromDocs_ExitZeroVerdictAsDocumented()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "eligibility-example.json");
        var (exit, output, error) = await Qh("eligibility", "--input", example, "--rule-set", "qd50");
        Assert.Equal((0, ""), (exit, error));
        using var document = JsonDocument.Parse(output);
        var verdict = document.RootElement;
        Assert.Equal("notEligible", verdict.GetProperty("outcome").GetString());
        Assert.Equal(
            ["AGE_BELOW_FLOOR", "LLCT_TRAINING_REQUIRED", "STATE_MANAGEMENT_LEVEL"],
            verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(119, verdict.GetProperty("monthsRemaining").GetInt32());
    }

    [Theory]
    [InlineData("Thiếu tham số bắt buộc --ref.", "months-left", "--sex", "nam", "--birth", "1966-04")]
    [InlineData("Tham số --sex phải là \"nam\" hoặc \"nu\" (đã nhận \"male\").", "retirement", "--sex", "male", "--birth", "1966-04")]
    [InlineData("Ngày âm lịch 30/12/2025 (âm lịch) không tồn tại", "lunar", "--to-solar", "2025-12-30")]
    [InlineData("Bộ quy tắc không tồn tại: \"qd99\"", "workdays", "--from", "2026-02-06", "--add", "30", "--rule-set", "qd99")]
    [InlineData("Lệnh không tồn tại: \"retire\"", "retire", "--sex", "nam")]
    public async Task Qh_BadInput_ExitTwoNothingOnStdoutVietnameseOnStderr(string message, params string[] args)
    {
        var (exit, output, error) = await Qh(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.EndsWith("\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qh_BadRuleSetFile_ExitTwoListsKeyOnStderr()
    {
        var rules = Path.Combine(_dir, "rules.json");
        await File.WriteAllTextAsync(rules, """{"id":"x","version":"1","extends":"qd50","quorum":{"numerator":2,"denominator":0}}""");
        var (exit, output, error) = await Qh("months-left", "--sex", "nu", "--birth", "1970-09", "--ref", "2022-04", "--rule-set", rules);
        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("quorum.denominator", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qh_Help_ExitZeroVietnameseUsageOnStdout()
    {
        var (exit, output, error) = await Qh("workdays", "--help");
        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("ngày làm việc thứ N sau --from", output, StringComparison.Ordinal);
    }
}
