namespace QuyHoach.Cli.Tests;

public sealed class EligibilityCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qh-elig-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Input = """
        {"asOf":"2022-04-15","term":"current","title":{"id":"PGD","name":"Phó Giám đốc Sở","rank":3,"level":"province","kind":"leadership",
          "standards":{"politicalTheory":"advanced"},"sourceGroups":[{"number":1,"currentTitleIds":["TP"]},{"number":2,"currentTitleIds":["PP"]}]},
         "cadre":{"id":"CB1","sex":"male","birth":"BIRTH","currentTitle":{"id":"PP","rank":1},"politicalTheory":"advanced","professional":"master",
          "stateManagement":"principal","ratings":[{"year":2021,"rating":"HTTNV"}],"politicalStandard":"met"}}
        """;

    // rules §12 case 26 with the Nam Định override (đối tượng 2 needs 120 months).
    [Theory]
    [InlineData("1970-04", "eligible", "", 120)]
    [InlineData("1970-03", "notEligible", """{"code":"AGE_BELOW_FLOOR","severity":"failure","message":"Thời gian công tác còn lại tính từ 04/2022 là 119 tháng, chưa đủ 120 tháng.","basis":{"ruleId":"R-AGE-3","document":"Kế hoạch 37-KH/TU ngày 25/3/2022 của Ban Thường vụ Tỉnh ủy Nam Định; Kế hoạch 331/KH-SCT","article":"Mục B.II.2"}}""", 119)]
    public async Task Eligibility_NamDinhGroup2_ExactVerdict(string birth, string outcome, string reasons, int remaining)
    {
        var path = Write("in.json", Input.Replace("BIRTH", birth, StringComparison.Ordinal));
        var (code, output, _) = await CliRunner.Run("eligibility", "--input", path, "--rule-set", "qd50-nam-dinh");
        Assert.Equal(0, code);
        Assert.Equal($$"""{"cadreId":"CB1","titleId":"PGD","outcome":"{{outcome}}","reasons":[{{reasons}}],"monthsRemaining":{{remaining}},"requiredMonths":120,"sourceGroup":2,"ruleSetId":"qd50-nam-dinh@2022.1","ageReference":"2022-04"}""", output);
    }

    [Fact]
    public async Task Eligibility_DefaultRuleSet_InForceAtAsOf()
    {
        var path = Write("in.json", Input.Replace("BIRTH", "1970-03", StringComparison.Ordinal));
        var (code, output, _) = await CliRunner.Run("eligibility", "--input", path);
        Assert.Equal(0, code);
        Assert.Contains("\"outcome\":\"eligible\"", output, StringComparison.Ordinal);
        Assert.Contains("\"ruleSetId\":\"qd50@2021.1\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligibility_RuleSetFile_LayersOnBase()
    {
        var path = Write("in.json", Input.Replace("BIRTH", "1970-03", StringComparison.Ordinal));
        var rules = Write("rules.json", """{"id":"tinh-x","version":"1","extends":"qd50","ageFloors":{"currentTermAdditionMonths":121}}""");
        var (code, output, _) = await CliRunner.Run("eligibility", "--input", path, "--rule-set", rules);
        Assert.Equal(0, code);
        Assert.Contains("\"requiredMonths\":121", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"x","version":"1","extends":"qd50","quorum":{"numerator":2,"denominator":0}}""", "quorum.denominator")]
    [InlineData("""{"id":"x","version":"1","extends":"qd77"}""", "extends")]
    public async Task Eligibility_BadRuleSetFile_ExitTwoNamingKey(string rules, string key)
    {
        var path = Write("in.json", Input.Replace("BIRTH", "1970-03", StringComparison.Ordinal));
        var (code, _, error) = await CliRunner.Run("eligibility", "--input", path, "--rule-set", Write("rules.json", rules));
        Assert.Equal(2, code);
        Assert.Contains(key, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "không đúng định dạng")]
    [InlineData("""{"term":"current"}""", "Thiếu trường \"asOf\"")]
    [InlineData("""{"asOf":"2022-04-15","term":"sometime"}""", "không đúng định dạng")]
    public async Task Eligibility_BadInput_ExitTwo(string text, string message)
    {
        var (code, _, error) = await CliRunner.Run("eligibility", "--input", Write("in.json", text));
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligibility_MissingFile_ExitTwo()
    {
        var (code, _, error) = await CliRunner.Run("eligibility", "--input", Path.Combine(_dir, "none.json"));
        Assert.Equal(2, code);
        Assert.Contains("Không đọc được tệp", error, StringComparison.Ordinal);
    }
}
