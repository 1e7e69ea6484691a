using QuyHoach.Documents.Ballots;
using QuyHoach.Web.Features.Conferences;
using QuyHoach.Web.Features.Counting;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// In phiếu: the ballot papers of a conference's ballots (every title's phiếu giới thiệu, or the removal ballot) as one
/// print-ready PDF, as many sheets of each as the attendance needs (those present; the convened while attendance is not
/// taken). Headed like the step's minutes (<see cref="IssuerText"/>); the papers come from <see cref="CountBallots"/>,
/// the same the scans are read against. For staff; audited as <c>document.generated</c>.
/// </summary>
public sealed class BallotPrintHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<DocumentFile>> HandleAsync(PlanningActor actor, Guid conferenceId, CancellationToken cancellationToken)
    {
        var loaded = await ConferenceContext.LoadForStaffAsync(db, actor, conferenceId, "Chỉ chuyên viên tổ chức được in phiếu của hội nghị.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        var body = await db.Bodies.SingleOrDefaultAsync(x => x.Id == at.Step.BodyId, cancellationToken).ConfigureAwait(false);
        var issuer = (await IssuerText.LoadAsync(db, body?.OrganisationId ?? at.Round.OrganisationId, IssuerText.IsParty(body?.Kind), cancellationToken).ConfigureAwait(false)).Issuer;
        var heading = new BallotHeading(issuer.Superior, issuer.Name, at.Step.Name, issuer.Place, at.Conference.HeldOn);
        var ballots = await CountBallots.LoadAsync(db, at, heading, cancellationToken).ConfigureAwait(false);
        if (ballots.Count == 0)
        {
            return Refusal.Conflict("Hội nghị này chưa có phiếu biểu quyết để in.");
        }

        var sheets = ConferenceContext.SheetsToPrint(at.Present, at.Convened);
        return await DocumentFile.SaveAsync(db, actor, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId, $"phieu-buoc-{at.Step.Number}-{FileNames.Slug(at.Round.Name)}.pdf", "application/pdf",
            s => BallotPdf.Write(s, [.. ballots.Select(b => new BallotPrint(b.Paper, sheets))]), cancellationToken).ConfigureAwait(false);
    }
}
