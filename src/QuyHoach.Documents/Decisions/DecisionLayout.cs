using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Decisions;

/// <summary>The parts every approval document shares: heading, title, căn cứ lines, grouped tables, the foot.</summary>
internal static class DecisionLayout
{
    /// <summary>Table text size in portrait documents.</summary>
    public const int TablePoints = 11;

    /// <summary>The heading (Party: HD 36-HD/VPTW; State: NĐ 30/2020), the kind of document and its subject.</summary>
    public static void Head(OfficialDocument document, IssuingBody body, DateOnly date, string? number, string kind, string subject)
    {
        var width = document.Layout.TextWidthTwips;
        document.Append(OfficialHeading.Create(body, date, number, width));
        document.Append(DocumentTitle.Create(body.Kind, kind, subject, width));
    }

    /// <summary>A letter's heading from its body, date and number, then its kind and subject.</summary>
    public static void Head(OfficialDocument document, OfficialLetter letter, string kind, string subject) =>
        Head(document, letter.Body, letter.Date, letter.Number, kind, subject);

    /// <summary>"Kính gửi: …" centred under the title of a letter to a higher body.</summary>
    public static void Addressee(OfficialDocument document, string recipient) =>
        document.Append(Paragraphs.Centered($"Kính gửi: {recipient}", TextFormat.Plain, spaceBeforePoints: 6, spaceAfterPoints: 6));

    /// <summary>
    /// The căn cứ lines as each layout writes them: "- Căn cứ …;" in plain text (Party, HD 36-HD/VPTW), "Căn cứ …;" in
    /// italics (State, NĐ 30/2020).
    /// </summary>
    /// <remarks>Each line ends with ";" (the catalogue writes it so); the proposer's line follows them.</remarks>
    public static void Bases(OfficialDocument document, IssuingBody body, IReadOnlyList<string> bases, string? proposer = null)
    {
        var party = body.Kind == BodyKind.Party;
        var lines = string.IsNullOrWhiteSpace(proposer) ? bases : [.. bases, DecisionText.Proposal(body.Kind, proposer)];
        foreach (var line in lines)
        {
            document.Append(party ? Paragraphs.Body($"- {line}") : Paragraphs.Body(line, TextFormat.Emphasis));
        }
    }

    /// <summary>
    /// A decision's opening (both layouts): the heading, "QUYẾT ĐỊNH" and its subject, the authority in capitals, the
    /// bases and the proposer, then "QUYẾT ĐỊNH:" before Điều 1.
    /// </summary>
    public static void Opening(OfficialDocument document, DecisionFrame frame, string subject)
    {
        Head(document, frame.Body, frame.SignedOn, frame.Number, "QUYẾT ĐỊNH", subject);
        document.Append(Paragraphs.Centered(frame.Authority.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), TextFormat.Strong, spaceBeforePoints: 6));
        Bases(document, frame.Body, frame.Bases, frame.Proposer);
        document.Append(Paragraphs.Centered("QUYẾT ĐỊNH:", TextFormat.Strong, spaceBeforePoints: 6));
    }

    /// <summary>A decision's closing: Điều 2 (when it takes effect), Điều 3 (who carries it out), recipients and signer.</summary>
    public static void Closing(OfficialDocument document, DecisionFrame frame, string effectiveClause)
    {
        document.Append(Article(2, effectiveClause));
        document.Append(Article(3, DecisionText.Execution(frame.Responsible)));
        Foot(document, frame.Body, frame.Recipients, frame.Signer);
    }

    /// <summary>"Điều 1. text": the article label in bold.</summary>
    public static Paragraph Article(int number, string text) =>
        Paragraphs.Body(TextFormat.Strong.ToRun($"Điều {number}. "), TextFormat.Plain.ToRun(text));

    /// <summary>A paragraph that starts a new page (the annex).</summary>
    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>A letter's "Nơi nhận" and signer.</summary>
    public static void Foot(OfficialDocument document, OfficialLetter letter) =>
        Foot(document, letter.Body, letter.Recipients, letter.Signer);

    /// <summary>"Nơi nhận" and the signer.</summary>
    public static void Foot(OfficialDocument document, IssuingBody body, IReadOnlyList<string> recipients, SignatureColumn signer)
    {
        document.Append(Paragraphs.Blank());
        document.Append(SignatureBlock.WithRecipients(SignatureBlock.Punctuated(body.Kind, recipients), signer, document.Layout.TextWidthTwips));
    }

    /// <summary>
    /// A bordered table: one repeated header row, then for each group a "I. Chức danh quy hoạch: …" row and its rows.
    /// <paramref name="weights"/> are relative widths; <paramref name="left"/> the columns aligned left.
    /// </summary>
    public static Table Grouped(
        int widthTwips,
        IReadOnlyList<string> headers,
        IReadOnlyList<int> weights,
        IEnumerable<(string Group, IEnumerable<IReadOnlyList<string>> Rows)> groups,
        ISet<int> left,
        int points = TablePoints)
    {
        var widths = Widths(weights, widthTwips);
        var table = WordTable.Create(widths, bordered: true, WordTable.NarrowCellMarginTwips);
        var bold = new TextFormat(Bold: true, SizePoints: points);
        var plain = TextFormat.Plain.WithSize(points);
        WordTable.AppendRow(table, headers.Select((h, i) => WordTable.TextCell(widths[i], h, bold, JustificationValues.Center)), header: true);
        foreach (var (group, rows) in groups)
        {
            if (group.Length > 0)
            {
                WordTable.AppendGroupRow(table, group, bold, widths.Length);
            }

            foreach (var row in rows)
            {
                WordTable.AppendRow(table, row.Select((v, i) => WordTable.TextCell(
                    widths[i], v, plain, left.Contains(i) ? JustificationValues.Left : JustificationValues.Center)));
            }
        }

        return table;
    }

    /// <summary>
    /// The people removed from the plan as one numbered table: name, planned title and the reason under
    /// <paramref name="reasonHeader"/> ("Lý do", or "Căn cứ, lý do" in a submission).
    /// </summary>
    public static Table Removals(int widthTwips, IReadOnlyList<RemovalLine> removals, string reasonHeader = "Lý do")
    {
        var rows = removals.Select((r, i) => (IReadOnlyList<string>)
            [(i + 1).ToString(CultureInfo.InvariantCulture), r.FullName, r.PlannedTitle, DecisionText.Reason(r)]);
        return Grouped(widthTwips, ["STT", "Họ và tên", "Chức danh quy hoạch", reasonHeader], RemovalWeights, [("", rows)], new HashSet<int> { 1, 2, 3 });
    }

    /// <summary>The people of each title as numbered rows, numbering restarting in each title.</summary>
    public static IEnumerable<(string Group, IEnumerable<IReadOnlyList<string>> Rows)> ByTitle(
        IReadOnlyList<TitleGroup> titles, Func<int, PlannedPerson, TitleGroup, IReadOnlyList<string>> row) =>
        titles.Select((t, g) => (DecisionText.TitleGroup(g + 1, t.TitleName), t.People.Select((p, i) => row(i + 1, p, t))));

    private static readonly int[] RemovalWeights = [60, 190, 170, 480];

    private static int[] Widths(IReadOnlyList<int> weights, int widthTwips)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => widthTwips * w / total).ToArray();
        widths[^1] += widthTwips - widths.Sum();
        return widths;
    }
}
