using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QuyHoach.Documents.Decisions;

namespace QuyHoach.Documents.Pdf;

/// <summary>
/// Danh sách trích ngang as PDF: landscape A4 with the margins of NĐ 30/2020, the heading of the issuing body (Party
/// or State), the 13 columns of <see cref="SummaryListColumns"/> with text wrapped in each cell, the header row
/// repeated at the top of every page, a group row per title, the signatures, and the page number centred in the top
/// margin from page 2 on, as in the Word documents (<see cref="PageNumbers"/>). The font (Liberation Serif, Times New
/// Roman's metrics) is embedded (<see cref="VietnameseFontResolver"/>).
/// </summary>
public static class SummaryListPdf
{
    private const double MmToPoints = 72 / 25.4;
    private const double Pad = 2;
    private const double TablePoints = 8;

    /// <summary>Where the page number starts, from the top edge: the Word header's distance (567 twips).</summary>
    private const double HeaderMillimetres = 10;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void Write(Stream output, SummaryList list)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(list);
        PdfFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = "Danh sách trích ngang cán bộ quy hoạch";
        document.Language = "vi-VN";
        using (var writer = new PageWriter(document))
        {
            writer.Heading(list);
            writer.Table(list);
            writer.Signatures(list.Signatures);
        }

        NumberPages(document);
        document.Save(output, closeStream: false);
    }

    /// <summary>The number alone, centred in the top margin (the same band as the Word header), none on page 1.</summary>
    private static void NumberPages(PdfDocument document)
    {
        var font = new XFont(VietnameseFontResolver.FamilyName, PageNumbers.Points);
        for (var i = 0; i < document.PageCount; i++)
        {
            if (PageNumbers.Label(i + 1) is not { } label)
            {
                continue;
            }

            var page = document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            graphics.DrawString(label, font, XBrushes.Black,
                new XRect(0, HeaderMillimetres * MmToPoints, page.Width.Point, PageNumbers.Points * 1.2), XStringFormats.TopCenter);
        }
    }

    /// <summary>Lays content top to bottom, starting a new page (and repeating the table header) when full.</summary>
    private sealed class PageWriter : IDisposable
    {
        private readonly PdfDocument document;
        private readonly XFont plain = new(VietnameseFontResolver.FamilyName, TablePoints);
        private readonly XFont bold = new(VietnameseFontResolver.FamilyName, TablePoints, XFontStyleEx.Bold);
        private readonly double left = 30 * MmToPoints;
        private readonly double top = 20 * MmToPoints;
        private readonly double width;
        private readonly double bottom;
        private XGraphics? graphics;
        private double y;
        private double[] widths = [];

        public PageWriter(PdfDocument document)
        {
            this.document = document;
            NewPage();
            width = Graphics.PageSize.Width - left - (15 * MmToPoints);
            bottom = Graphics.PageSize.Height - (20 * MmToPoints);
        }

        private XGraphics Graphics => graphics!;

        public void Heading(SummaryList list)
        {
            var party = list.Body.Kind == BodyKind.Party;
            var leftWidth = width * (party ? 0.45 : 0.40);
            var rightWidth = width - leftWidth;
            var name = new XFont(VietnameseFontResolver.FamilyName, 12, XFontStyleEx.Bold);
            var normal = new XFont(VietnameseFontResolver.FamilyName, 12);
            var italic = new XFont(VietnameseFontResolver.FamilyName, 12, XFontStyleEx.Italic);
            var leftLines = new List<(string, XFont)>();
            if (!string.IsNullOrWhiteSpace(list.Body.Superior))
            {
                leftLines.Add((list.Body.Superior.ToUpper(Vietnamese), normal));
            }

            leftLines.Add((list.Body.Name.ToUpper(Vietnamese), name));
            leftLines.Add((party ? "*" : "", normal));
            leftLines.Add((list.Number ?? "", normal));
            List<(string, XFont)> rightLines = party
                ? [(OfficialHeading.PartyTitle, new XFont(VietnameseFontResolver.FamilyName, 13, XFontStyleEx.Bold | XFontStyleEx.Underline)), ("", normal)]
                : [(OfficialHeading.StateTitle, name), (OfficialHeading.StateMotto, new XFont(VietnameseFontResolver.FamilyName, 12, XFontStyleEx.Bold | XFontStyleEx.Underline))];
            rightLines.Add(("", normal));
            rightLines.Add((VietnameseDate.Line(list.Body.Place, list.Date), italic));
            while (leftLines.Count < rightLines.Count)
            {
                leftLines.Insert(leftLines.Count - 1, ("", normal));
            }

            var lineHeight = 15.0;
            var rows = Math.Max(leftLines.Count, rightLines.Count);
            for (var i = 0; i < rows; i++)
            {
                // The number and the date line stand level on the last row.
                var l = i < leftLines.Count ? leftLines[i] : ("", normal);
                var r = i < rightLines.Count ? rightLines[i] : ("", normal);
                Centered(l.Item1, l.Item2, left, leftWidth, y + (i * lineHeight), lineHeight);
                Centered(r.Item1, r.Item2, left + leftWidth, rightWidth, y + (i * lineHeight), lineHeight);
            }

            if (!party)
            {
                var ruleY = y + (2 * lineHeight) + 4;
                Graphics.DrawLine(XPens.Black, left + (leftWidth / 2) - 40, ruleY, left + (leftWidth / 2) + 40, ruleY);
            }

            y += (rows * lineHeight) + 12;
            var kind = DocumentTitle.KindFormat(list.Body.Kind);
            Centered(SummaryListColumns.Title, new XFont(VietnameseFontResolver.FamilyName, kind.SizePoints!.Value, XFontStyleEx.Bold), left, width, y, 18);
            y += 18;
            Centered(SummaryListColumns.Subtitle(list), name, left, width, y, 16);
            y += 24;
        }

        public void Table(SummaryList list)
        {
            var weights = SummaryListColumns.Weights;
            var total = weights.Sum();
            widths = [.. weights.Select(w => width * w / total)];
            HeaderRow();
            var group = 0;
            foreach (var title in list.Titles)
            {
                Row([Decisions.DecisionText.TitleGroup(++group, title.TitleName)], [width], bold, [true], keepWithNext: true);
                var number = 0;
                foreach (var person in title.People)
                {
                    var cells = SummaryListColumns.Cells(++number, person);
                    Row(cells, widths, plain, [.. cells.Select((_, i) => SummaryListColumns.Left.Contains(i))]);
                }
            }
        }

        public void Signatures(IReadOnlyList<SignatureColumn> columns)
        {
            if (columns.Count == 0)
            {
                return;
            }

            var font = new XFont(VietnameseFontResolver.FamilyName, 12, XFontStyleEx.Bold);
            var lines = columns.Max(c => c.Headings.Count + (c.Names.Count * 5));
            Ensure((lines + 1) * 15);
            y += 15;
            var columnWidth = width / columns.Count;
            for (var k = 0; k < columns.Count; k++)
            {
                var lineY = y;
                foreach (var heading in columns[k].Headings)
                {
                    Centered(heading.ToUpper(Vietnamese), font, left + (k * columnWidth), columnWidth, lineY, 15);
                    lineY += 15;
                }

                foreach (var name in columns[k].Names)
                {
                    lineY += 4 * 15;
                    Centered(name, font, left + (k * columnWidth), columnWidth, lineY, 15);
                    lineY += 15;
                }
            }

            y += lines * 15;
        }

        public void Dispose() => graphics?.Dispose();

        private void HeaderRow() => Row(SummaryListColumns.Headers, widths, bold, [.. SummaryListColumns.Headers.Select(_ => false)], header: true);

        private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> cellWidths, XFont font, IReadOnlyList<bool> alignLeft, bool header = false, bool keepWithNext = false)
        {
            var lineHeight = font.GetHeight();
            var wrapped = cells.Select((c, i) => PdfText.Wrap(Graphics, c, font, cellWidths[i] - (2 * Pad))).ToList();
            var height = (wrapped.Max(w => w.Count) * lineHeight) + (2 * Pad);
            // A group row is kept with the first person of its title (room for two rows).
            if (y + height + (keepWithNext ? height * 2 : 0) > bottom && !header)
            {
                NewPage();
                HeaderRow();
            }

            var x = left;
            for (var i = 0; i < cells.Count; i++)
            {
                Graphics.DrawRectangle(XPens.Black, x, y, cellWidths[i], height);
                var lineY = y + Pad;
                foreach (var line in wrapped[i])
                {
                    var box = new XRect(x + Pad, lineY, cellWidths[i] - (2 * Pad), lineHeight);
                    Graphics.DrawString(line, font, XBrushes.Black, box, alignLeft[i] ? XStringFormats.TopLeft : XStringFormats.TopCenter);
                    lineY += lineHeight;
                }

                x += cellWidths[i];
            }

            y += height;
        }

        private void Ensure(double height)
        {
            if (y + height > bottom)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            graphics?.Dispose();
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(297);
            page.Height = XUnit.FromMillimeter(210);
            graphics = XGraphics.FromPdfPage(page);
            y = top;
        }

        private void Centered(string text, XFont font, double x, double w, double lineY, double h)
        {
            if (text.Length > 0)
            {
                Graphics.DrawString(text, font, XBrushes.Black, new XRect(x, lineY, w, h), XStringFormats.TopCenter);
            }
        }
    }
}
