using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.Voting;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>
/// Reading the app's own ballots after a simulated office scanner (skew ±5°, shift, scale ±3 %, noise, blur, JPEG, a
/// page upside down, a page of another ballot, a page twice, shuffled) against the truth of the program that marked
/// them: nothing read wrongly, every invalid sheet invalid, at most 2 % of the definite sheets sent to review.
/// </summary>
public sealed class ReadingACorpusTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Read_GeneratedUpload_NoSheetReadWrongly()
    {
        Assert.True(corpus.Score.Wrong == 0, string.Join('\n', corpus.Score.Problems));
        Assert.Equal(corpus.Corpus.Truth.Count, corpus.Results.Count);
    }

    [Fact]
    public void Read_GeneratedUpload_EveryInvalidSheetRecognised()
    {
        Assert.True(corpus.Score.Invalid >= 4);
        Assert.Equal(corpus.Score.Invalid, corpus.Score.InvalidRecognised);
    }

    [Fact]
    public void Read_GeneratedUpload_AtMostTwoPercentOfDefiniteSheetsToReview()
    {
        Assert.True(corpus.Score.ReviewUnneeded * 50 <= corpus.Score.Definite, string.Join('\n', corpus.Score.Problems));
    }

    [Theory]
    [InlineData("faint", ReviewReason.UncertainMark)]
    [InlineData("corrected", ReviewReason.UncertainMark)]
    [InlineData("write-in", ReviewReason.WriteIn)]
    [InlineData("other-ballot", ReviewReason.OtherBallot)]
    [InlineData(SheetPlan.Twice, ReviewReason.SeenTwice)]
    public void Read_DoubtfulSheet_GoesToReviewWithItsReason(string scenario, ReviewReason reason)
    {
        var sheet = Assert.Single(corpus.Corpus.Truth, t => t.Scenario == scenario);
        var result = Assert.Single(corpus.Results, r => r.Pages.Order().SequenceEqual(sheet.Pages));
        Assert.Equal(SheetOutcome.Review, result.Outcome);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void Read_TwoPageSheet_JoinsItsPagesByTheSheetCode()
    {
        var twoPage = corpus.Results.Where(r => r.BallotKey == CorpusBallots.DeputyHeads.BallotKey && r.Outcome != SheetOutcome.Review).ToList();
        Assert.NotEmpty(twoPage);
        Assert.All(twoPage, r => Assert.Equal(2, r.Pages.Count));
    }

    [Fact]
    public void Tally_GeneratedUpload_MatchesTheTruthAsATallyEntry()
    {
        var layout = BallotLayoutPlanner.Layout(CorpusBallots.HeadOfDivision);
        var tally = BallotScan.Tally(layout, corpus.Results, issued: 40);
        var counted = corpus.Corpus.Truth.Where(t => corpus.Results.Any(r => r.BallotKey == layout.BallotKey && r.Outcome != SheetOutcome.Review && r.Pages.Order().SequenceEqual(t.Pages))).ToList();
        var valid = counted.Where(t => t.Expected == SheetOutcome.Valid).ToList();
        var expected = new TallyEntrySheet(40, counted.Count, valid.Count, counted.Count - valid.Count,
            layout.LineIds.ToDictionary(id => id, id => valid.Count(t => t.MarkedLines.Contains(id))));
        var lines = layout.LineIds.Select(id => new BallotLine(id, id)).ToList();
        Assert.True(TallyReconciliation.Reconciles(expected, tally.Entry, lines), string.Join('\n', TallyReconciliation.Compare(expected, tally.Entry, lines)));
        Assert.Equal(tally.Entry.Valid + tally.Entry.Invalid, tally.Entry.Returned);
    }
}
