using QuyHoach.Domain.Lifecycle;

namespace QuyHoach.Web.Features.Plans;

/// <summary>Đề nghị bổ nhiệm hoặc giới thiệu ứng cử: the cadre (picker id or code), the title, the kind and the day.</summary>
public sealed record ProposalRequest(string? CadreCode, string? TitleCode, bool Nomination, DateOnly? OpenedOn, Guid? CadreId = null);

/// <summary>Kết thúc đề nghị: the day it was decided or withdrawn.</summary>
public sealed record CloseProposalRequest(DateOnly? ClosedOn);

/// <summary>An appointment or nomination proposal as the API shows it.</summary>
public sealed record ProposalView(Guid Id, string CadreCode, string FullName, string TitleCode, string TitleName, bool Nomination, DateOnly OpenedOn, DateOnly? ClosedOn);

/// <summary>
/// Đề nghị bổ nhiệm, giới thiệu ứng cử (R-PRI-7): opening one is refused while the cadre is being planned for that
/// title (on the source list of a round that is in preparation or under way), by <see cref="PlanningAppointmentRule"/>;
/// the source list refuses the reverse. One open proposal per cadre and title: a second submit returns the first.
/// </summary>
public sealed class ProposalHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ProposalView>> OpenAsync(PlanningActor actor, ProposalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!PlanAccess.MayPrepare(actor))
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức được ghi nhận đề nghị bổ nhiệm, giới thiệu ứng cử.");
        }

        if (request.OpenedOn is not { } openedOn || !CadreAndTitle.Named(request.CadreId, request.CadreCode, request.TitleCode))
        {
            return Refusal.BadInput("Hãy chọn cán bộ, chức danh và nhập ngày đề nghị (dd/MM/yyyy).");
        }

        var found = await CadreAndTitle.FindAsync(db, actor, request.CadreId, request.CadreCode, request.TitleCode!, cancellationToken).ConfigureAwait(false);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        var (cadre, title) = found.Value!;

        if (await OpenOfAsync(cadre.Id, title.Id, cancellationToken).ConfigureAwait(false) is { } open)
        {
            return View(open, cadre.Code, cadre.FullName, title.Code, title.Name);
        }

        var planning = await db.SourceListEntries.Where(e => e.CadreId == cadre.Id && e.TitleId == title.Id)
            .Join(db.PlanningRounds.Where(r => r.Status == RoundStatus.Draft || r.Status == RoundStatus.InProgress), e => e.RoundId, r => r.Id, (e, r) => r.Name)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (PlanningAppointmentRule.CheckProposal(cadre.FullName, title.Name, request.Nomination, planning) is { } conflict)
        {
            return Refusal.Conflict(conflict);
        }

        var proposal = new AppointmentProposal
        {
            Id = Guid.CreateVersion7(),
            CadreId = cadre.Id,
            TitleId = title.Id,
            Kind = request.Nomination ? ProposalKind.Nomination : ProposalKind.Appointment,
            OpenedOn = openedOn,
            RecordedByUserId = actor.UserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.AppointmentProposals.Add(proposal);
        PlanningAudit.Record(db, actor, AuditAction.ProposalOpened, "appointment_proposal", proposal.Id, cadre.OrganisationId, null, new { cadre.Code, Title = title.Code, Kind = proposal.Kind.ToString(), proposal.OpenedOn });
        if (!await db.SaveUnlessDuplicateAsync(cancellationToken).ConfigureAwait(false))
        {
            // The same request raced this one past the check above: answer with the proposal it opened.
            proposal = await OpenOfAsync(cadre.Id, title.Id, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("Open proposal vanished after a duplicate save.");
        }

        return View(proposal, cadre.Code, cadre.FullName, title.Code, title.Name);
    }

    public async Task<Outcome<ProposalView>> CloseAsync(PlanningActor actor, Guid id, CloseProposalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!PlanAccess.MayPrepare(actor))
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức được ghi nhận đề nghị bổ nhiệm, giới thiệu ứng cử.");
        }

        var proposal = await db.AppointmentProposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        var cadre = proposal is null ? null : await db.Cadres.SingleAsync(c => c.Id == proposal.CadreId, cancellationToken).ConfigureAwait(false);
        if (proposal is null || cadre is null || !await RoundScope.CoversAsync(db, actor, cadre.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound("Không tìm thấy đề nghị trong phạm vi của bạn.");
        }

        if (request.ClosedOn is not { } closedOn || closedOn < proposal.OpenedOn)
        {
            return Refusal.BadInput($"Ngày kết thúc đề nghị phải từ ngày {proposal.OpenedOn:dd/MM/yyyy} (dd/MM/yyyy).");
        }

        var title = await db.Titles.SingleAsync(t => t.Id == proposal.TitleId, cancellationToken).ConfigureAwait(false);
        if (proposal.ClosedOn is null)
        {
            // Closed by the one statement that finds it open: of submits sent at once, only that one is audited.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var closing = await db.AppointmentProposals.Where(p => p.Id == id && p.ClosedOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedOn, closedOn), cancellationToken).ConfigureAwait(false);
            if (closing == 1)
            {
                PlanningAudit.Record(db, actor, AuditAction.ProposalClosed, "appointment_proposal", proposal.Id, cadre.OrganisationId, new { ClosedOn = (DateOnly?)null }, new { ClosedOn = closedOn });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await db.Entry(proposal).ReloadAsync(cancellationToken).ConfigureAwait(false);
        }

        return View(proposal, cadre.Code, cadre.FullName, title.Code, title.Name);
    }

    private Task<AppointmentProposal?> OpenOfAsync(Guid cadreId, Guid titleId, CancellationToken cancellationToken) =>
        db.AppointmentProposals.SingleOrDefaultAsync(p => p.CadreId == cadreId && p.TitleId == titleId && p.ClosedOn == null, cancellationToken);

    private static ProposalView View(AppointmentProposal p, string cadreCode, string fullName, string titleCode, string titleName) =>
        new(p.Id, cadreCode, fullName, titleCode, titleName, p.Kind == ProposalKind.Nomination, p.OpenedOn, p.ClosedOn);
}
