using System.Diagnostics;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>How a unit's documents must be headed: its Party and State issuers' heading lines and its place.</summary>
internal sealed record ExpectedOffice(IReadOnlyList<string> PartyIssuer, IReadOnlyList<string> StateIssuer, string Place)
{
    public IReadOnlyList<string> Issuer(bool party) => party ? PartyIssuer : StateIssuer;

    /// <summary>The demo's working place (its province's name, read from the demo, upper-cased for the headings).</summary>
    private static string DemoPlace => QuyHoachAppFactory.DemoProvinceName["Tỉnh ".Length..];

    /// <summary>The demo's province: its Tỉnh ủy, under no superior (HD 36).</summary>
    public static ExpectedOffice Province { get; } = new([$"TỈNH ỦY {Upper}"], [$"ỦY BAN NHÂN DÂN TỈNH {Upper}"], DemoPlace);

    /// <summary>The demo's department: Đảng ủy Sở under Đảng bộ tỉnh, Sở Công Thương under UBND tỉnh (never "TỈNH …" alone).</summary>
    public static ExpectedOffice Department { get; } = new([$"ĐẢNG BỘ TỈNH {Upper}", "ĐẢNG ỦY SỞ CÔNG THƯƠNG"], [$"UBND TỈNH {Upper}", "SỞ CÔNG THƯƠNG"], DemoPlace);

    private static string Upper => DemoPlace.ToUpperInvariant();
}

