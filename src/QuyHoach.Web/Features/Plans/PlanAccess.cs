using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Planning;
using QuyHoach.Data.Plans;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Who may touch dossiers and the plan: organisation staff prepare and record; approving leaders record decisions;
/// inspectors read and never change (product.md roles). Counting committee members and delegates see none of it: a
/// dossier is personnel data beyond a conference's needs. Scope is the round's or the decision's organisation.
/// </summary>
internal static class PlanAccess
{
    public const string NotFound = "Không tìm thấy hồ sơ trong phạm vi của bạn.";

    public static bool MayRead(PlanningActor actor) => actor.IsStaff || actor.IsLeader || actor.Is(AppRoles.Inspector);

    public static bool MayPrepare(PlanningActor actor) => actor.IsStaff;

    public static bool MayDecide(PlanningActor actor) => actor.IsStaff || actor.IsLeader;

    public static Refusal ReadOnly { get; } = Refusal.Forbidden("Vai trò của bạn không được xem hồ sơ và quy hoạch.");

    public static Refusal PrepareOnly { get; } = Refusal.Forbidden("Chỉ chuyên viên tổ chức được cập nhật hồ sơ.");

    public static Refusal DecideOnly { get; } = Refusal.Forbidden("Chỉ chuyên viên tổ chức hoặc lãnh đạo được ghi nhận quyết định.");

    /// <summary>The dossier with its documents and round, in scope and readable; else a refusal (404 out of scope).</summary>
    public static async Task<Outcome<(Dossier Dossier, PlanningRound Round)>> LoadDossierAsync(
        QuyHoachDbContext db, PlanningActor actor, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.Include(d => d.Documents).SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken).ConfigureAwait(false);
        if (dossier is null)
        {
            return Refusal.NotFound(NotFound);
        }

        var round = await RoundScope.LoadAsync(db, actor, dossier.RoundId, cancellationToken).ConfigureAwait(false);
        if (round.Value is null)
        {
            return Refusal.NotFound(NotFound);
        }

        return MayRead(actor) ? (dossier, round.Value) : ReadOnly;
    }
}
