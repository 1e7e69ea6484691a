using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Bodies;

/// <summary>
/// Thêm thành viên tập thể từ tệp Excel: the sheet's rows are checked like the page's form; one bad row writes
/// nothing and is named by its row number; the same sheet twice adds once; a file that is not .xlsx is refused in Vietnamese.
/// </summary>
public sealed class MembersUploadTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly SheetColumn[] Columns =
        [new("STT"), new("Mã cán bộ"), new("Họ và tên"), new("Cơ quan, đơn vị"), new("Chức vụ trong tập thể"), new("Người đứng đầu"), new("Từ ngày"), new("Đến ngày")];

    [Fact]
    public async Task Upload_AddsMembers_AuditedOncePerSeat_SameSheetTwiceAddsOnce()
    {
        var (staff, id) = await NewBodyAsync("Tổ công tác thử tải lên");
        var byName = await FullNameAsync(staff, "SCT-0009");
        var sheet = Sheet(
            ["1", "SCT-0008", "", "", "Tổ trưởng", "Có", "01/01/2021", ""],
            ["2", "", byName, "", "Ủy viên", "", "01/02/2021", "31/12/2025"]);
        var audited = await fixture.App.AuditCountAsync("body.member_added");

        var (status, first) = await UploadAsync(staff, id, sheet);
        Assert.True(status == HttpStatusCode.OK, first.ToString());
        Assert.Equal((2, 0), (first.GetProperty("added").GetInt32(), first.GetProperty("skipped").GetInt32()));
        var (_, second) = await UploadAsync(staff, id, sheet);
        Assert.Equal((0, 2), (second.GetProperty("added").GetInt32(), second.GetProperty("skipped").GetInt32()));

        var history = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members")).GetProperty("history").EnumerateArray()
            .Select(m => $"{m.GetProperty("fullName").GetString()} {m.GetProperty("position").GetString()} {m.GetProperty("isHead").GetBoolean()} {m.GetProperty("from").GetString()}").ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains($"{byName} Ủy viên False 2021-02-01", history);
        Assert.Equal(2, await fixture.App.AuditCountAsync("body.member_added") - audited);
    }

    [Fact]
    public async Task Upload_OneBadRow_WritesNothing_ErrorsNamedByRowNumber()
    {
        var (staff, id) = await NewBodyAsync("Tổ công tác thử tải lên có lỗi");
        var sheet = Sheet(
            ["1", "SCT-0008", "", "", "Tổ trưởng", "Có", "01/01/2021", ""],
            ["2", "SCT-9999", "", "", "Ủy viên", "", "01/01/2021", ""],
            ["3", "SCT-0009", "", "", "Ủy viên", "", "01/06/2022", "01/01/2022"],
            ["4", "SCT-0008", "", "", "Ủy viên", "", "01/01/2024", ""]);

        var (status, problem) = await UploadAsync(staff, id, sheet);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("Dòng 3: không tìm thấy cán bộ \"SCT-9999\"", detail, StringComparison.Ordinal);
        Assert.Contains("Dòng 4: ", detail, StringComparison.Ordinal);
        Assert.Contains("Dòng 5: ", detail, StringComparison.Ordinal);
        Assert.Contains("đã là thành viên của tập thể trong khoảng thời gian này", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Dòng 2:", detail, StringComparison.Ordinal);
        Assert.Empty((await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members")).GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task Upload_FileThatIsNotXlsx_RefusedInVietnamese()
    {
        var (staff, id) = await NewBodyAsync("Tổ công tác thử tệp sai");
        var (status, problem) = await UploadAsync(staff, id, "STT,Họ và tên\n1,Nguyễn Văn A\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("không phải bảng tính Excel .xlsx", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_OffersTheMembersSheetDownload()
    {
        var (staff, id) = await NewBodyAsync("Tổ công tác thử trang");
        var url = $"/tap-the/{id}";
        var page = await PlanningPages.PageForms.GetAsync(staff.Http, url);
        Assert.Equal($"/api/v1/bodies/{id}/members.xlsx", page.QuerySelectorAll("a").Single(a => a.TextContent == "Tải danh sách thành viên (.xlsx)").GetAttribute("href"));
    }

    private async Task<(PlanningClient Staff, Guid BodyId)> NewBodyAsync(string name)
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var department = (await staff.OkAsync(HttpMethod.Get, "/api/v1/organisations")).EnumerateArray().First().GetProperty("id").GetGuid();
        var created = await staff.OkAsync(HttpMethod.Post, "/api/v1/bodies", new { organisationId = department, name = $"{name} {Guid.NewGuid().ToString()[..4]}", kind = "other" });
        return (staff, created.GetProperty("id").GetGuid());
    }

    private async Task<string> FullNameAsync(PlanningClient staff, string code)
    {
        var id = (await fixture.App.CadreIdAsync(code))!.Value;
        return (await staff.OkAsync(HttpMethod.Get, $"/api/v1/cadres/{id}")).GetProperty("fullName").GetString()!;
    }

    private static byte[] Sheet(params string?[][] rows)
    {
        using var stream = new MemoryStream();
        TableWorkbook.Write(stream, [new TableSheet("Thành viên", Columns, rows)]);
        return stream.ToArray();
    }

    private static async Task<(HttpStatusCode, JsonElement)> UploadAsync(PlanningClient staff, Guid bodyId, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "thanh-vien.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/bodies/{bodyId}/members.xlsx", UriKind.Relative)) { Content = form };
        request.Headers.Add("RequestVerificationToken", await staff.AntiforgeryTokenAsync());
        using var response = await staff.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
