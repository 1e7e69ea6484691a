using System.Text.Json;
using QuyHoach.Data.Counting;
using QuyHoach.Scanning;

namespace QuyHoach.Web.Features.Counting;

/// <summary>One box of a stored sheet: its line (null for a write-in line), the sheet's page, the mark, the outline and
/// the write-in area in the page image's pixels.</summary>
public sealed record StoredBox(string? Line, int Page, string Mark, double[][] Outline, double[][]? Area);

/// <summary>
/// Phiếu quét as stored: what the reader judged of each sheet of an upload. A sheet whose code this member's earlier
/// uploads already counted for the same ballot goes to review as seen twice, like a page seen twice in one file (the
/// committee excludes it), so a pile scanned in several files is never counted twice.
/// </summary>
public static class ScanSheets
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<List<ScanSheet>> OfAsync(
        QuyHoachDbContext db, Guid conferenceId, Guid memberId, Guid uploadId, IReadOnlyList<SheetResult> results, IReadOnlyList<PageReading> readings, IReadOnlyList<CountBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(ballots);
        var byKey = ballots.ToDictionary(b => b.Paper.BallotKey, b => b.Ballot.Id, StringComparer.Ordinal);
        var earlier = (await db.ScanSheets
            .Where(s => s.SheetCode != null && s.Decision != Excluded && db.ScanUploads.Any(u => u.Id == s.UploadId && u.ConferenceId == conferenceId && u.UploadedByUserId == memberId))
            .Select(s => new { s.BallotId, s.SheetCode }).ToListAsync().ConfigureAwait(false))
            .Select(s => (s.BallotId, s.SheetCode)).ToHashSet();
        return [.. results.Select(r =>
        {
            Guid? ballot = r.BallotKey is { } key && byKey.TryGetValue(key, out var id) ? id : null;
            var code = readings[r.Pages[0]].Code?.SheetCode;
            var twice = r.Reason != ReviewReason.SeenTwice && ballot is not null && earlier.Contains((ballot, code));
            return new ScanSheet
            {
                Id = Guid.CreateVersion7(),
                UploadId = uploadId,
                Position = r.Pages[0],
                BallotId = r.Reason == ReviewReason.OtherBallot ? null : ballot,
                SheetCode = r.Reason is ReviewReason.SeenTwice or ReviewReason.OtherBallot || twice ? null : code,
                Pages = [.. r.Pages],
                ReadOutcome = (twice ? SheetOutcome.Review : r.Outcome).ToString(),
                ReadReason = (twice ? ReviewReason.SeenTwice : r.Reason)?.ToString(),
                Boxes = JsonSerializer.Serialize(r.Boxes.Select(b => new StoredBox(b.LineId, b.Page, b.Mark.ToString(), Points(b.Outline), b.WriteInArea is { } a ? Points(a) : null)), Json),
            };
        })];
    }

    public const string Excluded = "Excluded";

    /// <summary>The stored boxes of a sheet.</summary>
    public static IReadOnlyList<StoredBox> Boxes(ScanSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return JsonSerializer.Deserialize<List<StoredBox>>(sheet.Boxes, Json) ?? [];
    }

    /// <summary>The lines counted as marked on a sheet: the committee's choice when it decided, else the reader's.</summary>
    public static IReadOnlyList<string> MarkedLines(ScanSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.DecidedLines is { } decided
            ? JsonSerializer.Deserialize<List<string>>(decided, Json) ?? []
            : [.. Boxes(sheet).Where(b => b.Line is not null && b.Mark == nameof(BoxMark.Marked)).Select(b => b.Line!)];
    }

    public static string Lines(IEnumerable<string> lines) => JsonSerializer.Serialize(lines.ToList(), Json);

    /// <summary>What the sheet counts as: the committee's decision, else the reader's outcome (Review while undecided).</summary>
    public static string Final(ScanSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.Decision ?? sheet.ReadOutcome;
    }

    /// <summary>The names typed for a sheet's write-in lines (one per line or separated by ';'), each as its
    /// <see cref="NameKey"/>, once each.</summary>
    public static IReadOnlyList<string> WrittenNames(string? writeIn) =>
        [.. (writeIn ?? "").Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(NameKey).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A name as write-ins are matched: Unicode NFC, single spaces, upper case; diacritics kept ("Hà" and
    /// "Hạ" are two people).</summary>
    public static string NameKey(string name) => Domain.Common.VietnameseText.Clean(name).ToUpperInvariant();

    private static double[][] Points(IReadOnlyList<PixelPoint> points) => [.. points.Select(p => new[] { Math.Round(p.X, 1), Math.Round(p.Y, 1) })];
}
