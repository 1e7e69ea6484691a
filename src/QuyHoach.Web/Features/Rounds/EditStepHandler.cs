namespace QuyHoach.Web.Features.Rounds;

/// <summary>Sửa một bước: fields left null are kept. Bodies and disclosure only before the round starts.</summary>
/// <param name="Version">The step's version as read (optional): a stale one is refused with 409 (RowVersion).</param>
public sealed record EditStepRequest(string? Name, DateOnly? DueOn, DateOnly? CompletedOn, bool? Announced, IReadOnlyList<string>? BodyCodes, string? Version = null);

/// <summary>
/// Edits a step of a round in draft (the template is a default, the unit's own plan may differ). Once a conference has
/// opened, only the completed date may still be set; a closed round changes no more.
/// </summary>
public sealed class EditStepHandler(QuyHoachDbContext db, GetRoundHandler view)
{
    public async Task<Outcome<RoundView>> HandleAsync(PlanningActor actor, Guid roundId, int number, EditStepRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await RoundScope.LoadForAsync(db, actor, roundId, RoundScope.Staff, "Chỉ chuyên viên tổ chức được sửa các bước của đợt quy hoạch.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        var step = round.Steps.SingleOrDefault(s => s.Number == number);
        if (step is null)
        {
            return Refusal.NotFound($"Đợt quy hoạch không có bước {number}.");
        }

        if (RowVersion.Check(db, step, s => s.Version, request.Version) is { } stale)
        {
            return stale;
        }

        var before = PlanningAudit.Step(step);
        var structural = request.Name is not null || request.DueOn is not null || request.Announced is not null || request.BodyCodes is not null;
        if (RoundGuard.RefuseIfEnded(round, "không sửa được các bước nữa") is { } ended)
        {
            return ended;
        }

        if (structural && round.Status != RoundStatus.Draft)
        {
            return Refusal.Conflict("Đợt quy hoạch đã bắt đầu (đã mở hội nghị): không sửa được các bước nữa.");
        }

        if (request.BodyCodes is { } codes)
        {
            var bodies = await db.Bodies.Where(b => codes.Contains(b.Code) && b.OrganisationId == round.OrganisationId).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (bodies.Count != codes.Distinct(StringComparer.Ordinal).Count() || (codes.Count == 0 && step.Vote is not null))
            {
                return Refusal.BadInput("Tập thể phải thuộc đơn vị tiến hành, mỗi tập thể một lần; bước có biểu quyết cần ít nhất một tập thể.");
            }

            step.BodyId = codes.Count == 0 ? null : bodies.Single(b => b.Code == codes[0]).Id;
            step.ExtraBodies.Clear();
            step.ExtraBodies.AddRange(codes.Skip(1).Select(c => new RoundStepBody { StepId = step.Id, BodyId = bodies.Single(b => b.Code == c).Id }));
        }

        if (request.Name is { } name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return Refusal.BadInput("Tên bước không được để trống.");
            }

            // round_steps.name is varchar(300).
            if (TextLimits.Problem(name, 300, "Tên bước") is { } tooLong)
            {
                return Refusal.BadInput(tooLong);
            }

            step.Name = name.Trim();
        }

        step.DueOn = request.DueOn ?? step.DueOn;
        step.CompletedOn = request.CompletedOn ?? step.CompletedOn;
        step.Announced = request.Announced ?? step.Announced;
        PlanningAudit.Record(db, actor, AuditAction.RoundStepChanged, PlanningAudit.Round, round.Id, round.OrganisationId, before, PlanningAudit.Step(step));
        if (await RowVersion.SaveAsync(db, cancellationToken).ConfigureAwait(false) is { } raced)
        {
            return raced;
        }

        return await view.HandleAsync(actor, roundId, cancellationToken).ConfigureAwait(false);
    }
}
