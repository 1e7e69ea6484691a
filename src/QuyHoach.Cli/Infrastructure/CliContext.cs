using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuyHoach.Cli.Infrastructure;

/// <summary>Where a command writes: JSON results on stdout, Vietnamese messages on stderr.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    /// <summary>JSON options for every command's output: camelCase, Vietnamese letters unescaped.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Writes <paramref name="value"/> as one JSON document followed by a newline.</summary>
    public void WriteJson<T>(T value) => Output.WriteLine(JsonSerializer.Serialize(value, Json));
}
