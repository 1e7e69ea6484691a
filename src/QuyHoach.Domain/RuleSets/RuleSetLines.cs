using System.Text;
using System.Text.Json;

namespace QuyHoach.Domain.RuleSets;

/// <summary>
/// Dòng của từng trường: the line (1-based) on which each key of a rule-set document is written, read with
/// <see cref="Utf8JsonReader"/>, so an error names the line at fault (R-REG-4).
/// </summary>
/// <remarks>A key inside an array is not indexed (<c>legalDocuments</c>, <c>citations</c>): an error under it names
/// the array's line. A missing key names the line of its nearest written parent, or none.</remarks>
public sealed class RuleSetLines
{
    private readonly Dictionary<string, int> _lines;

    private RuleSetLines(Dictionary<string, int> lines) => _lines = lines;

    /// <summary>The lines of <paramref name="json"/>; empty when the text is not JSON (the parser reports that line).</summary>
    public static RuleSetLines Of(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        var path = new List<(string? Name, bool Array)>();
        string? pendingKey = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingKey = reader.GetString() ?? "";
                        if (!path.Any(p => p.Array))
                        {
                            var key = string.Join('.', path.Select(p => p.Name).OfType<string>().Append(pendingKey));
                            lines.TryAdd(key, LineAt(bytes, (int)reader.TokenStartIndex));
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path.Add((pendingKey, reader.TokenType == JsonTokenType.StartArray));
                        pendingKey = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    default:
                        pendingKey = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The parser reports a syntax error with the reader's own line number.
        }

        return new RuleSetLines(lines);
    }

    /// <summary>The line of <paramref name="key"/> (dotted), or of its nearest written parent; null when none is written.</summary>
    public int? LineOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var k = key; k.Length > 0; k = k.LastIndexOf('.') is var dot and > 0 ? k[..dot] : "")
        {
            if (_lines.TryGetValue(k, out var line))
            {
                return line;
            }
        }

        return null;
    }

    private static int LineAt(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
