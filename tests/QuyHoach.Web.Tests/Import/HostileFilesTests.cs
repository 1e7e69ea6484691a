using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Import;

/// <summary>Hostile uploads reach the real endpoint and are refused with one Vietnamese message; nothing is written.</summary>
public sealed class HostileFilesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    public static TheoryData<string> Kinds => ["zip-bomb", "formula", "script", "too-many-rows", "not-a-workbook-zip"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Upload_HostileFile_RefusedAndNothingWritten(string kind)
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var before = await App.CadreCountAsync();
        var response = await PostAsync(client, Build(kind));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(before, await App.CadreCountAsync());
    }

    private static byte[] Build(string kind) => kind switch
    {
        "zip-bomb" => ZipWith("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]),
        "not-a-workbook-zip" => ZipWith("readme.txt", "không phải bảng tính"u8.ToArray()),
        "formula" => WithFormula(),
        "script" => new RegistryFiles().Cadre("HOS-0001", "<script>alert(1)</script>").Build(),
        "too-many-rows" => ManyRows(50_001),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] ZipWith(string entry, byte[] content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            writer.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] WithFormula()
    {
        var file = new RegistryFiles().Cadre("HOS-0002", "Nguyễn Văn Công").Build();
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var row = part.Worksheet.Descendants<Row>().Skip(1).First();
            row.Append(new Cell { CellReference = "T2", CellFormula = new CellFormula("1+1"), CellValue = new CellValue("2") });
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }

    private static byte[] ManyRows(int rows)
    {
        var files = new RegistryFiles();
        for (var i = 0; i < rows; i++)
        {
            files.Evaluation("SCT-0001", 2000 + (i % 25), "HTTNV");
        }

        return files.Build();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/imports", UriKind.Relative));
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(ImportRequests.Xlsx);
        content.Add(part, "file", "can-bo.xlsx");
        request.Content = content;
        var token = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/antiforgery", UriKind.Relative));
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        return await client.SendAsync(request);
    }
}
