using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.RuleSets;

/// <summary>Đọc trường JSON: typed reads of a rule-set document that record a Vietnamese error per bad key.</summary>
/// <remarks>Every read returns a harmless default after recording an error, so one pass reports every problem.</remarks>
internal sealed class JsonFieldReader(JsonObject root)
{
    public List<RuleSetError> Errors { get; } = [];

    public JsonNode? Node(string key)
    {
        JsonNode? node = root;
        foreach (var part in key.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public void Error(string key, string message) => Errors.Add(new RuleSetError(key, message));

    public string String(string key)
    {
        var node = Node(key);
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        Error(key, node is null ? "Thiếu trường bắt buộc." : "Phải là chuỗi ký tự.");
        return string.Empty;
    }

    public string? OptionalString(string key) => Node(key) is null ? null : String(key);

    public int Int(string key, int min = 0)
    {
        var node = Node(key);
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var value))
        {
            if (value < min)
            {
                Error(key, $"Phải lớn hơn hoặc bằng {min} (đã nhập {value}).");
            }

            return value;
        }

        Error(key, node is null ? "Thiếu trường bắt buộc." : "Phải là số nguyên.");
        return min;
    }

    public bool Bool(string key)
    {
        var node = Node(key);
        if (node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetValue<bool>();
        }

        Error(key, node is null ? "Thiếu trường bắt buộc." : "Phải là true hoặc false.");
        return false;
    }

    public DateOnly Date(string key)
    {
        var text = String(key);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (text.Length > 0)
        {
            Error(key, $"Ngày không hợp lệ \"{text}\" (định dạng yyyy-MM-dd).");
        }

        return DateOnly.MinValue;
    }

    public DateOnly? OptionalDate(string key) => Node(key) is null ? null : Date(key);

    public Ratio Ratio(string key)
    {
        var n = Int(key + ".numerator");
        var d = Int(key + ".denominator", min: 1);
        return new Ratio(Math.Max(n, 0), Math.Max(d, 1));
    }

    public T Enum<T>(string key, IReadOnlyDictionary<string, T> names)
    {
        var text = String(key);
        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        if (text.Length > 0)
        {
            Error(key, $"Giá trị không hợp lệ \"{text}\" (chỉ nhận: {string.Join(", ", names.Keys)}).");
        }

        return names.Values.First();
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is JsonArray a && a.All(x => x is JsonValue v && v.GetValueKind() == JsonValueKind.String))
        {
            return a.Select(x => x!.GetValue<string>()).ToArray();
        }

        Error(key, "Phải là một mảng chuỗi ký tự.");
        return [];
    }

    public IReadOnlyDictionary<string, int> IntMap(string key)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Node(key) is not JsonObject o)
        {
            Error(key, Node(key) is null ? "Thiếu trường bắt buộc." : "Phải là một đối tượng JSON.");
            return result;
        }

        foreach (var (name, _) in o)
        {
            result[name] = Int(key + "." + name);
        }

        return result;
    }
}
