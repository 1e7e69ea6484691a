using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

/// <summary>R-BAL-1: a phiếu giới thiệu marked for more names than the quota, as the rule set reads it.</summary>
public class BallotMarkingRuleTests
{
    [Theory]
    [InlineData(0, 2, true, SheetValidity.Valid)]
    [InlineData(2, 2, true, SheetValidity.Valid)]
    [InlineData(3, 2, true, SheetValidity.Invalid)]
    [InlineData(3, 2, false, SheetValidity.CommitteeDecides)]
    [InlineData(1, 0, true, SheetValidity.Invalid)]
    public void Judge_MarkedAgainstQuota_FollowsTheRuleSet(int marked, int quota, bool overQuotaInvalid, SheetValidity expected)
    {
        var rules = TestVoting.Qd50 with { MarkedOverQuotaInvalid = overQuotaInvalid };
        Assert.Equal(expected, BallotMarkingRule.Judge(marked, quota, rules));
    }

    [Theory]
    [InlineData("qd50")]
    [InlineData("qd377")]
    [InlineData("qd50-nam-dinh")]
    public void BuiltInRuleSet_OverQuota_IsInvalidAndMarkedUnconfirmed(string id)
    {
        var set = RuleSetCatalog.BuiltIn.Find(id)!;
        Assert.True(set.Voting.MarkedOverQuotaInvalid);
        Assert.True(set.IsUnconfirmed("voting.markedOverQuotaInvalid"));
    }

    [Fact]
    public void Parse_WithoutTheKey_ReportsIt()
    {
        var json = RuleSetCatalog.BuiltInJson("qd50")!.Replace("\"markedOverQuotaInvalid\": true", "\"other\": true", StringComparison.Ordinal);
        var result = RuleSetParser.Parse(json);
        Assert.Contains(result.Errors, e => e.Key == "voting.markedOverQuotaInvalid");
    }
}
