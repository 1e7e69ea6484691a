using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Plans;
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

            if (!string.IsNullOrWhiteSpace(line.UserName))
            {
                var user = await db.Users.Where(u => u.UserName == line.UserName.Trim()).Select(u => new { u.Id, u.FullName }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (user is null)
                {
                    problems.Add(new VoteProblem("USER", $"Không có tài khoản \"{line.UserName.Trim()}\"."));
                    continue;
                }

                (userId, name) = (user.Id, string.IsNullOrWhiteSpace(name) ? user.FullName : name);
            }

            if (kind == RecipientKind.Unit)
            {
                var unit = await db.Organisations.Where(o => o.Code == (line.OrganisationCode ?? "").Trim()).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (unit is null)
                {
                    problems.Add(new VoteProblem("UNIT", $"Không có đơn vị mã \"{line.OrganisationCode}\"."));
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

        db.AddRange(rows);
        PlanAudit.Record(db, actor, AuditAction.PlanNotified, PlanAudit.Decision, decision.Id, decision.OrganisationId, after: new
        {
            decision.Number,
            Recipients = rows.Select(r => new { Kind = r.RecipientKind.ToString(), r.RecipientName, r.RecipientUserId, r.RecipientOrganisationId, r.NotifiedOn }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.ViewAsync(decision, cancellationToken).ConfigureAwait(false);
    }
}
