using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Web.Tests.Planning;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace QuyHoach.Web.Tests.Outputs;

/// <summary>Downloads a generated document and reopens it: the paragraphs of a DOCX, the rows of each XLSX sheet.</summary>
internal static class DownloadedDocuments
{
    public static async Task<byte[]> GetAsync(PlanningClient client, string url, string contentType) => (await GetNamedAsync(client, url, contentType)).Bytes;

    /// <summary>The document and the name the browser saves it under (Content-Disposition).</summary>
    public static async Task<(byte[] Bytes, string FileName)> GetNamedAsync(PlanningClient client, string url, string contentType)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}\n{System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        return (bytes, disposition?.FileNameStar ?? disposition?.FileName?.Trim('"') ?? "");
    }

    /// <summary>Every paragraph of the document (table cells included), one per line.</summary>
    public static async Task<string[]> WordAsync(PlanningClient client, string url)
    {
        using var stream = new MemoryStream(await GetAsync(client, url, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToArray();
    }

    /// <summary>Each sheet's name and its rows, cells joined by " | ".</summary>
    public static async Task<Dictionary<string, string[]>> ExcelAsync(PlanningClient client, string url)
    {
        using var stream = new MemoryStream(await GetAsync(client, url, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook!.Descendants<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet!.Descendants<Row>()
                .Select(r => string.Join(" | ", r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? ""))).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>A refused download: the status and the Vietnamese detail of its ProblemDetails.</summary>
    public static async Task<string> RefusedAsync(PlanningClient client, HttpStatusCode expected, string url)
    {
        var (status, body) = await client.GetAsync(url);
        Assert.True(status == expected, $"GET {url}: expected {(int)expected}, got {(int)status}\n{body}");
        return body.GetProperty("detail").GetString() ?? "";
    }
}
