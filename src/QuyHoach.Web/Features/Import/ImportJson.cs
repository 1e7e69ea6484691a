using System.Text.Json;
using System.Text.Json.Serialization;
using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// How an upload's report, rows and outcome are written to <c>import_sessions</c> (jsonb) and read back, possibly by
/// another instance or after a restart: enums by name, and a partial birth date as its year, month and day.
/// </summary>
public static class ImportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new PartialDateConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"An import session held no {typeof(T).Name}.");

    /// <summary>Only the year, or year and month, may be known: the default struct reader would lose them.</summary>
    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = JsonSerializer.Deserialize<Parts>(ref reader, options) ?? throw new JsonException("A partial date is missing.");
            return new PartialDate(parts.Year, parts.Month, parts.Day);
        }

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Parts(value.Year, value.Month, value.Day), options);

        private sealed record Parts(int Year, int? Month, int? Day);
    }
}

/// <summary>What the report page shows of a checked file before anything is written.</summary>
/// <param name="Refusal">Why the whole file was refused, or null.</param>
/// <param name="Issues">Every issue: the file's own, then those found against the database.</param>
public sealed record ImportReport(string? Refusal, int Cadres, int Evaluations, int Disciplines, int PoliticalStandards, IReadOnlyList<ImportIssue> Issues)
{
    public bool CanApply => Refusal is null && Issues.Count == 0;

    public static ImportReport Of(RegistryImportResult file, IReadOnlyList<ImportIssue> databaseProblems)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.Refusal, file.Cadres.Count, file.Evaluations.Count, file.Disciplines.Count, file.PoliticalStandards.Count,
            [.. file.Issues, .. databaseProblems]);
    }
}
