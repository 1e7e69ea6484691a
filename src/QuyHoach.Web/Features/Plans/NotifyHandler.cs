using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Thông báo danh sách: records that an approval or removal decision's list was notified to a body or a person
/// (R-PUB-2), or sent down to a lower unit (R-PUB-3), on a date. A recipient with an account, and every account of a
/// unit the list is sent down to, finds the notice in the app. Never published anywhere else.
/// </summary>
public sealed class NotifyHandler(QuyHoachDbContext db, TimeProvider clock, DecisionQuery view)
{
    public async Task<Outcome<DecisionView>> HandleAsync(PlanningActor actor, Guid decisionId, NotifyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = await db.PlanDecisions.SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken).ConfigureAwait(false);
        if (decision is null || !await RoundScope.CoversAsync(db, actor, decision.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound(DecisionQuery.NotFound);
        }

        if (!PlanAccess.MayPrepare(actor))
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức được ghi nhận việc thông báo.");
        }

        if (request.NotifiedOn is not { } on || on < decision.SignedOn || on > Shell.VietnamTime.Today(clock))
        {
            return Refusal.BadInput($"Ngày thông báo (dd/MM/yyyy) phải từ ngày ký quyết định ({decision.SignedOn:dd/MM/yyyy}) đến hôm nay.");
        }

        var problems = new List<VoteProblem>();
        var rows = new List<PlanNotification>();
        foreach (var line in request.Recipients ?? [])
        {
            var kind = PlanCodes.ParseRecipient(line.Kind);
            var name = line.Name?.Trim();
            Guid? userId = null;
            Guid? organisationId = null;
            if (kind is null)
            {
                problems.Add(new VoteProblem("KIND", "Đối tượng thông báo phải là tập thể, cá nhân hoặc đơn vị cấp dưới."));
                continue;
            }

            if (line.UserId is not null || !string.IsNullOrWhiteSpace(line.UserName))
            {
                var login = line.UserName?.Trim();
                var user = await db.Users.Where(u => line.UserId != null ? u.Id == line.UserId : u.UserName == login)
                    .Select(u => new { u.Id, u.FullName, u.OrganisationId }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (user?.OrganisationId is not { } home || !await RoundScope.CoversAsync(db, actor, home, cancellationToken).ConfigureAwait(false))
                {
                    problems.Add(new VoteProblem("USER", "Không tìm thấy tài khoản người nhận trong phạm vi của bạn."));
                    continue;
                }

                (userId, name) = (user.Id, string.IsNullOrWhiteSpace(name) ? user.FullName : name);
            }

            if (kind == RecipientKind.Unit)
            {
                var code = line.OrganisationCode?.Trim();
                var unit = await db.Organisations.Where(o => line.OrganisationId != null ? o.Id == line.OrganisationId : o.Code == code)
                    .Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (unit is null || !await RoundScope.CoversAsync(db, actor, unit.Id, cancellationToken).ConfigureAwait(false))
                {
                    problems.Add(new VoteProblem("UNIT", "Hãy chọn đơn vị cấp dưới nhận thông báo trong phạm vi của bạn."));
                    continue;
                }

                (organisationId, name) = (unit.Id, string.IsNullOrWhiteSpace(name) ? unit.Name : name);
            }

            if (string.IsNullOrWhiteSpace(name) || name.Length > 300)
            {
                problems.Add(new VoteProblem("NAME", "Hãy ghi tên tập thể, cá nhân hoặc đơn vị được thông báo (tối đa 300 ký tự)."));
                continue;
            }

            rows.Add(new PlanNotification
            {
                Id = Guid.CreateVersion7(),
                DecisionId = decision.Id,
                RecipientKind = kind.Value,
                RecipientName = name,
                RecipientUserId = userId,
                RecipientOrganisationId = organisationId,
                NotifiedOn = on,
                RecordedByUserId = actor.UserId,
                RecordedAt = clock.GetUtcNow(),
            });
        }

        if (problems.Count > 0 || rows.Count == 0)
        {
            return Refusal.BadInput(problems.Count > 0 ? string.Join(" ", problems.Select(p => p.Message)) : "Hãy ghi ít nhất một nơi nhận thông báo.", problems);
        }

        // A second submit of the same notice records nothing more.
        var known = await db.PlanNotifications.Where(n => n.DecisionId == decision.Id)
            .Select(n => new { n.RecipientKind, n.RecipientName, n.RecipientUserId, n.RecipientOrganisationId, n.NotifiedOn }).ToListAsync(cancellationToken).ConfigureAwait(false);
        rows.RemoveAll(r => known.Contains(new { r.RecipientKind, r.RecipientName, r.RecipientUserId, r.RecipientOrganisationId, r.NotifiedOn }));
        if (rows.Count == 0)
        {
            return await view.ViewAsync(decision, cancellationToken).ConfigureAwait(false);
        }

        db.AddRange(rows);
        PlanningAudit.Record(db, actor, AuditAction.PlanNotified, PlanningAudit.PlanDecision, decision.Id, decision.OrganisationId, after: new
        {
            decision.Number,
            Recipients = rows.Select(r => new { Kind = r.RecipientKind.ToString(), r.RecipientName, r.RecipientUserId, r.RecipientOrganisationId, r.NotifiedOn }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.ViewAsync(decision, cancellationToken).ConfigureAwait(false);
    }
}
