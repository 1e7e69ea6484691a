using System.Text.Json.Serialization;
using QuyHoach.Data.Counting;
using QuyHoach.Scanning;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Counting;

/// <summary>Một lần tải lên as the scan page lists it.</summary>
public sealed record UploadRow(Guid Id, string FileName, string Member, DateTimeOffset UploadedAt, [property: JsonConverter(typeof(JsonStringEnumConverter<ScanState>))] ScanState State, int Progress, int Pages, int Valid, int Invalid, int Review, bool Mine);

/// <summary>A stored page image: its address and size, to draw outlines over it; its place in its upload, and the page
/// of the sheet it is (0 when its code was not read), to show each box on its page.</summary>
public sealed record PageImage(Guid Id, int Index, int Width, int Height, string FileName = "", int SheetPage = 0);

/// <summary>A printed line of the ballot for the committee's choice: its id, name, and whether the reader saw it marked.</summary>
public sealed record LineChoice(Guid Id, string FullName, bool ReadMarked);

/// <summary>Một tờ chờ xem xét: its pages, the reason, the boxes to outline and the lines to choose from.</summary>
public sealed record ReviewRow(Guid Id, string FileName, int Position, string? TitleName, string Reason, IReadOnlyList<PageImage> Pages, IReadOnlyList<StoredBox> Boxes, IReadOnlyList<LineChoice> Lines, bool Mine);

/// <summary>What the member's scans give for one ballot: sheets counted valid and invalid, sheets waiting.</summary>
public sealed record BallotScanTotals(Guid BallotId, string TitleName, int Valid, int Invalid, int Pending, int Issued);

/// <summary>Bảng kiểm phiếu quét of a conference: its uploads, the review queue, and the viewer's totals per ballot.</summary>
public sealed record ScanBoardView(Guid ConferenceId, Guid RoundId, int StepNumber, string StepName, bool OnCommittee, IReadOnlyList<UploadRow> Uploads, IReadOnlyList<ReviewRow> Review, IReadOnlyList<BallotScanTotals> Totals);

/// <summary>
/// Xem kiểm phiếu quét: the scan page's data, for whoever may see the step's counts (<see cref="ScanContext"/>). A view
/// of an upload left waiting (queued, or its reader stopped) starts its reading again: the work state is in the
/// database, so any instance finishes it and a restart loses nothing.
/// </summary>
public sealed class ScanBoardQuery(QuyHoachDbContext db, ScanReader reader, TimeProvider clock)
{
    public async Task<Outcome<ScanBoardView>> HandleAsync(PlanningActor actor, Guid conferenceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await ScanContext.LoadAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        var uploads = await db.ScanUploads.AsNoTracking().Where(u => u.ConferenceId == conferenceId).OrderBy(u => u.UploadedAt)
            .Select(u => new { u.Id, u.FileName, u.UploadedByUserId, u.UploadedAt, u.State, u.Progress, u.Pages, u.HeartbeatAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var stale = clock.GetUtcNow() - ScanUploads.StaleAfter;
        foreach (var waiting in uploads.Where(u => at.OnCommittee && (u.State == ScanState.Queued || (u.State == ScanState.Reading && u.HeartbeatAt < stale))))
        {
            reader.Start(waiting.Id, actor);
        }

        var ids = uploads.Select(u => u.Id).ToList();
        var sheets = await db.ScanSheets.AsNoTracking().Where(s => ids.Contains(s.UploadId)).OrderBy(s => s.UploadId).ThenBy(s => s.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pages = await db.ScanPages.AsNoTracking().Where(p => ids.Contains(p.UploadId)).Select(p => new { p.UploadId, Image = new PageImage(p.Id, p.Index, p.Width, p.Height) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ballots = await CountBallots.LoadAsync(db, at, CountBallots.ReadingHeading(at), cancellationToken).ConfigureAwait(false);
        var members = await ScanContext.NamesAsync(db, uploads.Select(u => u.UploadedByUserId), cancellationToken).ConfigureAwait(false);
        var fileOf = uploads.ToDictionary(u => u.Id, u => u.FileName);
        var ownerOf = uploads.ToDictionary(u => u.Id, u => u.UploadedByUserId);
        var rows = uploads.Select(u =>
        {
            var own = sheets.Where(s => s.UploadId == u.Id).Select(ScanSheets.Final).ToList();
            return new UploadRow(u.Id, u.FileName, members.GetValueOrDefault(u.UploadedByUserId, ""), u.UploadedAt, u.State, u.Progress, u.Pages,
                own.Count(o => o == nameof(SheetOutcome.Valid)), own.Count(o => o == nameof(SheetOutcome.Invalid)), own.Count(o => o == nameof(SheetOutcome.Review)), u.UploadedByUserId == actor.UserId);
        }).ToList();
        var review = sheets.Where(s => ScanSheets.Final(s) == nameof(SheetOutcome.Review)).Select(s =>
        {
            var ballot = ballots.FirstOrDefault(b => b.Ballot.Id == s.BallotId);
            var boxes = ScanSheets.Boxes(s);
            var marked = ScanSheets.MarkedLines(s).ToHashSet(StringComparer.Ordinal);
            var lines = ballot?.Paper.Candidates.Select(c => new LineChoice(CountBallots.Candidate(c.LineId)!.Value, c.FullName, marked.Contains(c.LineId))).ToList() ?? [];
            var images = ScanSheets.WithParts(s, sheets).SelectMany(part => part.Pages.Select((i, k) => pages.Single(p => p.UploadId == part.UploadId && p.Image.Index == i).Image
                with
            { FileName = fileOf[part.UploadId], SheetPage = part.SheetPages.Length == part.Pages.Length ? part.SheetPages[k] : 0 })).OrderBy(p => p.SheetPage).ToList();
            return new ReviewRow(s.Id, fileOf[s.UploadId], s.Position, ballot?.TitleName, ReasonText(s.ReadReason), images, boxes, lines, ownerOf[s.UploadId] == actor.UserId);
        }).ToList();
        var mine = sheets.Where(s => ownerOf[s.UploadId] == actor.UserId).ToList();
        var totals = ballots.Select(b => new BallotScanTotals(b.Ballot.Id, b.TitleName,
            mine.Count(s => s.BallotId == b.Ballot.Id && ScanSheets.Final(s) == nameof(SheetOutcome.Valid)),
            mine.Count(s => s.BallotId == b.Ballot.Id && ScanSheets.Final(s) == nameof(SheetOutcome.Invalid)),
            mine.Count(s => (s.BallotId == b.Ballot.Id || s.BallotId == null) && ScanSheets.Final(s) == nameof(SheetOutcome.Review)),
            at.Present)).ToList();
        return new ScanBoardView(conferenceId, at.Round.Id, at.Step.Number, at.Step.Name, at.OnCommittee, rows, review, totals);
    }

    /// <summary>The reader's reason in Vietnamese.</summary>
    public static string ReasonText(string? reason) =>
        Enum.TryParse<ReviewReason>(reason, out var r) ? ReviewReasonText.Describe(r) : "Cần tổ kiểm phiếu xem xét";
}
