using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Shell;

namespace QuyHoach.Web.Tests.Organisations;

/// <summary>
/// R-ORG-3 on the administrator's page: a rename is recorded only once confirmed; the same form sent twice records one
/// event; the recorded event is listed with the old and the new unit.
/// </summary>
public sealed class UnitEventsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Url = "/quan-tri/don-vi";
    private const string NewName = "Sở Công Thương và Khoa học";

    [Fact]
    public async Task Rename_NeedsConfirmation_DoubleSubmitRecordsOnce_Listed()
    {
        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var unit = await db.Organisations.Where(o => o.Code == "NDI-SCT").Select(o => o.Id).SingleAsync();
        var events = await db.UnitEvents.CountAsync();
        var form = AngleSharpForms.HiddenFields(await admin.GetStringAsync(new Uri(Url, UriKind.Relative)), "#form-su-kien-don-vi");
        form.AddRange([new("loai", "Rename"), new("ngay", "01/07/2025"), new("can-cu", "Nghị quyết 202/2025/QH15"), new("ket-thuc", unit.ToString()), new("ten-moi", NewName), new("buoc", "ghi")]);

        var unconfirmed = await PostAsync(admin, form);
        form.Add(new("xac-nhan", "1"));
        var first = await PostAsync(admin, form);
        var second = await PostAsync(admin, form);

        Assert.Contains("Hãy đánh dấu xác nhận đã kiểm tra trước khi ghi nhận.", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("Đã ghi nhận.", first, StringComparison.Ordinal);
        Assert.Contains("Đã ghi nhận.", second, StringComparison.Ordinal);
        Assert.Equal(events + 1, await db.UnitEvents.CountAsync());
        var listed = await admin.GetStringAsync(new Uri(Url, UriKind.Relative));
        Assert.Contains($"<td>01/07/2025</td><td>Đổi tên</td><td>{QuyHoachAppFactory.DemoDepartmentName}</td><td>{NewName}</td>", listed, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient client, List<KeyValuePair<string, string>> form)
    {
        using var content = new FormUrlEncodedContent(form);
        var response = await client.PostAsync(new Uri(Url, UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }
}
