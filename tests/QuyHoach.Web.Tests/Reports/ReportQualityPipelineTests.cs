using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Conformance;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The quality and pipeline reports and the structure report's age bands on the hand-counted unit of
/// <see cref="ReportPipelineSql"/>: each figure against the count made by hand and against SQL written here, then the
/// page, the list behind a figure and the downloads.
/// </summary>
public sealed class ReportQualityPipelineTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string AsOf = "01/06/2026";

    /// <summary>The planned cadres (p) and the incumbents (i) of the unit's leadership titles on 01/06/2026, by SQL.</summary>
    private const string Groups = """
        WITH p AS (SELECT DISTINCT e.cadre_id AS id FROM plan_entries e JOIN titles t ON t.id = e.title_id WHERE t.code LIKE 'BC-%' AND e.effective_from <= DATE '2026-06-01'),
        i AS (SELECT DISTINCT a.cadre_id AS id FROM assignments a JOIN titles t ON t.id = a.title_id WHERE t.code IN ('BC-TP', 'BC-PP', 'BC-KT'))
        """;

    [Fact]
    public async Task Quality_EachFigureEqualsTheHandCountAndAnIndependentQuery_DevelopmentItemsDueAndOverdue()
    {
        var app = fixture.App;
        var unit = await ReportPipelineSql.EnsureAsync(app);
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var query = $"ngay={Uri.EscapeDataString(AsOf)}&don-vi={unit}";
        var quality = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/chat-luong?{query}");

        var byHand = new Dictionary<string, int>
        {
            ["qh-llct-Advanced"] = 1,
            ["dn-llct-Advanced"] = 1,
            ["qh-llct-Intermediate"] = 1,
            ["dn-llct-Intermediate"] = 1,
            ["qh-llct-None"] = 2,
            ["dn-llct-None"] = 2,
            ["qh-qlnn-Principal"] = 1,
            ["dn-qlnn-Principal"] = 1,
            ["qh-qlnn-None"] = 3,
            ["qh-cm-Master"] = 1,
            ["qh-cm-Bachelor"] = 3,
            ["dn-cm-Bachelor"] = 1,
            ["dn-cm-None"] = 3,
            ["qh-dg-2025-Excellent"] = 1,
            ["qh-dg-2025-Good"] = 2,
            ["qh-dg-2025-Completed"] = 1,
            ["dn-dg-2025-Good"] = 1,
            ["dn-dg-2025-chua-co"] = 3,
            ["qh-dg-2024-Good"] = 1,
            ["qh-dg-2024-chua-co"] = 3,
            ["qh-dg-2023-chua-co"] = 4,
            ["qh-dang-hoc-llct"] = 1,
            ["dn-dang-hoc-llct"] = 0,
            ["qh-chua-ket-luan"] = 2,
            ["dn-chua-ket-luan"] = 4,
            ["ptr-qua-han"] = 1,
            ["ptr-den-han"] = 1,
        };
        Assert.All(byHand, f => Assert.True(quality[f.Key] == f.Value, $"{f.Key}: {quality[f.Key]} ≠ {f.Value}"));

        var counted = await ReportFixtureSql.RowsAsync(app, Groups + """
            SELECT 'qh-llct-Advanced', count(*) FROM p WHERE EXISTS (SELECT 1 FROM political_theory_records r WHERE r.cadre_id = p.id AND r.level = 'Advanced' AND NOT r.studying)
            UNION ALL SELECT 'dn-llct-None', count(*) FROM i WHERE NOT EXISTS (SELECT 1 FROM political_theory_records r WHERE r.cadre_id = i.id AND NOT r.studying)
            UNION ALL SELECT 'qh-dang-hoc-llct', count(*) FROM p WHERE EXISTS (SELECT 1 FROM political_theory_records r WHERE r.cadre_id = p.id AND r.studying)
            UNION ALL SELECT 'qh-cm-Bachelor', count(*) FROM p WHERE (SELECT max(level) FROM education_records r WHERE r.cadre_id = p.id) = 'Bachelor'
            UNION ALL SELECT 'qh-dg-2025-Good', count(*) FROM p JOIN evaluation_records r ON r.cadre_id = p.id WHERE r.year = 2025 AND r.rating = 'Good'
            UNION ALL SELECT 'dn-dg-2025-chua-co', count(*) FROM i WHERE NOT EXISTS (SELECT 1 FROM evaluation_records r WHERE r.cadre_id = i.id AND r.year = 2025)
            UNION ALL SELECT 'dn-chua-ket-luan', count(*) FROM i WHERE NOT EXISTS (SELECT 1 FROM political_standard_conclusions s WHERE s.cadre_id = i.id AND s.concluded_on <= DATE '2026-06-01')
            UNION ALL SELECT 'ptr-qua-han', count(*) FROM development_items d JOIN p ON p.id = d.cadre_id WHERE d.status = 'Open' AND d.due_on < DATE '2026-06-01'
            UNION ALL SELECT 'ptr-den-han', count(*) FROM development_items d JOIN p ON p.id = d.cadre_id WHERE d.status = 'Open' AND d.due_on BETWEEN DATE '2026-06-01' AND DATE '2026-06-01' + 90
            """);
        Assert.All(counted, c => Assert.True(quality[c.Key] == c.Count, $"{c.Key}: {quality[c.Key]} ≠ SQL {c.Count}"));

        // As of a day before the items were created, nothing is due; the overdue item's list leads to the plan.
        Assert.Equal(0, (await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/chat-luong?ngay=01%2F05%2F2026&don-vi={unit}"))["ptr-qua-han"]);
        var page = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri($"/bao-cao/chat-luong?{query}", UriKind.Relative)));
        Assert.Contains("Trình độ lý luận chính trị", page.QuerySelector("figure.report-chart svg")!.TextContent, StringComparison.Ordinal);
        var overdue = page.QuerySelectorAll("#phat-trien-den-han a.report-figure").First();
        Assert.Equal("1", overdue.TextContent);
        var list = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri(overdue.GetAttribute("href")!, UriKind.Relative)));
        var line = Assert.Single(list.QuerySelectorAll("#danh-sach tbody tr"));
        Assert.Contains("Học cao cấp lý luận chính trị (hạn 01/05/2026, quá hạn)", line.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/phat-trien/", line.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);

        var sheet = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/reports/chat-luong/list.xlsx?chi-so=ptr-den-han&{query}"))["Danh sách"];
        Assert.Contains(sheet, r => r.Contains("Luân chuyển về cơ sở (hạn 01/08/2026)", StringComparison.Ordinal));

        // An incumbents' figure is counted from who holds which title; its list names exactly the incumbents the
        // independent query finds (each with the title held), in Vietnamese name order.
        var noTheory = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/reports/chat-luong/list.xlsx?chi-so=dn-llct-None&{query}"))["Danh sách"];
        var expected = await ReportFixtureSql.RowsAsync(app, Groups + """
            SELECT c.full_name || ' — ' || t.name, 1 FROM i JOIN cadres c ON c.id = i.id
                JOIN assignments a ON a.cadre_id = c.id AND a."from" <= DATE '2026-06-01' AND (a."to" IS NULL OR a."to" >= DATE '2026-06-01') JOIN titles t ON t.id = a.title_id
            WHERE NOT EXISTS (SELECT 1 FROM political_theory_records r WHERE r.cadre_id = i.id AND NOT r.studying)
            """);
        Assert.Equal(2, expected.Count);
        Assert.All(expected, e =>
        {
            var (name, title) = (e.Key.Split(" — ")[0], e.Key.Split(" — ")[1]);
            Assert.Contains(noTheory, r => r.Contains(name, StringComparison.Ordinal) && r.Contains($"Đương nhiệm: {title}", StringComparison.Ordinal));
        });
        var pdf = await DownloadedDocuments.GetAsync(staff, $"/api/v1/reports/chat-luong/report.pdf?{query}", "application/pdf");
        Assert.Contains("Chất lượng đội ngũ quy hoạch", DocumentSet.Poppler(pdf, "pdftotext", "-layout", "-"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Structure_ThreeAgeBandsFromTheRuleSet_EqualTheHandCountAndAnIndependentQuery()
    {
        var app = fixture.App;
        var unit = await ReportPipelineSql.EnsureAsync(app);
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var structure = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/co-cau?ngay={Uri.EscapeDataString(AsOf)}&don-vi={unit}");

        // C 38 years old in 05/2026; D 46; G and H 60: under 40, 40 to 44, 45 and over (qd377: bands of 60 months).
        Assert.Equal((1, 0, 3), (structure["tong-tuoi-1"], structure["tong-tuoi-2"], structure["tong-tuoi-3"]));
        var bands = await ReportFixtureSql.RowsAsync(app, Groups + """
            SELECT CASE WHEN a < 480 THEN 'tong-tuoi-1' WHEN a < 540 THEN 'tong-tuoi-2' ELSE 'tong-tuoi-3' END, count(*)
            FROM (SELECT (2026 * 12 + 5) - (c.birth_year * 12 + coalesce(c.birth_month, 1) - 1) AS a FROM p JOIN cadres c ON c.id = p.id) x GROUP BY 1
            """);
        Assert.All(bands, b => Assert.Equal(b.Count, structure[b.Key]));
        Assert.Equal(4, bands.Sum(b => b.Count));

        // Before QĐ 377 (QĐ 50 declares no bands) the structure report shows none.
        Assert.DoesNotContain("tong-tuoi-1", (await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/co-cau?ngay=01%2F06%2F2025&don-vi={unit}")).Keys);
    }

    [Fact]
    public async Task Pipeline_EachFigureEqualsTheHandCountAndAnIndependentQuery_OnPageListAndDownloads()
    {
        var app = fixture.App;
        var unit = await ReportPipelineSql.EnsureAsync(app);
        var query = $"ngay={Uri.EscapeDataString(AsOf)}&don-vi={unit}";
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var pipeline = await ReportFiguresTests.FiguresAsync(staff, $"/api/v1/reports/tien-do?{query}");
        var byHand = new Dictionary<string, int>
        {
            ["dot-chuan-bi"] = 0,
            ["dot-dang-tien-hanh"] = 1,
            ["dot-da-ket-thuc"] = 1,
            ["dot-da-huy"] = 0,
            ["buoc-qua-han"] = 1,
            ["buoc-den-han"] = 0,
            ["buoc-chua-den-han"] = 1,
            ["buoc-dung-han"] = 1,
            ["buoc-tre-han"] = 0,
            ["hs-tong"] = 2,
            ["hs-du"] = 1,
            ["hs-thieu"] = 1,
            ["hs-qua-6-thang"] = 1,
            ["qd-da-phe-duyet"] = 0,
            ["qd-trong-han"] = 0,
            ["qd-qua-han"] = 1,
            ["bn-da-bo-nhiem"] = 1,
            ["bn-co-the"] = 0,
        };
        Assert.All(byHand, f => Assert.True(pipeline[f.Key] == f.Value, $"{f.Key}: {pipeline[f.Key]} ≠ {f.Value}"));

        var counted = await ReportFixtureSql.RowsAsync(app, """
            WITH r AS (SELECT * FROM planning_rounds WHERE organisation_id = (SELECT id FROM organisations WHERE code = 'NDI-SCT-BC'))
            SELECT 'dot-dang-tien-hanh', count(*) FROM r WHERE status = 'InProgress'
            UNION ALL SELECT 'dot-da-ket-thuc', count(*) FROM r WHERE status = 'Closed'
            UNION ALL SELECT 'buoc-qua-han', count(*) FROM round_steps s JOIN r ON r.id = s.round_id WHERE r.status = 'InProgress' AND s.completed_on IS NULL AND s.due_on < DATE '2026-06-01'
            UNION ALL SELECT 'buoc-chua-den-han', count(*) FROM round_steps s JOIN r ON r.id = s.round_id WHERE r.status = 'InProgress' AND s.completed_on IS NULL AND s.due_on > DATE '2026-06-01'
            UNION ALL SELECT 'buoc-dung-han', count(*) FROM round_steps s JOIN r ON r.id = s.round_id WHERE s.completed_on <= s.due_on
            UNION ALL SELECT 'hs-du', count(*) FROM dossiers d JOIN r ON r.id = d.round_id WHERE (SELECT count(DISTINCT item) FROM dossier_documents x WHERE x.dossier_id = d.id) = 6
            UNION ALL SELECT 'hs-thieu', count(*) FROM dossiers d JOIN r ON r.id = d.round_id WHERE (SELECT count(DISTINCT item) FROM dossier_documents x WHERE x.dossier_id = d.id) < 6
            UNION ALL SELECT 'hs-qua-6-thang', count(*) FROM dossiers d JOIN r ON r.id = d.round_id
                WHERE EXISTS (SELECT 1 FROM dossier_documents x WHERE x.dossier_id = d.id AND x.item BETWEEN 2 AND 5 AND x.document_date + interval '6 months' < DATE '2026-06-01')
            UNION ALL SELECT 'bn-da-bo-nhiem', count(*) FROM appointments a JOIN titles t ON t.id = a.title_id WHERE t.code LIKE 'BC-%' AND a.started_on <= DATE '2026-06-01'
            """);
        Assert.All(counted, c => Assert.True(pipeline[c.Key] == c.Count, $"{c.Key}: {pipeline[c.Key]} ≠ SQL {c.Count}"));

        var page = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri($"/bao-cao/tien-do?{query}", UriKind.Relative)));
        Assert.Contains("Tiến độ các bước của đợt quy hoạch", page.QuerySelector("figure.report-chart svg")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#bang-cac-buoc td"), c => c.TextContent == "hạn 20/05/2026, quá hạn 12 ngày");
        var late = page.QuerySelectorAll("a.report-figure").Single(a => a.GetAttribute("href")!.Contains("chi-so=qd-qua-han", StringComparison.Ordinal));
        var list = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri(late.GetAttribute("href")!, UriKind.Relative)));
        Assert.Equal("Phan Văn Dũng", Assert.Single(list.QuerySelectorAll("#danh-sach tbody th")).TextContent.Trim());

        var figures = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/reports/tien-do/report.xlsx?{query}"))["Chỉ số"];
        Assert.Contains(figures, r => r.EndsWith("Bước quá hạn | 1", StringComparison.Ordinal));
        foreach (var role in new[] { AppRoles.Leader, AppRoles.Inspector })
        {
            Assert.Equal(pipeline, await ReportFiguresTests.FiguresAsync(new PlanningClient(await app.SignInAsAsync(role)), $"/api/v1/reports/tien-do?{query}"));
        }
    }

    [Fact]
    public async Task HomePage_ListsDossiersMissingOrStaleItems_AndStepsDue_EachALink_NoneForACounter()
    {
        var app = fixture.App;
        await ReportPipelineSql.EnsureAsync(app);
        var staff = await app.SignInAsAsync(AppRoles.Staff);
        var home = await new HtmlParser().ParseDocumentAsync(await staff.GetStringAsync(new Uri("/", UriKind.Relative)));
        var dossiers = home.QuerySelectorAll("ul[aria-labelledby=ho-so-can-bo-sung] a").ToList();
        var missing = Assert.Single(dossiers, a => a.TextContent.Contains("Nông Thị Cúc", StringComparison.Ordinal));
        Assert.Equal("Thử nghiệm báo cáo: rà soát 2025: hồ sơ Nông Thị Cúc (Trưởng phòng) còn thiếu thành phần", missing.TextContent);
        var stale = Assert.Single(dossiers, a => a.TextContent.Contains("Phan Văn Dũng", StringComparison.Ordinal));
        Assert.EndsWith("thành phần quá thời hạn sử dụng", stale.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/ho-so/", stale.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(home.QuerySelectorAll("ul[aria-labelledby=buoc-qua-han] a"), a => a.TextContent.StartsWith("Thử nghiệm báo cáo: rà soát 2026, bước 2 (Lấy ý kiến): quá hạn", StringComparison.Ordinal));

        var counter = await app.SignInAsAsync(AppRoles.Counter);
        Assert.Null(new HtmlParser().ParseDocument(await counter.GetStringAsync(new Uri("/", UriKind.Relative))).QuerySelector("ul[aria-labelledby=ho-so-can-bo-sung]"));
    }
}
