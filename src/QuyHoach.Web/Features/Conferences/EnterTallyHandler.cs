using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Planning;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Trạng thái đối chiếu after an entry: how many entries stand and where they differ.</summary>
public sealed record TallyStatusView(Guid BallotId, string Status, int Entries, IReadOnlyList<TallyDifference> Differences);

/// <summary>
/// Nhập biên bản kiểm phiếu (double entry): a member of the conference's counting committee enters the paper tally.
/// Refused, with nothing stored, when the conference has no quorum (R-QUO-1), when the sheet does not add up
/// (TallyRule), or when the same member enters twice while their entry stands. After a mismatch a member re-enters,
/// superseding their own entry. Two entries by two members that agree reconcile the ballot.
/// </summary>
public sealed class EnterTallyHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<TallyStatusView>> HandleAsync(PlanningActor actor, Guid ballotId, TallyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await BallotContext.LoadAsync(db, actor, ballotId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (!b.At.OnCommittee)
        {
            return Refusal.Forbidden("Chỉ thành viên tổ kiểm phiếu của hội nghị này được nhập biên bản kiểm phiếu.");
        }

        if (b.RefuseIfClosed() is { } closed)
        {
            return closed;
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

        var standing = await db.TallyEntries.Include(e => e.Votes).Where(e => e.BallotId == ballotId && !e.Superseded).OrderBy(e => e.EnteredAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var own = standing.SingleOrDefault(e => e.EnteredByUserId == actor.UserId);
        if (own is not null && b.Ballot.Status != BallotStatus.Mismatch)
        {
            return Refusal.Conflict("Bạn đã nhập biên bản của phiếu này. Lần nhập thứ hai phải do một thành viên khác của tổ kiểm phiếu thực hiện.");
        }

        if (own is null && standing.Count >= 2)
        {
            return Refusal.Conflict("Phiếu đã có hai lần nhập không khớp: người đã nhập nhập lại phần của mình, hoặc tổ kiểm phiếu chọn một lần nhập đúng và ghi lý do.");
        }

        if (own is not null)
        {
            own.Superseded = true;
            standing.Remove(own);
        }

        var entry = TallySheetInput.ToEntry(ballotId, actor.UserId, clock.GetUtcNow(), request);
        db.TallyEntries.Add(entry);
        standing.Add(entry);
        var differences = new List<TallyDifference>();
        if (standing.Count >= 2)
        {
            differences = TallySheetInput.Compare(standing[0], standing[1], b.Ballot.Candidates);
            b.Ballot.Status = differences.Count == 0 ? BallotStatus.Reconciled : BallotStatus.Mismatch;
            b.Ballot.AcceptedEntryId = differences.Count == 0 ? standing[0].Id : null;
        }

        PlanningAudit.Record(db, actor, AuditAction.TallyEntered, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId, own is null ? null : PlanningAudit.Tally(own),
            new { Tally = PlanningAudit.Tally(entry), Status = PlanningCodes.Of(b.Ballot.Status), Differences = differences.Count });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new TallyStatusView(ballotId, PlanningCodes.Of(b.Ballot.Status), standing.Count, differences);
    }
}
