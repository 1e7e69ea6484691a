using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Planning;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Tổ kiểm phiếu: the user names of its members.</summary>
public sealed record CountingCommitteeRequest(IReadOnlyList<string>? UserNames);

/// <summary>
/// Sets the counting committee of a conference: at least two accounts with the role <c>counter</c> (double entry needs
/// two different people). Fixed once a tally has been entered.
/// </summary>
public sealed class CountingCommitteeHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, CountingCommitteeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ConferenceContext.LoadForStaffAsync(db, actor, conferenceId, "Chỉ chuyên viên tổ chức được lập tổ kiểm phiếu.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        if (at.Round.Status == RoundStatus.Closed || await AttendanceHandler.VotesRecordedAsync(db, conferenceId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Hội nghị đã có biên bản kiểm phiếu: không đổi được tổ kiểm phiếu.");
        }

        var names = (request.UserNames ?? []).Distinct(StringComparer.Ordinal).ToList();
        var counterRole = await db.Roles.Where(r => r.Name == AppRoles.Counter).Select(r => r.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        var users = await db.Users.Where(u => names.Contains(u.UserName!) && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == counterRole))
            .Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (names.Count < 2 || users.Count != names.Count)
        {
            var missing = names.Except(users.Select(u => u.UserName!), StringComparer.Ordinal);
            return Refusal.BadInput($"Tổ kiểm phiếu cần ít nhất hai tài khoản có vai trò Tổ kiểm phiếu (không hợp lệ: {string.Join(", ", missing)}).");
        }

        var before = at.Conference.Counters.Select(c => c.UserId).ToList();
        at.Conference.Counters.Clear();
        at.Conference.Counters.AddRange(users.Select(u => new CountingCommitteeMember { ConferenceId = conferenceId, UserId = u.Id }));
        PlanningAudit.Record(db, actor, AuditAction.ConferenceCommitteeSet, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId,
            new { UserIds = before }, new { UserIds = users.Select(u => u.Id).ToList(), UserNames = names });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, conferenceId, cancellationToken).ConfigureAwait(false);
    }
}
