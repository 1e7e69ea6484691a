using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Planning;
using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;
using QuyHoach.Web.Features.Outputs;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Tờ trình (the submission of a closed round to the approving authority, first item of every dossier, R-DOS-1) and
/// the planned list as an Excel workbook (per title and term, as the plan stood on a day). Audited like every document.
/// </summary>
public sealed class RoundDocuments(QuyHoachDbContext db, TimeProvider clock, PlanQuery plan)
{
    public async Task<Outcome<DocumentFile>> SubmissionAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (!actor.IsStaff && !actor.IsLeader)
        {
            return Refusal.Forbidden("Tờ trình có kết quả kiểm phiếu các bước: chỉ chuyên viên tổ chức và lãnh đạo được tải (R-DISC-1).");
        }

        if (round.Status != RoundStatus.Closed)
        {
            return Refusal.Conflict("Đợt quy hoạch chưa kết thúc: chưa lập được tờ trình.");
        }

        var organisation = await db.Organisations.SingleAsync(o => o.Id == round.OrganisationId, cancellationToken).ConfigureAwait(false);
        var parent = organisation.ParentId is { } parentId ? await db.Organisations.SingleAsync(o => o.Id == parentId, cancellationToken).ConfigureAwait(false) : null;
        var authority = await db.ManagementAuthorities.SingleAsync(a => a.Id == round.ManagementAuthorityId, cancellationToken).ConfigureAwait(false);
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
            procedure.Add(new ProcedureStep($"Bước {step.Number}: {step.Name}", step.HeldOn, [$"Triệu tập {convened} người, có mặt {present} người."]));
        }

        var submission = new Submission
        {
            Body = PlanningDocumentText.Body(organisation, parent, null),
            Number = "      /TTr",
            Date = today,
            Recipient = authority.Name,
            Scope = organisation.Name,
            Round = new RoundInfo(round.Name, PlanningDocumentText.PlannedTerm(term), round.Kind == RoundKind.AnnualReview ? "Rà soát, bổ sung quy hoạch" : "Xây dựng quy hoạch nhiệm kỳ tới"),
            Bases = ["Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ", "Căn cứ Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương"],
            Steps = procedure,
            Proposed = proposed.GroupBy(p => p.TitleId).OrderBy(g => titles[g.Key].Rank)
                .Select(g => new ProposedTitle(titles[g.Key].Name, g.Select(p => new ProposedPerson(people[p.CadreId].FullName, people[p.CadreId].BirthDate, people[p.CadreId].CurrentPosition, p.Agree, p.BaseCount))
                    .OrderBy(p => p.FullName, PlanCodes.NameOrder).ToList())).ToList(),
            Removals = removals.Select(r => new RemovalLine(people[r.CadreId].FullName, people[r.CadreId].BirthDate, people[r.CadreId].CurrentPosition, titles[r.TitleId].Name,
                r.ByVote ? RemovalGround.Vote : RemovalGround.Age, r.Grounds ?? "")).ToList(),
            Request = $"Kính đề nghị {authority.Name} xem xét, phê duyệt.",
            Signer = new SignatureColumn(["T/M TẬP THỂ LÃNH ĐẠO"], [""]),
            Recipients = ["Như trên", "Lưu hồ sơ cán bộ"],
        };
        return await DocumentFile.SaveAsync(db, actor, PlanningAudit.Round, round.Id, round.OrganisationId, "to-trinh.docx", DocumentFile.Docx,
            s => SubmissionDocument.Write(s, submission), cancellationToken).ConfigureAwait(false);
    }

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
