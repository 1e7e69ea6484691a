using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Conformance;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// Each figure of the coverage, retirement-wave and structure reports on the hand-counted unit of
/// <see cref="ReportFixtureSql"/>, checked against the count made by hand and against SQL written here (the NĐ 135
/// roadmap, the three-month wait and the structure counted in the database, not by the report's code); then the page,
/// the list behind a figure and the downloads show the same numbers.
/// </summary>
public sealed class ReportFiguresTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string AsOf = "01/06/2026";

    /// <summary>Each cadre's retirement month index (12·year + month − 1) by the NĐ 135 roadmap, in SQL: the first year from
    /// 2021 whose age (men 60y3m + 3 months a year up to 62y, women 55y4m + 4 months up to 60y) is reached within it.</summary>
    private const string RetirementSql = """
        WITH p AS (SELECT c.id, c.code, c.sex, c.birth_year * 12 + coalesce(c.birth_month, 1) - 1 AS b FROM cadres c),
        r AS (SELECT p.id, p.code, p.b + min(CASE WHEN p.sex = 'Male' THEN least(723 + 3 * (y - 2021), 744) ELSE least(664 + 4 * (y - 2021), 720) END) AS m
              FROM p, generate_series(2021, 2120) y
              WHERE (p.b + CASE WHEN p.sex = 'Male' THEN least(723 + 3 * (y - 2021), 744) ELSE least(664 + 4 * (y - 2021), 720) END) / 12 = y
              GROUP BY p.id, p.code, p.b)
        """;

    [Fact]
    public async Task Reports_EachFigureEqualsTheHandCountAndAnIndependentQuery_OnPageListAndDownloads()
    {
        var app = fixture.App;
        var unit = await ReportFixtureSql.EnsureAsync(app);
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var query = $"ngay={Uri.EscapeDataString(AsOf)}&don-vi={unit}";
        var titles = await TitleKeysAsync(app);

        var coverage = await FiguresAsync(staff, $"/api/v1/reports/bao-phu?{query}");
        var expected = new Dictionary<string, int>
        {
            ["chuc-danh"] = 3,
            ["can-bo-quy-hoach"] = 4,
            ["chua-co-quy-hoach"] = 1,
            ["nguy-co"] = 2,
            [$"dn-{titles["BC-TP"]}"] = 1,
            [$"qh-{titles["BC-TP"]}"] = 1,
            [$"dn-{titles["BC-PP"]}"] = 2,
            [$"qh-{titles["BC-PP"]}"] = 3,
            [$"dn-{titles["BC-KT"]}"] = 1,
            [$"qh-{titles["BC-KT"]}"] = 0,
        };
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), coverage.OrderBy(e => e.Key, StringComparer.Ordinal));

        // Independently: incumbents and entries holding on the day, per title code, and the titles at risk by SQL.
        var held = await ReportFixtureSql.RowsAsync(app, """
            SELECT t.code, count(*) FROM assignments a JOIN titles t ON t.id = a.title_id
            WHERE t.code IN ('BC-TP', 'BC-PP', 'BC-KT') AND a."from" <= DATE '2026-06-01' AND (a."to" IS NULL OR a."to" >= DATE '2026-06-01') GROUP BY t.code
            """);
        Assert.All(held, h => Assert.Equal(h.Count, coverage[$"dn-{titles[h.Key]}"]));
        var planned = await ReportFixtureSql.RowsAsync(app, """
            SELECT t.code, count(*) FROM plan_entries e JOIN titles t ON t.id = e.title_id
            WHERE t.code LIKE 'BC-%' AND e.effective_from <= DATE '2026-06-01' AND (e.ended_on IS NULL OR e.ended_on > DATE '2026-06-01') GROUP BY t.code
            """);
        Assert.All(planned, p => Assert.Equal(p.Count, coverage[$"qh-{titles[p.Key]}"]));
        var atRisk = await ReportFixtureSql.RowsAsync(app, RetirementSql + """
            SELECT t.code, count(*) FROM r JOIN assignments a ON a.cadre_id = r.id JOIN titles t ON t.id = a.title_id
            WHERE t.code IN ('BC-TP', 'BC-PP', 'BC-KT') AND r.m - (2026 * 12 + 5) BETWEEN 0 AND 24
              AND NOT EXISTS (SELECT 1 FROM plan_entries e WHERE e.title_id = t.id
                  AND (e.effective_from + interval '3 months' + interval '1 day')::date <= (make_date(r.m / 12, r.m % 12 + 1, 1) + interval '1 month' - interval '1 day')::date)
            GROUP BY t.code ORDER BY t.code
            """);
        Assert.Equal(new[] { ("BC-KT", 1L), ("BC-TP", 1L) }, atRisk.ToArray());

        // The wave: incumbents A, B in 2026, F in 2027; planned G in 12/2027 and H in 04/2028 (the roadmap's boundary).
        var wave = await FiguresAsync(staff, $"/api/v1/reports/nghi-huu?{query}");
        int[] incumbents = [2, 1, 0, 0, 0, 0, 0, 0, 0, 0], plannedByYear = [0, 1, 1, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal(incumbents, Enumerable.Range(2026, 10).Select(y => wave[$"dn-{y}"]));
        Assert.Equal(plannedByYear, Enumerable.Range(2026, 10).Select(y => wave[$"qh-{y}"]));
        Assert.Equal(1, wave["qh-2027-Phó trưởng phòng"]);
        Assert.Equal(1, wave["qh-2028-Phó trưởng phòng"]);
        var years = await ReportFixtureSql.RowsAsync(app, RetirementSql + """
            SELECT (r.m / 12)::text || CASE WHEN EXISTS (SELECT 1 FROM plan_entries e WHERE e.cadre_id = r.id) THEN '-qh' ELSE '-dn' END, count(*)
            FROM r WHERE r.code LIKE 'BC-%' AND r.m >= 2026 * 12 + 5 AND r.m / 12 <= 2035 GROUP BY 1
            """);
        Assert.Equal(["2026-dn 2", "2027-dn 1", "2027-qh 1", "2028-qh 1"], years.Select(y => $"{y.Key} {y.Count}").Order(StringComparer.Ordinal));
        var months = await ReportFixtureSql.RowsAsync(app, RetirementSql + "SELECT code, m::bigint FROM r WHERE code IN ('BC-G', 'BC-H', 'BC-A', 'BC-B') ORDER BY code");
        Assert.Equal(new[] { ("BC-A", (2026 * 12) + 6L), ("BC-B", (2026 * 12) + 7L), ("BC-G", (2027 * 12) + 11L), ("BC-H", (2028 * 12) + 3L) }, months.ToArray());

        // Structure of the four planned (C woman, young, Tày; D, G, H men): women 1 of 4 meets 1/4; Phó trưởng phòng's
        // three have no woman (1 missing) and nobody young (3/20 of 3 → 1 missing).
        var structure = await FiguresAsync(staff, $"/api/v1/reports/co-cau?{query}");
        var pp = titles["BC-PP"];
        Assert.Equal((4, 1, 1, 1), (structure["tong-tong"], structure["tong-nu"], structure["tong-tre"], structure["tong-dan-toc"]));
        Assert.Equal((3, 0, 0, 0), (structure[$"{pp}-tong"], structure[$"{pp}-nu"], structure[$"{pp}-tre"], structure[$"{pp}-dan-toc"]));
        var counted = await ReportFixtureSql.RowsAsync(app, """
            SELECT 'nu', count(DISTINCT c.id) FILTER (WHERE c.sex = 'Female') FROM plan_entries e JOIN cadres c ON c.id = e.cadre_id JOIN titles t ON t.id = e.title_id WHERE t.code LIKE 'BC-%'
            UNION ALL SELECT 'tre', count(DISTINCT c.id) FILTER (WHERE (2026 * 12 + 5) - (c.birth_year * 12 + coalesce(c.birth_month, 1) - 1) < 480) FROM plan_entries e JOIN cadres c ON c.id = e.cadre_id JOIN titles t ON t.id = e.title_id WHERE t.code LIKE 'BC-%'
            UNION ALL SELECT 'dan-toc', count(DISTINCT c.id) FILTER (WHERE c.ethnicity <> 'Kinh') FROM plan_entries e JOIN cadres c ON c.id = e.cadre_id JOIN titles t ON t.id = e.title_id WHERE t.code LIKE 'BC-%'
            """);
        Assert.All(counted, c => Assert.Equal(c.Count, structure[$"tong-{c.Key}"]));

        await PagesShowTheSameNumbersAsync(staff, query, titles["BC-TP"]);
        await DownloadsCarryTheSameNumbersAsync(staff, query, coverage);
    }

    [Fact]
    public async Task Reports_LeaderAndInspectorSeeTheSameFigures_CounterRefused_OtherUnitsOutOfScope()
    {
        var app = fixture.App;
        var unit = await ReportFixtureSql.EnsureAsync(app);
        var url = $"/api/v1/reports/bao-phu?ngay={Uri.EscapeDataString(AsOf)}&don-vi={unit}";
        var staff = await FiguresAsync(new PlanningClient(await app.SignInAsAsync(AppRoles.Staff)), url);
        foreach (var role in new[] { AppRoles.Leader, AppRoles.Inspector })
        {
            Assert.Equal(staff, await FiguresAsync(new PlanningClient(await app.SignInAsAsync(role)), url));
        }

        var counter = new PlanningClient(await app.SignInAsAsync(AppRoles.Counter));
        Assert.Contains("không được xem báo cáo", await counter.RefusedAsync(System.Net.HttpStatusCode.Forbidden, HttpMethod.Get, url), StringComparison.Ordinal);
        var other = await app.CreateOtherDepartmentAsync();
        var outside = new PlanningClient(await app.SignInAsUserAsync(other.StaffUserName));
        Assert.Contains("Không tìm thấy đơn vị trong phạm vi của bạn", await outside.RefusedAsync(System.Net.HttpStatusCode.NotFound, HttpMethod.Get, url), StringComparison.Ordinal);
        Assert.Contains("không đúng dạng dd/MM/yyyy", await outside.RefusedAsync(System.Net.HttpStatusCode.BadRequest, HttpMethod.Get, "/api/v1/reports/bao-phu?ngay=31/02/2026"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_ScopeFigures_AreTheReportsFigures_NoneForACounter()
    {
        var app = fixture.App;
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var coverage = await FiguresAsync(staff, "/api/v1/reports/bao-phu");
        var wave = await FiguresAsync(staff, "/api/v1/reports/nghi-huu");
        var home = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri("/", UriKind.Relative)));
        var figures = home.QuerySelectorAll("#so-lieu-pham-vi-khoi a.report-figure").Select(a => int.Parse(a.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(new[] { coverage["chuc-danh"], coverage["can-bo-quy-hoach"], coverage["chua-co-quy-hoach"], wave["12-thang"] }, figures);
        Assert.True(coverage["chuc-danh"] > 0 && coverage["can-bo-quy-hoach"] > 0, string.Join(", ", coverage.Take(4)));

        var counter = await app.SignInAsAsync(AppRoles.Counter);
        Assert.Null(new HtmlParser().ParseDocument(await counter.GetStringAsync(new Uri("/", UriKind.Relative))).QuerySelector("#so-lieu-pham-vi-khoi"));
    }

    private static async Task PagesShowTheSameNumbersAsync(PlanningClient staff, string query, string tp)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri($"/bao-cao/bao-phu?{query}", UriKind.Relative)));
        var risk = page.QuerySelectorAll("a.report-figure").Single(a => a.GetAttribute("href")!.Contains("chi-so=nguy-co", StringComparison.Ordinal));
        Assert.Equal("2", risk.TextContent);
        Assert.Contains("Đương nhiệm và quy hoạch theo chức danh", page.QuerySelector("figure.report-chart svg")!.TextContent, StringComparison.Ordinal);
        var list = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri(risk.GetAttribute("href")!, UriKind.Relative)));
        Assert.Equal(["Kế toán trưởng", "Trưởng phòng"], list.QuerySelectorAll("#danh-sach tbody th").Select(c => c.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Contains(list.QuerySelectorAll("#danh-sach tbody td"), c => c.TextContent.Contains("Đỗ Văn An nghỉ hưu 07/2026; người quy hoạch bổ nhiệm được sớm nhất từ 16/08/2026", StringComparison.Ordinal));

        var planned = await new HtmlParser().ParseDocumentAsync(await staff.Http.GetStringAsync(new Uri($"/bao-cao/danh-sach?bao-cao=bao-phu&chi-so=qh-{tp}&{query}", UriKind.Relative)));
        Assert.Equal("Nông Thị Cúc", Assert.Single(planned.QuerySelectorAll("#danh-sach tbody th")).TextContent.Trim());
    }

    private static async Task DownloadsCarryTheSameNumbersAsync(PlanningClient staff, string query, Dictionary<string, int> coverage)
    {
        var sheet = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/reports/bao-phu/list.xlsx?chi-so=nguy-co&{query}"))["Danh sách"];
        Assert.Equal(3, sheet.Length);
        var figures = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/reports/bao-phu/report.xlsx?{query}"))["Chỉ số"];
        Assert.Contains(figures, r => r.EndsWith($"Chức danh chưa có ai trong quy hoạch | {coverage["chua-co-quy-hoach"]}", StringComparison.Ordinal));

        var pdf = await DownloadedDocuments.GetAsync(staff, $"/api/v1/reports/bao-phu/report.pdf?{query}", "application/pdf");
        var fonts = DocumentSet.Poppler(pdf, "pdffonts");
        Assert.Contains("Liberation", fonts, StringComparison.Ordinal);
        Assert.All(fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2), line => Assert.Matches(@"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line));
        var text = DocumentSet.Poppler(pdf, "pdftotext", "-layout", "-");
        Assert.Contains("Bao phủ quy hoạch theo chức danh", text, StringComparison.Ordinal);
        Assert.Matches(@"Chức danh chưa có ai trong quy hoạch\s+1", text);
    }

    /// <summary>The figures of a report as its API gives them, by key.</summary>
    internal static async Task<Dictionary<string, int>> FiguresAsync(PlanningClient client, string url)
    {
        var body = await client.OkAsync(HttpMethod.Get, url);
        return body.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("count").GetInt32(), StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, string>> TitleKeysAsync(Testing.QuyHoachAppFactory app) =>
        (await ReportFixtureSql.RowsAsync(app, "SELECT code || '=' || replace(id::text, '-', ''), 0::bigint FROM titles WHERE code LIKE 'BC-%'"))
            .Select(r => r.Key.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
