namespace QuyHoach.Cli.Tests;

public class VoteCommandTests
{
    [Fact]
    public async Task Vote_FinalTieAtLastPlace_HeadDecisionRequired()
    {
        var (code, output, _) = await CliRunner.Run("vote", "--step", "final", "--convened", "15", "--present", "15", "--quota", "3", "--agree", "A=12,B=11,C=10,D=10", "--rule-set", "qd50");
        Assert.Equal(0, code);
        Assert.Equal("""{"quorumMet":true,"minAgreeToPass":8,"candidates":[{"id":"A","agree":12,"passed":true,"selected":true},{"id":"B","agree":11,"passed":true,"selected":true},{"id":"C","agree":10,"passed":true,"selected":false},{"id":"D","agree":10,"passed":true,"selected":false}],"headDecisionRequired":["C","D"],"seatsForHead":1,"ruleSet":"qd50@2021.1"}""", output);
    }

    [Theory]
    [InlineData("2025-10-01", "qd50@2021.1")]
    [InlineData("2025-10-10", "qd377@2025.1")]
    public async Task Vote_KeyCadresByDate_RuleSetInForce(string date, string ruleSet)
    {
        var (code, output, _) = await CliRunner.Run("vote", "--step", "key-cadres", "--convened", "40", "--present", "37", "--agree", "A=12,B=11", "--date", date);
        Assert.Equal(0, code);
        Assert.Equal($$"""{"quorumMet":true,"minAgreeToPass":12,"candidates":[{"id":"A","agree":12,"passed":true},{"id":"B","agree":11,"passed":false}],"ruleSet":"{{ruleSet}}"}""", output);
    }

    [Fact]
    public async Task Vote_NoQuorum_NobodyPasses()
    {
        var (code, output, _) = await CliRunner.Run("vote", "--step", "removal", "--convened", "15", "--present", "9", "--agree", "A=9", "--rule-set", "qd50");
        Assert.Equal(0, code);
        Assert.Equal("""{"quorumMet":false,"minAgreeToPass":8,"candidates":[{"id":"A","agree":9,"passed":false}],"ruleSet":"qd50@2021.1"}""", output);
    }

    [Fact]
    public async Task Vote_FailedPreviousStep_NotSelected()
    {
        var (code, output, _) = await CliRunner.Run("vote", "--step", "final", "--convened", "15", "--present", "15", "--quota", "3", "--agree", "A=12,B=9", "--failed-previous", "A", "--rule-set", "qd50");
        Assert.Equal(0, code);
        Assert.Equal("""{"quorumMet":true,"minAgreeToPass":8,"candidates":[{"id":"A","agree":12,"passed":false,"selected":false},{"id":"B","agree":9,"passed":true,"selected":true}],"headDecisionRequired":[],"seatsForHead":0,"ruleSet":"qd50@2021.1"}""", output);
    }

    [Theory]
    [InlineData("Bước không hợp lệ", "--step", "bogus", "--convened", "15", "--present", "10", "--agree", "A=1")]
    [InlineData("--present phải trong khoảng", "--step", "final", "--convened", "15", "--present", "16", "--agree", "A=1")]
    [InlineData("lớn hơn số người có mặt", "--step", "final", "--convened", "15", "--present", "10", "--agree", "A=11")]
    [InlineData("MÃ=SỐ", "--step", "final", "--convened", "15", "--present", "10", "--agree", "A")]
    [InlineData("--quota chỉ dùng ở bước final", "--step", "extended", "--convened", "15", "--present", "10", "--quota", "3", "--agree", "A=1")]
    [InlineData("Bộ quy tắc không tồn tại", "--step", "final", "--convened", "15", "--present", "10", "--agree", "A=1", "--rule-set", "qd99")]
    [InlineData("không được hỗ trợ: --foo", "--step", "final", "--convened", "15", "--present", "10", "--agree", "A=1", "--foo", "1")]
    [InlineData("Không có bộ quy tắc nào có hiệu lực", "--step", "final", "--convened", "15", "--present", "10", "--agree", "A=1", "--date", "2020-01-01")]
    [InlineData("Tham số --date phải là ngày có dạng YYYY-MM-DD", "--step", "final", "--convened", "15", "--present", "10", "--agree", "A=1", "--date", "01/10/2025")]
    public async Task Vote_BadInput_ExitTwoWithVietnameseMessage(string message, params string[] options)
    {
        var (code, output, error) = await CliRunner.Run(["vote", .. options]);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
