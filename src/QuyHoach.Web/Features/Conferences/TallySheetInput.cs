using System.Text.Json;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Biên bản kiểm phiếu as entered from paper: ballots issued, returned, valid, invalid, agree per line.</summary>
public sealed record TallyRequest(int Issued, int Returned, int Valid, int Invalid, IReadOnlyList<AgreeLine>? Votes, string? Reason = null);

public sealed record AgreeLine(Guid CandidateId, int Agree);

/// <summary>Checks an entry against the ballot and TallyRule, and turns it into a stored entry.</summary>
public static class TallySheetInput
{
    /// <summary>Every problem, in Vietnamese: a line for each candidate exactly once, then TallyRule's checks with the
    /// conference's convened and present (issued &lt; returned, returned ≠ valid + invalid, agree &gt; valid, …).</summary>
    public static Refusal? Validate(BallotContext b, TallyRequest request)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(request);
        var votes = request.Votes ?? [];
        var lines = b.Ballot.Candidates.Select(c => c.Id).ToHashSet();
        if (votes.Count != lines.Count || votes.Any(v => !lines.Contains(v.CandidateId)) || votes.Select(v => v.CandidateId).Distinct().Count() != votes.Count)
        {
            return Refusal.BadInput($"Biên bản phải có số phiếu đồng ý của đúng {lines.Count} dòng trên phiếu, mỗi dòng một lần.");
        }

        var names = b.Ballot.Candidates.ToDictionary(c => c.Id, c => c.FullName);
        var sheet = new TallySheet(b.At.Convened, b.At.Present, request.Issued, request.Returned, request.Valid, request.Invalid,
            votes.Select(v => new CandidateVote(names[v.CandidateId], v.Agree)).ToList());
        var problems = TallyRule.Validate(sheet);
        return problems.Count == 0
            ? null
            : Refusal.BadInput("Biên bản kiểm phiếu không hợp lệ, chưa được ghi nhận: " + string.Join(" ", problems.Select(p => p.Message)), problems);
    }

    public static TallyEntry ToEntry(Guid ballotId, Guid userId, DateTimeOffset now, TallyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = new TallyEntry
        {
            Id = Guid.CreateVersion7(),
            BallotId = ballotId,
            EnteredByUserId = userId,
            EnteredAt = now,
            Issued = request.Issued,
            Returned = request.Returned,
            Valid = request.Valid,
            Invalid = request.Invalid,
        };
        entry.Votes.AddRange((request.Votes ?? []).Select(v => new TallyEntryVote { EntryId = entry.Id, CandidateId = v.CandidateId, Agree = v.Agree }));
        return entry;
    }

    /// <summary>Whether <paramref name="request"/> carries exactly the numbers of <paramref name="entry"/>: the same sheet
    /// submitted again (a double-click, a retried request), which answers with the stored entry instead of a second one.</summary>
    public static bool Same(TallyEntry entry, TallyRequest request)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(request);
        var votes = request.Votes ?? [];
        return (entry.Issued, entry.Returned, entry.Valid, entry.Invalid) == (request.Issued, request.Returned, request.Valid, request.Invalid)
            && votes.Count == entry.Votes.Count
            && votes.All(v => entry.Votes.Any(e => e.CandidateId == v.CandidateId && e.Agree == v.Agree))
            && votes.Select(v => v.CandidateId).Distinct().Count() == votes.Count;
    }

    /// <summary>An entry as a correction stores it (before and after): counts and agree per line id.</summary>
    public static string ToJson(TallyEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return JsonSerializer.Serialize(new StoredSheet(e.Issued, e.Returned, e.Valid, e.Invalid, e.Votes.ToDictionary(v => v.CandidateId, v => v.Agree)), JsonOptions);
    }

    /// <summary>The entry a correction stored with <see cref="ToJson"/>, for comparing before with after.</summary>
    public static TallyEntry FromJson(string json)
    {
        var sheet = JsonSerializer.Deserialize<StoredSheet>(json, JsonOptions) ?? throw new InvalidOperationException("A stored correction holds a tally.");
        var entry = new TallyEntry { Issued = sheet.Issued, Returned = sheet.Returned, Valid = sheet.Valid, Invalid = sheet.Invalid };
        entry.Votes.AddRange(sheet.Agree.Select(a => new TallyEntryVote { CandidateId = a.Key, Agree = a.Value }));
        return entry;
    }

    /// <summary>Differences between two entries, field by field, for the side-by-side view (TallyReconciliation).</summary>
    public static IReadOnlyList<TallyDifference> Compare(TallyEntry first, TallyEntry second, IReadOnlyList<BallotCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(candidates);
        return TallyReconciliation.Compare(SheetOf(first), SheetOf(second), candidates.Select(c => new BallotLine(c.Id.ToString(), c.FullName)).ToList());
    }

    private static TallyEntrySheet SheetOf(TallyEntry e) =>
        new(e.Issued, e.Returned, e.Valid, e.Invalid, e.Votes.ToDictionary(v => v.CandidateId.ToString(), v => v.Agree, StringComparer.Ordinal));

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record StoredSheet(int Issued, int Returned, int Valid, int Invalid, Dictionary<Guid, int> Agree);
}
