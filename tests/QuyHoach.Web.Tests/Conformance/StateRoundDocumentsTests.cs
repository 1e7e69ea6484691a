using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>
/// Every document of a department round (Kế hoạch 331/KH-SCT, approved by the Sở's own leadership, NĐ 30/2020) against the layout
/// rules, and its legal bases against the round's rule set (qd50-nam-dinh): the minutes, the summary, the submission,
/// the decision signed by a deputy ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), its summary list in Word and PDF, the notice, the
/// report.
/// </summary>
public sealed class StateRoundDocumentsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task EveryDocument_DepartmentRound_FollowsTheLayoutAndCitesItsRuleSet()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var documents = await ApprovedAsync(plans, roundId);

        Assert.Equal(
            [GeneratedKind.ApprovalDecision, GeneratedKind.Submission, GeneratedKind.Notice, GeneratedKind.Report, GeneratedKind.SummaryList, GeneratedKind.Minutes, GeneratedKind.TallySummary],
            documents.Select(d => d.Kind).Distinct().Order());
        var failures = DocumentSet.Check(documents).Concat(LegalBasesCheck.Check(documents, RuleSetCatalog.BuiltIn.Find("qd50-nam-dinh")!)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Approves SCT-0015 by 16/QĐ-SCT, signed by a deputy director, notified; returns every document.</summary>
    internal static async Task<List<GeneratedDocument>> ApprovedAsync(PlansDriver plans, Guid roundId)
    {
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "01/07/2022");
        var decision = await plans.Leader.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", new
        {
            decision = new { number = "16/QĐ-SCT", signedOn = new DateOnly(2022, 11, 30), signerName = "Trần Văn Giám", signerPosition = "Phó Giám đốc Sở Công Thương" },
            dossierIds = new[] { dossiers["SCT-0015"] },
        });
        var id = decision.GetProperty("id").GetGuid();
        await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/notifications",
            new { notifiedOn = new DateOnly(2022, 12, 2), recipients = new[] { new { kind = "body", name = "Ban Chấp hành Đảng bộ Sở", userName = (string?)null, organisationCode = (string?)null } } });

        var office = ExpectedOffice.Department;
        var documents = await DocumentSet.RoundAsync(plans.App, plans.Staff, roundId, office, partyApprover: false, office.StateIssuer, ["GIÁM ĐỐC"]);
        documents.AddRange(await DocumentSet.DecisionAsync(plans.Staff, id, approval: true, party: false, office.StateIssuer, office.Place, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "GIÁM ĐỐC SỞ CÔNG THƯƠNG"));
        return documents;
    }
}
