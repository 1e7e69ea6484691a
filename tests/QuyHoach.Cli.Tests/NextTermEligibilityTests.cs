using System.Text.Json;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// <c>qh eligibility</c> with <c>"term": "next"</c> and no <c>ageReference</c> counts from the first month of the next
/// term of the title's track (R-AGE-1, R-CI45), as docs/rules/eligibility-input.md says, and names it. The same table
/// as the Domain's NextTermAgeReferenceTests, the round's and the profile's tests.
/// </summary>
public sealed class NextTermEligibilityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qh-next-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Input = """
        {"asOf":"2022-04-15","term":"next","title":{"id":"PGD","name":"Phó Giám đốc Sở","rank":3,"level":"province","kind":"leadership","track":"TRACK",
          "standards":{"politicalTheory":"advanced"},"sourceGroups":[{"number":1,"currentTitleIds":["TP"]}]},
         "cadre":{"id":"CB1","sex":"male","birth":"BIRTH","currentTitle":{"id":"TP","rank":2},"politicalTheory":"advanced","professional":"master",
          "stateManagement":"principal","ratings":[{"year":2021,"rating":"HTTNV"}],"politicalStandard":"met"}}
        """;

    [Theory]
    [InlineData("party", "1964-01", "2025-09", -5, "notEligible", "AGE_BELOW_FLOOR")]
    [InlineData("party", "1968-08", "2025-09", 59, "notEligible", "AGE_BELOW_FLOOR")]
    [InlineData("party", "1968-09", "2025-09", 60, "eligible", "AGE_ONE_TERM_ONLY")]
    [InlineData("party", "1973-08", "2025-09", 119, "eligible", "AGE_ONE_TERM_ONLY")]
    [InlineData("party", "1973-09", "2025-09", 120, "eligible", "")]
    [InlineData("state", "1964-01", "2026-03", -11, "notEligible", "AGE_BELOW_FLOOR")]
    [InlineData("state", "1966-03", "2026-03", 21, "notEligible", "AGE_BELOW_FLOOR")]
    [InlineData("state", "1969-02", "2026-03", 59, "notEligible", "AGE_BELOW_FLOOR")]
    [InlineData("state", "1969-03", "2026-03", 60, "eligible", "AGE_ONE_TERM_ONLY")]
    [InlineData("state", "1974-02", "2026-03", 119, "eligible", "AGE_ONE_TERM_ONLY")]
    [InlineData("state", "1974-03", "2026-03", 120, "eligible", "")]
    public async Task Eligibility_NextTerm_CountsFromTheTermStart(string track, string birth, string start, int remaining, string outcome, string codes)
    {
        var path = Path.Combine(_dir, "in.json");
        await File.WriteAllTextAsync(path, Input.Replace("TRACK", track, StringComparison.Ordinal).Replace("BIRTH", birth, StringComparison.Ordinal));
        var (code, output, _) = await CliRunner.Run("eligibility", "--input", path, "--rule-set", "qd50");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var verdict = json.RootElement;
        Assert.Equal(outcome, verdict.GetProperty("outcome").GetString());
        Assert.Equal(remaining, verdict.GetProperty("monthsRemaining").GetInt32());
        Assert.Equal(60, verdict.GetProperty("requiredMonths").GetInt32());
        Assert.Equal(start, verdict.GetProperty("ageReference").GetString());
        var reasons = verdict.GetProperty("reasons").EnumerateArray().ToList();
        Assert.Equal(codes, string.Join(',', reasons.Select(r => r.GetProperty("code").GetString())));
        Assert.All(reasons, r => Assert.Contains($"tính từ {start[5..]}/{start[..4]} (tháng đầu nhiệm kỳ kế tiếp)", r.GetProperty("message").GetString(), StringComparison.Ordinal));
    }

    // The term's year may be given; the months come from the rule set's calendar all the same.
    [Fact]
    public async Task Eligibility_NextTermStartYear_PicksThatTerm()
    {
        var path = Path.Combine(_dir, "in.json");
        var text = Input.Replace("TRACK", "state", StringComparison.Ordinal).Replace("BIRTH", "1974-03", StringComparison.Ordinal)
            .Replace("\"term\":\"next\"", "\"term\":\"next\",\"nextTermStartYear\":2031", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text);
        var (code, output, _) = await CliRunner.Run("eligibility", "--input", path, "--rule-set", "qd50");
        Assert.Equal(0, code);
        Assert.Contains("\"ageReference\":\"2031-03\"", output, StringComparison.Ordinal);
        Assert.Contains("\"monthsRemaining\":60", output, StringComparison.Ordinal);
    }

    // R-TRANS-1 through the CLI: an entry approved before QĐ 50 (planApprovedOn) is held to 60 months even for
    // đối tượng 2 under Nam Định's set (120 months for new additions).
    [Theory]
    [InlineData("2021-06-01", "1966-05", "eligible", 60)]
    [InlineData("2021-06-01", "1966-04", "notEligible", 60)]
    [InlineData("2022-06-01", "1966-06", "notEligible", 120)]
    public async Task Eligibility_PlanApprovedBeforeQd50_HeldToTransitionalFloor(string approvedOn, string birth, string outcome, int required)
    {
        var path = Path.Combine(_dir, "in.json");
        var text = Input.Replace("\"track\":\"TRACK\",", "", StringComparison.Ordinal).Replace("BIRTH", birth, StringComparison.Ordinal)
            .Replace("\"asOf\":\"2022-04-15\",\"term\":\"next\"", $"\"asOf\":\"2023-05-15\",\"term\":\"current\",\"planApprovedOn\":\"{approvedOn}\"", StringComparison.Ordinal)
            .Replace("{\"number\":1,\"currentTitleIds\":[\"TP\"]}", "{\"number\":1,\"currentTitleIds\":[\"TP\"]},{\"number\":2,\"currentTitleIds\":[\"PP\"]}", StringComparison.Ordinal)
            .Replace("{\"id\":\"TP\",\"rank\":2}", "{\"id\":\"PP\",\"rank\":1}", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text);
        var (code, output, _) = await CliRunner.Run("eligibility", "--input", path, "--rule-set", "qd50-nam-dinh");
        Assert.Equal(0, code);
        Assert.Contains($"\"outcome\":\"{outcome}\"", output, StringComparison.Ordinal);
        Assert.Contains($"\"requiredMonths\":{required}", output, StringComparison.Ordinal);
    }
}
