using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using QuyHoach.Web.Tests.PlanningPages;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.PlansPages;

/// <summary>
/// The dossier and decision forms posted as a browser without script posts them (bound models, issue 13 item 6):
/// a file uploaded on the dossier page, the appraisal recorded there, and the approval recorded on the round's dossiers
/// page, the same approval posted twice recording one decision.
/// </summary>
public sealed class DossierPageFormsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task DossierAndApprovalForms_PostedFromThePages_RecordOnce()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0016"], "30/05/2022");
        var dossierId = dossiers["SCT-0015"];
        for (var item = 1; item <= 6; item++)
        {
            Assert.Equal(HttpStatusCode.Created, (await PlansDriver.UploadAsync(plans.Staff, dossierId, item, "30/05/2022", $"muc-{item}.pdf", PlansDriver.Pdf($"item {item}"))).Status);
        }

        var staff = plans.Staff.Http;
        var url = $"/ho-so/{dossierId}";
        var uploaded = await UploadAsync(staff, url, 2, "01/06/2022", "so-yeu-ly-lich.pdf");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("so-yeu-ly-lich.pdf", await PageForms.TextAsync(staff, url), StringComparison.Ordinal);
        Assert.Equal(13L, await plans.CountAsync("dossier_documents"));

        var refused = await PageForms.HtmlAsync(staff, await PageForms.PostAsync(staff, url, "tham-dinh", ("Appraisal.Outcome", "not-met"), ("Appraisal.AppraisedOn", "01/11/2022")));
        Assert.Contains("Kết luận không đạt tiêu chuẩn chính trị phải ghi rõ căn cứ.", refused, StringComparison.Ordinal);
        var appraised = await PageForms.PostAsync(staff, url, "tham-dinh", ("Appraisal.Outcome", "met"), ("Appraisal.AppraisedOn", "01/11/2022"));
        Assert.Contains("Đạt tiêu chuẩn chính trị ngày 01/11/2022", await PageForms.HtmlAsync(staff, appraised), StringComparison.Ordinal);

        var dossiersUrl = $"/dot-quy-hoach/{roundId}/ho-so";
        (string, string)[] decision = [("Decision.Number", "07-QĐ/SCT"), ("Decision.SignedOn", "30/11/2022"), ("Decision.SignerName", "Trần Văn Giám"), ("Decision.SignerPosition", "Giám đốc")];
        var approved = await PageForms.PostAsync(plans.Leader.Http, dossiersUrl, "phe-duyet", decision);
        Assert.True(approved.StatusCode == HttpStatusCode.Redirect, await PageForms.HtmlAsync(plans.Leader.Http, approved));
        Assert.Contains("Quyết định số 07-QĐ/SCT", await PageForms.HtmlAsync(plans.Leader.Http, approved), StringComparison.Ordinal);
        await PageForms.PostAsync(plans.Leader.Http, dossiersUrl, "phe-duyet", decision);
        Assert.Equal(1L, await plans.CountAsync("plan_decisions"));
        Assert.Equal(["SCT-0015", "SCT-0016"], (await plans.PlanAsync(new DateOnly(2022, 11, 30))).Order());
    }

    /// <summary>Posts the page's upload form as multipart, with its hidden fields (antiforgery token, form name).</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, int item, string date, string fileName)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector("input[name=_handler][value='tai-len-ho-so']") is not null);
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            content.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        content.Add(new StringContent(item.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Upload.Item");
        content.Add(new StringContent(date), "Upload.DocumentDate");
        var file = new ByteArrayContent(PlansDriver.Pdf(fileName));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Upload.File", fileName);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
