using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Domain.Dossiers;
using QuyHoach.Web.Database;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Features.Plans;

namespace QuyHoach.Web.Features.Reports;

/// <summary>A round of the scope as it stood on the report's day, with its steps' progress while it was running.</summary>
public sealed record PipelineRound(Guid Id, string Name, Guid UnitId, RoundStatus Status, IReadOnlyList<StepWithProgress> Steps);

/// <summary>A dossier of a round of the scope, judged on the report's day, and whether its cadre was approved by then.</summary>
public sealed record PipelineDossier(Guid Id, PipelineRound Round, string FullName, string TitleName, DossierCheck Check, bool Approved);

/// <summary>An appointment from the plan to a title of the scope, made by the report's day.</summary>
public sealed record PipelineAppointment(Guid CadreId, string FullName, Guid TitleId, DateOnly StartedOn);

/// <summary>What the pipeline report reads besides the snapshot.</summary>
public sealed record PipelineFacts(IReadOnlyList<PipelineRound> Rounds, IReadOnlyList<PipelineDossier> Dossiers, IReadOnlyList<PipelineAppointment> Appointments);

/// <summary>
/// Reads the <see cref="PipelineFacts"/> of a selection through <see cref="ReadOnlyDb"/>: the rounds of its units created by
/// the day with its status on that day (StatusBefore), each running round's steps as RoundProgress
/// reads them on the day (due date, delay), every dossier of those rounds judged by DossierAssessment on the day (only
/// documents uploaded by then; R-DOS-1/2, the 30-working-day deadline R-AUTH-2), approvals signed by then, and the
/// appointments to the scope's titles started by then. Ballot counts are never read here (R-DISC-1).
/// </summary>
public sealed class PipelineReader(ReadOnlyDb readOnly)
{
    public async Task<PipelineFacts> ReadAsync(BenchSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var db = readOnly.Context;
        var asOf = snapshot.AsOf;
        var units = snapshot.Selection.Units.ToList();
        var end = new DateTimeOffset(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
        var loaded = await db.PlanningRounds.AsNoTracking().Include(r => r.Steps)
            .Where(r => units.Contains(r.OrganisationId) && r.CreatedAt < end).OrderBy(r => r.CreatedAt)
            .ToListKeepingRuleSetsAsync(db, cancellationToken).ConfigureAwait(false);
        var rounds = new List<PipelineRound>();
        var byId = new Dictionary<Guid, (PlanningRound Entity, PipelineRound Line)>();
        var progress = await RoundProgress.LoadManyAsync(
            db, loaded.Where(r => RoundProgress.IsRunning(StatusBefore(r, end))).ToList(), asOf, cancellationToken).ConfigureAwait(false);
        foreach (var round in loaded)
        {
            var status = StatusBefore(round, end);
            var steps = progress.GetValueOrDefault(round.Id) ?? [];
            var line = new PipelineRound(round.Id, round.Name, round.OrganisationId, status, steps);
            rounds.Add(line);
            byId[round.Id] = (round, line);
        }

        var roundIds = byId.Keys.ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Documents).Where(d => roundIds.Contains(d.RoundId) && d.CreatedAt < end)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var cadreIds = dossiers.Select(d => d.CadreId).Distinct().ToList();
        var titleIds = dossiers.Select(d => d.TitleId).Distinct().ToList();
        var names = await db.Cadres.AsNoTracking().Where(c => cadreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FullName, cancellationToken).ConfigureAwait(false);
        var titles = await db.Titles.AsNoTracking().Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var approved = (await db.PlanEntries.AsNoTracking()
            .Where(e => db.PlanDecisions.Any(x => x.Id == e.ApprovalDecisionId && x.RoundId != null && roundIds.Contains(x.RoundId.Value) && x.SignedOn <= asOf))
            .Select(e => new { e.TitleId, e.CadreId }).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.TitleId, e.CadreId)).ToHashSet();
        var judged = dossiers.Select(d =>
        {
            // The dossier as it stood that day: documents uploaded by then, completion recorded by then.
            d.Documents.RemoveAll(x => x.UploadedAt >= end);
            d.CompletedOn = d.CompletedOn <= asOf ? d.CompletedOn : null;
            var (entity, line) = byId[d.RoundId];
            return new PipelineDossier(d.Id, line, names[d.CadreId], titles[d.TitleId], DossierQuery.CheckOn(d, entity, asOf), approved.Contains((d.TitleId, d.CadreId)));
        }).ToList();

        var scopeTitles = snapshot.Titles.Select(t => t.Id).ToList();
        var appointments = await db.Appointments.AsNoTracking().Where(a => scopeTitles.Contains(a.TitleId) && a.StartedOn <= asOf)
            .Join(db.Cadres, a => a.CadreId, c => c.Id, (a, c) => new PipelineAppointment(a.CadreId, c.FullName, a.TitleId, a.StartedOn))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PipelineFacts(rounds, judged, appointments);
    }

    /// <summary>
    /// A round's status before <paramref name="end"/>, read from the moments it stores: it leaves Draft only when its
    /// first conference opens, which fixes its rule set (RuleSetFrozenAt), and is closed or cancelled at ClosedAt or
    /// CancelledAt. A running or closed round without that moment (recorded before it was kept) counts as running
    /// from its creation; a cancelled one without it never left Draft.
    /// </summary>
    internal static RoundStatus StatusBefore(PlanningRound round, DateTimeOffset end)
    {
        var started = round.RuleSetFrozenAt ?? (round.Status is RoundStatus.InProgress or RoundStatus.Closed ? round.CreatedAt : null);
        return round.CancelledAt < end ? RoundStatus.Cancelled
            : round.ClosedAt < end ? RoundStatus.Closed
            : started < end ? RoundStatus.InProgress
            : RoundStatus.Draft;
    }
}
