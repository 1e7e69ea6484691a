using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class TallyRuleTests
{
    [Fact]
    public void Validate_ConsistentSheet_NoProblems() =>
        Assert.Empty(TallyRule.Validate(new TallySheet(40, 40, 40, 40, 35, 5, TestVoting.Parse("A=11,B=35"))));

    [Theory]
    [InlineData(15, 16, 16, 16, 16, 0, "A=1", "PRESENT_EXCEEDS_CONVENED")]
    [InlineData(15, 12, 13, 12, 12, 0, "A=1", "ISSUED_EXCEEDS_PRESENT")]
    [InlineData(15, 12, 11, 12, 12, 0, "A=1", "RETURNED_EXCEEDS_ISSUED")]
    [InlineData(15, 12, 12, 12, 10, 1, "A=1", "RETURNED_NOT_VALID_PLUS_INVALID")]
    [InlineData(15, 12, 12, 12, 10, 2, "A=11", "AGREE_EXCEEDS_VALID")]
    [InlineData(15, 12, 12, 12, 12, 0, "A=1,A=2", "DUPLICATE_CANDIDATE")]
    [InlineData(15, 7, 0, 0, 0, 0, "A=0", "NONE_ISSUED")]
    [InlineData(0, 0, 0, 0, 0, 0, "", "NO_CONVENED")]
    [InlineData(15, 12, 12, 12, 12, 0, "A=-1", "NEGATIVE")]
    [InlineData(15, 16, 17, 18, 10, 1, "A=11", "PRESENT_EXCEEDS_CONVENED,ISSUED_EXCEEDS_PRESENT,RETURNED_EXCEEDS_ISSUED,RETURNED_NOT_VALID_PLUS_INVALID,AGREE_EXCEEDS_VALID")]
    public void Validate_BadSheet_ReportsEveryProblem(int convened, int present, int issued, int returned, int valid, int invalid, string votes, string codes)
    {
        var problems = TallyRule.Validate(new TallySheet(convened, present, issued, returned, valid, invalid, TestVoting.Parse(votes)));
        Assert.Equal(codes, string.Join(',', problems.Select(p => p.Code)));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }
}
