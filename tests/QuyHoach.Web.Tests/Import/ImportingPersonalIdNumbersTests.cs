using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Exchange;

namespace QuyHoach.Web.Tests.Import;

/// <summary>
/// Số định danh cá nhân in the registry import (R-PIN-1, R-PIN-2): written with the cadre, an empty cell keeps it, a
/// number another cadre holds is refused naming the row, and the cadre list's Excel export carries it. Test cadres are
/// men born 15/05/1985 (century-and-sex digit 0, year digits 85).
/// </summary>
public sealed class ImportingPersonalIdNumbersTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Import_NumberWritten_EmptyCellKeepsIt_NumberOfAnotherCadreRefusedNamingTheRow()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("PINX-1", "Cao Văn Tài", "036085000801"));
        await ExchangeRequests.AddCadresAsync(staff, ("PINX-1", "Cao Văn Tài", null));
        var found = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/cadres?q=036085000801", UriKind.Relative));
        Assert.Equal(["PINX-1"], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var count = await App.CadreCountAsync();

        var file = new RegistryFiles().Cadre("PINX-2", "Cao Văn Tú").Cadre("PINX-3", "Cao Văn Tuấn", personalIdNumber: "036085000801").Build();
        var response = await ImportRequests.PostApiAsync(staff, file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var issue = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").EnumerateArray().Single();
        Assert.Equal(3, issue.GetProperty("row").GetInt32());
        Assert.Equal("Số định danh cá nhân", issue.GetProperty("column").GetString());
        Assert.Equal("Dòng 3: số định danh cá nhân 036085000801 đã có trong hồ sơ một cán bộ khác.", issue.GetProperty("message").GetString());
        Assert.Equal(count, await App.CadreCountAsync());
    }

    [Fact]
    public async Task CadreListExport_CarriesTheNumber()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("PINX-9", "Đinh Văn Thành", "036085000809"));

        var response = await staff.GetAsync(new Uri("/can-bo/xuat-excel?q=PINX-9", UriKind.Relative));

        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var cells = document.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<Cell>()
            .Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "").Concat(shared).ToList();
        Assert.Contains("Số định danh cá nhân", cells);
        Assert.Contains("036085000809", cells);
    }
}
