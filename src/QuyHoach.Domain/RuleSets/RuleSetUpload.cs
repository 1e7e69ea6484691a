using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QuyHoach.Domain.RuleSets;

/// <summary>Lỗi tệp bộ quy tắc: one problem of an uploaded rule set, with the line at fault.</summary>
/// <param name="Line">1-based line of the key (or of its nearest written parent); null when the key is not written.</param>
/// <param name="Key">Dotted key; empty for the whole document.</param>
/// <param name="Message">Vietnamese message.</param>
public sealed record RuleSetUploadError(int? Line, string Key, string Message)
{
    /// <summary><c>Dòng 12: key: message</c>.</summary>
    public override string ToString() =>
        (Line is { } line ? $"Dòng {line}: " : "") + (Key.Length == 0 ? Message : $"{Key}: {Message}");
}

/// <summary>Kết quả kiểm tra tệp bộ quy tắc: the rule set and its complete document, or every error.</summary>
/// <param name="RuleSet">The rule set when <see cref="Errors"/> is empty.</param>
/// <param name="Resolved">The complete document (an override merged onto its base, without <c>extends</c>).</param>
/// <param name="Errors">Every problem, each with its line.</param>
public sealed record RuleSetUploadResult(RuleSet? RuleSet, JsonObject? Resolved, IReadOnlyList<RuleSetUploadError> Errors);

/// <summary>
/// Kiểm tra bộ quy tắc tải lên: validates a rule set an administrator uploads (R-REG-4): the parser's checks, each
/// error with the line at fault, plus what a stored set needs: an id of lower-case letters, digits and hyphens, a
/// version, and a document of its own to be named by (<c>citations</c>).
/// </summary>
public static partial class RuleSetUpload
{
    /// <summary>Largest accepted document, in characters.</summary>
    public const int MaxLength = 512 * 1024;

    /// <summary>Checks <paramref name="json"/>; <paramref name="baseJson"/> gives the complete document of a base set by id.</summary>
    public static RuleSetUploadResult Check(string json, Func<string, string?> baseJson)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxLength)
        {
            return Failed(new RuleSetUploadError(null, "", $"Tệp quá lớn (tối đa {MaxLength / 1024} KB)."));
        }

        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return Failed(new RuleSetUploadError((int)(ex.LineNumber ?? 0) + 1, "", "Tệp không phải JSON hợp lệ (sai cú pháp ở dòng này: thiếu dấu phẩy, ngoặc, hoặc dấu nháy)."));
        }

        var lines = RuleSetLines.Of(json);
        var parsed = RuleSetParser.Parse(json, baseJson);
        var errors = parsed.Errors.Select(e => new RuleSetUploadError(lines.LineOf(e.Key), e.Key, e.Message)).ToList();
        if (JsonNode.Parse(json) is JsonObject own)
        {
            if (own["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String && !IdPattern().IsMatch(id.GetValue<string>()))
            {
                errors.Add(new RuleSetUploadError(lines.LineOf("id"), "id", "Mã bộ quy tắc chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (2 đến 50 ký tự), ví dụ qd377-ninh-binh."));
            }

            if (own["citations"] is not JsonArray { Count: > 0 })
            {
                errors.Add(new RuleSetUploadError(lines.LineOf("citations"), "citations", "Cần ít nhất một văn bản của chính bộ quy tắc này (tên bộ quy tắc hiển thị theo văn bản đầu tiên)."));
            }
        }

        if (errors.Count > 0 || parsed.RuleSet is null)
        {
            return new RuleSetUploadResult(null, null, errors.OrderBy(e => e.Line ?? 0).ToList());
        }

        var resolved = RuleSetParser.Resolve(json, baseJson)!;
        resolved.Remove("extends");
        return new RuleSetUploadResult(parsed.RuleSet, resolved, []);
    }

    private static RuleSetUploadResult Failed(RuleSetUploadError error) => new(null, null, [error]);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
