namespace QuyHoach.Scanning.Corpus;

/// <summary>The reading of the sheets that share one distortion or one way of marking (a row of the bench's table).</summary>
/// <param name="Group">What the sheets share (e.g. "skew ≥ 3°", "JPEG quality < 70", "faint").</param>
/// <param name="Score">Their score against the truth (<see cref="CorpusScore"/>).</param>
public sealed record CorpusRate(string Group, CorpusScore Score);

/// <summary>
/// Tỷ lệ theo biến dạng: splits a scored corpus by what the scanner did to each sheet (resolution, skew, upside down,
/// scale, shift, noise, blur, JPEG quality or PNG) and by what the voter did (the scenario), and scores each group
/// with <see cref="CorpusScore.Of"/>. A sheet with several pages falls in a distortion's group when any page has it.
/// </summary>
public static class CorpusRates
{
    private static readonly (string Group, Func<ScanDistortion, bool> Has)[] Distortions =
    [
        ("skew < 3°", d => Skew(d) < 3),
        ("skew ≥ 3°", d => Skew(d) >= 3),
        ("upside down", d => Math.Abs(d.Degrees) > 90),
        ("scale off by ≥ 2 %", d => Math.Abs(d.Scale - 1) >= 0.02),
        ("shift ≥ 3 mm", d => Math.Max(Math.Abs(d.ShiftXMm), Math.Abs(d.ShiftYMm)) >= 3),
        ("noise σ ≥ 7", d => d.Noise >= 7),
        ("blur", d => d.Blur),
        ("JPEG quality < 70", d => d.JpegQuality is > 0 and < 70),
        ("JPEG quality ≥ 70", d => d.JpegQuality >= 70),
        ("PNG", d => d.JpegQuality == 0),
        ("paper tone < 235", d => d.Paper < 235),
    ];

    /// <summary>The groups of <paramref name="truth"/> with at least one sheet, each scored against <paramref name="results"/>.</summary>
    public static IReadOnlyList<CorpusRate> Of(IReadOnlyList<TruthSheet> truth, IReadOnlyList<SheetResult> results)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(results);
        var groups = new List<(string Group, Func<TruthSheet, bool> In)> { ("all", _ => true) };
        groups.AddRange(truth.Select(t => t.Dpi).Distinct().Order().Select(dpi => ($"{dpi} dpi", (Func<TruthSheet, bool>)(t => t.Dpi == dpi))));
        groups.AddRange(Distortions.Select(d => (d.Group, (Func<TruthSheet, bool>)(t => t.Scans?.Any(d.Has) == true))));
        groups.AddRange(truth.Select(t => t.Scenario).Distinct().Order(StringComparer.Ordinal).Select(s => (s, (Func<TruthSheet, bool>)(t => t.Scenario == s))));
        return [.. groups.Select(g => (g.Group, Sheets: truth.Where(g.In).ToList())).Where(g => g.Sheets.Count > 0)
            .Select(g => new CorpusRate(g.Group, CorpusScore.Of(g.Sheets, results)))];
    }

    private static double Skew(ScanDistortion d) => Math.Abs(Math.Abs(d.Degrees) > 90 ? Math.Abs(d.Degrees) - 180 : d.Degrees);
}
