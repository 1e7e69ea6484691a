using QuyHoach.Data.Identity;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Plans;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>
/// Every document of a province round (kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy: the Ban Thường vụ Tỉnh ủy plans the Sở's Phó Giám đốc, HD 36-HD/VPTW)
/// against the layout rules, and its legal bases against qd50: the minutes of each step, the summary, the submission
/// of Ban Tổ chức Tỉnh ủy, decision 1530-QĐ/TU under the province's "TỈNH ỦY …" signed "T/M BAN THƯỜNG VỤ", the summary list in Word and PDF, the notices and the report.
/// </summary>
public sealed class PartyRoundDocumentsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Signer = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"];

    [Fact]
    public async Task EveryDocument_ProvinceRound_FollowsTheLayoutAndCitesItsRuleSet()
    {
        var app = fixture.App;
        var (staff, roundId) = await CloseSeed000Async(app);
        await app.CreateAccountAsync("lanhdaotinh", "Trần Văn Thành", AppRoles.Leader, "NDI", twoFactor: true);
        var leader = new PlanningClient(await app.SignInAsUserAsync("lanhdaotinh"));
        var dossiers = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers")).GetProperty("dossiers").EnumerateArray()
            .ToDictionary(d => d.GetProperty("cadreCode").GetString()!, d => d.GetProperty("id").GetGuid());
        for (var item = 1; item <= 6; item++)
        {
            var (status, body) = await PlansDriver.UploadAsync(staff, dossiers["SCT-0005"], item, "10/08/2023", $"muc-{item}.pdf", PlansDriver.Pdf($"item {item}"));
            Assert.True(status == System.Net.HttpStatusCode.Created, body.ToString());
        }

        await staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{dossiers["SCT-0005"]}/appraisal", new { outcome = "met", appraisedOn = new DateOnly(2023, 8, 20) });
        var approval = await leader.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", new
        {
            decision = new { number = "1530-QĐ/TU", signedOn = new DateOnly(2023, 9, 15), signerName = "Trần Văn Thành", signerPosition = "Phó Bí thư Thường trực Tỉnh ủy" },
            dossierIds = new[] { dossiers["SCT-0005"] },
        });

        var office = ExpectedOffice.Province;
        var documents = await DocumentSet.RoundAsync(app, staff, roundId, office, partyApprover: true, [office.PartyIssuer[0], "BAN TỔ CHỨC"], ["TRƯỞNG BAN"]);
        documents.AddRange(await DocumentSet.DecisionAsync(staff, approval.GetProperty("id").GetGuid(), approval: true, party: true, office.PartyIssuer, office.Place, Signer, "BAN THƯỜNG VỤ TỈNH ỦY"));

        Assert.Equal(Enum.GetValues<GeneratedKind>().Where(k => k != GeneratedKind.RemovalDecision), documents.Select(d => d.Kind).Distinct().Order());
        Assert.All(documents, d => Assert.True(d.Party, d.Url));
        var failures = DocumentSet.Check(documents).Concat(LegalBasesCheck.Check(documents, RuleSetCatalog.BuiltIn.Find("qd50")!)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The province's 2023 review round as its own test runs it (counts and dates), without its assertions; returns the province's staff.</summary>
    internal static async Task<(PlanningClient Staff, Guid RoundId)> CloseSeed000Async(Testing.QuyHoachAppFactory app)
    {
        await app.SeatProvinceBodiesAsync(standing: 15, executive: 50);
        await app.CreateAccountAsync("chuyenvientinh", "Mai Thị Hồng", AppRoles.Staff, "NDI");
        await app.CreateAccountAsync("kiemphieutinh1", "Lương Văn Sơn", AppRoles.Counter, "NDI");
        await app.CreateAccountAsync("kiemphieutinh2", "Hồ Thị Yến", AppRoles.Counter, "NDI");
        var staff = new PlanningClient(await app.SignInAsUserAsync("chuyenvientinh"));
        var run = new RoundDriver(staff, new PlanningClient(await app.SignInAsUserAsync("kiemphieutinh1")), new PlanningClient(await app.SignInAsUserAsync("kiemphieutinh2")), ["kiemphieutinh1", "kiemphieutinh2"]);
        var id = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2023",
            kind = "annual-review",
            managementAuthorityCode = "NDI-DQL-BTV",
            termCode = "2020-2025",
            referenceMonth = "2023-07",
            titles = new[] { new { code = "SCT-PGD", quota = 3 } },
        })).GetProperty("id").GetGuid();
        var candidates = Enumerable.Range(5, 6).Select(i => new { cadreCode = $"SCT-{i:D4}", justification = "Ban Tổ chức Tỉnh ủy đề xuất" }).ToArray();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-PGD", candidates });
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members", new
        {
            titleCode = "SCT-PGD",
            members = new[] { new { cadreCode = "SCT-0020", grounds = "Không còn đủ tiêu chuẩn, điều kiện" } },
        });

        var first = await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2023, 7, 27)), 12);
        await run.CountAsync(Ballot(first, "SCT-PGD"), "12/12/12/0", 8);
        var key = await run.OpenAsync(id, 2, new DateOnly(2023, 8, 3));
        var invitees = Enumerable.Range(1, 10).Select(i => new { cadreCode = (string?)null, fullName = $"Thủ trưởng cơ quan cấp tỉnh số {i}", position = "Giám đốc sở, ngành cấp tỉnh" }).ToArray();
        key = await staff.OkAsync(HttpMethod.Post, $"/api/v1/conferences/{key.GetProperty("id").GetGuid()}/invitees", new { invitees });
        key = await run.PresentAsync(key, 40);
        await run.CountAsync(Ballot(key, "SCT-PGD"), "40/40/38/2", 12, 11, 30, 25, 20, 18);
        var bch = await run.PresentAsync(await run.OpenAsync(id, 3, new DateOnly(2023, 8, 3)), 40);
        await run.CountAsync(Ballot(bch, "SCT-PGD"), "40/40/40/0", 21, 20, 35, 30, 28);
        var btv = await run.PresentAsync(await run.OpenAsync(id, 4, new DateOnly(2023, 8, 3)), 12);
        await run.CountAsync(Ballot(btv, "SCT-PGD"), "12/12/12/0", 12, 11, 10, 9);
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/close");
        return (staff, id);
    }
}
