using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Shell;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// The profile screens every title the cadre could be planned for for the next term too, counting from the first month
/// of the next term on the title's track after today (R-AGE-1, R-CI45), and names that month, on the page and in the
/// API. The cases are those of the Domain's, the CLI's and the round's tables (before, inside and after the first 60
/// and 120 months), placed around the next term as the rule set in force today dates it, since the profile is "today".
/// </summary>
public sealed class NextTermProfileTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Head = "Trưởng phòng và tương đương";

    [Theory]
    [InlineData("State", "AGE_BELOW_FLOOR", -11, 21, 59)]
    [InlineData("Party", "AGE_BELOW_FLOOR", -5, 59)]
    [InlineData("State", "AGE_ONE_TERM_ONLY", 60, 119)]
    [InlineData("Party", "AGE_ONE_TERM_ONLY", 60, 119)]
    [InlineData("State", "", 120)]
    [InlineData("Party", "", 120)]
    public async Task Profile_NextTermVerdict_CountsFromTheNextTermStart(string track, string ageCode, params int[] remainingCases)
    {
        var app = fixture.App;
        var today = VietnamTime.Today(TimeProvider.System);
        var calendar = (RuleSetCatalog.BuiltIn.InForceOn(today) ?? RuleSetCatalog.BuiltIn.Newest).TermsCalendar;
        var start = calendar.Of(track == "State" ? TermCalendarTrack.State : TermCalendarTrack.Party).NextStartAfter("so", YearMonth.Of(today));
        await AgeCasesSql.SetTrackAsync(app, "SCT-TP", track);

        // Men retiring after 2028 retire at 62 (744 months): the birth month is the retirement month less 744.
        var cases = remainingCases.Select(r => (Code: $"PF-{track[0]}{ageCode.Length}{(r < 0 ? "m" : "")}{Math.Abs(r)}", Remaining: r, Birth: start.AddMonths(r - 744))).ToList();
        await AgeCasesSql.AddMenAsync(app, "SCT-PP", [.. cases.Select(c => (c.Code, c.Birth.Year, c.Birth.Month))]);
        var staff = await app.SignInAsAsync(AppRoles.Staff);
        foreach (var c in cases)
        {
            var id = await app.CadreIdAsync(c.Code);
            var profile = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{id}", UriKind.Relative));
            var verdict = profile.GetProperty("screening").GetProperty("nextTermVerdicts").EnumerateArray().Single(v => v.GetProperty("title").GetString() == Head);
            Assert.Equal((c.Code, start.ToString(), c.Remaining, 60), (c.Code, verdict.GetProperty("ageReference").GetString(), verdict.GetProperty("monthsRemaining").GetInt32(), verdict.GetProperty("requiredMonths").GetInt32()));
            var age = verdict.GetProperty("reasons").EnumerateArray().Where(r => r.GetProperty("code").GetString()!.StartsWith("AGE_", StringComparison.Ordinal)).ToList();
            Assert.Equal(ageCode, string.Join(',', age.Select(r => r.GetProperty("code").GetString())));
            Assert.All(age, r => Assert.Contains($"tính từ {start.ToVietnamese()} (tháng đầu nhiệm kỳ kế tiếp)", r.GetProperty("message").GetString(), StringComparison.Ordinal));

            // The current-term verdict keeps today's month.
            var current = profile.GetProperty("screening").GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("title").GetString() == Head);
            Assert.Equal(YearMonth.Of(today).ToString(), current.GetProperty("ageReference").GetString());
        }

        var page = await staff.GetStringAsync(new Uri($"/can-bo/{await app.CadreIdAsync(cases[0].Code)}", UriKind.Relative));
        Assert.Contains("Quy hoạch nhiệm kỳ kế tiếp", page, StringComparison.Ordinal);
        Assert.Contains($"tính từ tháng {start.ToVietnamese()}: {cases[0].Remaining} tháng", page, StringComparison.Ordinal);
    }
}
