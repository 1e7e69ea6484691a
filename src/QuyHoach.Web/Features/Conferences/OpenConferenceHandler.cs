using QuyHoach.Data.RuleSets;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Mở hội nghị của một bước vào một ngày; địa điểm và giờ bắt đầu (<c>hh:mm</c>) may be given now or later.</summary>
public sealed record OpenConferenceRequest(int StepNumber, DateOnly HeldOn, string? Venue = null, string? StartsAt = null);

/// <summary>
/// Opens the conference of a step, in order: every earlier conference held and every earlier ballot counted. The first
/// conference freezes the round's rule set (the chosen one, else the base set in force on its date, R-REG-1). The
/// convening list is a snapshot of the step's bodies on that date; the ballots carry their candidates (BallotCarry).
/// </summary>
public sealed class OpenConferenceHandler(QuyHoachDbContext db, TimeProvider clock, GetConferenceHandler view)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid roundId, OpenConferenceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await RoundScope.LoadForAsync(db, actor, roundId, RoundScope.Staff, "Chỉ chuyên viên tổ chức được mở hội nghị.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        var read = ConferenceVenueAndStart.Read(request.Venue, request.StartsAt);
        if (read.Value is not { } details)
        {
            return read.Refusal!;
        }

        var term = await db.Terms.SingleAsync(t => t.Id == round.TermId, cancellationToken).ConfigureAwait(false);
        if (ConferenceDateWindow.For(term).Refuse(request.HeldOn) is { } outside)
        {
            return outside;
        }

        var step = round.Steps.SingleOrDefault(s => s.Number == request.StepNumber);
        if (step?.BodyId is null)
        {
            return Refusal.BadInput($"Bước {request.StepNumber} không có hội nghị (không có tập thể được triệu tập).");
        }

        if (RoundGuard.RefuseIfEnded(round, "không mở được hội nghị") is { } ended)
        {
            return ended;
        }

        // A unit that a merger, split or rename ended (or a district unit from 01/07/2025) holds no conference from
        // that day: its unfinished round stays as history, the successor runs its own (R-ORG-2, R-ORG-3).
        if (await UnitGuard.RefuseAsync(db, round.OrganisationId, request.HeldOn, cancellationToken).ConfigureAwait(false) is { } historyOnly)
        {
            return historyOnly;
        }

        if (await db.Conferences.AnyAsync(c => c.StepId == step.Id, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Hội nghị của bước này đã được mở, hoặc đợt quy hoạch đã kết thúc.");
        }

        var earlier = await BallotCarry.CheckEarlierStepsAsync(db, round, step, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            return earlier;
        }

        if (round.RuleSetVersion is null)
        {
            // The round freezes the current version of its chosen set, or of the base set in force that day (R-REG-1, R-REG-4).
            var shelf = await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
            var ruleSet = round.RuleSetId is { } chosen ? shelf.Catalog.Find(chosen) ?? PlanningCodes.RuleSetOf(round) : shelf.Catalog.InForceOn(request.HeldOn);
            if (ruleSet is null)
            {
                return Refusal.BadInput($"Không có bộ quy tắc nào có hiệu lực vào ngày {request.HeldOn:dd/MM/yyyy}.");
            }

            (round.RuleSetId, round.RuleSetVersion, round.RuleSetFrozenAt, round.Status) = (ruleSet.Id, ruleSet.Version, clock.GetUtcNow(), RoundStatus.InProgress);
            if (shelf.VersionIdOf(ruleSet) is { } versionId && shelf.Catalog.Find(ruleSet.Id) == ruleSet)
            {
                (round.RuleSetVersionId, round.FrozenRuleSet) = (versionId, await db.RuleSetVersions.SingleAsync(v => v.Id == versionId, cancellationToken).ConfigureAwait(false));
            }
        }

        var conference = new Conference { Id = Guid.CreateVersion7(), StepId = step.Id, HeldOn = request.HeldOn, Venue = details.Venue, StartsAt = details.StartsAt, OpenedByUserId = actor.UserId, OpenedAt = clock.GetUtcNow() };
        conference.Members.AddRange(await ConvenedList.SnapshotAsync(db, conference.Id, step, request.HeldOn, cancellationToken).ConfigureAwait(false));
        if (conference.Members.Count == 0)
        {
            // Nobody convened: no quorum can be reckoned (R-QUO-1), so the conference cannot be held.
            return await ConvenedList.NobodyConvenedAsync(db, step, request.HeldOn, cancellationToken).ConfigureAwait(false);
        }

        db.Conferences.Add(conference);
        var ballots = await BallotCarry.BuildAsync(db, round, step, conference.Id, cancellationToken).ConfigureAwait(false);
        db.Ballots.AddRange(ballots);
        PlanningAudit.Record(db, actor, AuditAction.ConferenceOpened, PlanningAudit.Conference, conference.Id, round.OrganisationId, after: new
        {
            RoundId = round.Id,
            step.Number,
            conference.HeldOn,
            conference.Venue,
            StartsAt = ConferenceVenueAndStart.Format(conference.StartsAt),
            round.RuleSetId,
            round.RuleSetVersion,
            Convened = conference.Members.Count,
            Ballots = ballots.Select(b => new { b.Id, b.TitleId, Candidates = b.Candidates.Count }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, conference.Id, cancellationToken).ConfigureAwait(false);
    }
}
