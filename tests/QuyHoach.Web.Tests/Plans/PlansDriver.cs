using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// The department's annual review (Kế hoạch 331/KH-SCT) (reference month 04/2022, qd50-nam-dinh) run to a closed round through the API, without
/// the refusals its own test proves: SCT-TP proposes SCT-0015 (6/6) and SCT-0016 (5/6); SCT-0017 (1/6) fails; SCT-0019's
/// removal (3 of 7 convened) fails. Then the dossier, decision and plan calls the plan tests share.
/// </summary>
public sealed class PlansDriver
{
    private readonly Dictionary<string, long> _baseline = [];

    private PlansDriver(QuyHoachAppFactory app, PlanningClient staff, PlanningClient leader, RoundDriver run)
    {
        (App, Staff, Leader, Run) = (app, staff, leader, run);
    }

    public QuyHoachAppFactory App { get; }

    public PlanningClient Staff { get; }

    public PlanningClient Leader { get; }

    public RoundDriver Run { get; }

    public static async Task<PlansDriver> StartAsync(QuyHoachAppFactory app)
    {
        var (run, staff, _) = await RoundDriver.InDepartmentAsync(app);
        var leader = new PlanningClient(await app.SignInAsAsync(AppRoles.Leader));
        var driver = new PlansDriver(app, staff, leader, run);
        foreach (var table in (string[])["plan_decisions", "plan_entries", "plan_notifications", "appointments", "dossier_documents"])
        {
            driver._baseline[table] = await RowsAsync(app, table);
        }

        return driver;
    }

