namespace QuyHoach.Web.Features.Plans;

/// <summary>One notified name of a decision's list.</summary>
public sealed record NoticeLine(string TitleName, string FullName);

/// <summary>Thông báo gửi đến tôi: a decision's list as notified to me or to my unit (R-PUB-2, R-PUB-3).</summary>
public sealed record NoticeView(Guid NotificationId, string DecisionKind, string DecisionNumber, DateOnly SignedOn, string Authority, DateOnly NotifiedOn, IReadOnlyList<NoticeLine> Lines);

/// <summary>
/// Thông báo trong ứng dụng: the notices addressed to the signed-in account or to its unit. A notice shows only the
/// names and titles of the notified list, what the recipient is entitled to know (R-PUB-2), not dossiers or votes.
/// </summary>
public sealed class NoticesQuery(QuyHoachDbContext db)
{
    public async Task<IReadOnlyList<NoticeView>> HandleAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var mine = await db.PlanNotifications
            .Where(n => n.RecipientUserId == actor.UserId || (actor.OrganisationId != null && n.RecipientOrganisationId == actor.OrganisationId))
            .OrderByDescending(n => n.NotifiedOn).ThenByDescending(n => n.RecordedAt)
            .Join(db.PlanDecisions, n => n.DecisionId, d => d.Id, (n, d) => new { n, d })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<NoticeView>();
        foreach (var x in mine)
        {
            var authority = await db.ManagementAuthorities.Where(a => a.Id == x.d.ManagementAuthorityId).Select(a => a.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
            var lines = await db.PlanEntries.Where(e => e.ApprovalDecisionId == x.d.Id || e.EndDecisionId == x.d.Id)
                .Join(db.Titles, e => e.TitleId, t => t.Id, (e, t) => new { e.CadreId, t.Name, t.Rank })
                .Join(db.Cadres, e => e.CadreId, c => c.Id, (e, c) => new { e.Name, e.Rank, c.FullName })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            result.Add(new NoticeView(x.n.Id, PlanCodes.Label(x.d.Kind), x.d.Number, x.d.SignedOn, authority, x.n.NotifiedOn,
                lines.OrderBy(l => l.Rank).ThenBy(l => l.FullName, PlanCodes.NameOrder).Select(l => new NoticeLine(l.Name, l.FullName)).ToList()));
        }

        return result;
    }
}
