using System.Text.Json;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// A round building the 2025–2030 plan in 04/2022 screens its source list from the next term's first month, not from
/// 04/2022 (R-AGE-1, R-CI45): 03/2026 for a title on the State track (the election), 09/2025 for one on the Party
/// track (the congress; level "so" takes the calendar's default). Same table as the Domain's and the CLI's
/// NextTermAgeReferenceTests / NextTermEligibilityTests and the profile's.
/// </summary>
public sealed class NextTermRoundAgeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // (code, birth year, birth month, months from the start, age code)
    private static readonly (string Code, int Year, int Month, int Remaining, string Age)[] State =
    [
        ("NT-S1", 1964, 1, -11, "AGE_BELOW_FLOOR"), ("NT-S2", 1966, 3, 21, "AGE_BELOW_FLOOR"), ("NT-S3", 1969, 2, 59, "AGE_BELOW_FLOOR"),
        ("NT-S4", 1969, 3, 60, "AGE_ONE_TERM_ONLY"), ("NT-S5", 1974, 2, 119, "AGE_ONE_TERM_ONLY"), ("NT-S6", 1974, 3, 120, ""),
    ];

    private static readonly (string Code, int Year, int Month, int Remaining, string Age)[] Party =
    [
        ("NT-P1", 1964, 1, -5, "AGE_BELOW_FLOOR"), ("NT-P2", 1968, 8, 59, "AGE_BELOW_FLOOR"), ("NT-P3", 1968, 9, 60, "AGE_ONE_TERM_ONLY"),
        ("NT-P4", 1973, 8, 119, "AGE_ONE_TERM_ONLY"), ("NT-P5", 1973, 9, 120, ""),
    ];

    [Fact]
    public async Task NextTermBuild_SourceList_CountsFromTheTermStartOfTheTitlesTrack()
    {
        var app = fixture.App;
        await AgeCasesSql.AddMenAsync(app, "SCT-PP", [.. State.Concat(Party).Select(c => (c.Code, c.Year, c.Month))]);
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));

        // SCT-TP follows the State term in the demo: 2026–2031 starts with the election, 03/2026. SCT-0013 (man 03/1966,
        // retires 12/2027) has 21 months then, not the 68 counted from 04/2022.
        var stateLines = await ScreenAsync(staff, "Xây dựng quy hoạch nhiệm kỳ 2025 - 2030 (nhà nước)", [.. State.Select(c => c.Code), "SCT-0013"]);
        Check(stateLines, State, "2026-03");
        var sct0013 = stateLines.Single(l => l.GetProperty("cadreCode").GetString() == "SCT-0013");
        Assert.Equal((21, "NotEligible", "2026-03"), (sct0013.GetProperty("monthsRemaining").GetInt32(), sct0013.GetProperty("outcome").GetString(), sct0013.GetProperty("ageReference").GetString()));

        // The same title on the Party track counts from the 2025 congress, 09/2025.
        await AgeCasesSql.SetTrackAsync(app, "SCT-TP", "Party");
        Check(await ScreenAsync(staff, "Xây dựng quy hoạch nhiệm kỳ 2025 - 2030 (đảng)", [.. Party.Select(c => c.Code)]), Party, "2025-09");
        await AgeCasesSql.SetTrackAsync(app, "SCT-TP", "State");
    }

    private static async Task<List<JsonElement>> ScreenAsync(PlanningClient staff, string name, string[] codes)
    {
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name,
            kind = "next-term-build",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2022-04",
            ruleSetId = "qd50",
            titles = new[] { new { code = "SCT-TP", quota = 3 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var list = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new
        {
            titleCode = "SCT-TP",
            candidates = codes.Select(c => new { cadreCode = c, justification = "Tập thể lãnh đạo đề nghị xem xét" }).ToArray(),
        });
        return [.. list.EnumerateArray()];
    }

    private static void Check(List<JsonElement> lines, (string Code, int Year, int Month, int Remaining, string Age)[] cases, string start)
    {
        foreach (var c in cases)
        {
            var line = lines.Single(l => l.GetProperty("cadreCode").GetString() == c.Code);
            Assert.Equal((c.Code, c.Remaining, 60), (c.Code, line.GetProperty("monthsRemaining").GetInt32(), line.GetProperty("requiredMonths").GetInt32()));
            Assert.Equal(start, line.GetProperty("ageReference").GetString());
            var age = line.GetProperty("reasons").EnumerateArray().Where(r => r.GetProperty("code").GetString()!.StartsWith("AGE_", StringComparison.Ordinal)).ToList();
            Assert.Equal(c.Age, string.Join(',', age.Select(r => r.GetProperty("code").GetString())));
            Assert.All(age, r => Assert.Contains($"tính từ {start[5..]}/{start[..4]} (tháng đầu nhiệm kỳ kế tiếp)", r.GetProperty("message").GetString(), StringComparison.Ordinal));
        }
    }
}
