using System.Text.Json;
using QuyHoach.Domain.Lifecycle;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>Bổ sung nguồn: candidates for one title; a justification is required for anyone not eligible.</summary>
public sealed record AddCandidatesRequest(string? TitleCode, IReadOnlyList<CandidateLine>? Candidates);

/// <summary>One candidate: chosen by id (the page's picker) or by code (the API).</summary>
public sealed record CandidateLine(string? CadreCode, string? Justification, Guid? CadreId = null);

/// <summary>One line of the source list as the API shows it, with its verdict snapshot; <c>Elsewhere</c>: the post and
/// agency of a source from elsewhere (R-OTH-1), null for the unit's own cadres; <c>OpenObligations</c>: a planned cadre's
/// development items not yet completed, with their due dates, as facts for the removal discussion (R-USE-2, R-USE-3).</summary>
public sealed record SourceEntryView(
    Guid Id, string TitleCode, string CadreCode, string FullName, string Kind, string Outcome, JsonElement Reasons,
    int MonthsRemaining, int RequiredMonths, int? SourceGroup, string RuleSetRef, string? Justification, string? Action, string? Grounds, string? AgeReference = null,
    string? Elsewhere = null, IReadOnlyList<string>? OpenObligations = null, string? CarriedFrom = null);

/// <summary>
/// Danh sách nguồn (step 1 of the procedures): each candidate is screened at once (EligibilityPolicy, under the
/// round's rule set; current term: at its reference month; next term: from the next term's first month, R-AGE-1) and
/// the verdict is kept as it was, with the month it counted from. All or nothing: one line refused
/// refuses the request. Only while the round is in draft (the leadership adopts the list at its first conference).
/// </summary>
public sealed class SourceListHandler(QuyHoachDbContext db, TimeProvider clock, SourceListQuery list)
{
    public async Task<Outcome<IReadOnlyList<SourceEntryView>>> AddCandidatesAsync(PlanningActor actor, Guid roundId, AddCandidatesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = await SourceListContext.LoadAsync(db, actor, roundId, request.TitleCode, cancellationToken).ConfigureAwait(false);
        if (context.Value is not { } c)
        {
            return context.Refusal!;
        }

        var problems = new List<VoteProblem>();
        var entries = new List<SourceListEntry>();
        // Lines name their cadre by id (the picker) or by code (the API): one batch read of both.
        var ids = (request.Candidates ?? []).Select(l => l.CadreId).OfType<Guid>().ToList();
        var codes = (request.Candidates ?? []).Where(l => l.CadreId is null).Select(l => l.CadreCode).OfType<string>().ToList();
        var named = await db.Cadres.Where(x => ids.Contains(x.Id) || codes.Contains(x.Code)).Select(x => x.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var read = await CadreFactsReader.ReadAsync(db, named, c.AsOf, cancellationToken).ConfigureAwait(false);
        foreach (var line in request.Candidates ?? [])
        {
            var cadre = await db.Cadres.SingleOrDefaultAsync(x => line.CadreId != null ? x.Id == line.CadreId : x.Code == line.CadreCode, cancellationToken).ConfigureAwait(false);
            if (cadre is null)
            {
                problems.Add(new VoteProblem("CADRE_NOT_FOUND", line.CadreId is null && line.CadreCode is null ? "Hãy chọn một cán bộ." : $"Không tìm thấy cán bộ \"{line.CadreCode}\"."));
                continue;
            }

            var verdict = EligibilityPolicy.Evaluate(c.Request(read[cadre.Id].Facts), c.RuleSet);
            var justification = string.IsNullOrWhiteSpace(line.Justification) ? null : line.Justification.Trim();
            if (verdict.Outcome == EligibilityOutcome.NotEligible && justification is null)
            {
                var reasons = string.Join("; ", verdict.Reasons.Where(r => r.Severity == ReasonSeverity.Failure).Select(r => r.Message));
                problems.Add(new VoteProblem("JUSTIFICATION_REQUIRED", $"{cadre.FullName} ({cadre.Code}) không đủ điều kiện ({reasons}): cần ghi lý do bổ sung vào danh sách nguồn."));
                continue;
            }

            if (await db.SourceListEntries.AnyAsync(e => e.RoundId == roundId && e.TitleId == c.TitleId && e.CadreId == cadre.Id, cancellationToken).ConfigureAwait(false)
                || entries.Any(e => e.CadreId == cadre.Id))
            {
                problems.Add(new VoteProblem("DUPLICATE", $"{cadre.FullName} ({cadre.Code}) đã có trong danh sách nguồn của chức danh này."));
                continue;
            }

            // Not planned for a title while proposed for appointment or nomination to it (R-PRI-7).
            var proposal = await db.AppointmentProposals.Where(p => p.CadreId == cadre.Id && p.TitleId == c.TitleId && p.ClosedOn == null)
                .Select(p => new OpenProposal(p.Kind == Data.Plans.ProposalKind.Nomination, p.OpenedOn)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (PlanningAppointmentRule.CheckPlanning(cadre.FullName, c.Title.Name, proposal) is { } conflict)
            {
                problems.Add(new VoteProblem("PROPOSAL_OPEN", conflict));
                continue;
            }

            var entry = c.NewEntry(cadre.Id, SourceEntryKind.Candidate, actor.UserId, clock.GetUtcNow());
            (entry.Outcome, entry.ReasonsJson, entry.MonthsRemaining, entry.RequiredMonths, entry.SourceGroup, entry.AgeReference) =
                (verdict.Outcome.ToString(), Json(verdict.Reasons), verdict.MonthsRemaining, verdict.RequiredMonths, verdict.SourceGroup, verdict.AgeReference);
            entry.Justification = justification;
            entries.Add(entry);
        }

        if (problems.Count > 0 || entries.Count == 0)
        {
            return Refusal.BadInput(problems.Count > 0 ? "Danh sách nguồn chưa được cập nhật: " + string.Join(" ", problems.Select(p => p.Message)) : "Hãy chọn ít nhất một cán bộ.", problems);
        }

        db.SourceListEntries.AddRange(entries);
        PlanningAudit.Record(db, actor, AuditAction.RoundSourceListChanged, PlanningAudit.Round, roundId, c.Round.OrganisationId, after: new
        {
            Kind = "candidates",
            request.TitleCode,
            Added = entries.Select(e => new { e.CadreId, e.Outcome, e.Justification, Action = e.Action?.ToString(), e.Grounds }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await list.HandleAsync(actor, roundId, cancellationToken).ConfigureAwait(false);
    }

    internal static string Json(IEnumerable<EligibilityReason> reasons) => JsonSerializer.Serialize(
        reasons.Select(r => new { code = r.Code, severity = r.Severity.ToString(), message = r.Message, ruleId = r.Basis.RuleId }));
}