    /// <summary>Runs Kế hoạch 331/KH-SCT's round to "closed" under <paramref name="ruleSetId"/> and returns its id.</summary>
    public async Task<Guid> CloseSeed001Async(string ruleSetId = "qd50-nam-dinh")
    {
        var round = await Staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2022",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId,
            titles = new[] { new { code = "SCT-TP", quota = 2 }, new { code = "SCT-PP", quota = 3 } },
        });
        var id = round.GetProperty("id").GetGuid();
        await Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new
        {
            titleCode = "SCT-TP",
            candidates = new[] { new { cadreCode = "SCT-0015" }, new { cadreCode = "SCT-0016" }, new { cadreCode = "SCT-0017" } },
        });
        await Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-PP", members = new[] { new { cadreCode = "SCT-0019", grounds = "Không còn đáp ứng tiêu chuẩn, điều kiện" } } });

        var first = await Run.PresentAsync(await Run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        await Run.CountAsync(Ballot(first, "SCT-PP"), "5/5/5/0", 3);

        var second = await Run.OpenAsync(id, 2, new DateOnly(2022, 4, 6));
        var invitees = Enumerable.Range(12, 13).Select(i => new { cadreCode = $"SCT-{i:D4}", position = "Phó trưởng phòng" }).ToArray();
        second = await Staff.OkAsync(HttpMethod.Post, $"/api/v1/conferences/{second.GetProperty("id").GetGuid()}/invitees", new { invitees });
        second = await Run.PresentAsync(second, 20);
        await Run.CountAsync(Ballot(second, "SCT-TP"), "20/20/20/0", 15, 12, 12);

        var third = await Run.OpenAsync(id, 3, new DateOnly(2022, 4, 7));
        third = await Staff.OkAsync(HttpMethod.Post, $"/api/v1/conferences/{third.GetProperty("id").GetGuid()}/invitees", new { invitees = new[] { new { cadreCode = "SCT-0012", position = "Trưởng phòng" } } });
        third = await Run.PresentAsync(third, 8);
        await Run.CountAsync(Ballot(third, "SCT-TP"), "8/8/8/0", 7, 6, 6);

        var final = await Run.PresentAsync(await Run.OpenAsync(id, 4, new DateOnly(2022, 4, 8)), 6);
        Assert.Equal(["SCT-0015:6:đạt:chọn", "SCT-0016:5:đạt:chọn", "SCT-0017:1:không đạt:không chọn"], Lines(await Run.CountAsync(Ballot(final, "SCT-TP"), "6/6/6/0", 6, 5, 1)));
        Assert.Equal("closed", (await Leader.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/close")).GetProperty("status").GetString());
        return id;
    }

    /// <summary>The round's dossier lines, by cadre code.</summary>
    public async Task<Dictionary<string, Guid>> DossiersAsync(Guid roundId) =>
        (await Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers")).GetProperty("dossiers").EnumerateArray()
            .ToDictionary(d => d.GetProperty("cadreCode").GetString()!, d => d.GetProperty("id").GetGuid());

    /// <summary>Uploads one file as a browser's multipart form would; returns the status and the JSON (or problem).</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(PlanningClient client, Guid dossierId, int item, string documentDate, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        form.Add(new StringContent(item.ToString(System.Globalization.CultureInfo.InvariantCulture)), "item");
        form.Add(new StringContent(documentDate), "documentDate");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/dossiers/{dossierId}/documents?item={item}&documentDate={documentDate}", UriKind.Relative)) { Content = form };
        request.Headers.Add("RequestVerificationToken", await client.AntiforgeryTokenAsync());
        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Uploads all six items dated <paramref name="date"/> (PDF), appraises "met", returns the dossier view.</summary>
    public async Task<JsonElement> ReadyAsync(Guid dossierId, string date, string appraisedOn = "2022-11-01")
    {
        for (var item = 1; item <= 6; item++)
        {
            var (status, body) = await UploadAsync(Staff, dossierId, item, date, $"muc-{item}.pdf", Pdf($"item {item}"));
            Assert.True(status == HttpStatusCode.Created, body.ToString());
        }

        return await Staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{dossierId}/appraisal", new { outcome = "met", appraisedOn = DateOnly.Parse(appraisedOn, System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>
    /// The standards an appointment requires first (R-STD-1, R-USE-2), met on <paramref name="on"/>: a political-standard conclusion and the Trưởng phòng's required political theory completed that day.
    /// </summary>
    public async Task MeetsStandardsAsync(string cadreCode, DateOnly on)
    {
        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            INSERT INTO political_standard_conclusions (id, cadre_id, concluded_on, met) SELECT gen_random_uuid(), id, @on, true FROM cadres WHERE code = @p;
            INSERT INTO political_theory_records (id, cadre_id, level, studying, year, completed_on)
            SELECT gen_random_uuid(), c.id, t.required_political_theory, false, 2022, @on FROM cadres c, titles t WHERE c.code = @p AND t.code = 'SCT-TP';
            """, connection);
        command.Parameters.AddWithValue("p", cadreCode);
        command.Parameters.AddWithValue("on", on);
        await command.ExecuteNonQueryAsync();
    }

    public static object Decision(string number, DateOnly signedOn) =>
        new { number, signedOn, signerName = "Trần Văn Giám", signerPosition = "Giám đốc Sở Công Thương" };

    /// <summary>Approves the given dossiers with decision <paramref name="number"/> signed on <paramref name="signedOn"/>.</summary>
    public Task<JsonElement> ApproveAsync(Guid roundId, string number, DateOnly signedOn, params Guid[] dossierIds) =>
        Leader.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", new { decision = Decision(number, signedOn), dossierIds });

    /// <summary>The cadre codes of the plan on <paramref name="asOf"/> for <paramref name="title"/>.</summary>
    public async Task<string[]> PlanAsync(DateOnly asOf, string title = "SCT-TP", PlanningClient? client = null) =>
        (await PlanLinesAsync(asOf, title, client)).Select(l => l.GetProperty("cadreCode").GetString()!).ToArray();

    public async Task<JsonElement[]> PlanLinesAsync(DateOnly asOf, string title = "SCT-TP", PlanningClient? client = null) =>
        (await (client ?? Staff).OkAsync(HttpMethod.Get, $"/api/v1/plan?asOf={asOf:dd/MM/yyyy}&title={title}")).GetProperty("lines").EnumerateArray().ToArray();

    /// <summary>
    /// Rows of a plan table written since the driver started, read directly (to prove a refusal wrote nothing): the
    /// demo's approved 2025–2030 plan, brought in on the first start, is not counted.
    /// </summary>
    public async Task<long> CountAsync(string table) => await RowsAsync(App, table) - _baseline.GetValueOrDefault(table);

    private static async Task<long> RowsAsync(QuyHoachAppFactory app, string table)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];

    /// <summary>A minimal Word package: a zip with word/document.xml.</summary>
    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Bằng cấp</w:t></w:r></w:p></w:body></w:document>");
        }

        return stream.ToArray();
    }
}
