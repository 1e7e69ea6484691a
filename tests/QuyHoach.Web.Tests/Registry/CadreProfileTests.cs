using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Shell;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>The profile and its live verdicts for the demo showcases (DemoCadreHistory.ApplyShowcases).</summary>
public sealed class CadreProfileTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Profile_BornMarch1966_NotEligibleForAgeWithRAgeCited()
    {
        var profile = await ProfileAsync("SCT-0013");
        Assert.EndsWith("03/1966", profile.GetProperty("birth").GetString(), StringComparison.Ordinal);
        var verdicts = profile.GetProperty("screening").GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Equal(["Phó Giám đốc Sở", "Trưởng phòng và tương đương"], verdicts.Select(v => v.GetProperty("title").GetString()));
        Assert.All(verdicts, v => Assert.Equal("NotEligible", v.GetProperty("outcome").GetString()));
        var head = verdicts.Single(v => v.GetProperty("title").GetString() == "Trưởng phòng và tương đương");
        Assert.Equal(72, head.GetProperty("requiredMonths").GetInt32());
        Assert.Contains(Reasons(head), r => r.Code == "AGE_BELOW_FLOOR" && r.RuleId == "R-AGE-2");
        var deputyDirector = verdicts.Single(v => v.GetProperty("title").GetString() == "Phó Giám đốc Sở");
        Assert.Equal(120, deputyDirector.GetProperty("requiredMonths").GetInt32());
        Assert.Contains(Reasons(deputyDirector), r => r.Code == "AGE_BELOW_FLOOR" && r.RuleId == "R-AGE-3");
    }

    [Fact]
    public async Task Profile_StudyingAdvancedTheory_EligibleWithObligation()
    {
        var profile = await ProfileAsync("SCT-0014");
        var head = profile.GetProperty("screening").GetProperty("verdicts").EnumerateArray()
            .Single(v => v.GetProperty("title").GetString() == "Trưởng phòng và tương đương");
        Assert.Equal("EligibleWithObligations", head.GetProperty("outcome").GetString());
        Assert.Contains(Reasons(head), r => r.Code == "LLCT_STUDYING" && r.RuleId == "R-STD-2");
        Assert.Contains(Reasons(head), r => r.Severity == "Obligation");
        Assert.DoesNotContain(Reasons(head), r => r.Severity == "Failure");
        Assert.Contains(profile.GetProperty("politicalTheory").EnumerateArray(), p => p.GetProperty("studying").GetBoolean());

        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var html = await staff.GetStringAsync(new Uri($"/can-bo/{profile.GetProperty("id")}", UriKind.Relative));
        Assert.Contains("Cao cấp (đang học)", html, StringComparison.Ordinal);
        Assert.Contains("Đủ điều kiện kèm nghĩa vụ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_PartyReprimandInForce_NotEligibleWithDisciplineRuleCited()
    {
        var profile = await ProfileAsync("SCT-0006");
        var discipline = profile.GetProperty("disciplines")[0];
        Assert.Equal("Khiển trách", discipline.GetProperty("form").GetString());
        Assert.Equal("2026-03-10", discipline.GetProperty("effectiveOn").GetString());
        // The seed's reprimand runs 12 months from 10/03/2026 (R-DIS-P1); the expectation follows the real date.
        var inForce = VietnamTime.Today(TimeProvider.System) < new DateOnly(2027, 3, 11);
        Assert.Equal(inForce ? "Đang có hiệu lực" : "Đã hết hiệu lực", discipline.GetProperty("status").GetString());
        foreach (var verdict in profile.GetProperty("screening").GetProperty("verdicts").EnumerateArray())
        {
            var cited = Reasons(verdict).Any(r => r.Code == "DISCIPLINE_IN_FORCE" && r.RuleId == "R-DIS-377");
            Assert.Equal(inForce, cited);
            Assert.Equal(inForce, verdict.GetProperty("outcome").GetString() == "NotEligible");
        }
    }

    [Fact]
    public async Task ProfilePage_EveryHistory_VietnameseDatesAndScores()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var id = await App.CadreIdAsync("SCT-0005");
        var html = await staff.GetStringAsync(new Uri($"/can-bo/{id}", UriKind.Relative));
        foreach (var heading in (string[])["Thông tin chung", "Quá trình công tác", "Trình độ", "Đánh giá, xếp loại", "Kỷ luật", "Kết luận tiêu chuẩn chính trị", "Sàng lọc điều kiện quy hoạch", "Căn cứ:"])
        {
            Assert.Contains(heading, html, StringComparison.Ordinal);
        }

        Assert.Matches(@"<td>\d{2},\d</td>", html);
        Assert.Matches(@"\d{2}/\d{2}/\d{4}", html);
        Assert.Contains("(hiện tại)", html, StringComparison.Ordinal);
        Assert.Contains("Phó trưởng phòng và tương đương", html, StringComparison.Ordinal);
    }

    private static List<(string Code, string Severity, string RuleId)> Reasons(JsonElement verdict) =>
        verdict.GetProperty("reasons").EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString()!, r.GetProperty("severity").GetString()!, r.GetProperty("ruleId").GetString()!))
            .ToList();

    private async Task<JsonElement> ProfileAsync(string code)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var id = await App.CadreIdAsync(code);
        return await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{id}", UriKind.Relative));
    }
}
