namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Sửa biên bản sau khi đã tính kết quả: a committee member enters the corrected tally with a reason; the tally before
/// and after is kept, the new entry becomes the accepted one and the results are computed again. Not once the head
/// has decided a tie on it (the decision would rest on other numbers), nor in a closed round. A correction equal to the
/// accepted tally (a double click sends the same one twice) writes nothing and answers with the results.
/// </summary>
public sealed class CorrectTallyHandler(QuyHoachDbContext db, TimeProvider clock, ResultsQuery results)
{
    public async Task<Outcome<ResultsView>> HandleAsync(PlanningActor actor, Guid ballotId, TallyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);

        // The correction, the recomputed results and their event commit together or not at all; a second correction
        // sent at the same moment waits on the ballot's lock and then sees this one.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await BallotContext.LockAsync(db, ballotId, cancellationToken).ConfigureAwait(false);
        var loaded = await BallotContext.LoadAsync(db, actor, ballotId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (Refuse(b, await db.HeadDecisions.AnyAsync(d => d.BallotId == ballotId, cancellationToken).ConfigureAwait(false)) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Refusal.BadInput("Kết quả đã được tính: sửa biên bản kiểm phiếu phải ghi lý do.");
        }

        if (TallySheetInput.Validate(b, request) is { } invalid)
        {
            return invalid;
        }

        var before = await db.TallyEntries.Include(e => e.Votes).SingleAsync(e => e.Id == b.Ballot.AcceptedEntryId, cancellationToken).ConfigureAwait(false);
        var after = TallySheetInput.ToEntry(ballotId, actor.UserId, clock.GetUtcNow(), request);
        if (TallySheetInput.Compare(before, after, b.Ballot.Candidates).Count == 0)
        {
            // The accepted tally already says this (the same correction sent twice, or nothing changed): nothing to write.
            return await results.HandleAsync(actor, ballotId, cancellationToken).ConfigureAwait(false);
        }

        foreach (var standing in await db.TallyEntries.Where(e => e.BallotId == ballotId && !e.Superseded).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            standing.Superseded = true;
        }

        // Saved before the new entry is added: the unique index allows one live entry per member at every moment.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.TallyEntries.Add(after);
        db.TallyCorrections.Add(new TallyCorrection
        {
            Id = Guid.CreateVersion7(),
            BallotId = ballotId,
            CorrectedByUserId = actor.UserId,
            CorrectedAt = after.EnteredAt,
            Reason = request.Reason.Trim(),
            BeforeJson = TallySheetInput.ToJson(before),
            AfterJson = TallySheetInput.ToJson(after),
        });
        var resultsBefore = ComputeResultsHandler.AuditOf(b);
        b.Ballot.AcceptedEntryId = after.Id;

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await ComputeResultsHandler.ApplyAsync(db, b, after.EnteredAt, cancellationToken).ConfigureAwait(false);
        PlanningAudit.Record(db, actor, AuditAction.TallyCorrected, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId,
            new { Tally = PlanningAudit.Tally(before), Results = resultsBefore },
            new { Reason = request.Reason.Trim(), Tally = PlanningAudit.Tally(after), Results = ComputeResultsHandler.AuditOf(b) });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await results.HandleAsync(actor, ballotId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Why this actor may not correct this ballot's tally now, or null when they may: the one place the
    /// command and the page (ResultsView.CanCorrect, which shows the form) ask.</summary>
    public static Refusal? Refuse(BallotContext b, bool headDecided)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (!b.At.OnCommittee)
        {
            return Refusal.Forbidden("Chỉ thành viên tổ kiểm phiếu của hội nghị này được sửa biên bản kiểm phiếu.");
        }

        if (b.RefuseIfClosed() is { } closed)
        {
            return closed;
        }

        return b.Ballot.Status != BallotStatus.ResultsComputed || headDecided
            ? Refusal.Conflict("Chỉ sửa biên bản của phiếu đã tính kết quả và chưa có quyết định của người đứng đầu.")
            : null;
    }
}
