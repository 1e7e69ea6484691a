namespace QuyHoach.Cli.Tests;

/// <summary>
/// The look-up commands (retirement, months-left, lunar, workdays) load <c>--rule-set</c> for real, like vote and
/// eligibility: province overrides and files are accepted, a bad file is exit 2, and their answers do not depend on
/// the rule set (national law and the State calendar, not planning rules).
/// </summary>
public sealed class CalendarRuleSetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qh-rules-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "rules.json");
        File.WriteAllText(path, text);
        return path;
    }

    public static TheoryData<string[]> Commands => new()
    {
        { new[] { "retirement", "--sex", "nam", "--birth", "1966-04" } },
        { new[] { "months-left", "--sex", "nu", "--birth", "1970-09", "--ref", "2022-04" } },
        { new[] { "months-left", "--sex", "nam", "--birth", "1960-01", "--ref", "2019-01" } },
        { new[] { "lunar", "--year", "2026" } },
        { new[] { "workdays", "--from", "2026-02-06", "--add", "30" } },
        { new[] { "workdays", "--from", "2020-01-01", "--to", "2020-01-31" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Run_AnyRuleSet_SameAnswerAsDefault(string[] args)
    {
        var (exit, expected, _) = await CliRunner.Run(args);
        Assert.Equal(0, exit);
        var file = Write("""{"id":"tinh-x","version":"1","extends":"qd377","waits":{"approvalWorkingDays":20}}""");
        foreach (var ruleSet in new[] { "qd50", "qd377", "qd50-nam-dinh", file })
        {
            Assert.Equal((0, expected, ""), await CliRunner.Run([.. args, "--rule-set", ruleSet]));
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Run_InvalidRuleSetFile_ExitTwoNamingKey(string[] args)
    {
        var file = Write("""{"id":"x","version":"1","extends":"qd50","quorum":{"numerator":2,"denominator":0}}""");
        var (exit, output, error) = await CliRunner.Run([.. args, "--rule-set", file]);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("không hợp lệ", error, StringComparison.Ordinal);
        Assert.Contains("quorum.denominator", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retirement", "mặc định: bộ mới nhất, hiện là qd377")]
    [InlineData("lunar", "mặc định: bộ mới nhất, hiện là qd377")]
    [InlineData("months-left", "mặc định: bộ có hiệu lực tại ngày 01 của tháng --ref")]
    [InlineData("workdays", "mặc định: bộ có hiệu lực tại --from")]
    public async Task Help_RuleSetDefault_Stated(string command, string text)
    {
        var (exit, output, _) = await CliRunner.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains(text, output, StringComparison.Ordinal);
    }
}
