using System.Net;
using QuyHoach.Data.Identity;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// Kế hoạch 331/KH-SCT: the Sở's annual review for the titles its collective leadership manages, reference
/// month 04/2022, rule set qd50-nam-dinh, end to end through the API. Convening lists from the demo: tập thể lãnh đạo =
/// Ban Giám đốc ∪ BTV Đảng ủy = 7; BCH Đảng ủy ∪ Ban Giám đốc = 11, plus invitees.
/// </summary>
public sealed class AnnualReviewSeed001Tests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task AnnualReview_Seed001_EveryBoundaryAsHandChecked()
    {
        var app = fixture.App;
        await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var counterA = new PlanningClient(await app.SignInAsAsync(AppRoles.Counter));
        var counterB = new PlanningClient(await app.SignInAsUserAsync("kiemphieu2"));
        var delegate_ = new PlanningClient(await app.SignInAsAsync(AppRoles.Delegate));
        var leader = new PlanningClient(await app.SignInAsAsync(AppRoles.Leader));
        var run = new RoundDriver(staff, counterA, counterB, ["kiemphieu", "kiemphieu2"]);

        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2022",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 }, new { code = "SCT-PP", quota = 3 } },
        });
        var id = round.GetProperty("id").GetGuid();
        Assert.Equal(
            ["1 removal NDI-SCT-BGD+NDI-SCT-BTV sealed", "2 key-cadres NDI-SCT-BGD+NDI-SCT-BCH sealed", "3 extended NDI-SCT-BGD+NDI-SCT-BCH sealed", "4 final NDI-SCT-BGD+NDI-SCT-BTV announced"],
            round.GetProperty("steps").EnumerateArray().Select(s =>
                $"{s.GetProperty("number")} {s.GetProperty("vote").GetString()} {string.Join('+', s.GetProperty("bodyCodes").EnumerateArray().Select(b => b.GetString()))} {(s.GetProperty("announced").GetBoolean() ? "announced" : "sealed")}"));
        await staff.OkAsync(HttpMethod.Put, $"/api/v1/rounds/{id}/steps/4", new { dueOn = new DateOnly(2022, 4, 10) });

        // Source list: SCT-0013 (man 03/1966) has 68 months left < 72 (R-AGE-2, the example of docs/rules/age.md): refused without a justification.
        var refused = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/rounds/{id}/source-list",
            new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0015", justification = (string?)null }, new { cadreCode = "SCT-0013", justification = (string?)null } } });
        Assert.Contains("cần ghi lý do bổ sung", refused, StringComparison.Ordinal);
        Assert.Empty((await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).EnumerateArray());
        var list = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new
        {
            titleCode = "SCT-TP",
            candidates = new[]
            {
                new { cadreCode = "SCT-0015", justification = (string?)null }, new { cadreCode = "SCT-0016", justification = (string?)null },
                new { cadreCode = "SCT-0017", justification = (string?)null }, new { cadreCode = "SCT-0013", justification = (string?)"Có uy tín, tập thể lãnh đạo đề nghị xem xét" },
            },
        });
        Assert.Equal(
            ["SCT-0013 NotEligible 68/72", "SCT-0015 EligibleWithObligations 283/72", "SCT-0016 EligibleWithObligations 356/72", "SCT-0017 EligibleWithObligations 229/72"],
            list.EnumerateArray().Select(e => $"{e.GetProperty("cadreCode").GetString()} {e.GetProperty("outcome").GetString()} {e.GetProperty("monthsRemaining")}/{e.GetProperty("requiredMonths")}"));
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-PP", members = new[] { new { cadreCode = "SCT-0019", grounds = "Không còn đáp ứng tiêu chuẩn, điều kiện" } } });

        // Step 1, removal (R-REM-VOTE): 7 convened, 5 present; 3 agree to remove is a majority of the present (6 > 5) but not of the convened (6 > 7 is false): stays.
        var first = await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        Assert.Equal((7, 5, true, "qd50-nam-dinh@2022.1"), (first.GetProperty("convened").GetInt32(), first.GetProperty("present").GetInt32(), first.GetProperty("quorumMet").GetBoolean(), first.GetProperty("ruleSet").GetString()));
        Assert.Equal("SCT-0001", first.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("isHead").GetBoolean()).GetProperty("cadreCode").GetString());
        var removal = await run.CountAsync(Ballot(first, "SCT-PP"), "5/5/5/0", 3);
        Assert.Equal(["SCT-0019:3:không đạt"], Lines(removal));
        Assert.Equal(4, removal.GetProperty("minAgreeToPass").GetInt32());

        // A changed tally after results: refused as a plain entry and without a reason; with one, kept before and after.
        var removalBallot = Ballot(first, "SCT-PP");
        var removalId = removalBallot.GetProperty("id").GetGuid();
        await counterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{removalId}/tallies", Tally(removalBallot, "5/5/4/1", 3));
        await counterA.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/ballots/{removalId}/correction", Tally(removalBallot, "5/5/4/1", 3));
        var corrected = await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{removalId}/correction",
            new { issued = 5, returned = 5, valid = 4, invalid = 1, votes = new[] { new { candidateId = removalBallot.GetProperty("candidates")[0].GetProperty("id").GetGuid(), agree = 3 } }, reason = "Đếm lại: một phiếu gạch xóa không hợp lệ" });
        var correction = Assert.Single(corrected.GetProperty("corrections").EnumerateArray());
        Assert.Contains("\"valid\": 5", correction.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"valid\": 4", correction.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Equal(["SCT-0019:3:không đạt"], Lines(corrected));

        await KeyCadresAsync(run, counterA, counterB, delegate_, id);
        await ExtendedAndFinalAsync(run, counterA, counterB, delegate_, leader, id);
        await Outputs.Seed001Documents.AssertAsync(staff, delegate_, id);
        await PlanningAuditLog.AssertSeed001Async(app.ConnectionString);
    }

    private static async Task KeyCadresAsync(RoundDriver run, PlanningClient counterA, PlanningClient counterB, PlanningClient delegate_, Guid id)
    {
        var staff = run.Staff;
        var conference = await run.OpenAsync(id, 2, new DateOnly(2022, 4, 6));
        var conferenceId = conference.GetProperty("id").GetGuid();
        var invitees = Enumerable.Range(12, 13).Select(i => new { cadreCode = $"SCT-{i:D4}", fullName = (string?)null, position = i == 12 ? "Trưởng phòng" : "Phó trưởng phòng" }).ToArray();
        conference = await staff.OkAsync(HttpMethod.Post, $"/api/v1/conferences/{conferenceId}/invitees", new { invitees });
        Assert.Equal(24, conference.GetProperty("convened").GetInt32());
        var ballot = Ballot(conference, "SCT-TP");
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballot.GetProperty("id").GetGuid()}/write-ins", new { cadreCode = "SCT-0025" });
        conference = await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{conferenceId}");
        ballot = Ballot(conference, "SCT-TP");
        var ballotId = ballot.GetProperty("id").GetGuid();
        Assert.Equal(["SCT-0013", "SCT-0015", "SCT-0016", "SCT-0017", "SCT-0025*"], ballot.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("cadreCode").GetString() + (c.GetProperty("writtenIn").GetBoolean() ? "*" : "")));

        // 15 of 24 present: 45 < 48, no quorum (R-QUO-1): nothing is recorded.
        conference = await run.PresentAsync(conference, 15);
        Assert.Equal((false, 16), (conference.GetProperty("quorumMet").GetBoolean(), conference.GetProperty("minPresent").GetInt32()));
        var noQuorum = await counterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "15/15/15/0", 5, 5, 5, 5, 5));
        Assert.Contains("không đủ số lượng", noQuorum, StringComparison.Ordinal);
        await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/conferences/{conferenceId}/attendance",
            new { presentMemberIds = conference.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).Append(Guid.NewGuid()).ToArray() });
        conference = await run.PresentAsync(conference, 20);

        // Tallies that do not add up are refused, with nothing stored.
        var wrong = new (string Sheet, int[] Agree, string Code)[]
        {
            ("19/20/19/1", [5, 15, 6, 12, 7], "RETURNED_EXCEEDS_ISSUED"),
            ("20/20/18/1", [5, 15, 6, 12, 7], "RETURNED_NOT_VALID_PLUS_INVALID"),
            ("20/20/19/1", [5, 20, 6, 12, 7], "AGREE_EXCEEDS_VALID"),
        };
        foreach (var (sheet, agree, code) in wrong)
        {
            var (status, body) = await counterA.PostAsync($"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, sheet, agree));
            Assert.True(status == HttpStatusCode.BadRequest, body.ToString());
            Assert.Contains(body.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == code);
        }

        Assert.Empty((await staff.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/reconciliation")).GetProperty("entries").EnumerateArray());

        // Double entry: the same sheet twice by one person answers with the first entry, other numbers are refused; a mismatch is listed side by side and resolved by re-entry.
        await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "20/20/19/1", 5, 15, 6, 12, 7));
        Assert.Equal(1, (await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "20/20/19/1", 5, 15, 6, 12, 7))).GetProperty("entries").GetInt32());
        Assert.Contains("thành viên khác", await counterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "20/20/19/1", 5, 15, 6, 12, 6)), StringComparison.Ordinal);
        var mismatch = await counterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "20/20/19/1", 5, 14, 6, 12, 7));
        Assert.Equal("mismatch", mismatch.GetProperty("status").GetString());
        var difference = Assert.Single(mismatch.GetProperty("differences").EnumerateArray());
        Assert.Equal((15, 14), (difference.GetProperty("first").GetInt32(), difference.GetProperty("second").GetInt32()));
        await counterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/results");
        Assert.Equal("reconciled", (await counterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "20/20/19/1", 5, 15, 6, 12, 7))).GetProperty("status").GetString());

        // ≥ 30 % of the 20 present (R-VOTE-30): 6 is exactly 30 % and passes, 5 fails; invalid ballots do not shrink the base.
        var results = await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/results");
        Assert.Equal(["SCT-0013:5:không đạt", "SCT-0015:15:đạt", "SCT-0016:6:đạt", "SCT-0017:12:đạt", "SCT-0025:7:đạt"], Lines(results));
        Assert.Equal(6, results.GetProperty("minAgreeToPass").GetInt32());

        // Sealed (R-DISC-1): a delegate in scope sees the lines, never a count.
        var sealedView = await delegate_.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/results");
        Assert.True(sealedView.GetProperty("sealed").GetBoolean());
        Assert.All(sealedView.GetProperty("candidates").EnumerateArray(), c => Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("agree").ValueKind));
        await delegate_.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/ballots/{ballotId}/reconciliation");
    }

    private static async Task ExtendedAndFinalAsync(RoundDriver run, PlanningClient counterA, PlanningClient counterB, PlanningClient delegate_, PlanningClient leader, Guid id)
    {
        var staff = run.Staff;
        var conference = await run.OpenAsync(id, 3, new DateOnly(2022, 4, 7));
        var conferenceId = conference.GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/conferences/{conferenceId}/invitees", new { invitees = new[] { new { cadreCode = "SCT-0012", position = "Trưởng phòng" } } });
        conference = await run.PresentAsync(await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{conferenceId}"), 8);

        // 8 of 12 present is exactly two thirds (24 ≥ 24): quorum. SCT-0013 failed step 2 and is not carried (R-SEQ-1).
        Assert.Equal((12, 8, 8, true), (conference.GetProperty("convened").GetInt32(), conference.GetProperty("present").GetInt32(), conference.GetProperty("minPresent").GetInt32(), conference.GetProperty("quorumMet").GetBoolean()));
        var ballot = Ballot(conference, "SCT-TP");
        Assert.Equal(["SCT-0015", "SCT-0016", "SCT-0017", "SCT-0025"], ballot.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("cadreCode").GetString()));

        // A mismatch resolved by an explicit choice with a reason.
        var ballotId = ballot.GetProperty("id").GetGuid();
        await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "8/8/8/0", 7, 5, 6, 4));
        var second = await counterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "8/8/8/0", 7, 5, 6, 3));
        Assert.Equal("mismatch", second.GetProperty("status").GetString());
        var sideBySide = await counterB.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/reconciliation");
        var firstEntry = sideBySide.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("enteredBy").GetString() == "kiemphieu").GetProperty("id").GetGuid();
        await counterB.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/resolution", new { entryId = firstEntry, reason = "" });
        await counterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/resolution", new { entryId = firstEntry, reason = "Đối chiếu phiếu gốc: ông Hải được 4 phiếu" });

        // > 50 % of the 8 present (R-VOTE-50P): exactly half (4) fails, 5 passes.
        var results = await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{ballotId}/results");
        Assert.Equal(["SCT-0015:7:đạt", "SCT-0016:5:đạt", "SCT-0017:6:đạt", "SCT-0025:4:không đạt"], Lines(results));

        // Final (R-VOTE-50C, R-RANK-1, R-TIE-1): 7 convened, 6 present; quota 2; 4 > 3.5 passes; 4 and 4 tie for the last place.
        var final = await run.PresentAsync(await run.OpenAsync(id, 4, new DateOnly(2022, 4, 8)), 6);
        var finalBallot = Ballot(final, "SCT-TP");
        var finalId = finalBallot.GetProperty("id").GetGuid();
        var outcome = await run.CountAsync(finalBallot, "6/6/6/0", 6, 4, 4);
        Assert.Equal(["SCT-0015:6:đạt:chọn", "SCT-0016:4:đạt:không chọn", "SCT-0017:4:đạt:không chọn"], Lines(outcome));
        Assert.Equal(1, outcome.GetProperty("seatsForHead").GetInt32());
        Assert.False((await delegate_.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{finalId}/results")).GetProperty("sealed").GetBoolean());
        Assert.Contains("người đứng đầu", await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/close"), StringComparison.Ordinal);

        var quang = finalBallot.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("cadreCode").GetString() == "SCT-0017").GetProperty("id").GetGuid();
        var notHead = await leader.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/ballots/{finalId}/head-decision",
            new { deciderCadreCode = "SCT-0002", decidedOn = new DateOnly(2022, 4, 8), chosenCandidateIds = new[] { quang }, reason = "Cơ cấu nữ" });
        Assert.Contains("không phải người đứng đầu", notHead, StringComparison.Ordinal);
        var decided = await leader.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{finalId}/head-decision",
            new { deciderCadreCode = "SCT-0001", decidedOn = new DateOnly(2022, 4, 8), chosenCandidateIds = new[] { quang }, reason = "Bảo đảm cơ cấu cán bộ nữ (R-STR-2)" });
        Assert.Equal(["SCT-0015:6:đạt:chọn", "SCT-0016:4:đạt:không chọn", "SCT-0017:4:đạt:chọn"], Lines(decided));
        Assert.Equal("Bảo đảm cơ cấu cán bộ nữ (R-STR-2)", decided.GetProperty("headDecision").GetProperty("reason").GetString());

        var closed = await leader.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/close");
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        await counterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/ballots/{finalId}/correction", Tally(finalBallot, "6/6/6/0", 6, 5, 4));
    }
}
