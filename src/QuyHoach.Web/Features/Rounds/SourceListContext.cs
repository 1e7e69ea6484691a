using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Planning;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// What screening a line of the source list needs: the round (staff, in scope, in draft), the title in scope, the rule
/// set (chosen, else in force at the reference month), the term kind and the reference month.
/// </summary>
internal sealed record SourceListContext(PlanningRound Round, Guid TitleId, PlannedTitle Title, RuleSet RuleSet, PlanTermKind Term, DateOnly AsOf, YearMonth Reference)
{
    public static async Task<Outcome<SourceListContext>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid roundId, string? titleCode, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (!actor.IsStaff)
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức được chuẩn bị danh sách nguồn.");
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
        var asOf = new DateOnly(reference.Year, reference.Month, 1);
        var ruleSet = PlanningCodes.RuleSetOf(round) ?? RuleSetCatalog.BuiltIn.InForceOn(asOf) ?? RuleSetCatalog.BuiltIn.Newest;
        var termStart = await db.Terms.Where(t => t.Id == round.TermId).Select(t => t.PartyStartYear).SingleAsync(cancellationToken).ConfigureAwait(false);
        var termKind = termStart > reference.Year ? PlanTermKind.Next : PlanTermKind.Current;
        var planned = await CadreFactsLoader.LoadTitleAsync(db, title.Id, cancellationToken).ConfigureAwait(false);
        return new SourceListContext(round, title.Id, planned, ruleSet, termKind, asOf, reference);
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
