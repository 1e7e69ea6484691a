using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Voting;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>One generated upload of 60 sheets at 150, 200 and 300 dpi, read once for the whole class.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Corpus = CorpusBuilder.Build(60, [150, 200, 300], seed: 15);
        Pages = [.. Corpus.Files.Select(f => ScanDecoder.Pages(f).Single())];
        Results = BallotScan.Read(Pages, Corpus.Layouts, Rules);
        Score = CorpusScore.Of(Corpus.Truth, Results);
    }

    /// <summary>The voting rules of QĐ 50 (R-BAL-1: over the quota is invalid).</summary>
    public static VotingRules Rules { get; } = RuleSetCatalog.BuiltIn.Find("qd50")!.Voting;

    public CorpusSet Corpus { get; }

    public IReadOnlyList<GreyImage> Pages { get; }

    public IReadOnlyList<SheetResult> Results { get; }

    public CorpusScore Score { get; }
}
