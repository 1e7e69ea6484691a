using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Dòng ghi thêm: a name written in on the key-cadre ballot.</summary>
public sealed record WriteInRequest(string? CadreCode, string? FullName, Guid? CadreId = null);

/// <summary>
/// Adds a written-in line to a key-cadre ballot, only where the rule set allows write-ins (docs/rules/open-questions.md, question 5) and
/// before any tally is entered. The line is flagged as written in throughout the round.
/// </summary>
public sealed class WriteInHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid ballotId, WriteInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await BallotContext.LoadForChangeAsync(db, actor, ballotId, b => actor.IsStaff || b.At.OnCommittee, "Chỉ chuyên viên tổ chức hoặc tổ kiểm phiếu của hội nghị được ghi thêm tên.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (b.Ballot.Vote != VoteStep.KeyCadres || !b.At.RuleSet.Voting.WriteInsAllowed)
        {
            return Refusal.Conflict("Phiếu này không có dòng ghi thêm: chỉ phiếu hội nghị cán bộ chủ chốt, khi bộ quy tắc cho phép.");
        }

        if (b.Ballot.Status != BallotStatus.AwaitingEntries || await db.TallyEntries.AnyAsync(e => e.BallotId == ballotId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Phiếu đã có biên bản kiểm phiếu: không ghi thêm được.");
        }

        var chosen = await ChosenCadre.FindAsync(db, actor, request.CadreId, request.CadreCode, cancellationToken).ConfigureAwait(false);
        var cadre = chosen.Cadre;
        var name = cadre?.FullName ?? Domain.Common.VietnameseText.Clean(request.FullName);
        if (!chosen.Found || string.IsNullOrEmpty(name)
            || b.Ballot.Candidates.Any(c => (cadre is not null && c.CadreId == cadre.Id) || (cadre is null && c.CadreId is null && c.FullName == name)))
        {
            return Refusal.BadInput("Hãy chọn một cán bộ trong danh sách cán bộ hoặc nhập họ tên người không có trong danh sách, chưa có trên phiếu.");
        }

        if (cadre is null && (Documents.Registry.Parsing.TextSafety.Check(name) ?? (name.Length > ChosenCadre.NameMaxLength ? $"họ và tên tối đa {ChosenCadre.NameMaxLength} ký tự" : null)) is { } problem)
        {
            return Refusal.BadInput($"Ghi thêm tên: {problem}.");
        }

        var line = new BallotCandidate
        {
            Id = Guid.CreateVersion7(),
            BallotId = ballotId,
            Position = b.Ballot.Candidates.Count + 1,
            CadreId = cadre?.Id,
            FullName = name,
            WrittenIn = true,
            PassedPreviousSteps = true,
        };
        db.BallotCandidates.Add(line);
        PlanningAudit.Record(db, actor, AuditAction.BallotWriteInAdded, PlanningAudit.Ballot, ballotId, b.At.Round.OrganisationId, after: new { line.Id, line.CadreId, line.FullName, line.Position });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, b.At.Conference.Id, cancellationToken).ConfigureAwait(false);
    }
}
