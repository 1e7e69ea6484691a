using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.Development;
using QuyHoach.Domain.Time;

namespace QuyHoach.Web.Features.Plans;

/// <summary>What an accepted appointment changed.</summary>
/// <param name="Warnings">Standards still unmet that the rule set lets be completed after appointment (R-STD-1).</param>
public sealed record AppointmentView(Guid Id, string CadreCode, string FullName, string TitleCode, string TitleName, DateOnly StartedOn, string? DecisionNumber, DateOnly EarliestStart, IReadOnlyList<string>? Warnings = null);

/// <summary>
/// Bổ nhiệm vào chức danh quy hoạch. Refused unless the cadre's approved plan for the title holds on the start day
/// (R-USE-1), the wait since the approval has passed (R-PRI-8, the rule set's months and month reading), and no
/// planning round covering the title is open (R-PRI-7), and no standard of the title the rule set requires before
/// appointment is still unmet on the start day (UnmetStandards; the others are warned, R-STD-1, R-USE-2). Accepted: the plan entry ends on that day (R-EFF-2) and the
/// registry gives the cadre the title from that day.
/// </summary>
public sealed class AppointHandler(QuyHoachDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The wait after approval (R-PRI-8) of the rule set in force today, for the form's explanation: an appointment is
    /// checked against the rule set of the round that approved the plan, which may differ.
    /// </summary>
    public async Task<int> WaitMonthsInForceAsync(CancellationToken cancellationToken) =>
        PlanRules.InForce((await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false)).Catalog, VietnamTime.Today(clock))
            .Waits.AppointmentAfterApprovalMonths;

    public async Task<Outcome<AppointmentView>> HandleAsync(PlanningActor actor, AppointRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!PlanAccess.MayPrepare(actor))
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức được ghi nhận bổ nhiệm.");
        }

        if (request.StartedOn is not { } startedOn || !CadreAndTitle.Named(request.CadreId, request.CadreCode, request.TitleCode))
        {
            return Refusal.BadInput("Hãy chọn cán bộ, chức danh và nhập ngày bắt đầu quy trình bổ nhiệm (dd/MM/yyyy).");
        }

        var found = await CadreAndTitle.FindAsync(db, actor, request.CadreId, request.CadreCode, request.TitleCode!, cancellationToken).ConfigureAwait(false);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var (cadre, title) = found.Value!;

        var held = (await PlanQueries.HeldOnAsync(db, startedOn, q => q.Where(e => e.CadreId == cadre.Id && e.TitleId == title.Id), cancellationToken).ConfigureAwait(false))
            .MinBy(h => h.Entry.EffectiveFrom);
        if (held is null)
        {
            return Refusal.Conflict($"Cán bộ {cadre.FullName} không có trong quy hoạch chức danh {title.Name} đã được phê duyệt vào ngày {startedOn:dd/MM/yyyy}: bổ nhiệm phải căn cứ quy hoạch (R-USE-1).");
        }

        var approval = await db.PlanDecisions.SingleAsync(d => d.Id == held.Entry.ApprovalDecisionId, cancellationToken).ConfigureAwait(false);
        var approvingRound = approval.RoundId is { } roundId ? await db.PlanningRounds.SingleAsync(r => r.Id == roundId, cancellationToken).ConfigureAwait(false) : null;
        var ruleSet = await PlanRules.ForAsync(db, approvingRound, startedOn, cancellationToken).ConfigureAwait(false);
        var wait = AppointmentWaitRule.Check(approval.SignedOn, startedOn, ruleSet.Waits.AppointmentAfterApprovalMonths, ruleSet.MonthCounting);
        if (!wait.Allowed)
        {
            return Refusal.Conflict(
                $"Chưa đủ {ruleSet.Waits.AppointmentAfterApprovalMonths} tháng kể từ ngày phê duyệt quy hoạch {approval.SignedOn:dd/MM/yyyy} (quyết định {approval.Number}): " +
                $"sớm nhất từ ngày {wait.EarliestStart:dd/MM/yyyy} mới bắt đầu quy trình bổ nhiệm được ({wait.Basis.RuleId}).");
        }

        var open = await db.PlanningRounds.Where(r => (r.Status == RoundStatus.Draft || r.Status == RoundStatus.InProgress) && r.Titles.Any(t => t.TitleId == title.Id))
            .Select(r => r.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (open is not null)
        {
            return Refusal.Conflict($"Đang tiến hành đợt quy hoạch \"{open}\" có chức danh {title.Name}: không đồng thời thực hiện quy trình bổ nhiệm vào chức danh này (R-PRI-7).");
        }

        var standards = DevelopmentObligations.ForAppointment(await UnmetStandards.ForAsync(db, cadre.Id, title.Id, startedOn, ruleSet, cancellationToken).ConfigureAwait(false));
        if (!standards.Allowed)
        {
            return Refusal.Conflict(
                $"Cán bộ {cadre.FullName} chưa đạt tiêu chuẩn phải có trước khi bổ nhiệm vào chức danh {title.Name}: " +
                string.Join("; ", standards.Refusing.Select(u => $"{u.Standard.Name} ({u.Standard.Basis.RuleId})")) +
                ". Hãy hoàn thành việc tương ứng trong kế hoạch đào tạo, bồi dưỡng, luân chuyển trước khi bổ nhiệm.");
        }

        var appointment = new Appointment
        {
            Id = Guid.CreateVersion7(),
            CadreId = cadre.Id,
            TitleId = title.Id,
            PlanEntryId = held.Entry.Id,
            StartedOn = startedOn,
            DecisionNumber = string.IsNullOrWhiteSpace(request.DecisionNumber) ? null : request.DecisionNumber.Trim(),
            RecordedByUserId = actor.UserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Add(appointment);
        (held.Entry.EndedOn, held.Entry.EndReason, held.Entry.EndNote) = (startedOn, PlanEndReason.Appointed, appointment.DecisionNumber);
        var current = await db.Set<Assignment>().Where(a => a.CadreId == cadre.Id && a.To == null && a.From < startedOn).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var a in current)
        {
            a.To = startedOn.AddDays(-1);
        }

        db.Add(new Assignment { Id = Guid.CreateVersion7(), CadreId = cadre.Id, TitleId = title.Id, From = startedOn, DecisionNumber = appointment.DecisionNumber });
        PlanningAudit.Record(db, actor, AuditAction.AppointmentRecorded, PlanningAudit.PlanEntry, held.Entry.Id, held.Entry.OrganisationId, new { EndedOn = (DateOnly?)null }, new
        {
            AppointmentId = appointment.Id,
            cadre.Code,
            Title = title.Code,
            appointment.StartedOn,
            appointment.DecisionNumber,
            held.Entry.EndedOn,
            EndReason = "Appointed",
            EndedAssignments = current.Select(a => a.Id).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new AppointmentView(appointment.Id, cadre.Code, cadre.FullName, title.Code, title.Name, startedOn, appointment.DecisionNumber, wait.EarliestStart,
            standards.Warnings.Select(u => $"Chưa đạt {u.Standard.Name}: {u.Reason.Message} ({u.Standard.Basis.RuleId})").ToList());
    }
}
