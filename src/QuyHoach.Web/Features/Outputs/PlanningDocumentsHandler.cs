using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Web.Features.Conferences;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>Tải văn bản: the minutes of a ballot, the summary across steps and the proposed list of a round.</summary>
public sealed class PlanningDocumentsHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<DocumentFile>> MinutesAsync(PlanningActor actor, Guid ballotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await BallotContext.LoadAsync(db, actor, ballotId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (b.Ballot.Status != Data.Planning.BallotStatus.ResultsComputed)
        {
            return Refusal.Conflict("Phiếu này chưa có kết quả kiểm phiếu: chưa lập được biên bản.");
        }

        if (!DocumentFile.MaySee(actor, b))
        {
            return DocumentFile.Sealed(b.At.Step.Number);
        }

        var minutes = await MinutesBuilder.BuildAsync(db, b, cancellationToken).ConfigureAwait(false);
        if (minutes.Value is not { } value)
        {
            return minutes.Refusal!;
        }

        return await DocumentFile.SaveAsync(db, actor, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId, FileNames.Minutes(b.At.Step.Number, value.Titles[0].PlannedTitle), DocumentFile.Docx,
            s => TallyMinutesDocument.Write(s, value), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<DocumentFile>> SummaryAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await RoundBallots.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } ballots)
        {
            return loaded.Refusal!;
        }

        var summary = await SummaryBuilder.BuildAsync(db, actor, ballots, cancellationToken).ConfigureAwait(false);
        return await DocumentFile.SaveAsync(db, actor, PlanningAudit.Round, roundId, ballots[0].At.Round.OrganisationId, FileNames.OfRound("bang-tong-hop-ket-qua-kiem-phieu", ballots[0].At.Round.Name, "docx"), DocumentFile.Docx,
            s => TallySummaryDocument.Write(s, summary), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<DocumentFile>> ProposedListAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await RoundBallots.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } ballots)
        {
            return loaded.Refusal!;
        }

        // The list carries the grounds for removal and the R-REM-AUTO reasons: screening data, read like the source list.
        if (!SourceListQuery.MayRead(actor))
        {
            return Refusal.Forbidden("Danh sách đề nghị ghi căn cứ đưa ra khỏi quy hoạch (kết quả rà soát cán bộ): chỉ chuyên viên tổ chức và lãnh đạo được tải.");
        }

        var finals = ballots.Where(b => b.Ballot.Vote == Domain.Voting.VoteStep.Final).Select(b => b.Ballot).ToList();
        var waiting = finals.Where(b => b.SeatsForHead > 0).Select(b => b.Id).ToList();
        if (finals.Count == 0 || await db.HeadDecisions.CountAsync(d => waiting.Contains(d.BallotId), cancellationToken).ConfigureAwait(false) < waiting.Count)
        {
            return Refusal.Conflict("Chưa có kết quả bước cuối (hoặc còn trường hợp bằng phiếu chờ người đứng đầu quyết định): chưa lập được danh sách đề nghị.");
        }

        var sheets = await ProposedListBuilder.BuildAsync(db, ballots, cancellationToken).ConfigureAwait(false);
        return await DocumentFile.SaveAsync(db, actor, PlanningAudit.Round, roundId, ballots[0].At.Round.OrganisationId, FileNames.OfRound("danh-sach-de-nghi-quy-hoach", ballots[0].At.Round.Name, "xlsx"), DocumentFile.Xlsx,
            s => TableWorkbook.Write(s, sheets), cancellationToken).ConfigureAwait(false);
    }
}
