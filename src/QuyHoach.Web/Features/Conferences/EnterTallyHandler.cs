using Npgsql;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Trạng thái đối chiếu after an entry: how many entries stand and where they differ.</summary>
public sealed record TallyStatusView(Guid BallotId, string Status, int Entries, IReadOnlyList<TallyDifference> Differences);

/// <summary>
/// Nhập biên bản kiểm phiếu (double entry): a member of the conference's counting committee enters the paper tally.
/// Refused, with nothing stored, when the conference has no quorum (R-QUO-1), when the sheet does not add up
/// (TallyRule), or when the same member enters a different sheet while their entry stands. After a mismatch a member
/// re-enters, superseding their own entry. Two entries by two members that agree reconcile the ballot.
/// </summary>
/// <remarks>
/// One live entry per member per ballot (docs/security.md): submissions for a ballot queue on its row lock, a repeated
/// identical submission by the member (a double-click, a retried request) answers with the state their first entry
/// left and writes nothing, and the database's unique index refuses a second live entry whatever the caller.
/// </remarks>
public sealed class EnterTallyHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<TallyStatusView>> HandleAsync(PlanningActor actor, Guid ballotId, TallyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await BallotContext.LockAsync(db, ballotId, cancellationToken).ConfigureAwait(false);
        Outcome<TallyStatusView> outcome;
        try
        {
            outcome = await EnterAsync(actor, ballotId, request, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: TallyEntry.LiveEntryIndex })
        {
            // Only a writer that skipped the ballot lock gets here; the index kept the ballot whole, the request is refused.
            return Refusal.Conflict("Bạn vừa có một lần nhập khác được ghi cùng lúc cho phiếu này. Hãy tải lại trang để xem lần nhập đang có hiệu lực.");
        }

        if (!outcome.Refused)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<Outcome<TallyStatusView>> EnterAsync(PlanningActor actor, Guid ballotId, TallyRequest request, CancellationToken cancellationToken)
    {
        var loaded = await BallotContext.LoadForChangeAsync(db, actor, ballotId, b => b.At.OnCommittee, "Chỉ thành viên tổ kiểm phiếu của hội nghị này được nhập biên bản kiểm phiếu.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        var standing = await db.TallyEntries.Include(e => e.Votes).Where(e => e.BallotId == ballotId && !e.Superseded)
            .OrderBy(e => e.EnteredAt).ThenBy(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var own = standing.SingleOrDefault(e => e.EnteredByUserId == actor.UserId);
        if (own is not null && TallySheetInput.Same(own, request))
        {
            return View(b, standing);
        }

        if (b.Ballot.Status is BallotStatus.Reconciled or BallotStatus.ResultsComputed)
        {
            return Refusal.Conflict("Biên bản đã được đối chiếu khớp. Sau khi đã tính kết quả, chỉ sửa được bằng chức năng sửa biên bản, có ghi lý do.");
        }

        if (!b.At.QuorumMet)
        {
            return Refusal.Conflict(b.At.QuorumMessage);
        }

        if (TallySheetInput.Validate(b, request) is { } invalid)
        {
            return invalid;
        }

        if (own is not null && b.Ballot.Status != BallotStatus.Mismatch)
        {
            return Refusal.Conflict("Bạn đã nhập biên bản của phiếu này với số liệu khác. Lần nhập thứ hai phải do một thành viên khác của tổ kiểm phiếu thực hiện; chỉ nhập lại khi hai lần nhập không khớp.");
        }

        if (own is null && standing.Count >= 2)
        {
            return Refusal.Conflict("Phiếu đã có hai lần nhập không khớp: người đã nhập nhập lại phần của mình, hoặc tổ kiểm phiếu chọn một lần nhập đúng và ghi lý do.");
        }

        if (own is not null)
        {
            // Saved before the new entry is added: the unique index allows one live entry per member at every moment.
            own.Superseded = true;
            standing.Remove(own);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var entry = TallySheetInput.ToEntry(ballotId, actor.UserId, clock.GetUtcNow(), request);
        db.TallyEntries.Add(entry);
        standing.Add(entry);
        var view = View(b, standing);
        if (standing.Count >= 2)
        {
            b.Ballot.Status = view.Differences.Count == 0 ? BallotStatus.Reconciled : BallotStatus.Mismatch;
            b.Ballot.AcceptedEntryId = view.Differences.Count == 0 ? standing[0].Id : null;
            view = view with { Status = PlanningCodes.Of(b.Ballot.Status) };
        }

        PlanningAudit.Record(db, actor, AuditAction.TallyEntered, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId, own is null ? null : PlanningAudit.Tally(own),
            new { Tally = PlanningAudit.Tally(entry), Status = view.Status, Differences = view.Differences.Count });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return view;
    }

    /// <summary>The ballot's state with these standing entries (oldest first): what the member who entered is told.</summary>
    private static TallyStatusView View(BallotContext b, List<TallyEntry> standing) =>
        new(b.Ballot.Id, PlanningCodes.Of(b.Ballot.Status), standing.Count, standing.Count >= 2 ? TallySheetInput.Compare(standing[0], standing[1], b.Ballot.Candidates) : []);
}
