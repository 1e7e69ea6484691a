using Npgsql;
using QuyHoach.Data.RuleSets;
using QuyHoach.Web.Features.Rounds.Pages;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>Mở đợt quy hoạch: the request (codes, as the unit knows them).</summary>
public sealed record CreateRoundRequest(
    string? Name, string? Kind, string? ManagementAuthorityCode, string? OrganisationCode, string? TermCode,
    string? ReferenceMonth, string? RuleSetId, IReadOnlyList<RoundTitleRequest>? Titles, string? RequestKey = null);

/// <summary>A title in scope and the number to fill.</summary>
public sealed record RoundTitleRequest(string? Code, int Quota);

/// <summary>
/// Creates a round in draft with its steps from the template. Staff only, within scope; every title must be one the
/// authority approves (R-AUTH-1) and its quota within the cap (R-PRI-5). A request sent again with the same request key
/// (a double click, a retry) answers with the round the first one made instead of making a second.
/// </summary>
public sealed class CreateRoundHandler(QuyHoachDbContext db, TimeProvider clock, GetRoundHandler view, PlanMembersHandler planMembers)
{
    /// <summary>planning_rounds.name is varchar(300).</summary>
    public const int MaxNameLength = 300;

    public async Task<Outcome<RoundView>> HandleAsync(PlanningActor actor, CreateRoundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsStaff)
        {
            return Refusal.Forbidden("Chỉ chuyên viên tổ chức được mở đợt quy hoạch.");
        }

        var key = string.IsNullOrWhiteSpace(request.RequestKey) ? null : request.RequestKey.Trim();
        if (key is { Length: > PlanningRound.MaxRequestKeyLength })
        {
            return Refusal.BadInput($"Khóa yêu cầu dài quá {PlanningRound.MaxRequestKeyLength} ký tự.");
        }

