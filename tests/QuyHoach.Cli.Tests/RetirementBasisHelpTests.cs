using QuyHoach.Domain.Age;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Cli.Tests;

/// <summary>
/// The help of the commands built on the retirement ages (R-AGE-4) names their legal documents as the rule set's legal
/// catalogue names them (as the retirement-wave page does), not as a literal of the command.
/// </summary>
public class RetirementBasisHelpTests
{
    [Theory]
    [InlineData("retirement")]
    [InlineData("months-left")]
    public async Task Help_RetirementAges_CitesTheRuleSetsCatalogue(string command)
    {
        var documents = RuleSetCatalog.BuiltIn.Newest.Cite(RetirementRule.Basis).Document!;

        var (exit, output, _) = await CliRunner.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Nghị định số 135/2020/NĐ-CP ngày 18/11/2020", documents, StringComparison.Ordinal);
        Assert.Contains(documents, output, StringComparison.Ordinal);
    }
}
