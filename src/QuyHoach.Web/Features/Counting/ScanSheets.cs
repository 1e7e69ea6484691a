using System.Text.Json;
using QuyHoach.Data.Counting;
using QuyHoach.Scanning;

namespace QuyHoach.Web.Features.Counting;

/// <summary>One box of a stored sheet: its line (null for a write-in line), the sheet's page, the mark, the outline and
/// the write-in area in the page image's pixels.</summary>
public sealed record StoredBox(string? Line, int Page, string Mark, double[][] Outline, double[][]? Area);

/// <summary>
/// Phiếu quét as stored: what the reader judged of each sheet of an upload. The sheets the member's earlier uploads
/// hold are given to the reader (<see cref="EarlierAsync"/>, <see cref="EarlierSheet"/>): a part of a sheet still
/// waiting for its other pages is completed by the pages of a later upload and read as one sheet (the earlier row then
/// records the row it joined, <see cref="ScanSheet.JoinedInto"/>); any other sheet seen again goes to review as seen
/// twice (the committee excludes it), so a pile scanned in several files is never counted twice.
/// </summary>
public static class ScanSheets
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Holds, until the transaction ends, the right to store the sheets of <paramref name="memberId"/>'s uploads
    /// for <paramref name="conferenceId"/>: two uploads of the same member read at once are stored one after the other,
    /// each seeing the other's sheets.</summary>
    public static async Task LockMemberAsync(QuyHoachDbContext db, Guid conferenceId, Guid memberId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = $"scan-sheets:{conferenceId:N}:{memberId:N}";
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))").ConfigureAwait(false);
    }

    /// <summary>The sheets with a code that the member's other uploads for the conference hold (not excluded, not joined
    /// into another row), as the reader takes them, each with its row.</summary>
    public static async Task<Dictionary<EarlierSheet, ScanSheet>> EarlierAsync(QuyHoachDbContext db, Guid conferenceId, Guid memberId, Guid uploadId, IReadOnlyList<CountBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ballots);
        var keyOf = ballots.ToDictionary(b => b.Ballot.Id, b => b.Paper.BallotKey);
        var rows = await db.ScanSheets.AsNoTracking()
            .Where(s => s.SheetCode != null && s.BallotId != null && s.JoinedInto == null && (s.Decision == null || s.Decision != Excluded) && s.UploadId != uploadId
                && db.ScanUploads.Any(u => u.Id == s.UploadId && u.ConferenceId == conferenceId && u.UploadedByUserId == memberId))
            .ToListAsync().ConfigureAwait(false);
        var earlier = new Dictionary<EarlierSheet, ScanSheet>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows.Where(r => keyOf.ContainsKey(r.BallotId!.Value)))
        {
            var boxes = Boxes(row).Select(b => new BoxReading(b.Line, b.Page, Enum.Parse<BoxMark>(b.Mark), default, Pixels(b.Outline), b.Area is { } a ? Pixels(a) : null)).ToList();
            var pending = row.Decision is null && row.ReadReason == nameof(ReviewReason.MissingPage);
            earlier[new EarlierSheet(keyOf[row.BallotId!.Value], row.SheetCode!, [.. boxes.Select(b => b.Page).Distinct().Order()], boxes, pending)] = row;
        }

        return earlier;
    }

    /// <summary>The rows of an upload's <paramref name="results"/>.</summary>
    public static List<ScanSheet> Of(Guid uploadId, IReadOnlyList<SheetResult> results, IReadOnlyList<PageReading> readings, IReadOnlyList<CountBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(ballots);
        var byKey = ballots.ToDictionary(b => b.Paper.BallotKey, b => b.Ballot.Id, StringComparer.Ordinal);
        return [.. results.Select(r =>
        {
            Guid? ballot = r.BallotKey is { } key && byKey.TryGetValue(key, out var id) ? id : null;
            var codes = r.Pages.Select(i => readings[i].Code).ToList();
            return new ScanSheet
            {
                Id = Guid.CreateVersion7(),
                UploadId = uploadId,
                Position = r.Pages[0],
                BallotId = r.Reason == ReviewReason.OtherBallot ? null : ballot,
                SheetCode = r.Reason is ReviewReason.SeenTwice or ReviewReason.OtherBallot ? null : codes[0]?.SheetCode,
                Pages = [.. r.Pages],
                SheetPages = codes.All(c => c is not null) ? [.. codes.Select(c => c!.Page)] : [],
                ReadOutcome = r.Outcome.ToString(),
                ReadReason = r.Reason?.ToString(),
                Boxes = JsonSerializer.Serialize(r.Boxes.Select(b => new StoredBox(b.LineId, b.Page, b.Mark.ToString(), Points(b.Outline), b.WriteInArea is { } a ? Points(a) : null)), Json),
            };
        })];
    }

    public const string Excluded = "Excluded";

    /// <summary>What a part of a sheet joined into a later row counts as: nothing by itself (<see cref="Final"/>).</summary>
    public const string Joined = "Joined";

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

    /// <summary><paramref name="sheet"/> and the parts of earlier uploads joined into it (and into those), whose pages
    /// are the sheet's too.</summary>
    public static IReadOnlyList<ScanSheet> WithParts(ScanSheet sheet, IReadOnlyList<ScanSheet> all)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(all);
        var parts = new List<ScanSheet> { sheet };
        for (var i = 0; i < parts.Count; i++)
        {
            parts.AddRange(all.Where(s => s.JoinedInto == parts[i].Id));
        }

        return parts;
    }

    public static string Lines(IEnumerable<string> lines) => JsonSerializer.Serialize(lines.ToList(), Json);

    /// <summary>What the sheet counts as: <see cref="Joined"/> for a part completed by a later upload (the later row
    /// counts the whole sheet), else the committee's decision, else the reader's outcome (Review while undecided).</summary>
    public static string Final(ScanSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.JoinedInto is not null ? Joined : sheet.Decision ?? sheet.ReadOutcome;
    }

    /// <summary>The names typed for a sheet's write-in lines (one per line or separated by ';'), each as its
    /// <see cref="NameKey"/>, once each.</summary>
    public static IReadOnlyList<string> WrittenNames(string? writeIn) =>
        [.. (writeIn ?? "").Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(NameKey).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A name as write-ins are matched: Unicode NFC, single spaces, upper case; diacritics kept ("Hà" and
    /// "Hạ" are two people).</summary>
    public static string NameKey(string name) => Domain.Common.VietnameseText.Clean(name).ToUpperInvariant();

    private static PixelPoint[] Pixels(double[][] points) => [.. points.Select(p => new PixelPoint(p[0], p[1]))];

    private static double[][] Points(IReadOnlyList<PixelPoint> points) => [.. points.Select(p => new[] { Math.Round(p.X, 1), Math.Round(p.Y, 1) })];
}