        if (await SameRequestAsync(actor, key, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }

        if (PlanningCodes.ParseKind(request.Kind) is not { } kind)
        {
            return Refusal.BadInput("Loại đợt phải là \"next-term-build\" (xây dựng quy hoạch nhiệm kỳ kế tiếp) hoặc \"annual-review\" (rà soát, bổ sung hằng năm).");
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return Refusal.BadInput("Hãy nhập tên đợt quy hoạch.");
        }

        if (TextLimits.Problem(request.Name, MaxNameLength, "Tên đợt quy hoạch") is { } tooLong)
        {
            return Refusal.BadInput(tooLong);
        }

        // The page sends MM/yyyy turned into yyyy-MM (PlanningLabels.ToYearMonth); the API sends yyyy-MM.
        if (!YearMonth.TryParse(PlanningLabels.ToYearMonth(request.ReferenceMonth), out var reference))
        {
            return Refusal.BadInput("Hãy nhập tháng tham chiếu dạng MM/yyyy (ví dụ 04/2022).");
        }

        var authority = await db.ManagementAuthorities.SingleOrDefaultAsync(a => a.Code == request.ManagementAuthorityCode, cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.SingleOrDefaultAsync(t => t.Code == request.TermCode, cancellationToken).ConfigureAwait(false);
        if (authority is null || term is null)
        {
            return Refusal.BadInput("Không tìm thấy cấp có thẩm quyền phê duyệt hoặc nhiệm kỳ đã chọn.");
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Code == (request.OrganisationCode ?? "") || (request.OrganisationCode == null && o.Id == authority.OrganisationId), cancellationToken).ConfigureAwait(false);
        if (organisation is null || !await RoundScope.CoversAsync(db, actor, organisation.Id, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound("Không tìm thấy đơn vị tiến hành trong phạm vi của bạn.");
        }

        if (await UnitGuard.RefuseAsync(db, organisation.Id, new DateOnly(reference.Year, reference.Month, 1), cancellationToken).ConfigureAwait(false) is { } historyOnly)
        {
            return historyOnly;
        }

        RuleSet? ruleSet = null;
        var shelf = await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        if (request.RuleSetId is { } ruleSetId && (ruleSet = shelf.Catalog.Find(ruleSetId)) is null)
        {
            return Refusal.BadInput("Không tìm thấy bộ quy tắc đã chọn: hãy chọn lại trong danh sách.");
        }

        var cap = (ruleSet ?? shelf.Catalog.Newest).Caps.CadresPerTitlePerTerm;
        var requested = request.Titles ?? [];
        var codes = requested.Select(t => t.Code ?? "").ToList();
        var titles = await db.Titles.Where(t => codes.Contains(t.Code)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (requested.Count == 0 || codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            return Refusal.BadInput("Hãy chọn ít nhất một chức danh quy hoạch, mỗi chức danh một lần.");
        }

        foreach (var item in requested)
        {
            var title = titles.SingleOrDefault(t => t.Code == item.Code);
            if (title is null)
            {
                return Refusal.BadInput("Không tìm thấy chức danh đã chọn: hãy chọn lại trong danh sách.");
            }

            if (title.ManagementAuthorityId != authority.Id)
            {
                return Refusal.BadInput($"Chức danh {title.Name} không thuộc diện {authority.Name} quản lý (R-AUTH-1).");
            }

            // A unit that runs a round for a higher authority plans only its own titles and those of its units (R-AUTH-1).
            if (organisation.Id != authority.OrganisationId && !await OrganisationScope.CoversAsync(db, organisation.Id, title.OrganisationId, cancellationToken).ConfigureAwait(false))
            {
                return Refusal.BadInput($"Chức danh {title.Name} không thuộc {organisation.Name}: đơn vị chỉ tiến hành quy hoạch các chức danh của mình (R-AUTH-1).");
            }

            if (item.Quota < 1 || item.Quota > cap)
            {
                return Refusal.BadInput($"Số lượng quy hoạch của chức danh {title.Name} phải từ 1 đến {cap} (R-PRI-5).");
            }
        }

        var bodies = await db.Bodies.Where(b => b.OrganisationId == organisation.Id).OrderBy(b => b.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var round = new PlanningRound
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisation.Id,
            ManagementAuthorityId = authority.Id,
            TermId = term.Id,
            Kind = kind,
            Name = request.Name.Trim(),
            ReferenceYear = reference.Year,
            ReferenceMonth = reference.Month,
            RuleSetId = ruleSet?.Id,
            RuleSetVersionId = ruleSet is null ? null : shelf.VersionIdOf(ruleSet),
            Status = RoundStatus.Draft,
            CreatedByUserId = actor.UserId,
            RequestKey = key,
            CreatedAt = clock.GetUtcNow(),
        };
        round.Titles.AddRange(requested.Select(t => new RoundTitle { RoundId = round.Id, TitleId = titles.Single(x => x.Code == t.Code).Id, Quota = t.Quota }));
        round.Steps.AddRange(RoundTemplate.Build(round.Id, kind, organisation.Kind == OrganisationKind.Province, bodies));
        db.PlanningRounds.Add(round);
        PlanningAudit.Record(db, actor, AuditAction.RoundCreated, PlanningAudit.Round, round.Id, round.OrganisationId, after: new
        {
            round.Name,
            Kind = request.Kind,
            ReferenceMonth = reference.ToString(),
            round.RuleSetId,
            TermCode = term.Code,
            AuthorityCode = authority.Code,
            Titles = requested.Select(t => new { t.Code, t.Quota }).ToList(),
            Steps = round.Steps.Select(PlanningAudit.Step).ToList(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: PlanningRound.RequestKeyIndex })
        {
            // The same request, sent twice at once, lost the race: answer with the round the other one made.
            db.ChangeTracker.Clear();
            return (await SameRequestAsync(actor, key, cancellationToken).ConfigureAwait(false))!;
        }

        if (kind == RoundKind.AnnualReview)
        {
            await planMembers.PrefillAsync(actor, round, cancellationToken).ConfigureAwait(false);
        }

        return await view.HandleAsync(actor, round.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The round this user already made with this request key, if any.</summary>
    private async Task<Outcome<RoundView>?> SameRequestAsync(PlanningActor actor, string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }

        var id = await db.PlanningRounds.Where(r => r.CreatedByUserId == actor.UserId && r.RequestKey == key)
            .Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return id is { } existing ? await view.HandleAsync(actor, existing, cancellationToken).ConfigureAwait(false) : null;
    }
}
