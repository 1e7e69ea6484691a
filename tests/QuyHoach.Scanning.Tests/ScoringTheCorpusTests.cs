using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>
/// The corpus score cannot hide a sheet whose pages did not come back as one result: a result holding part of a sheet,
/// or pages of several, is an extra result and a problem; a sheet split into results that all go to review is sent to
/// review (the committee sees every page), and one split or joined into a result that counts is read wrongly.
/// </summary>
public sealed class ScoringTheCorpusTests
{
    private static readonly TruthSheet TwoPages = new("normal", SheetOutcome.Valid, new HashSet<string>(), [0, 1], 200);

    private static readonly TruthSheet OnePage = new("normal", SheetOutcome.Valid, new HashSet<string>(), [2], 200);

    [Fact]
    public void Of_SheetSplitIntoReviews_SentToReviewAndEachPartAProblem()
    {
        var score = CorpusScore.Of([TwoPages, OnePage], [Review([0], ReviewReason.MissingPage), Review([1], ReviewReason.NoCode), Counted([2])]);

        Assert.Equal((0, 1, 1, 2), (score.Wrong, score.Review, score.ReviewUnneeded, score.Extra));
        Assert.Contains(score.Problems, p => p.Contains("pages 0,1: split into reviews", StringComparison.Ordinal));
        Assert.Contains(score.Problems, p => p.Contains("extra result pages 1 Review (NoCode)", StringComparison.Ordinal));
    }

    [Fact]
    public void Of_PartOfASheetCounted_ReadWronglyAndAnExtraResult()
    {
        var score = CorpusScore.Of([TwoPages, OnePage], [Counted([0]), Review([1], ReviewReason.SeenTwice), Counted([2])]);

        Assert.Equal((1, 0, 2), (score.Wrong, score.Review, score.Extra));
    }

    [Fact]
    public void Of_PagesOfTwoSheetsJoined_BothReadWronglyAndAnExtraResult()
    {
        var score = CorpusScore.Of([TwoPages, OnePage], [Counted([0, 2]), Review([1], ReviewReason.MissingPage)]);

        Assert.Equal((2, 2), (score.Wrong, score.Extra));
    }

    [Fact]
    public void Of_ResultsOfOtherSheets_IgnoredWhenScoringAGroup()
    {
        var score = CorpusScore.Of([OnePage], [Counted([0, 1]), Counted([2])]);

        Assert.Equal((0, 0, 1, 0), (score.Wrong, score.Extra, score.Sheets, score.Problems.Count));
    }

    private static SheetResult Counted(int[] pages) => new("CD06-2026", pages, [], SheetOutcome.Valid, null, 0);

    private static SheetResult Review(int[] pages, ReviewReason reason) => new(reason == ReviewReason.NoCode ? null : "CD06-2026", pages, [], SheetOutcome.Review, reason, 0);
}
