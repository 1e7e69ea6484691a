using QuyHoach.Data.Identity;
using QuyHoach.E2E.Plans;
using QuyHoach.Testing;

namespace QuyHoach.E2E.Accessibility;

/// <summary>
/// <see cref="ClosedRoundBrowserApp"/> (a closed round with its dossiers) plus a round in progress: step 1 held, and
/// step 2's conference with the first tally entered by <c>kiemphieu</c>, waiting for the second counter's. So every
/// kind of planning page exists for the accessibility walk, and the keyboard test has a tally to enter.
/// </summary>
public sealed class AuditBrowserApp : ClosedRoundBrowserApp
{
    public const string RoundName = "Rà soát, bổ sung quy hoạch năm 2023";

    /// <summary>Present at step 2: the numbers of the sheet the second counter enters (every ballot valid).</summary>
    public const int Present = 8;

    /// <summary>Votes for each candidate in the first tally.</summary>
    public const int Agree = 6;

    protected override async Task PrepareAsync(QuyHoachAppFactory app)
    {
        await base.PrepareAsync(app);
        var staff = await SignInAsync(app, QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName);
        var counter = await SignInAsync(app, QuyHoachAppFactory.DemoAccountFor(AppRoles.Counter).UserName);
        var round = await staff.SendAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = RoundName,
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2023-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 1 } },
        });
        var roundId = round.GetProperty("id").GetGuid();
        await staff.SendAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/source-list",
            new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0016", justification = (string?)null }, new { cadreCode = "SCT-0017", justification = (string?)null } } });
        foreach (var (step, present) in new[] { (1, 5), (2, Present) })
        {
            var conference = await staff.SendAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/conferences", new { stepNumber = step, heldOn = new DateOnly(2023, 4, 4 + step) });
            var id = conference.GetProperty("id").GetGuid();
            await staff.SendAsync(HttpMethod.Put, $"/api/v1/conferences/{id}/counting-committee", new { userNames = new[] { "kiemphieu", SecondCounter } });
            var members = conference.GetProperty("members").EnumerateArray().Take(present).Select(m => m.GetProperty("id").GetGuid()).ToArray();
            conference = await staff.SendAsync(HttpMethod.Put, $"/api/v1/conferences/{id}/attendance", new { presentMemberIds = members });
            foreach (var ballot in conference.GetProperty("ballots").EnumerateArray())
            {
                await counter.SendAsync(HttpMethod.Post, $"/api/v1/ballots/{ballot.GetProperty("id").GetGuid()}/tallies", TallyOf(ballot, present, Agree));
            }
        }
    }
}
