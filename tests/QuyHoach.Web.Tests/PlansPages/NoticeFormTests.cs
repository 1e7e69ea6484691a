using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.PlanningPages;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.PlansPages;

/// <summary>
/// Issue 11 item 2 on the decision page: the person notified is chosen from the accounts in scope by full name and
/// unit (no login typed), the unit sent down to by its name; posting records the notice once, even when posted twice.
/// </summary>
public sealed class NoticeFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task NoticeForm_OffersAccountsByNameAndUnit_PostingOneRecordsItOnce()
    {
        var app = fixture.App;
        var plans = await PlansDriver.StartAsync(app);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "30/05/2022");
        var decision = await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0015"]);
        await app.CreateAccountAsync("ngoai", "Đinh Văn Khách", AppRoles.Staff, "NDI");
        var url = $"/quyet-dinh/{decision.GetProperty("id").GetGuid()}";

        var form = (await PageForms.GetAsync(plans.Staff.Http, url)).QuerySelector("#form-thong-bao")!;
        Assert.Null(form.QuerySelector("input[name*='tai-khoan'], input[name*='don-vi'], input[name$='UserName'], input[name$='OrganisationCode']"));
        var accounts = form.QuerySelectorAll("#tai-khoan-nhan option").Skip(1).ToList();
        var leader = Assert.Single(accounts, o => o.TextContent.StartsWith("Nguyễn Văn Hùng · ", StringComparison.Ordinal));
        Assert.DoesNotContain(accounts, o => o.TextContent.Contains("lanhdao", StringComparison.Ordinal) || o.TextContent.Contains("Đinh Văn Khách", StringComparison.Ordinal));
        Assert.NotEmpty(form.QuerySelectorAll("#don-vi-nhan option").Skip(1));
        Assert.Contains("Ban Giám đốc Sở Công Thương", form.QuerySelectorAll("#tap-the-nhan option").Select(o => o.GetAttribute("value")));

        (string, string)[] fields = [("Notice.Kind", "person"), ("Notice.UserId", leader.GetAttribute("value")!), ("Notice.NotifiedOn", "02/12/2022")];
        var posted = await PageForms.PostAsync(plans.Staff.Http, url, "thong-bao", fields);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Đã ghi nhận việc thông báo.", await PageForms.HtmlAsync(plans.Staff.Http, posted), StringComparison.Ordinal);
        await PageForms.PostAsync(plans.Staff.Http, url, "thong-bao", fields);
        Assert.Equal(1L, await plans.CountAsync("plan_notifications"));

        var notices = await new PlanningClient(await app.SignInAsAsync(AppRoles.Leader)).OkAsync(HttpMethod.Get, "/api/v1/notices");
        Assert.Equal("01-QĐ/SCT", Assert.Single(notices.EnumerateArray()).GetProperty("decisionNumber").GetString());
        Assert.Contains("Nguyễn Văn Hùng", await PageForms.TextAsync(plans.Staff.Http, url), StringComparison.Ordinal);
    }
}
