using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Giải quyết chênh lệch: the entry the committee holds to be right, and why.</summary>
public sealed record ResolveMismatchRequest(Guid EntryId, string? Reason);

/// <summary>Entries of a ballot side by side, with their differences.</summary>
public sealed record ReconciliationView(Guid BallotId, string Status, IReadOnlyList<EntryView> Entries, IReadOnlyList<TallyDifference> Differences, string? ResolutionReason);

public sealed record EntryView(Guid Id, string EnteredBy, DateTimeOffset EnteredAt, bool Superseded, int Issued, int Returned, int Valid, int Invalid, IReadOnlyDictionary<Guid, int> Agree);

/// <summary>
/// Resolves a mismatch by an explicit choice of one standing entry, with a reason (the other way is a re-entry).
/// Counting committee only. The side-by-side view follows the sealing policy: it shows counts.
/// </summary>
public sealed class ResolveMismatchHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<ReconciliationView>> ResolveAsync(PlanningActor actor, Guid ballotId, ResolveMismatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await BallotContext.LoadForChangeAsync(db, actor, ballotId, b => b.At.OnCommittee, "Chỉ thành viên tổ kiểm phiếu của hội nghị này được giải quyết chênh lệch.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (b.Ballot.Status != BallotStatus.Mismatch)
        {
            return Refusal.Conflict("Phiếu này không có chênh lệch cần giải quyết.");
        }

        var standing = await db.TallyEntries.AnyAsync(e => e.Id == request.EntryId && e.BallotId == ballotId && !e.Superseded, cancellationToken).ConfigureAwait(false);
        if (!standing || string.IsNullOrWhiteSpace(request.Reason))
        {
            return Refusal.BadInput("Hãy chọn một trong hai lần nhập đang có hiệu lực và ghi lý do.");
        }

        (b.Ballot.Status, b.Ballot.AcceptedEntryId, b.Ballot.ResolvedByUserId, b.Ballot.ResolutionReason) =
            (BallotStatus.Reconciled, request.EntryId, actor.UserId, request.Reason.Trim());
        PlanningAudit.Record(db, actor, AuditAction.TallyMismatchResolved, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId,
            new { Status = "mismatch" }, new { AcceptedEntryId = request.EntryId, Reason = b.Ballot.ResolutionReason });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await ViewAsync(actor, ballotId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<ReconciliationView>> ViewAsync(PlanningActor actor, Guid ballotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await BallotContext.LoadAsync(db, actor, ballotId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (b.At.VisibilityFor(actor) != ResultVisibility.Full)
        {
            return Refusal.Forbidden("Kết quả kiểm phiếu của bước này không công bố (R-DISC-1): bạn không được xem biên bản.");
        }

        var entries = await db.TallyEntries.Include(e => e.Votes).Where(e => e.BallotId == ballotId).OrderBy(e => e.EnteredAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var userIds = entries.Select(e => e.EnteredByUserId).ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName!, cancellationToken).ConfigureAwait(false);
        var standing = entries.Where(e => !e.Superseded).ToList();
        return new ReconciliationView(
            ballotId, PlanningCodes.Of(b.Ballot.Status),
            entries.Select(e => new EntryView(e.Id, users[e.EnteredByUserId], e.EnteredAt, e.Superseded, e.Issued, e.Returned, e.Valid, e.Invalid, e.Votes.ToDictionary(v => v.CandidateId, v => v.Agree))).ToList(),
            standing.Count >= 2 ? TallySheetInput.Compare(standing[0], standing[1], b.Ballot.Candidates) : [],
            b.Ballot.ResolutionReason);
    }
}
