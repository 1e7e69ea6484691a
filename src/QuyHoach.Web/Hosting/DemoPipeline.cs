using System.Text;
using QuyHoach.Data.Development;
using QuyHoach.Data.Plans;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Tiến độ of the demo, so the pipeline and quality reports and the home page have something to show on the day the
/// demo is first started (dates counted from that day):
/// <list type="bullet">
/// <item>The round left mid-way (<see cref="DemoRound"/>): step 1 due 5 days after its conference; step 2 due
/// <see cref="StepTwoOverdueDays"/> days ago, not done (overdue); each later step due 15 days apart ahead.</item>
/// <item>Its dossiers for Trưởng phòng: the first candidate's complete <see cref="CompletedDaysAgo"/> days ago, awaiting
/// approval within the 30 working days (R-AUTH-2); the second's complete long ago with its health certificate
/// older than 6 months (stale, R-DOS-2; the decision is overdue); the third's with two items only (R-DOS-1).</item>
/// <item>Development items of the approved plan (<see cref="DemoPlan"/>): one overdue, one due within the reminder
/// window, one later.</item>
/// </list>
/// Written directly, like <see cref="DemoPlan"/>: seeding runs once, on an empty database.
/// </summary>
internal static class DemoPipeline
{
    public const int StepTwoOverdueDays = 12;
    public const int CompletedDaysAgo = 10;

    /// <summary>Cadres of the approved plan given development items: overdue, due within the window, later.</summary>
    private static readonly string[] Planned = ["SCT-0023", "SCT-0036", "SCT-0024"];

    public static async Task AddAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<QuyHoachDbContext>();
        var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var staffId = await db.Users.Where(u => u.UserName == "chuyenvien").Select(u => u.Id).SingleAsync(ct).ConfigureAwait(false);
        var round = await db.PlanningRounds.Include(r => r.Steps).Include(r => r.Titles).SingleAsync(r => r.Name == DemoRound.Name, ct).ConfigureAwait(false);

        foreach (var step in round.Steps.Where(s => s.DueOn is null))
        {
            step.DueOn = step.Number switch
            {
                1 => DemoRound.FirstHeldOn.AddDays(5),
                2 => today.AddDays(-StepTwoOverdueDays),
                var n => today.AddDays(15 * (n - 2)),
            };
        }

        var titleId = round.Titles.Single().TitleId;
        var candidates = await db.Cadres.Where(c => DemoRound.Candidates.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id, ct).ConfigureAwait(false);
        var recent = today.AddDays(-30);
        Dossier(db, round.Id, titleId, candidates[DemoRound.Candidates[0]], today.AddDays(-CompletedDaysAgo), [1, 2, 3, 4, 5, 6], _ => recent, staffId, now);
        Dossier(db, round.Id, titleId, candidates[DemoRound.Candidates[1]], today.AddDays(-90), [1, 2, 3, 4, 5, 6], i => i == 2 ? today.AddMonths(-8) : today.AddDays(-100), staffId, now);
        Dossier(db, round.Id, titleId, candidates[DemoRound.Candidates[2]], null, [1, 3], _ => recent, staffId, now);

        // The plan's open entries, found by the cadres' codes (not the unit, which a demo merger may replace).
        var entries = await db.PlanEntries.Where(e => e.EndedOn == null)
            .Join(db.Cadres, e => e.CadreId, c => c.Id, (e, c) => new { c.Code, Entry = e }).Where(x => Planned.Contains(x.Code))
            .ToDictionaryAsync(x => x.Code, x => x.Entry, ct).ConfigureAwait(false);
        Item(db, entries[Planned[0]], DevelopmentItemKind.Training, "demo-llct", "Học chương trình cao cấp lý luận chính trị", today.AddDays(-20), staffId, now);
        Item(db, entries[Planned[1]], DevelopmentItemKind.Rotation, "demo-luan-chuyen", "Luân chuyển về Phòng Quản lý công nghiệp", today.AddDays(30), staffId, now);
        Item(db, entries[Planned[2]], DevelopmentItemKind.Training, "demo-qlnn", "Bồi dưỡng quản lý nhà nước ngạch chuyên viên chính", today.AddDays(200), staffId, now);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static void Dossier(QuyHoachDbContext db, Guid roundId, Guid titleId, Guid cadreId, DateOnly? completedOn, int[] items, Func<int, DateOnly> dated, Guid staffId, DateTimeOffset now)
    {
        var dossier = new Dossier { Id = Guid.CreateVersion7(), RoundId = roundId, TitleId = titleId, CadreId = cadreId, CompletedOn = completedOn, CreatedByUserId = staffId, CreatedAt = now };
        foreach (var item in items)
        {
            dossier.Documents.Add(DossierDocument.Kept(dossier.Id, item, dated(item), $"thanh-phan-{item}.pdf", "application/pdf", Pdf($"Thanh phan {item}"), staffId, now));
        }

        db.Add(dossier);
    }

    private static void Item(QuyHoachDbContext db, PlanEntry entry, DevelopmentItemKind kind, string key, string content, DateOnly dueOn, Guid staffId, DateTimeOffset now) =>
        db.Add(new DevelopmentItem
        {
            Id = Guid.CreateVersion7(),
            PlanEntryId = entry.Id,
            CadreId = entry.CadreId,
            OrganisationId = entry.OrganisationId,
            Kind = kind,
            ItemKey = key,
            Content = content,
            DueOn = dueOn,
            ResponsibleOrganisationId = entry.OrganisationId,
            Status = DevelopmentItemStatus.Open,
            CreatedByUserId = staffId,
            CreatedAt = now,
        });

    /// <summary>A one-page PDF holding <paramref name="text"/> (ASCII), the stand-in for a scanned document.</summary>
    private static byte[] Pdf(string text)
    {
        var stream = $"BT /F1 14 Tf 72 760 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
