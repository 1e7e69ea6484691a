using System.Text.RegularExpressions;

namespace QuyHoach.Domain.Tests.Conventions;

/// <summary>
/// The repository explains itself: every rule id a source file cites has a heading in <c>docs/rules/</c>, and no
/// source file points at a document outside the repository (a spec, a seed file, a sibling folder).
/// </summary>
public partial class CitationTests
{
    // Temporary exceptions while a parallel branch is merged ("path" for a citation outside the repository, "path: R-…"
    // for an undocumented id; scripts/fix-citations.sh fixes each). Empty on main: an entry that no longer offends
    // fails the test too.
    private static readonly string[] KnownOffenders =
    [
    ];

    [GeneratedRegex(@"(?<![A-Za-z0-9])R-[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?<family>-\*)?")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^#{1,6} +(?<ids>.*)$", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    // "rules §…", a bare "§12 case …" or "(§4.3)" of the old digest, a seed file, a spec or sibling folder. A section of a
    // real document ("HD 06-HD/BTCTW §1.2", "ECMA-376 §18.8.30") is fine.
    [GeneratedRegex(@"(?i)rules §|rules\.md|seeds? 0\d\d|\(seeds?\b|product\.md|architecture\.md|\.\./shared|spec/|(?:\(|, |; |^\s*(?:///|//|\*)\s*)§\d|§1[0-2] (?:case|question)", RegexOptions.Multiline)]
    private static partial Regex OutsidePattern();

    private static readonly string[] SourceExtensions = [".cs", ".razor", ".json", ".css", ".js", ".sql", ".cshtml", ".xml", ".txt", ".md", ".csproj", ".props"];

    private static IEnumerable<(string Relative, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(DomainSource.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => SourceExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(DomainSource.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.Contains("/wwwroot/lib/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(DomainSource.Root, f))));

    /// <summary>Every id written in a heading of docs/rules/*.md.</summary>
    internal static HashSet<string> DocumentedIds() =>
        Directory.EnumerateFiles(Path.Combine(DomainSource.Root, "docs", "rules"), "*.md")
            .SelectMany(f => HeadingPattern().Matches(File.ReadAllText(f)))
            .SelectMany(h => RuleIdPattern().Matches(h.Groups["ids"].Value).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

    private static bool Documented(Match cited, HashSet<string> documented) =>
        cited.Groups["family"].Success
            ? documented.Any(d => d.StartsWith(cited.Value[..^1], StringComparison.Ordinal))
            : documented.Contains(cited.Value);

    [Fact]
    public void EveryRuleIdCitedInSource_HasAHeadingInDocsRules()
    {
        var documented = DocumentedIds();
        var missing = SourceFiles()
            .SelectMany(f => RuleIdPattern().Matches(f.Text).Where(m => !Documented(m, documented)).Select(m => $"{f.Relative}: {m.Value}"))
            .Where(line => !KnownOffenders.Contains(line))
            .Distinct()
            .ToArray();
        Assert.NotEmpty(documented);
        Assert.Empty(missing);
    }

    [Fact]
    public void NoSourceFile_CitesADocumentOutsideTheRepository()
    {
        var offenders = SourceFiles()
            .SelectMany(f => f.Text.Split('\n').Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => OutsidePattern().IsMatch(l.Text) && !KnownOffenders.Contains(l.Relative))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void KnownOffenders_AreStillOffending()
    {
        // The temporary list only shrinks: once a line is fixed its entry must go.
        var documented = DocumentedIds();
        var current = SourceFiles()
            .Where(f => OutsidePattern().IsMatch(f.Text))
            .Select(f => f.Relative)
            .Concat(SourceFiles().SelectMany(f => RuleIdPattern().Matches(f.Text).Where(m => !Documented(m, documented)).Select(m => $"{f.Relative}: {m.Value}")))
            .ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(KnownOffenders, k => !current.Contains(k));
    }

    [Fact]
    public void EveryRuleIdInDocsRules_IsListedInTheIndex()
    {
        var index = File.ReadAllText(Path.Combine(DomainSource.Root, "docs", "rules", "README.md"));
        var listed = RuleIdPattern().Matches(index).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(DocumentedIds().Where(id => !listed.Contains(id)).Order(StringComparer.Ordinal));
    }
}
