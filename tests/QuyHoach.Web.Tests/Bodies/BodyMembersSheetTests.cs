using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Bodies;

/// <summary>The Excel sheet of a body's members: every dated membership with its role, the head first, audited.</summary>
public sealed class BodyMembersSheetTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task BodyMembersSheet_ListsEveryMembershipWithRoleAndDates()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var body = (await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().First(b => b.GetProperty("currentMembers").GetInt32() > 0);
        var id = body.GetProperty("id").GetGuid();
        var detail = await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members");
        var memberships = detail.GetProperty("current").EnumerateArray().Concat(detail.GetProperty("history").EnumerateArray())
            .Select(m => m.GetProperty("id").GetGuid()).Distinct().Count();

        var sheet = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/bodies/{id}/members.xlsx"))["Thành viên"];
        Assert.Equal("STT | Họ và tên | Cơ quan, đơn vị | Chức vụ trong tập thể | Người đứng đầu | Từ ngày | Đến ngày", sheet[0]);
        Assert.Equal(memberships + 1, sheet.Length);
        var head = detail.GetProperty("current").EnumerateArray().Single(m => m.GetProperty("isHead").GetBoolean());
        Assert.StartsWith($"1 | {head.GetProperty("fullName").GetString()} | ", sheet[1], StringComparison.Ordinal);
        Assert.Contains(" | Có | ", sheet[1], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/bodies/{Guid.NewGuid()}/members.xlsx")).Status);
    }
}
