using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;
using QuyHoach.Web.Features.Outputs;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Tờ trình (the submission of a closed round to the approving authority, first item of every dossier, R-DOS-1) and
/// the planned list as an Excel workbook (per title and term, as the plan stood on a day). Audited like every document.
/// </summary>
public sealed class RoundDocuments(QuyHoachDbContext db, TimeProvider clock, PlanQuery plan)
{
    public async Task<Outcome<DocumentFile>> SubmissionAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadForAsync(db, actor, roundId, RoundScope.StaffOrLeader, "Tờ trình có kết quả kiểm phiếu các bước: chỉ chuyên viên tổ chức và lãnh đạo được tải (R-DISC-1).", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (round.Status != RoundStatus.Closed)
        {
            return Refusal.Conflict("Đợt quy hoạch chưa kết thúc: chưa lập được tờ trình.");
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == round.OrganisationId, cancellationToken).ConfigureAwait(false);
        var authority = await db.ManagementAuthorities.SingleAsync(a => a.Id == round.ManagementAuthorityId, cancellationToken).ConfigureAwait(false);
        var approver = authority.ApprovingBodyId is { } bodyId ? await db.Bodies.SingleOrDefaultAsync(b => b.Id == bodyId, cancellationToken).ConfigureAwait(false) : null;
        var party = IssuerText.IsParty(approver?.Kind);
        var submitter = await IssuerText.LoadAsync(db, round.OrganisationId, party, cancellationToken).ConfigureAwait(false);
        var approving = await IssuerText.LoadAsync(db, authority.OrganisationId, party, cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.SingleAsync(t => t.Id == round.TermId, cancellationToken).ConfigureAwait(false);
        var proposed = await ProposedCadres.LoadAsync(db, roundId, cancellationToken).ConfigureAwait(false);
        var removals = await ProposedCadres.RemovalsAsync(db, roundId, cancellationToken).ConfigureAwait(false);
        var today = Shell.VietnamTime.Today(clock);
        var people = await PlanPeople.PeopleAsync(db, proposed.Select(p => p.CadreId).Concat(removals.Select(r => r.CadreId)).Distinct().ToList(), today, cancellationToken).ConfigureAwait(false);
        var titleIds = proposed.Select(p => p.TitleId).Concat(removals.Select(r => r.TitleId)).Distinct().ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var steps = await db.Conferences.Join(db.RoundSteps.Where(s => s.RoundId == roundId), c => c.StepId, s => s.Id, (c, s) => new { s.Number, s.Name, c.HeldOn, c.Id })
            .OrderBy(x => x.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        var procedure = new List<ProcedureStep>();
        foreach (var step in steps)
        {
            var convened = await db.ConvenedMembers.CountAsync(m => m.ConferenceId == step.Id, cancellationToken).ConfigureAwait(false);
            var present = await db.ConvenedMembers.CountAsync(m => m.ConferenceId == step.Id && m.Present, cancellationToken).ConfigureAwait(false);
            procedure.Add(new ProcedureStep(step.Name, step.HeldOn, [$"Triệu tập {convened} người, có mặt {present} người."]));
        }

        var submission = new Submission
        {
            Body = submitter.OfficeHeading,
            Number = submitter.OfficeBlank("TTr"),
            Date = today,
            Recipient = approving.Authority,
            Scope = await UnitAsync(titles.Values.Select(t => t.OrganisationId).Append(organisation.Id).First(), cancellationToken).ConfigureAwait(false),
            Round = PlanningDocumentText.Round(round, PlanningDocumentText.PlannedTerm(term)),
            Bases = (await PlanRules.ForAsync(db, round, today, cancellationToken).ConfigureAwait(false)).BasisLines(party),
            Steps = procedure,
            Proposed = proposed.GroupBy(p => p.TitleId).OrderBy(g => titles[g.Key].Rank)
                .Select(g => new ProposedTitle(titles[g.Key].Name, g.Select(p => new ProposedPerson(people[p.CadreId].FullName, people[p.CadreId].BirthDate, people[p.CadreId].CurrentPosition, p.Agree, p.BaseCount))
                    .OrderBy(p => p.FullName, PlanCodes.NameOrder).ToList())).ToList(),
            Removals = removals.Select(r => new RemovalLine(people[r.CadreId].FullName, people[r.CadreId].BirthDate, people[r.CadreId].CurrentPosition, titles[r.TitleId].Name,
                r.ByVote ? RemovalGround.Vote : RemovalGround.Age, r.Grounds ?? "")).ToList(),
            Request = $"Kính đề nghị {approving.Authority} xem xét, phê duyệt./.",
            Signer = submitter.SubmissionSigner,
            Recipients = ["Như trên", submitter.Archive],
        };
        return await DocumentFile.SaveAsync(db, actor, PlanningAudit.Round, round.Id, round.OrganisationId, FileNames.OfRound("to-trinh", round.Name, "docx"), DocumentFile.Docx,
            s => SubmissionDocument.Write(s, submission), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The unit whose cadres are planned: the titles' organisation (a Sở's titles in a province's round).</summary>
    private Task<string> UnitAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(cancellationToken);

    public async Task<Outcome<DocumentFile>> PlannedListAsync(PlanningActor actor, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var view = await plan.HandleAsync(actor, asOf, null, null, cancellationToken).ConfigureAwait(false);
        if (view.Value is not { } v)
        {
            return view.Refusal!;
        }

        var lines = await db.PlanEntries.Where(e => v.Lines.Select(l => l.EntryId).Contains(e.Id)).Select(e => new { e.TitleId, e.CadreId, e.OrganisationId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var groups = await PlanPeople.GroupsAsync(db, lines.Select(l => (l.TitleId, l.CadreId)).ToList(), asOf, cancellationToken).ConfigureAwait(false);
        var terms = string.Join(", ", v.Lines.Select(l => l.Term).Distinct().Order(StringComparer.Ordinal));
        var organisation = actor.OrganisationId is { } id ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken).ConfigureAwait(false) : "";
        var fileName = $"danh-sach-quy-hoach-{asOf:yyyy-MM-dd}.xlsx";
        return await DocumentFile.SaveAsync(db, actor, "plan", actor.OrganisationId ?? Guid.Empty, actor.OrganisationId ?? Guid.Empty, fileName, DocumentFile.Xlsx,
            s => PlannedListWorkbook.Write(s, new PlannedList($"{organisation} (tại ngày {asOf:dd/MM/yyyy})", terms, groups)), cancellationToken).ConfigureAwait(false);
    }
}
