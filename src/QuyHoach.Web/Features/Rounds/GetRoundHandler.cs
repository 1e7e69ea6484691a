using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>Đợt quy hoạch as the API shows it.</summary>
public sealed record RoundView(
    Guid Id, string Name, string Kind, string Status, string OrganisationCode, string ManagementAuthorityCode, string TermCode,
    string ReferenceMonth, string? RuleSetId, string? RuleSetVersion, IReadOnlyList<RoundTitleView> Titles, IReadOnlyList<StepView> Steps);

public sealed record RoundTitleView(string Code, string Name, int Quota);

/// <summary>One step: its bodies (the first presides), ballot kind, dates, disclosure and its conference if held.</summary>
public sealed record StepView(
    int Number, string Name, string? Vote, IReadOnlyList<string> BodyCodes, bool Announced, bool InvitesOthers,
    DateOnly? DueOn, DateOnly? CompletedOn, Guid? ConferenceId, string Version);

/// <summary>Xem đợt quy hoạch (in scope only) and the list of rounds in scope.</summary>
public sealed class GetRoundHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<RoundView>> HandleAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        var bodyIds = round.Steps.SelectMany(s => s.ExtraBodies.Select(b => b.BodyId).Prepend(s.BodyId ?? Guid.Empty)).ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken).ConfigureAwait(false);
        var titleIds = round.Titles.Select(t => t.TitleId).ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var stepIds = round.Steps.Select(s => s.Id).ToList();
        var conferences = await db.Conferences.Where(c => stepIds.Contains(c.StepId)).ToDictionaryAsync(c => c.StepId, c => c.Id, cancellationToken).ConfigureAwait(false);
        var organisation = await db.Organisations.Where(o => o.Id == round.OrganisationId).Select(o => o.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        var authority = await db.ManagementAuthorities.Where(a => a.Id == round.ManagementAuthorityId).Select(a => a.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.Where(t => t.Id == round.TermId).Select(t => t.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
        return new RoundView(
            round.Id, round.Name, PlanningCodes.Of(round.Kind), PlanningCodes.Of(round.Status), organisation, authority, term,
            $"{round.ReferenceYear:D4}-{round.ReferenceMonth:D2}", round.RuleSetId, round.RuleSetVersion,
            round.Titles.Select(t => new RoundTitleView(titles[t.TitleId].Code, titles[t.TitleId].Name, t.Quota)).OrderBy(t => t.Code, StringComparer.Ordinal).ToList(),
            round.Steps.Select(s => new StepView(
                s.Number, s.Name, PlanningCodes.Of(s.Vote),
                s.ExtraBodies.Select(b => bodies[b.BodyId]).Prepend(s.BodyId is { } id ? bodies[id] : null).OfType<string>().ToList(),
                s.Announced, s.InvitesOthers, s.DueOn, s.CompletedOn, conferences.TryGetValue(s.Id, out var c) ? c : null, RowVersion.Text(s.Version))).ToList());
    }

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
