using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

public sealed class OrganisationsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task OrganisationPage_Staff_DepartmentTreeWithTitlesGroupsAndBodies()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var html = await staff.GetStringAsync(new Uri("/to-chuc", UriKind.Relative));
        Assert.Contains(QuyHoachAppFactory.DemoDepartmentName, html, StringComparison.Ordinal);
        Assert.Contains("Phòng Quản lý Năng lượng", html, StringComparison.Ordinal);
        Assert.Contains("Đối tượng 1: Phó Giám đốc Sở", html, StringComparison.Ordinal);
        Assert.Contains("Đối tượng 2: Trưởng phòng và tương đương (còn ít nhất 120 tháng công tác)", html, StringComparison.Ordinal);
        Assert.Contains("Ban Giám đốc Sở Công Thương", html, StringComparison.Ordinal);
        Assert.Contains("Người đứng đầu", html, StringComparison.Ordinal);
        Assert.Contains("Lý luận chính trị: Cao cấp", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ban Thường vụ Tỉnh ủy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("đang được xây dựng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationPage_Inspector_SeesTheProvinceBodies()
    {
        var inspector = await App.SignInAsAsync(AppRoles.Inspector);
        var html = await inspector.GetStringAsync(new Uri("/to-chuc", UriKind.Relative));
        Assert.Contains("Ban Thường vụ Tỉnh ủy", html, StringComparison.Ordinal);
        Assert.Contains(QuyHoachAppFactory.DemoDepartmentName, html, StringComparison.Ordinal);
    }
}
