using QuyHoach.Data.Development;
using QuyHoach.Documents.Development;
using QuyHoach.Web.Features.Outputs;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Development;

/// <summary>
/// Văn bản của kế hoạch phát triển (R-USE-2, R-PUB-1): the unit's yearly plan (DOCX: every open item of the reader's
/// scope, căn cứ from the rule set in force), the list of obligations by cadre (XLSX), and the annex of the standards of
/// a round's titles printed with its conference documents. Generating one is audited (document.generated).
/// </summary>
public sealed class DevelopmentDocuments(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<DocumentFile>> PlanAsync(PlanningActor actor, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!DevelopmentEntry.MayRead(actor) || actor.OrganisationId is not { } unit)
        {
            return DevelopmentEntry.ReadOnly;
        }

        if (year is < 2000 or > 2100)
        {
            return Refusal.BadInput("Năm của kế hoạch phải từ 2000 đến 2100.");
        }

        var today = VietnamTime.Today(clock);
        var rows = await RowsAsync(actor, open: true, cancellationToken).ConfigureAwait(false);
        var issuer = await IssuerText.LoadAsync(db, unit, party: false, cancellationToken).ConfigureAwait(false);
        var ruleSet = await PlanRules.ForAsync(db, null, today, cancellationToken).ConfigureAwait(false);
        var plan = new DevelopmentPlan
        {
            Body = issuer.Heading,
            Number = issuer.Blank("KH"),
            Date = today,
            Year = year,
            Bases = ruleSet.BasisLines(party: false),
            Lines = rows.Select(r => new DevelopmentPlanLine(r.FullName, r.TitleName, DevelopmentLabels.Of(r.Item.Kind), r.Item.Content, Period(r.Item), r.Item.DueOn, r.Unit, DevelopmentLabels.Of(r.Item.Status))).ToList(),
            Signer = issuer.SubmissionSigner,
            Recipients = ["Các đơn vị chủ trì", "Cán bộ có tên trong kế hoạch", issuer.Archive],
        };
        return await DocumentFile.SaveAsync(db, actor, "development_plan", unit, unit, $"ke-hoach-dao-tao-boi-duong-luan-chuyen-{year}.docx", DocumentFile.Docx,
            s => DevelopmentPlanDocument.Write(s, plan), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome<DocumentFile>> ObligationsAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!DevelopmentEntry.MayRead(actor) || actor.OrganisationId is not { } unit)
        {
            return DevelopmentEntry.ReadOnly;
        }

        var rows = await RowsAsync(actor, open: false, cancellationToken).ConfigureAwait(false);
        var list = rows.Select(r => new ObligationRow(r.FullName, r.TitleName, r.Item.Content, r.Item.DueOn, r.Unit, DevelopmentLabels.Of(r.Item.Status), r.Item.EvidenceDate, r.Item.EvidenceNumber)).ToList();
        return await DocumentFile.SaveAsync(db, actor, "development_plan", unit, unit, "danh-sach-nghia-vu-theo-can-bo.xlsx", DocumentFile.Xlsx,
            s => ObligationsWorkbook.Write(s, list), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Phụ lục tiêu chuẩn chức danh of a round's titles (R-PUB-1), for everyone who may see the round.</summary>
    public async Task<Outcome<DocumentFile>> StandardsAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var round = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (round.Refused)
        {
            return round.Refusal!;
        }

        var ids = round.Value!.Titles.Select(t => t.TitleId).ToList();
        var titles = await db.Titles.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderByDescending(t => t.Rank).ToListAsync(cancellationToken).ConfigureAwait(false);
        var issuer = await IssuerText.LoadAsync(db, round.Value.OrganisationId, party: false, cancellationToken).ConfigureAwait(false);
        var lines = titles.Select(t => new TitleStandardsLines(t.Name, TitlesHandler.StandardsOf(t).Lines)).ToList();
        return await DocumentFile.SaveAsync(db, actor, "round", roundId, round.Value.OrganisationId, "tieu-chuan-chuc-danh-quy-hoach.docx", DocumentFile.Docx,
            s => TitleStandardsAnnex.Write(s, issuer.Heading, VietnamTime.Today(clock), round.Value.Name, lines), cancellationToken).ConfigureAwait(false);
    }

    private static string Period(DevelopmentItem item) =>
        item.StartsOn is { } from ? $"{from:dd/MM/yyyy} - {item.EndsOn:dd/MM/yyyy}" : "";

    /// <summary>The items of the reader's scope (only open ones when <paramref name="open"/>), by cadre name then due date.</summary>
    private async Task<List<(DevelopmentItem Item, string FullName, string TitleName, string Unit)>> RowsAsync(PlanningActor actor, bool open, CancellationToken cancellationToken)
    {
        var units = (await OrganisationScope.UnitsAsync(db, actor.OrganisationId, cancellationToken).ConfigureAwait(false)).Select(u => u.Id).ToList();
        var rows = await db.DevelopmentItems.AsNoTracking()
            .Where(i => units.Contains(i.OrganisationId) && (!open || i.Status == DevelopmentItemStatus.Open))
            .Join(db.PlanEntries, i => i.PlanEntryId, e => e.Id, (i, e) => new { i, e.TitleId })
            .Select(x => new
            {
                x.i,
                FullName = db.Cadres.Where(c => c.Id == x.i.CadreId).Select(c => c.FullName).First(),
                TitleName = db.Titles.Where(t => t.Id == x.TitleId).Select(t => t.Name).First(),
                Unit = db.Organisations.Where(o => o.Id == x.i.ResponsibleOrganisationId).Select(o => o.Name).First(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.i, r.FullName, r.TitleName, r.Unit))
            .OrderBy(r => r.FullName, VietnameseNames.Order).ThenBy(r => r.i.DueOn).ToList();
    }
}
