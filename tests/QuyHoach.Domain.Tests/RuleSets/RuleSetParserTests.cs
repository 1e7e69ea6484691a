using System.Text.Json.Nodes;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.RuleSets;

public class RuleSetParserTests
{
    private static string Qd50Json()
    {
        using var stream = typeof(RuleSetParser).Assembly.GetManifestResourceStream("QuyHoach.RuleSets.qd50.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Mutate(string path, JsonNode? value)
    {
        var root = JsonNode.Parse(Qd50Json())!.AsObject();
        var parts = path.Split('.');
        var node = root;
        foreach (var p in parts[..^1])
        {
            node = node[p]!.AsObject();
        }

        if (value is null)
        {
            node.Remove(parts[^1]);
        }
        else
        {
            node[parts[^1]] = value;
        }

        return root.ToJsonString();
    }

    [Fact]
    public void Parse_Qd50_Succeeds() => Assert.True(RuleSetParser.Parse(Qd50Json()).Succeeded);

    [Theory]
    [InlineData("thresholds.final.denominator", "0", "thresholds.final.denominator")]
    [InlineData("quorum.denominator", "-3", "quorum.denominator")]
    [InlineData("regime", "\"QD99\"", "regime")]
    [InlineData("thresholds.keyCadres.base", "\"valid\"", "thresholds.keyCadres.base")]
    [InlineData("coefficient.min", "{\"numerator\":2,\"denominator\":1}", "coefficient")]
    [InlineData("effectiveFrom", "\"27/12/2021\"", "effectiveFrom")]
    [InlineData("evaluation.minRatingForAddition", "\"TOT\"", "evaluation.minRatingForAddition")]
    [InlineData("caps.cadresPerTitlePerTerm", "\"ba\"", "caps.cadresPerTitlePerTerm")]
    [InlineData("ageFloors.bySourceGroup", "{\"x\":120}", "ageFloors.bySourceGroup.x")]
    public void Parse_BadValue_NamesKey(string path, string value, string key)
    {
        var result = RuleSetParser.Parse(Mutate(path, JsonNode.Parse(value)));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Key == key && e.Message.Length > 0);
    }

    [Theory]
    [InlineData("quorum")]
    [InlineData("ageFloors.currentTermAdditionMonths")]
    [InlineData("id")]
    public void Parse_MissingField_NamesKey(string path)
    {
        var result = RuleSetParser.Parse(Mutate(path, null));
        Assert.Contains(result.Errors, e => e.Key.StartsWith(path, StringComparison.Ordinal) && e.Message.Contains("Thiếu", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralErrors_ReportsEvery()
    {
        var json = JsonNode.Parse(Mutate("quorum.denominator", 0))!.AsObject();
        json["regime"] = "X";
        var result = RuleSetParser.Parse(json.ToJsonString());
        Assert.Equal(["quorum.denominator", "regime"], result.Errors.Select(e => e.Key));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Parse_NotAnObject_OneError(string text) => Assert.Single(RuleSetParser.Parse(text).Errors);

    [Fact]
    public void Parse_ExtendsUnknown_Error() =>
        Assert.Equal("extends", Assert.Single(RuleSetParser.Parse("{\"id\":\"x\",\"extends\":\"nope\"}", _ => null).Errors).Key);

    [Fact]
    public void Create_OverlappingDates_Error()
    {
        var second = Mutate("id", "qd50b");
        var (catalog, errors) = RuleSetCatalog.Create(new Dictionary<string, string> { ["a"] = Qd50Json(), ["b"] = second });
        Assert.Null(catalog);
        Assert.Contains(errors, e => e.Key == "effectiveFrom");
    }
}
