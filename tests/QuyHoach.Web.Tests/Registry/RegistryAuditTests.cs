using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>Views, changes and exports of personnel data leave a trace in the audit log (C10).</summary>
public sealed class RegistryAuditTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Profile_Viewed_OneViewEventPerOpening()
    {
        var client = await App.SignInAsAsync(AppRoles.Inspector);
        var id = (await App.CadreIdAsync("SCT-0007"))!.Value;
        var before = await App.AuditCountAsync("cadre.viewed");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/can-bo/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/v1/cadres/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(before + 2, await App.AuditCountAsync("cadre.viewed"));
    }

    [Fact]
    public async Task Create_ThroughTheForm_CreatedEvent()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var before = await App.AuditCountAsync("cadre.created");
        var fields = await RegistryRequests.ValidCadreAsync(App, "AUD-0001");
        var response = await RegistryRequests.PostFormAsync(client, "/can-bo/moi", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await App.AuditCountAsync("cadre.created"));
    }

    [Fact]
    public async Task ExportCadres_FilteredList_FileWithTheRowsAndAnExportEvent()
    {
        var client = await App.SignInAsAsync(AppRoles.Leader);
        var before = await App.AuditCountAsync("registry.exported");
        var response = await client.GetAsync(new Uri("/can-bo/xuat-excel?gioi-tinh=nu", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        var rows = sheet.Descendants<Row>().Count();
        Assert.InRange(rows, 16, 61);
        Assert.Equal(before + 1, await App.AuditCountAsync("registry.exported"));
    }

    [Fact]
    public async Task ExportTitles_TheFiveDemoTitles()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var response = await client.GetAsync(new Uri("/to-chuc/chuc-danh/xuat-excel", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var strings = document.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Cell>()
            .Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "").ToList();
        var shared = document.WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var text = string.Join("|", strings.Concat(shared));
        Assert.Contains("Giám đốc Sở", text, StringComparison.Ordinal);
        Assert.Contains("Đối tượng 2: Trưởng phòng và tương đương (≥ 120 tháng)", text, StringComparison.Ordinal);
    }
}

public sealed class BroadSearchTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task List_MoreThanTheCountLimit_SaysMoreThanAThousandAndStillPages()
    {
        await fixture.App.AddManyCadresAsync(1005, "DONG-");
        var client = await fixture.App.SignInAsAsync(AppRoles.Staff);
        var api = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/v1/cadres?q=van+dong", UriKind.Relative));
        Assert.Equal(1000, api.GetProperty("total").GetInt32());
        Assert.True(api.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(25, api.GetProperty("items").GetArrayLength());
        var html = await client.GetStringAsync(new Uri("/can-bo?q=van+dong", UriKind.Relative));
        Assert.Contains("Tìm thấy hơn 1.000 cán bộ", html, StringComparison.Ordinal);
    }
}
