using Npgsql;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>Một chức vụ tương đương để chọn: a title of the round's unit.</summary>
public sealed record EquivalentTitleChoice(Guid Id, string Name);

/// <summary>
/// Bổ sung nguồn từ nơi khác (R-OTH-1): registers the person as a cadre of the round's unit with the facts typed
/// (ADR 0009), screens them with the same loader and rules as anyone on the list (EligibilityPolicy, the
/// round's rule set and reference month), and adds the line. All or nothing: a refusal (bad input, not eligible
/// without a justification) writes nothing. The same person (name and birth date) submitted again for the round
/// answers with the list as it is, the facts first recorded kept.
/// </summary>
public sealed class ExternalCandidateHandler(QuyHoachDbContext db, TimeProvider clock, SourceListQuery list)
{
    /// <summary>The titles of the round's unit a post elsewhere may be taken as equivalent to, senior first.</summary>
    public async Task<IReadOnlyList<EquivalentTitleChoice>> EquivalentTitlesAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        return loaded.Value is not { } round ? [] : await TitlesAsync(round.OrganisationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<IReadOnlyList<SourceEntryView>>> AddAsync(PlanningActor actor, Guid roundId, ExternalCandidateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = await SourceListContext.LoadAsync(db, actor, roundId, input.TitleCode, cancellationToken).ConfigureAwait(false);
        if (context.Value is not { } c)
        {
            return context.Refusal!;
        }

        var titles = (await TitlesAsync(c.Round.OrganisationId, cancellationToken).ConfigureAwait(false)).Select(t => t.Id).ToList();
        var (valid, problems) = ExternalCandidateValidator.Validate(input, titles, c.Reference.Year, VietnamTime.Today(clock));
        if (valid is null)
        {
            return Refusal.BadInput("Chưa bổ sung được nguồn từ nơi khác: " + string.Join(" ", problems.Select(p => p.Message)), problems);
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await AddOnceAsync(actor, c, valid, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException ex) when (attempt == 0 && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same form submitted twice at once: the other request registered the person; answer from its rows.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Outcome<IReadOnlyList<SourceEntryView>>> AddOnceAsync(PlanningActor actor, SourceListContext c, ValidExternal valid, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var cadreId = await db.ExternalSources.Where(x => x.RoundId == c.Round.Id && x.PersonKey == valid.PersonKey)
            .Select(x => (Guid?)x.CadreId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (cadreId is { } known && await db.SourceListEntries.AnyAsync(e => e.RoundId == c.Round.Id && e.TitleId == c.TitleId && e.CadreId == known, cancellationToken).ConfigureAwait(false))
        {
            return await list.HandleAsync(actor, c.Round.Id, cancellationToken).ConfigureAwait(false);
        }

        if (cadreId is null)
        {
            var cadre = Register(c, valid, now);
            db.Cadres.Add(cadre);
            db.ExternalSources.Add(new ExternalSource
            {
                Id = Guid.CreateVersion7(),
                CadreId = cadre.Id,
                RoundId = c.Round.Id,
                Agency = valid.Agency,
                Post = valid.Post,
                EquivalentTitleId = valid.EquivalentTitleId,
                HomeOpinion = valid.HomeOpinion,
                PersonKey = valid.PersonKey,
                AddedByUserId = actor.UserId,
                AddedAt = now,
            });
            AuditTrail.Record(db, AuditEvent.Create(actor.Audit, AuditAction.CadreCreated, "cadre", cadre.Id.ToString(), cadre.OrganisationId,
                after: new { Audit = CadreAudit.Of(cadre), External = new { valid.Agency, valid.Post, valid.EquivalentTitleId, valid.HomeOpinion } }));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            cadreId = cadre.Id;
        }

        // The same reader and rules as every line of the list (and as approval later).
        var facts = (await CadreFactsReader.ReadAsync(db, cadreId.Value, c.AsOf, cancellationToken).ConfigureAwait(false))!.Facts;
        var verdict = EligibilityPolicy.Evaluate(c.Request(facts), c.RuleSet);
        if (verdict.Outcome == EligibilityOutcome.NotEligible && valid.Justification is null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            var reasons = string.Join("; ", verdict.Reasons.Where(r => r.Severity == ReasonSeverity.Failure).Select(r => r.Message));
            return Refusal.BadInput($"Chưa bổ sung được nguồn từ nơi khác: {valid.FullName} không đủ điều kiện ({reasons}): cần ghi lý do bổ sung vào danh sách nguồn.");
        }

        var entry = c.NewEntry(cadreId.Value, SourceEntryKind.Candidate, actor.UserId, now);
        (entry.Outcome, entry.ReasonsJson, entry.MonthsRemaining, entry.RequiredMonths, entry.SourceGroup, entry.AgeReference) =
            (verdict.Outcome.ToString(), SourceListHandler.Json(verdict.Reasons), verdict.MonthsRemaining, verdict.RequiredMonths, verdict.SourceGroup, verdict.AgeReference);
        entry.Justification = valid.Justification;
        db.SourceListEntries.Add(entry);
        PlanningAudit.Record(db, actor, AuditAction.RoundSourceListChanged, PlanningAudit.Round, c.Round.Id, c.Round.OrganisationId, after: new
        {
            Kind = "external",
            TitleId = c.TitleId,
            Added = new[] { new { entry.CadreId, entry.Outcome, entry.Justification } },
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await list.HandleAsync(actor, c.Round.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person as a cadre of the round's unit: no assignment (the post is elsewhere), the facts as histories.</summary>
    private static Cadre Register(SourceListContext c, ValidExternal valid, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        var cadre = new Cadre
        {
            Id = id,
            Code = "NK-" + id.ToString("N")[^12..].ToUpperInvariant(),
            OrganisationId = c.Round.OrganisationId,
            FullName = valid.FullName,
            Sex = valid.Sex,
            BirthYear = valid.Birth.Year,
            BirthMonth = valid.Birth.Month,
            BirthDay = valid.Birth.Day,
            PartyJoinedOn = valid.PartyJoinedOn,
            CreatedAt = now,
            UpdatedAt = now,
        };
        cadre.PoliticalTheory.Add(new PoliticalTheoryRecord { Id = Guid.CreateVersion7(), CadreId = id, Level = valid.PoliticalTheory });
        cadre.Education.Add(new EducationRecord { Id = Guid.CreateVersion7(), CadreId = id, Level = valid.Professional });
        cadre.StateManagement.Add(new StateManagementRecord { Id = Guid.CreateVersion7(), CadreId = id, Level = valid.StateManagement });
        cadre.Evaluations.AddRange(valid.Ratings.Select(r => new EvaluationRecord { Id = Guid.CreateVersion7(), CadreId = id, Year = r.Year, Rating = r.Rating }));
        if (valid.PoliticalStandardOn is { } on)
        {
            cadre.PoliticalStandardConclusions.Add(new PoliticalStandardConclusion { Id = Guid.CreateVersion7(), CadreId = id, ConcludedOn = on, Met = true });
        }

        return cadre;
    }

    private async Task<IReadOnlyList<EquivalentTitleChoice>> TitlesAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Titles.AsNoTracking().Where(t => t.OrganisationId == organisationId).OrderByDescending(t => t.Rank).ThenBy(t => t.Name)
            .Select(t => new EquivalentTitleChoice(t.Id, t.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
}
