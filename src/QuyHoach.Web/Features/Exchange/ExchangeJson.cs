using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// Reads an exchange file (JSON, docs/exchange.md) into records with the line each starts on. A file that is not
/// JSON, has a value of the wrong type or a field the format does not know is refused with the line at fault.
/// </summary>
public static class ExchangeJson
{
    /// <summary>Upload limit: a province's whole registry exported with every field stays far below it.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = false,
        MaxDepth = 8,
    };

    /// <summary>The records with their lines, or the one problem that refuses the file.</summary>
    public static (IReadOnlyList<LinedRecord> Records, string? Problem) Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ExchangeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ExchangeDocument>(content, Options);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var place = e.Path is { Length: > 1 } path ? $" (tại {path})" : "";
            return ([], string.Create(CultureInfo.InvariantCulture, $"Dòng {line}: tệp không đúng định dạng JSON của tệp trao đổi{place}: sai cú pháp, sai kiểu giá trị hoặc có trường không thuộc định dạng."));
        }

        if (document is null || document.Format != ExchangeDocument.FormatName || document.Version != ExchangeDocument.CurrentVersion)
        {
            return ([], $"Dòng 1: tệp không phải tệp trao đổi hồ sơ cán bộ (cần \"dinhDang\": \"{ExchangeDocument.FormatName}\" và \"phienBan\": {ExchangeDocument.CurrentVersion}).");
        }

        var records = document.Records ?? [];
        var lines = RecordLines(content);
        return ([.. records.Select((r, i) => new LinedRecord(i < lines.Count ? lines[i] : 1, r))], null);
    }

    /// <summary>The line on which each object of the "hoSo" array starts (the file is known to be valid JSON).</summary>
    private static List<int> RecordLines(byte[] content)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(content, new JsonReaderOptions { MaxDepth = 8 });
        var inRecords = false;
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inRecords = reader.ValueTextEquals("hoSo");
            }
            else if (inRecords && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                line += content.AsSpan(counted, start - counted).Count((byte)'\n');
                counted = start;
                lines.Add(line);
            }
        }

        return lines;
    }
}
