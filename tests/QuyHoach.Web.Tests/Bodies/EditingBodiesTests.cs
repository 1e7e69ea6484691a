using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.PlanningPages;
using QuyHoach.Web.Tests.Security;

namespace QuyHoach.Web.Tests.Bodies;

/// <summary>
/// Collective bodies edited in the app: the department's staff creates a body, seats cadres chosen from the registry
/// with their role and dates, ends a seat (history kept), and is refused an overlapping seat by the database; reads
/// are limited to the scope and changes to staff; every change is audited.
/// </summary>
public sealed class EditingBodiesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Api_CreateSeatEnd_OverlapRefused_HistoryKept_Audited()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var audited = new[] { "body.created", "body.member_added", "body.member_ended" };
        var before = new List<long>();
        foreach (var action in audited)
        {
            before.Add(await App.AuditCountAsync(action));
        }

        var department = (await staff.OkAsync(HttpMethod.Get, "/api/v1/organisations")).EnumerateArray().First().GetProperty("id").GetGuid();
        var created = await staff.OkAsync(HttpMethod.Post, "/api/v1/bodies", new { organisationId = department, name = "Ủy ban Kiểm tra Đảng ủy Sở", kind = "inspection-committee", regulatedSize = 3 });
        var id = created.GetProperty("id").GetGuid();
        var cadre = (await App.CadreIdAsync("SCT-0008"))!.Value;

        await staff.OkAsync(HttpMethod.Post, $"/api/v1/bodies/{id}/members", new { cadreId = cadre, position = "Chủ nhiệm", isHead = true, from = new DateOnly(2021, 1, 1) });
        var overlap = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/bodies/{id}/members",
            new { cadreId = cadre, position = "Ủy viên", isHead = false, from = new DateOnly(2023, 5, 1) });
        Assert.Contains("đã là thành viên của tập thể trong khoảng thời gian này", overlap, StringComparison.Ordinal);

        var seated = await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members");
        var seat = seated.GetProperty("current").EnumerateArray().Single();
        Assert.Equal(("Chủ nhiệm", true), (seat.GetProperty("position").GetString(), seat.GetProperty("isHead").GetBoolean()));
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/bodies/{id}/members/{seat.GetProperty("id").GetGuid()}/end", new { to = new DateOnly(2023, 4, 30) });
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/bodies/{id}/members", new { cadreId = cadre, position = "Ủy viên", isHead = false, from = new DateOnly(2023, 5, 1) });

        var asOf2022 = await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members?asOf=2022-06-01");
        Assert.Equal("Chủ nhiệm", asOf2022.GetProperty("current").EnumerateArray().Single().GetProperty("position").GetString());
        var history = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members")).GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("position").GetString()} {h.GetProperty("from").GetString()}–{(h.GetProperty("to").ValueKind == System.Text.Json.JsonValueKind.Null ? "" : h.GetProperty("to").GetString())}");
        Assert.Equal(["Chủ nhiệm 2021-01-01–2023-04-30", "Ủy viên 2023-05-01–"], history);

        var after = new List<long>();
        foreach (var action in audited)
        {
            after.Add(await App.AuditCountAsync(action));
        }

        Assert.Equal([1L, 2L, 1L], after.Zip(before, (a, b) => a - b));
    }

    [Fact]
    public async Task CreateBody_SubmittedTwiceAtOnce_OneBody_SameNameOtherwiseRefused()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var department = (await staff.OkAsync(HttpMethod.Get, "/api/v1/organisations")).EnumerateArray().First().GetProperty("id").GetGuid();
        var request = new { organisationId = department, name = "Tổ công tác quy hoạch", kind = "other", regulatedSize = 5 };
        var before = await App.AuditCountAsync("body.created");

        var both = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => staff.OkAsync(HttpMethod.Post, "/api/v1/bodies", request)));

        Assert.Single(both.Select(b => b.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(before + 1, await App.AuditCountAsync("body.created"));
        var named = (await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().Count(b => b.GetProperty("name").GetString() == request.name);
        Assert.Equal(1, named);
        var other = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/bodies", request with { regulatedSize = 7 });
        Assert.Equal("Đơn vị đã có tập thể tên \"Tổ công tác quy hoạch\": hãy đặt tên khác.", other);
    }

    [Fact]
    public async Task Database_RefusesOverlappingSeatsWhateverTheCaller()
    {
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Sql.ScalarAsync<long>(App.ConnectionString, """
            INSERT INTO body_memberships (id, body_id, cadre_id, position, is_head, "from")
            SELECT gen_random_uuid(), m.body_id, m.cadre_id, 'Ủy viên', false, DATE '2024-01-01'
            FROM body_memberships m JOIN bodies b ON b.id = m.body_id WHERE b.code = @p LIMIT 1
            RETURNING 1
            """, "NDI-SCT-BGD"));
        Assert.Equal("23P01", error.SqlState);
    }

    [Fact]
    public async Task Scope_OtherUnitsBodyNotFound_ReadOnlyRolesRefused_BadInputVietnamese()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var inspector = new PlanningClient(await App.SignInAsAsync(AppRoles.Inspector));
        var bodies = (await inspector.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().ToDictionary(b => b.GetProperty("name").GetString()!, b => b.GetProperty("id").GetGuid());
        var province = bodies["Ban Thường vụ Tỉnh ủy"];
        Assert.DoesNotContain((await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray(), b => b.GetProperty("id").GetGuid() == province);
        await staff.RefusedAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/bodies/{province}/members");
        await staff.RefusedAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/api/v1/bodies/{province}", new { name = "Ban Thường vụ", kind = "standing-committee" });
        await inspector.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Put, $"/api/v1/bodies/{province}", new { name = "Ban Thường vụ", kind = "standing-committee" });

        var directorate = bodies["Ban Giám đốc Sở Công Thương"];
        var markup = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/bodies/{directorate}", new { name = "<script>x</script>", kind = "directorate" });
        var tooLong = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/bodies/{directorate}", new { name = new string('a', 301), kind = "directorate" });
        Assert.StartsWith("Tên tập thể", markup, StringComparison.Ordinal);
        Assert.Contains("dài quá 300 ký tự", tooLong, StringComparison.Ordinal);
        var outside = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/bodies/{directorate}/members",
            new { cadreId = (await App.CadreIdAsync("NDI-TU-0001"))!.Value, position = "Ủy viên", from = new DateOnly(2024, 1, 1) });
        Assert.Contains("trong danh sách cán bộ thuộc phạm vi của bạn", outside, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picker_SearchAsYouTypeEndpointAndScript_NameWithoutDiacriticsInScopeOnly()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var hai = await staff.OkAsync(HttpMethod.Get, "/api/v1/cadre-choices?q=hoang%20xuan%20hai");
        Assert.Equal(["Hoàng Xuân Hải"], hai.EnumerateArray().Select(c => c.GetProperty("fullName").GetString()));
        var province = await staff.OkAsync(HttpMethod.Get, "/api/v1/cadre-choices?q=NDI-TU");
        Assert.Empty(province.EnumerateArray());
        var script = await staff.Http.GetAsync(new Uri("/js/cadre-picker.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("/js/cadre-picker.js", await staff.Http.GetStringAsync(new Uri("/tap-the/" + (await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().First().GetProperty("id").GetString(), UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_PlainSearchWithoutDiacriticsByUnit_ChooseAddEnd()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var list = await PageForms.GetAsync(staff, "/tap-the");
        var url = list.QuerySelectorAll("a[href^='/tap-the/']").Single(a => a.TextContent == "Ban Chấp hành Đảng bộ Sở Công Thương").GetAttribute("href")!;

        // By unit, without diacritics: "quan ly nang luong" finds the people of "Phòng Quản lý Năng lượng".
        var found = await PageForms.GetAsync(staff, $"{url}?tim=quan%20ly%20nang%20luong");
        var choices = found.QuerySelectorAll("input[name=can-bo]").ToList();
        Assert.NotEmpty(choices);
        Assert.All(choices, c => Assert.Contains("Phòng Quản lý Năng lượng", found.QuerySelector($"label[for='{c.Id}']")!.TextContent, StringComparison.Ordinal));
        var before = await PageForms.TextAsync(staff, url);
        var newcomer = choices.Select(c => c.GetAttribute("value")!).First(v => !before.Contains(v, StringComparison.Ordinal));
        var name = found.QuerySelector($"label[for='lua-chon-can-bo-{newcomer}']")!.TextContent.Split(" (")[0];
        Assert.DoesNotContain(name, before, StringComparison.Ordinal);

        var added = await PageForms.PostAsync(staff, $"{url}?tim=quan%20ly%20nang%20luong", "them-thanh-vien",
            ("can-bo", newcomer), ("chuc-vu", "Ủy viên"), ("tu-ngay", "01/02/2024"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await PageForms.GetAsync(staff, url);
        Assert.Contains(name, page.QuerySelector("#thanh-vien + [role=region] table")!.TextContent, StringComparison.Ordinal);

        var row = page.QuerySelectorAll("#thanh-vien + [role=region] table tbody tr").Single(r => r.QuerySelector("td")!.TextContent.StartsWith(name, StringComparison.Ordinal));
        var endForm = row.QuerySelector("input[name=_handler]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.PostAsync(staff, url, endForm, ("den-ngay", "31/12/2025"))).StatusCode);
        var after = await PageForms.GetAsync(staff, url);
        Assert.DoesNotContain(name, after.QuerySelector("#thanh-vien + [role=region] table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("31/12/2025", after.QuerySelector("#lich-su + [role=region] table")!.TextContent, StringComparison.Ordinal);
    }
}
