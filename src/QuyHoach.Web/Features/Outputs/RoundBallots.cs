using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// Every ballot of a round with its conference, in step order, for the documents that span the steps: only once every
/// ballot has results, and only for a reader who may see the counts of every step (R-DISC-1).
/// </summary>
internal static class RoundBallots
{
    public static async Task<Outcome<List<BallotContext>>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        var stepIds = round.Steps.Select(s => s.Id).ToList();
        var ballotIds = await db.Ballots.Where(b => db.Conferences.Any(c => c.Id == b.ConferenceId && stepIds.Contains(c.StepId)))
            .Select(b => b.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ballots = new List<BallotContext>();
        foreach (var id in ballotIds)
        {
            var ballot = await BallotContext.LoadAsync(db, actor, id, cancellationToken).ConfigureAwait(false);
            ballots.Add(ballot.Value!);
        }

        ballots.Sort((a, b) => a.At.Step.Number != b.At.Step.Number ? a.At.Step.Number.CompareTo(b.At.Step.Number) : a.Ballot.TitleId.CompareTo(b.Ballot.TitleId));
        if (ballots.Count == 0 || ballots.Any(b => b.Ballot.Status != BallotStatus.ResultsComputed))
        {
            return Refusal.Conflict("Đợt quy hoạch còn bước chưa có kết quả kiểm phiếu: chưa lập được văn bản tổng hợp.");
        }

        if (ballots.FirstOrDefault(b => !DocumentFile.MaySee(actor, b)) is { } hidden)
        {
            return DocumentFile.Sealed(hidden.At.Step.Number);
        }

        if (ballots.Any(b => b.Ballot.Candidates.Any(c => c.CadreId is null)))
        {
            return Refusal.Conflict(CandidateFacts.OutsideRegistry);
        }

        return ballots;
    }
}
