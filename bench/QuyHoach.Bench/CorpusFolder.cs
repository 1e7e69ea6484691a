using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Bench;

/// <summary>One sheet of the truth as the manifest keeps it.</summary>
public sealed record StoredTruth(string Scenario, [property: JsonConverter(typeof(JsonStringEnumConverter<SheetOutcome>))] SheetOutcome Expected,
    string[] MarkedLines, int[] Pages, int Dpi, ScanDistortion[]? Scans)
{
    public static StoredTruth Of(TruthSheet t) => new(t.Scenario, t.Expected, [.. t.MarkedLines.Order(StringComparer.Ordinal)], [.. t.Pages], t.Dpi, t.Scans?.ToArray());

    public TruthSheet ToTruth() => new(Scenario, Expected, MarkedLines.ToHashSet(StringComparer.Ordinal), Pages, Dpi, Scans);
}

/// <summary>A file of the corpus: its name in the folder, its size and SHA-256.</summary>
public sealed record StoredFile(string Name, long Bytes, string Sha256);

/// <summary>The manifest of a kept corpus: what generated it (compared as written), the fingerprints of the layouts
/// its sheets were printed from, its files, the truth of each upload (sheet positions within that upload) and what
/// generating it cost.</summary>
public sealed record CorpusManifest(string Parameters, string[] Layouts, StoredFile[] Files, StoredTruth[][] Truth,
    string GeneratedAt, double GenerationSeconds, double GenerationCpuSeconds, string? LoadAverage);

/// <summary>
/// Kho phiếu thử giữ lại: a generated corpus kept in a folder outside the repository (<c>--corpus DIR</c> or
/// <c>QH_BALLOTS_CORPUS=DIR</c>), so a count can be rerun without generating its scans again (300 × 10 sheets took
/// 52 minutes on a loaded machine). The manifest is written last, so a generation cut short is never reused; a folder
/// whose manifest was made with other parameters or from other layouts (the code changed what is printed) is refused
/// rather than overwritten, and a file whose size or SHA-256 differs from the manifest stops the run.
/// </summary>
public static class CorpusFolder
{
    public const string Variable = "QH_BALLOTS_CORPUS";

    private const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The corpus folder (<c>--corpus DIR</c>, else <see cref="Variable"/>; null when neither) and the
    /// arguments without the option.</summary>
    public static (string? Folder, string[] Args) Take(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--corpus");
        if (at >= 0 && at + 1 < args.Length)
        {
            return (args[at + 1], [.. args[..at], .. args[(at + 2)..]]);
        }

        var variable = Environment.GetEnvironmentVariable(Variable);
        return (string.IsNullOrWhiteSpace(variable) ? null : variable, args);
    }

    /// <summary>The manifest kept in <paramref name="folder"/> for these <paramref name="parameters"/> and
    /// <paramref name="layouts"/>, its files checked; null when the folder holds no corpus yet.</summary>
    public static CorpusManifest? Load(string folder, string parameters, IReadOnlyList<BallotLayout> layouts)
    {
        ArgumentNullException.ThrowIfNull(layouts);
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            return null;
        }

        var manifest = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} is not a corpus manifest.");
        if (manifest.Parameters != parameters)
        {
            throw new InvalidOperationException($"{folder} holds a corpus made with \"{manifest.Parameters}\", not \"{parameters}\": give another folder (it is not overwritten).");
        }

        if (!manifest.Layouts.SequenceEqual(Fingerprints(layouts)))
        {
            throw new InvalidOperationException($"{folder} was printed from other ballot layouts than today's code prints: delete it to generate the corpus again.");
        }

        foreach (var file in manifest.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file.Name));
            if (bytes.LongLength != file.Bytes || Hash(bytes) != file.Sha256)
            {
                throw new InvalidOperationException($"{Path.Combine(folder, file.Name)} differs from the manifest: delete the folder to generate the corpus again.");
            }
        }

        Console.WriteLine($"Corpus reused from {folder} (generated {manifest.GeneratedAt} in {manifest.GenerationSeconds:F0} s, load {manifest.LoadAverage}).");
        return manifest;
    }

    /// <summary>Writes the manifest of the <paramref name="files"/> just generated in <paramref name="folder"/>.</summary>
    public static CorpusManifest Save(string folder, string parameters, IReadOnlyList<BallotLayout> layouts, IReadOnlyList<string> files,
        IReadOnlyList<IReadOnlyList<TruthSheet>> truth, TimeSpan generation, TimeSpan generationCpu)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(truth);
        var manifest = new CorpusManifest(parameters, Fingerprints(layouts),
            [.. files.Select(f => File.ReadAllBytes(Path.Combine(folder, f))).Select((bytes, i) => new StoredFile(files[i], bytes.LongLength, Hash(bytes)))],
            [.. truth.Select(upload => upload.Select(StoredTruth.Of).ToArray())],
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            Math.Round(generation.TotalSeconds, 1), Math.Round(generationCpu.TotalSeconds, 1), BenchRun.LoadNow());
        var temporary = Path.Combine(folder, ManifestName + ".part");
        File.WriteAllText(temporary, JsonSerializer.Serialize(manifest, Json) + "\n");
        File.Move(temporary, Path.Combine(folder, ManifestName), overwrite: true);
        Console.WriteLine($"Corpus kept in {folder} with its manifest (the truth); rerun with the same folder to count it again without generating it.");
        return manifest;
    }

    /// <summary>The truth of upload <paramref name="upload"/>.</summary>
    public static IReadOnlyList<TruthSheet> Truth(CorpusManifest manifest, int upload)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return [.. manifest.Truth[upload].Select(t => t.ToTruth())];
    }

    private static string[] Fingerprints(IReadOnlyList<BallotLayout> layouts) => [.. layouts.Select(l => $"{l.BallotKey}:{l.Fingerprint}")];

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
