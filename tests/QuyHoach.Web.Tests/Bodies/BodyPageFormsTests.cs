using System.Net;
using System.Net.Http.Headers;
using QuyHoach.Data.Identity;
using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.PlanningPages;

namespace QuyHoach.Web.Tests.Bodies;

/// <summary>
/// The body page without script: the member's role is chosen from the roles of the body's kind (never typed), and
/// the members sheet is uploaded by a plain multipart form that lists every row error in Vietnamese and writes nothing
/// when one row is wrong.
/// </summary>
public sealed class BodyPageFormsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly SheetColumn[] Columns =
        [new("STT"), new("Mã cán bộ"), new("Họ và tên"), new("Cơ quan, đơn vị"), new("Chức vụ trong tập thể"), new("Người đứng đầu"), new("Từ ngày"), new("Đến ngày")];

    [Fact]
    public async Task MemberForm_RoleIsASelectOfTheBodysRoles_OtherRolesRefused()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var bodies = (await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().ToDictionary(b => b.GetProperty("name").GetString()!, b => b.GetProperty("id").GetGuid());
        var executive = await PageForms.GetAsync(staff.Http, $"/tap-the/{bodies["Ban Chấp hành Đảng bộ Sở Công Thương"]}");
        var directorate = await PageForms.GetAsync(staff.Http, $"/tap-the/{bodies["Ban Giám đốc Sở Công Thương"]}");

        Assert.Null(executive.QuerySelector("input[name=chuc-vu]"));

        // Before any search the picker's box is empty and says what to do (not "nothing found", not a stray word).
        Assert.Equal("", executive.QuerySelector("#tim-can-bo")!.GetAttribute("value") ?? "");
        Assert.Equal("Gõ ít nhất hai ký tự vào ô tìm rồi chọn một người.", executive.QuerySelector("#lua-chon-can-bo p")!.TextContent.Trim());
        Assert.Equal(["Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ", "Ủy viên"], executive.QuerySelectorAll("select[name=chuc-vu] option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["Giám đốc", "Phó Giám đốc"], directorate.QuerySelectorAll("select[name=chuc-vu] option").Select(o => o.TextContent));

        var cadre = (await fixture.App.CadreIdAsync("SCT-0030"))!.Value;
        var typed = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/bodies/{bodies["Ban Giám đốc Sở Công Thương"]}/members",
            new { cadreId = cadre, position = "Ủy viên", from = new DateOnly(2024, 1, 1) });
        Assert.Equal("Hãy chọn chức vụ trong tập thể trong danh sách: Giám đốc, Phó Giám đốc.", typed);
    }

    [Fact]
    public async Task MemberForm_ForgedRoleOrCadre_RefusedInVietnamese_NothingWritten()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var directorate = (await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().Single(b => b.GetProperty("name").GetString() == "Ban Giám đốc Sở Công Thương").GetProperty("id").GetGuid();
        var url = $"/tap-the/{directorate}";
        var cadre = (await fixture.App.CadreIdAsync("SCT-0030"))!.Value.ToString();
        var before = await fixture.App.AuditCountAsync("body.member_added");

        var role = await PageForms.PostAsync(staff.Http, url, "them-thanh-vien", ("can-bo", cadre), ("chuc-vu", "Trưởng ban"), ("tu-ngay", "01/01/2024"));
        var forged = await PageForms.PostAsync(staff.Http, url, "them-thanh-vien", ("can-bo", "không-phải-mã"), ("chuc-vu", "Phó Giám đốc"), ("tu-ngay", "01/01/2024"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (role.StatusCode, forged.StatusCode));
        var roleHtml = await PageForms.HtmlAsync(staff.Http, role);
        var forgedHtml = await PageForms.HtmlAsync(staff.Http, forged);
        Assert.True(roleHtml.Contains("Hãy chọn chức vụ trong tập thể trong danh sách: Giám đốc, Phó Giám đốc.", StringComparison.Ordinal), roleHtml);
        Assert.True(forgedHtml.Contains("Hãy chọn một cán bộ trong danh sách cán bộ thuộc phạm vi của bạn.", StringComparison.Ordinal), forgedHtml);
        Assert.Equal(before, await fixture.App.AuditCountAsync("body.member_added"));
    }

    [Fact]
    public async Task UploadForm_SheetWithRowErrors_ListsThemInVietnamese_WritesNothing()
    {
        var (staff, id) = await NewBodyAsync("directorate", "Ban Giám đốc thử tải lên có lỗi");
        var before = await fixture.App.AuditCountAsync("body.member_added");
        var sheet = Sheet(
            ["1", "SCT-0008", "", "", "Giám đốc", "Có", "01/01/2021", ""],
            ["2", "SCT-0009", "", "", "Tổ trưởng", "", "01/01/2021", ""],
            ["3", "SCT-9999", "", "", "Phó Giám đốc", "", "01/01/2021", ""]);

        var (status, page) = await UploadAsync(staff.Http, id, sheet);

        Assert.Equal(HttpStatusCode.OK, status);
        var errors = page.QuerySelectorAll("#loi-tep li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            ["Dòng 3: hãy chọn chức vụ trong tập thể trong danh sách: Giám đốc, Phó Giám đốc.", "Dòng 4: không tìm thấy cán bộ \"SCT-9999\" trong phạm vi của bạn."],
            errors);
        Assert.Contains("Tệp có lỗi nên chưa ghi gì", page.QuerySelector("#loi-tep")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#ket-qua-tai-len"));
        Assert.Empty((await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members")).GetProperty("history").EnumerateArray());
        Assert.Equal(before, await fixture.App.AuditCountAsync("body.member_added"));
    }

    [Fact]
    public async Task UploadForm_GoodSheet_AddsMembers_SaysHowMany_SameSheetAgainAddsNothing()
    {
        var (staff, id) = await NewBodyAsync("directorate", "Ban Giám đốc thử tải lên");
        var sheet = Sheet(
            ["1", "SCT-0008", "", "", "giám đốc", "Có", "01/01/2021", ""],
            ["2", "SCT-0009", "", "", "Phó Giám đốc", "", "01/02/2021", ""]);

        var (status, page) = await UploadAsync(staff.Http, id, sheet);
        var (_, again) = await UploadAsync(staff.Http, id, sheet);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Đã thêm 2 thành viên từ tệp.", page.QuerySelector("#ket-qua-tai-len")!.TextContent.Trim());
        Assert.Equal("Đã thêm 0 thành viên từ tệp; 2 dòng đã có, không thêm lại.", again.QuerySelector("#ket-qua-tai-len")!.TextContent.Trim());
        var seats = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members")).GetProperty("history").EnumerateArray()
            .Select(m => m.GetProperty("position").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Giám đốc", "Phó Giám đốc"], seats);
    }

    [Fact]
    public async Task UploadForm_NoFileOrNotXlsx_RefusedInVietnamese()
    {
        var (staff, id) = await NewBodyAsync("other", "Tổ thử tệp sai");
        var (_, page) = await UploadAsync(staff.Http, id, "STT,Họ và tên\n1,Nguyễn Văn A\n"u8.ToArray());
        Assert.Contains("không phải bảng tính Excel .xlsx", page.QuerySelector("section[aria-labelledby=tai-len-thanh-vien] .alert-error")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(PlanningClient Staff, Guid BodyId)> NewBodyAsync(string kind, string name)
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var department = (await staff.OkAsync(HttpMethod.Get, "/api/v1/organisations")).EnumerateArray().First().GetProperty("id").GetGuid();
        var created = await staff.OkAsync(HttpMethod.Post, "/api/v1/bodies", new { organisationId = department, name = $"{name} {Guid.NewGuid().ToString()[..4]}", kind });
        return (staff, created.GetProperty("id").GetGuid());
    }

    private static byte[] Sheet(params string?[][] rows)
    {
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, [new TableSheet("Thành viên", Columns, rows)]);
        return stream.ToArray();
    }

    /// <summary>Posts the page's upload form as a browser without script would (multipart, its hidden fields), following a redirect.</summary>
    private static async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> UploadAsync(HttpClient client, Guid bodyId, byte[] content)
    {
        var url = $"/tap-the/{bodyId}";
        var page = await PageForms.GetAsync(client, url);
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector("input[name=_handler][value='tai-len-thanh-vien']") is not null);
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        using var multipart = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden][name]"))
        {
            multipart.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        multipart.Add(file, form.QuerySelector("input[type=file]")!.GetAttribute("name")!, "thanh-vien.xlsx");
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), multipart);
        var html = response.Headers.Location is { } location ? await client.GetStringAsync(location) : await response.Content.ReadAsStringAsync();
        return (response.StatusCode == HttpStatusCode.Redirect ? HttpStatusCode.OK : response.StatusCode, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
    }
}
