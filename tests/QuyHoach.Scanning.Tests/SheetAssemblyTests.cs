using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>
/// Ghép trang thành phiếu when a page cannot be read: every page of the upload lands in exactly one result, a two-page
/// sheet with one page unread is never counted (its read page goes to review as a missing page, the other as an unread
/// code), and the ballot's tally entry stays pending while any page of no known ballot waits for the committee. The two
/// halves of a sheet scanned in two uploads by the same member are read as one sheet; a page scanned again is seen twice.
/// </summary>
public sealed class SheetAssemblyTests
{
    private static readonly BallotLayout TwoPages = BallotLayoutPlanner.Layout(CorpusBallots.DeputyHeads);

    private static readonly Dictionary<string, BallotLayout> Layouts = new() { [TwoPages.BallotKey] = TwoPages };

    [Fact]
    public void Assemble_TwoPageSheetWithOnePageUnread_BothPartsToReviewEveryPageOnce()
    {
        PageReading[] pages = [Page(0, "AAAAAAAAAAAAAAAA", 1, marked: 1), Unread(1), Page(2, "BBBBBBBBBBBBBBBB", 2, marked: 0), Page(3, "BBBBBBBBBBBBBBBB", 1, marked: 2)];

        var results = SheetAssembler.Assemble(pages, Layouts, CorpusFixture.Rules);

        Assert.Equal([0, 1, 2, 3], results.SelectMany(r => r.Pages).Order());
        Assert.Equal(
            [("0", SheetOutcome.Review, (ReviewReason?)ReviewReason.MissingPage), ("1", SheetOutcome.Review, ReviewReason.NoCode), ("2,3", SheetOutcome.Valid, null)],
            results.Select(r => (string.Join(',', r.Pages.Order()), r.Outcome, r.Reason)));
    }

    [Fact]
    public void Tally_TwoPageSheetWithOnePageUnread_BothPartsPendingOnlyTheWholeSheetCounted()
    {
        PageReading[] pages = [Page(0, "AAAAAAAAAAAAAAAA", 1, marked: 1), Unread(1), Page(2, "BBBBBBBBBBBBBBBB", 2, marked: 0), Page(3, "BBBBBBBBBBBBBBBB", 1, marked: 2)];

        var tally = BallotScan.Tally(TwoPages, SheetAssembler.Assemble(pages, Layouts, CorpusFixture.Rules), issued: 2);

        Assert.Equal((1, 1, 0, 2), (tally.Entry.Returned, tally.Entry.Valid, tally.Entry.Invalid, tally.PendingReview));
    }

    [Fact]
    public void Tally_OnePageWithItsCodeUnread_PendingSoTheEntryIsNotFinal()
    {
        var onePage = BallotLayoutPlanner.Layout(CorpusBallots.Removal);
        var results = SheetAssembler.Assemble([Unread(0)], new Dictionary<string, BallotLayout> { [onePage.BallotKey] = onePage }, CorpusFixture.Rules);

        var tally = BallotScan.Tally(onePage, results, issued: 1);

        Assert.Equal((0, 1), (tally.Entry.Returned, tally.PendingReview));
    }

    [Fact]
    public void Assemble_SecondHalfInALaterUpload_JoinsThePendingFirstHalfAndIsReadAsOneSheet()
    {
        var first = SheetAssembler.Assemble([Page(0, "AAAAAAAAAAAAAAAA", 1, marked: 1)], Layouts, CorpusFixture.Rules);
        var half = Earlier(Assert.Single(first), pending: true);

        var later = SheetAssembler.Assemble([Page(0, "AAAAAAAAAAAAAAAA", 2, marked: 1)], Layouts, CorpusFixture.Rules, [half]);

        var sheet = Assert.Single(later);
        Assert.Equal((SheetOutcome.Valid, (ReviewReason?)null, 2, half), (sheet.Outcome, sheet.Reason, sheet.Marked, sheet.Joined));
        Assert.Equal([0], sheet.Pages);
        Assert.Equal([1, 2], sheet.Boxes.Select(b => b.Page).Distinct());
        Assert.Equal([TwoPages.Pages[0].Boxes[0].LineId, TwoPages.Pages[1].Boxes[0].LineId], sheet.MarkedLines);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Assemble_PageOfASheetAnEarlierUploadHolds_SeenTwice(bool pending, int page)
    {
        var first = SheetAssembler.Assemble([Page(0, "AAAAAAAAAAAAAAAA", 1, marked: 1)], Layouts, CorpusFixture.Rules);

        var later = SheetAssembler.Assemble([Page(0, "AAAAAAAAAAAAAAAA", page, marked: 1)], Layouts, CorpusFixture.Rules, [Earlier(Assert.Single(first), pending)]);

        var sheet = Assert.Single(later);
        Assert.Equal((SheetOutcome.Review, (ReviewReason?)ReviewReason.SeenTwice, (EarlierSheet?)null), (sheet.Outcome, sheet.Reason, sheet.Joined));
    }

    [Fact]
    public void Assemble_SecondHalfOfAnotherSheet_NotJoined()
    {
        var first = SheetAssembler.Assemble([Page(0, "AAAAAAAAAAAAAAAA", 1, marked: 1)], Layouts, CorpusFixture.Rules);

        var later = SheetAssembler.Assemble([Page(0, "BBBBBBBBBBBBBBBB", 2, marked: 1)], Layouts, CorpusFixture.Rules, [Earlier(Assert.Single(first), pending: true)]);

        var sheet = Assert.Single(later);
        Assert.Equal((SheetOutcome.Review, (ReviewReason?)ReviewReason.MissingPage, (EarlierSheet?)null), (sheet.Outcome, sheet.Reason, sheet.Joined));
    }

    private static EarlierSheet Earlier(SheetResult result, bool pending) =>
        new(result.BallotKey!, "AAAAAAAAAAAAAAAA", [.. result.Boxes.Select(b => b.Page).Distinct()], result.Boxes, pending);

    private static PageReading Unread(int index) => new(index, null, false, [], ReviewReason.NoCode);

    private static PageReading Page(int index, string sheet, int page, int marked)
    {
        var code = new BallotCode(TwoPages.BallotKey, TwoPages.Version, TwoPages.Fingerprint, page, TwoPages.Pages.Count, sheet);
        var boxes = TwoPages.Pages[page - 1].Boxes.Select((b, i) =>
            new BoxReading(b.LineId, page, b.LineId is not null && i < marked ? BoxMark.Marked : BoxMark.Empty, new BoxMeasure(0, 0, 0), [], null)).ToList();
        return new PageReading(index, code, false, boxes, null);
    }
}
