namespace QuyHoach.Web.Features.Planning;

/// <summary>Đợt quy hoạch as the API shows it; a cancelled round says when and why.</summary>
public sealed record RoundView(
    Guid Id, string Name, string Kind, string Status, string OrganisationCode, string ManagementAuthorityCode, string TermCode,
    string ReferenceMonth, string? RuleSetId, string? RuleSetVersion, IReadOnlyList<RoundTitleView> Titles, IReadOnlyList<StepView> Steps,
    DateTimeOffset? CancelledAt = null, string? CancellationReason = null);

public sealed record RoundTitleView(string Code, string Name, int Quota);

/// <summary>
/// One step: its bodies (the first presides), ballot kind, dates, disclosure, its conference if held, and its progress
/// (StepProgressRule): state, whether complete and on which date, on time / late / overdue by <c>Days</c> calendar days,
/// the next action and why it holds no ballot.
/// </summary>
public sealed record StepView(
    int Number, string Name, string? Vote, IReadOnlyList<string> BodyCodes, bool Announced, bool InvitesOthers,
    DateOnly? DueOn, DateOnly? CompletedOn, Guid? ConferenceId, string Version,
    string State, bool Complete, string Timeliness, int Days, string Next, string? NoBallot, int Convened, int Present, int MinPresent,
    IReadOnlyList<string> BodyNames);

/// <summary>Xem đợt quy hoạch (in scope only) and the list of rounds in scope.</summary>
public sealed class GetRoundHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<RoundView>> HandleAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        var bodyIds = round.Steps.SelectMany(s => s.ExtraBodies.Select(b => b.BodyId).Prepend(s.BodyId ?? Guid.Empty)).ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => (b.Code, b.Name), cancellationToken).ConfigureAwait(false);
        var titleIds = round.Titles.Select(t => t.TitleId).ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var stepIds = round.Steps.Select(s => s.Id).ToList();
        var conferences = await db.Conferences.Where(c => stepIds.Contains(c.StepId)).ToDictionaryAsync(c => c.StepId, c => c.Id, cancellationToken).ConfigureAwait(false);
        var organisation = await db.Organisations.Where(o => o.Id == round.OrganisationId).Select(o => o.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        var authority = await db.ManagementAuthorities.Where(a => a.Id == round.ManagementAuthorityId).Select(a => a.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        var progress = await RoundProgress.LoadAsync(db, round, Shell.VietnamTime.Today(clock), cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.Where(t => t.Id == round.TermId).Select(t => t.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        return new RoundView(
            round.Id, round.Name, PlanningCodes.Of(round.Kind), PlanningCodes.Of(round.Status), organisation, authority, term,
            $"{round.ReferenceYear:D4}-{round.ReferenceMonth:D2}", round.RuleSetId, round.RuleSetVersion,
            round.Titles.Select(t => new RoundTitleView(titles[t.TitleId].Code, titles[t.TitleId].Name, t.Quota)).OrderBy(t => t.Code, StringComparer.Ordinal).ToList(),
            progress.Select(p => (s: p.Step, p)).Select(x => new StepView(
                x.s.Number, x.s.Name, PlanningCodes.Of(x.s.Vote),
                BodiesOf(x.s).Select(b => bodies[b].Code).ToList(),
                x.s.Announced, x.s.InvitesOthers, x.s.DueOn, x.p.Progress.CompletedOn, conferences.TryGetValue(x.s.Id, out var c) ? c : null, RowVersion.Text(x.s.Version),
                PlanningCodes.Of(x.p.Progress.State), x.p.Progress.Complete, PlanningCodes.Of(x.p.Progress.Timeliness), x.p.Progress.Days,
                PlanningCodes.Of(x.p.Progress.Next), PlanningCodes.Of(x.p.Progress.NoBallot), x.p.Convened, x.p.Present, x.p.MinPresent,
                BodiesOf(x.s).Select(b => bodies[b].Name).ToList())).ToList(),
            round.CancelledAt, round.CancellationReason);
    }

    /// <summary>The step's bodies, the presiding one first.</summary>
    private static IEnumerable<Guid> BodiesOf(Data.Planning.RoundStep step) =>
        step.ExtraBodies.Select(b => b.BodyId).Prepend(step.BodyId ?? Guid.Empty).Where(id => id != Guid.Empty);

    public async Task<IReadOnlyList<RoundSummary>> ListAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        var rounds = await db.PlanningRounds.OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var visible = new List<RoundSummary>();
        foreach (var round in rounds)
        {
            if (await RoundScope.CoversAsync(db, actor, round.OrganisationId, cancellationToken).ConfigureAwait(false))
            {
                visible.Add(new RoundSummary(round.Id, round.Name, PlanningCodes.Of(round.Kind), PlanningCodes.Of(round.Status)));
            }
        }

        return visible;
    }
}

public sealed record RoundSummary(Guid Id, string Name, string Kind, string Status);
