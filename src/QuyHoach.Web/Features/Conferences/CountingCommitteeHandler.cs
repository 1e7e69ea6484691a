namespace QuyHoach.Web.Features.Conferences;

/// <summary>Tổ kiểm phiếu: the accounts chosen (their ids, as the page's checkboxes post them) or, for API clients,
/// their user names.</summary>
public sealed record CountingCommitteeRequest(IReadOnlyList<string>? UserNames, IReadOnlyList<Guid>? UserIds = null);

/// <summary>Một tài khoản có thể chọn vào tổ kiểm phiếu: its display name, and whether it is on the committee now.</summary>
public sealed record CounterChoice(Guid UserId, string FullName, bool Chosen);

/// <summary>
/// Sets the counting committee of a conference, chosen among the accounts that hold the counting role in the round's
/// unit: at least two different people (double entry needs two, R-TALLY-2). Fixed once a tally has been entered.
/// </summary>
public sealed class CountingCommitteeHandler(QuyHoachDbContext db, GetConferenceHandler view)
{
    /// <summary>The one refusal of a committee that is not two or more of the offered accounts.</summary>
    public const string NotTwoCounters = "Tổ kiểm phiếu cần ít nhất hai người khác nhau, chọn trong các tài khoản có vai trò Tổ kiểm phiếu của đơn vị tổ chức đợt quy hoạch.";

    /// <summary>The accounts the committee may be chosen from, by name (given name first), the current members marked.</summary>
    public async Task<Outcome<IReadOnlyList<CounterChoice>>> ChoicesAsync(PlanningActor actor, Guid conferenceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await ConferenceContext.LoadForStaffAsync(db, actor, conferenceId, "Chỉ chuyên viên tổ chức được lập tổ kiểm phiếu.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        var chosen = at.Conference.Counters.Select(c => c.UserId).ToHashSet();
        var eligible = await EligibleAsync(at.Round.OrganisationId, cancellationToken).ConfigureAwait(false);
        return eligible.OrderBy(u => u.FullName, Shell.VietnameseNames.Order)
            .Select(u => new CounterChoice(u.Id, u.FullName, chosen.Contains(u.Id))).ToList();
    }

    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, CountingCommitteeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await ConferenceContext.LoadForStaffChangeAsync(
            db, actor, conferenceId, "Chỉ chuyên viên tổ chức được lập tổ kiểm phiếu.", "không đổi được tổ kiểm phiếu", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        if (await AttendanceHandler.VotesRecordedAsync(db, conferenceId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Hội nghị đã có biên bản kiểm phiếu: không đổi được tổ kiểm phiếu.");
        }

        var eligible = await EligibleAsync(at.Round.OrganisationId, cancellationToken).ConfigureAwait(false);
        var names = (request.UserNames ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var ids = (request.UserIds ?? []).Distinct().ToList();
        var users = eligible.Where(u => ids.Contains(u.Id) || names.Contains(u.UserName, StringComparer.Ordinal)).ToList();
        var unknown = ids.Any(id => !eligible.Any(u => u.Id == id)) || names.Any(n => !eligible.Any(u => u.UserName == n));
        if (users.Count < 2 || unknown)
        {
            return Refusal.BadInput(NotTwoCounters);
        }

        var before = at.Conference.Counters.Select(c => c.UserId).ToList();
        at.Conference.Counters.Clear();
        at.Conference.Counters.AddRange(users.Select(u => new CountingCommitteeMember { ConferenceId = conferenceId, UserId = u.Id }));
        PlanningAudit.Record(db, actor, AuditAction.ConferenceCommitteeSet, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId,
            new { UserIds = before }, new { UserIds = users.Select(u => u.Id).ToList(), UserNames = users.Select(u => u.UserName).ToList() });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, conferenceId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Accounts with the counting role whose unit is the round's unit (their scope is the round's).</summary>
    private async Task<List<Eligible>> EligibleAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var counterRole = await db.Roles.Where(r => r.Name == AppRoles.Counter).Select(r => r.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.Where(u => u.OrganisationId == organisationId && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == counterRole))
            .Select(u => new Eligible(u.Id, u.UserName!, u.FullName)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record Eligible(Guid Id, string UserName, string FullName);
}
