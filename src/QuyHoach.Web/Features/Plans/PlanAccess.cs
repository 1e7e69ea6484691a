using QuyHoach.Domain.Dossiers;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Who may touch dossiers and the plan: organisation staff prepare and record; approving leaders record decisions;
/// inspectors read and never change (docs/security.md, "Ai được xem gì"). Counting committee members and delegates see none of it: a
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

    /// <summary>
    /// Whether <paramref name="actor"/>, who may read the dossier, may also open a file filed under
    /// <paramref name="item"/>. Item 1 holds the submission and the tally minutes of every step (R-DOS-1): the sealed
    /// counts of R-DISC-1, so its files are read only by those who may read the sealed results of the round
    /// (ResultVisibilityPolicy: staff and leaders; inspectors are refused as they are refused the minutes). The other
    /// items carry no counts. Every route that sends a dossier file, and every link to one, asks this.
    /// </summary>
    public static bool MayReadFile(PlanningActor actor, PlanningRound round, int item)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(round);
        return item != MinutesItem
            || ResultVisibilityPolicy.Decide(new ResultViewer(true, actor.IsStaff, actor.IsLeader, false, round.Steps.All(s => s.Announced))) == ResultVisibility.Full;
    }

    public static Refusal SealedFile { get; } = Refusal.Forbidden(
        "Tệp thuộc thành phần 1 (tờ trình và biên bản kiểm phiếu các bước) có số phiếu không công bố (R-DISC-1): chỉ chuyên viên tổ chức và lãnh đạo được tải.");

    /// <summary>Thành phần 1 of R-DOS-1: "Tờ trình và biên bản kiểm phiếu các bước".</summary>
    private static int MinutesItem => DossierChecklist.Items[0].Number;

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
