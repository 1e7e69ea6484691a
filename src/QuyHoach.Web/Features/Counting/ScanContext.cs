using QuyHoach.Data.Counting;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Counting;

/// <summary>
/// The conference a scan belongs to, loaded for its reader: out of scope is a 404 (the conference, upload, sheet or image
/// does not exist for them); in scope, whoever may not see the step's counts (R-DISC-1, <see cref="ConferenceContext.VisibilityFor"/>)
/// is refused with a 403: the images and readings are sealed with the results, by the same policy.
/// </summary>
public static class ScanContext
{
    public const string NotFoundMessage = "Không tìm thấy bản quét trong phạm vi của bạn.";

    public static async Task<Outcome<ConferenceContext>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid conferenceId, CancellationToken cancellationToken)
    {
        var loaded = await ConferenceContext.LoadAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return Refusal.NotFound(NotFoundMessage);
        }

        return at.VisibilityFor(actor) == ResultVisibility.Full ? at : Sealed(at.Step.Number);
    }

    /// <summary>As <see cref="LoadAsync"/> for a change: only a member of this conference's counting committee.</summary>
    public static async Task<Outcome<ConferenceContext>> LoadForCommitteeAsync(QuyHoachDbContext db, PlanningActor actor, Guid conferenceId, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded;
        }

        return !at.OnCommittee
            ? Refusal.Forbidden("Chỉ thành viên tổ kiểm phiếu của hội nghị này được tải bản quét và quyết định phiếu quét.")
            : RoundGuard.RefuseIfEnded(at.Round, "không thay đổi được kết quả kiểm phiếu") is { } ended ? ended : at;
    }

    /// <summary>The conference of an upload, or null.</summary>
    public static Task<Guid> ConferenceOfUploadAsync(QuyHoachDbContext db, Guid uploadId, CancellationToken cancellationToken) =>
        db.ScanUploads.Where(u => u.Id == uploadId).Select(u => u.ConferenceId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The conference of a stored page image, or <see cref="Guid.Empty"/>.</summary>
    public static Task<Guid> ConferenceOfPageAsync(QuyHoachDbContext db, Guid pageId, CancellationToken cancellationToken) =>
        db.ScanPages.Where(p => p.Id == pageId).Join(db.ScanUploads, p => p.UploadId, u => u.Id, (p, u) => u.ConferenceId).SingleOrDefaultAsync(cancellationToken);

    public static Refusal Sealed(int stepNumber) => Refusal.Forbidden(
        $"Kết quả kiểm phiếu của bước {stepNumber} không công bố (R-DISC-1): chỉ tổ kiểm phiếu của hội nghị, chuyên viên tổ chức và lãnh đạo được xem bản quét phiếu của bước này.");

    /// <summary>A conference id that is none (an unknown upload, sheet or page) answers like one out of scope.</summary>
    public static bool Unknown(Guid conferenceId) => conferenceId == Guid.Empty;

    /// <summary>The full names of the accounts <paramref name="userIds"/> (a page never shows login names).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(QuyHoachDbContext db, IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken).ConfigureAwait(false);
    }

    public static ScanState[] Finished { get; } = [ScanState.Read, ScanState.Failed];
}