/// <summary>Downloads every document the app generates for a round and for a decision, reopened for the layout rules.</summary>
internal static class DocumentSet
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// The minutes of every counted ballot (headed by the step's body: Party for Ban Thường vụ or Ban Chấp hành), the
    /// summary across steps (headed as its final step) and the submission (by the approver's layout, through the unit's
    /// advisory office when it has one).
    /// </summary>
    public static async Task<List<GeneratedDocument>> RoundAsync(
        QuyHoachAppFactory app, PlanningClient staff, Guid roundId, ExpectedOffice office, bool partyApprover, IReadOnlyList<string> submissionIssuer, IReadOnlyList<string> submissionSigner)
    {
        ArgumentNullException.ThrowIfNull(app);
        var documents = new List<GeneratedDocument>();
        var ballots = await BallotsAsync(app, roundId);
        foreach (var (ballotId, party) in ballots)
        {
            documents.Add(await WordAsync(staff, $"/api/v1/ballots/{ballotId}/minutes.docx", GeneratedKind.Minutes, party, office.Issuer(party), office.Place));
        }

        var finalParty = ballots[^1].Party;
        documents.Add(await WordAsync(staff, $"/api/v1/rounds/{roundId}/tally-summary.docx", GeneratedKind.TallySummary, finalParty, office.Issuer(finalParty), office.Place));
        documents.Add(await WordAsync(staff, $"/api/v1/rounds/{roundId}/submission.docx", GeneratedKind.Submission, partyApprover, submissionIssuer, office.Place, submissionSigner));
        return documents;
    }

    /// <summary>The decision, its summary list (Word and PDF), its notice and, for an approval, the report to the level above.</summary>
    public static async Task<List<GeneratedDocument>> DecisionAsync(
        PlanningClient staff, Guid decisionId, bool approval, bool party, IReadOnlyList<string> issuer, string place, IReadOnlyList<string> signer, string authority)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var kind = approval ? GeneratedKind.ApprovalDecision : GeneratedKind.RemovalDecision;
        var documents = new List<GeneratedDocument>
        {
            await WordAsync(staff, $"/api/v1/decisions/{decisionId}/decision.docx", kind, party, issuer, place, signer, authority),
            await WordAsync(staff, $"/api/v1/decisions/{decisionId}/notice.docx", GeneratedKind.Notice, party, issuer, place, signer),
        };
        if (approval)
        {
            var summary = await WordAsync(staff, $"/api/v1/decisions/{decisionId}/summary-list.docx", GeneratedKind.SummaryList, party, issuer, place);
            var (pdf, pdfName) = await DownloadedDocuments.GetNamedAsync(staff, $"/api/v1/decisions/{decisionId}/summary-list.pdf", "application/pdf");
            documents.Add(summary);
            documents.Add(new GeneratedDocument
            {
                Url = $"/api/v1/decisions/{decisionId}/summary-list.pdf",
                FileName = pdfName,
                Kind = GeneratedKind.SummaryList,
                Party = party,
                Issuer = issuer,
                Place = place,
                Body = summary.Body,
                Styles = summary.Styles,
                PdfText = Poppler(pdf, "pdftotext", "-"),
                PdfFonts = Poppler(pdf, "pdffonts"),
            });
            documents.Add(await WordAsync(staff, $"/api/v1/decisions/{decisionId}/higher-level-report.docx", GeneratedKind.Report, party, issuer, place, signer));
        }

        return documents;
    }

    /// <summary>Every failure of every rule that applies, "document: rule: what is wrong"; each rule must apply somewhere.</summary>
    public static List<string> Check(IReadOnlyList<GeneratedDocument> documents)
    {
        var failures = new List<string>();
        foreach (var rule in LayoutRules.All)
        {
            var applies = documents.Where(rule.Applies).ToList();
            failures.AddRange(applies.Select(d => (d, rule.Failure(d))).Where(x => x.Item2 is not null).Select(x => $"{x.d.Kind} {x.d.Url}: {rule}: {x.Item2}"));
        }

        failures.AddRange(FileNames(documents));
        return failures;
    }

    /// <summary>
    /// Every download saves under its own name (the minutes per step and title, a decision's documents per number), in
    /// Vietnamese without diacritics, lower case, words joined by hyphens.
    /// </summary>
    public static IEnumerable<string> FileNames(IReadOnlyList<GeneratedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var d in documents.Where(d => !System.Text.RegularExpressions.Regex.IsMatch(d.FileName, @"^[a-z0-9]+(-[a-z0-9]+)*\.(docx|pdf|xlsx)$")))
        {
            yield return $"{d.Kind} {d.Url}: tên tệp \"{d.FileName}\" không phải chữ thường không dấu nối bằng gạch ngang";
        }

        foreach (var same in documents.GroupBy(d => d.FileName).Where(g => g.Count() > 1))
        {
            yield return $"tên tệp \"{same.Key}\" trùng giữa {string.Join(", ", same.Select(d => d.Url))}";
        }
    }

    private static async Task<GeneratedDocument> WordAsync(
        PlanningClient client, string url, GeneratedKind kind, bool party, IReadOnlyList<string> issuer, string place, IReadOnlyList<string>? signer = null, string? authority = null)
    {
        var (bytes, fileName) = await DownloadedDocuments.GetNamedAsync(client, url, Docx);
        return GeneratedDocument.FromWord(bytes, (body, styles, headers) => new GeneratedDocument
        {
            Url = url,
            FileName = fileName,
            Kind = kind,
            Party = party,
            Issuer = issuer,
            Place = place,
            SignerHeadings = signer,
            Authority = authority,
            Body = body,
            Styles = styles,
            Headers = headers,
        });
    }

    /// <summary>The counted ballots of the round in step order, each with whether its step's body is a Party body.</summary>
    private static async Task<List<(Guid Id, bool Party)>> BallotsAsync(QuyHoachAppFactory app, Guid roundId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT b.id, coalesce(bo.kind IN ('StandingCommittee', 'ExecutiveCommittee'), false)
            FROM ballots b JOIN conferences c ON c.id = b.conference_id JOIN round_steps s ON s.id = c.step_id LEFT JOIN bodies bo ON bo.id = s.body_id
            WHERE s.round_id = @round AND b.results_computed_at IS NOT NULL ORDER BY s.number, b.id
            """, connection);
        command.Parameters.AddWithValue("round", roundId);
        var ballots = new List<(Guid, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ballots.Add((reader.GetGuid(0), reader.GetBoolean(1)));
        }

        return ballots;
    }

    /// <summary>What a poppler tool (pdftotext, pdffonts) prints for the PDF.</summary>
    internal static string Poppler(byte[] pdf, string tool, params string[] after)
    {
        var path = Path.Combine(Path.GetTempPath(), $"qh-conformance-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool, [path, .. after]) { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} (poppler-utils) không chạy được.");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
