namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// What screening a line of the source list needs: the round (staff, in scope, in draft), the title in scope, the rule
/// set (chosen, else in force at the reference month), the term kind, the reference month, and the title's track with
/// the start year of the round's term on it (a next-term verdict counts from that term's first month, R-AGE-1).
/// </summary>
internal sealed record SourceListContext(
    PlanningRound Round, Guid TitleId, PlannedTitle Title, RuleSet RuleSet, PlanTermKind Term, DateOnly AsOf, YearMonth Reference, TermCalendarTrack Track, int TermStartYear)
{
    /// <summary>The eligibility request of one cadre: the age reference month is AgeReferenceRule's, never set here.</summary>
    public EligibilityRequest Request(CadreFacts facts, bool transitional = false) =>
        new(facts, Title, Term, AsOf, Transitional: transitional, Track: Track, NextTermStartYear: TermStartYear);

    public static async Task<Outcome<SourceListContext>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid roundId, string? titleCode, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadForAsync(db, actor, roundId, RoundScope.Staff, "Chỉ chuyên viên tổ chức được chuẩn bị danh sách nguồn.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (RoundGuard.RefuseIfEnded(round, "không sửa được danh sách nguồn") is { } ended)
        {
            return ended;
        }

        if (round.Status != RoundStatus.Draft)
        {
            return Refusal.Conflict("Danh sách nguồn đã được tập thể lãnh đạo thông qua (đợt đã mở hội nghị): không bổ sung được nữa.");
        }

        var title = await db.Titles.SingleOrDefaultAsync(t => t.Code == titleCode, cancellationToken).ConfigureAwait(false);
        if (title is null || round.Titles.All(t => t.TitleId != title.Id))
        {
            return Refusal.BadInput($"Chức danh \"{titleCode}\" không thuộc đợt quy hoạch này.");
        }

        var reference = new YearMonth(round.ReferenceYear, round.ReferenceMonth);
        var asOf = ReviewDays.Of(reference);
        var ruleSet = await PlanRules.ForAsync(db, round, asOf, cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.SingleAsync(t => t.Id == round.TermId, cancellationToken).ConfigureAwait(false);
        var termKind = TermTracks.KindOf(term, title.TermTrack, asOf);
        var planned = await PlannedTitles.LoadAsync(db, title.Id, cancellationToken).ConfigureAwait(false);
        return new SourceListContext(round, title.Id, planned, ruleSet, termKind, asOf, reference, TermTracks.Of(title.TermTrack), TermTracks.StartYear(term, title.TermTrack));
    }

    public SourceListEntry NewEntry(Guid cadreId, SourceEntryKind kind, Guid userId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        RoundId = Round.Id,
        TitleId = TitleId,
        CadreId = cadreId,
        Kind = kind,
        RuleSetRef = $"{RuleSet.Id}@{RuleSet.Version}",
        AddedByUserId = userId,
        AddedAt = now,
    };
}
