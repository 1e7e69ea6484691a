using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QuyHoach.Documents.Pdf;

namespace QuyHoach.Documents.Ballots;

/// <summary>
/// Phiếu in sẵn: writes the ballots of a conference as one print-ready PDF (A4 portrait, Liberation Serif embedded):
/// for each ballot, as many sheets as asked, each sheet of one or more pages carrying the heading of the body, the
/// stamp area, the title, the instruction, the candidates in the ballot's order and the write-in lines, and on every
/// page the four fiducials and a QR code (<see cref="BallotCode"/>). The positions come from
/// <see cref="BallotLayoutPlanner"/>, the same plan the reader uses.
/// </summary>
public static class BallotPdf
{
    /// <summary>Writes <paramref name="prints"/> to <paramref name="output"/> and returns the layout of each ballot.</summary>
    public static IReadOnlyList<BallotLayout> Write(Stream output, IReadOnlyList<BallotPrint> prints)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(prints);
        foreach (var print in prints)
        {
            if (!BallotCode.IsValidKey(print.Paper.BallotKey) || print.Sheets < 0 || print.Paper.Quota < 0)
            {
                throw new ArgumentException("Phiếu cần in không hợp lệ.", nameof(prints));
            }
        }

        PdfFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = "Phiếu giới thiệu quy hoạch cán bộ";
        document.Language = "vi-VN";
        var layouts = new List<BallotLayout>();
        foreach (var print in prints)
        {
            var plan = BallotLayoutPlanner.Pages(print.Paper);
            var layout = BallotLayoutPlanner.Layout(print.Paper);
            layouts.Add(layout);
            for (var sheet = 0; sheet < print.Sheets; sheet++)
            {
                var sheetCode = BallotCode.NewSheetCode();
                foreach (var page in plan)
                {
                    var code = new BallotCode(layout.BallotKey, layout.Version, layout.Fingerprint, page.Page, plan.Count, sheetCode);
                    var pdfPage = document.AddPage();
                    pdfPage.Width = XUnit.FromMillimeter(BallotGeometry.PageWidth);
                    pdfPage.Height = XUnit.FromMillimeter(BallotGeometry.PageHeight);
                    using var graphics = XGraphics.FromPdfPage(pdfPage);
                    graphics.ScaleTransform(72 / 25.4);
                    var painter = new BallotPagePainter(graphics, print.Paper);
                    if (page.Page == 1)
                    {
                        painter.Heading();
                    }
                    else
                    {
                        painter.Continuation();
                    }

                    painter.Table(page);
                    painter.Marks(code);
                }
            }
        }

        document.Save(output, closeStream: false);
        return layouts;
    }
}

/// <summary>Draws one ballot page in millimetres (the caller scales the graphics to millimetres).</summary>
internal sealed class BallotPagePainter(XGraphics graphics, BallotPaper paper)
{
    private const double Point = 25.4 / 72;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly XBrush Ink = XBrushes.Black;

    /// <summary>A font of <paramref name="points"/> points; the page is drawn in millimetres.</summary>
    private static XFont Font(double points, XFontStyleEx style = XFontStyleEx.Regular) => new(VietnameseFontResolver.FamilyName, points * Point, style);

    public void Heading()
    {
        var heading = paper.Heading;
        var leftWidth = 80.0;
        var y = 18.0;
        if (!string.IsNullOrWhiteSpace(heading.Superior))
        {
            Text(heading.Superior.ToUpper(Vietnamese), Font(12), BallotGeometry.Left, y, leftWidth);
            y += 5.5;
        }

        Text(heading.BodyName.ToUpper(Vietnamese), Font(12, XFontStyleEx.Bold), BallotGeometry.Left, y, leftWidth);
        Text("*", Font(12), BallotGeometry.Left, y + 5.5, leftWidth);
        Text(OfficialHeading.PartyTitle, Font(13, XFontStyleEx.Bold | XFontStyleEx.Underline), BallotGeometry.Left + leftWidth, 18, BallotGeometry.Right - BallotGeometry.Left - leftWidth);
        Text(VietnameseDate.Line(heading.Place, heading.Date), Font(12, XFontStyleEx.Italic), BallotGeometry.Left + leftWidth, 29, BallotGeometry.Right - BallotGeometry.Left - leftWidth);

        // Chỗ đóng dấu: the body's stamp goes here, clear of the fiducials and of the mark boxes.
        var stamp = new XPen(XColors.Gray, 0.2) { DashStyle = XDashStyle.Dash };
        graphics.DrawEllipse(stamp, 42, 38, 30, 30);
        Text("(đóng dấu)", Font(9, XFontStyleEx.Italic), 42, 51, 30, XBrushes.Gray);

        var width = BallotGeometry.Right - BallotGeometry.Left;
        Text(BallotText.Title(paper.Kind), Font(16, XFontStyleEx.Bold), BallotGeometry.Left, 62, width);
        Text(BallotText.Subject(paper), Font(13, XFontStyleEx.Bold), BallotGeometry.Left, 69.5, width);
        Text(heading.ConferenceName, Font(12), BallotGeometry.Left, 75.5, width);
        var instruction = Font(11, XFontStyleEx.Italic);
        var lineY = 81.5;
        foreach (var line in PdfText.Wrap(graphics, BallotText.Instruction(paper), instruction, width).Take(4))
        {
            Text(line, instruction, BallotGeometry.Left, lineY, width, alignLeft: true);
            lineY += 4.5;
        }
    }

    public void Continuation()
    {
        Text(BallotText.Continuation(paper), Font(12, XFontStyleEx.Bold), BallotGeometry.Left, 22, BallotGeometry.Right - BallotGeometry.Left);
    }

    public void Table(BallotPagePlan page)
    {
        var pen = new XPen(XColors.Black, 0.3);
        var columns = BallotGeometry.Columns;
        var x = BallotGeometry.Left;
        for (var c = 0; c < columns.Count; c++)
        {
            graphics.DrawRectangle(pen, x, page.TableTop, columns[c], BallotLayoutPlanner.HeaderRowHeight);
            Text(BallotText.Headers[c], Font(11, XFontStyleEx.Bold), x, page.TableTop + 2.2, columns[c]);
            x += columns[c];
        }

        var boxes = new XPen(XColors.Black, 0.35);
        foreach (var row in page.Rows)
        {
            var h = BallotGeometry.RowHeight;
            x = BallotGeometry.Left;
            graphics.DrawRectangle(pen, x, row.Top, columns[0], h);
            Text(row.Number.ToString(Vietnamese), Font(11), x, row.Top + 3.6, columns[0]);
            x += columns[0];
            if (row.Candidate is { } candidate)
            {
                graphics.DrawRectangle(pen, x, row.Top, columns[1], h);
                Cell(candidate.FullName, Font(11, XFontStyleEx.Bold), x, row.Top, columns[1]);
                x += columns[1];
                graphics.DrawRectangle(pen, x, row.Top, columns[2], h);
                Cell(candidate.CurrentPost, Font(10), x, row.Top, columns[2]);
                x += columns[2];
            }
            else
            {
                graphics.DrawRectangle(pen, x, row.Top, columns[1] + columns[2], h);
                Text(BallotText.WriteInLine, Font(10), x + 1.5, row.Top + 7, columns[1] + columns[2] - 3, alignLeft: true);
                x += columns[1] + columns[2];
            }

            graphics.DrawRectangle(pen, x, row.Top, columns[3], h);
            var side = BallotGeometry.BoxSize;
            graphics.DrawRectangle(boxes, x + ((columns[3] - side) / 2), row.Top + ((h - side) / 2), side, side);
        }
    }

    /// <summary>The fiducials, the QR code and the page label: what a machine needs, nothing about a voter.</summary>
    public void Marks(BallotCode code)
    {
        var half = BallotGeometry.FiducialSize / 2;
        foreach (var centre in BallotGeometry.Fiducials)
        {
            graphics.DrawRectangle(Ink, centre.X - half, centre.Y - half, BallotGeometry.FiducialSize, BallotGeometry.FiducialSize);
        }

        var area = BallotGeometry.QrArea;
        var modules = BallotQr.Modules(code.Text);
        var size = area.Width / modules.GetLength(0);
        for (var r = 0; r < modules.GetLength(0); r++)
        {
            for (var c = 0; c < modules.GetLength(1); c++)
            {
                if (modules[r, c])
                {
                    // A hair of overlap so adjacent modules print as one area, without seams.
                    graphics.DrawRectangle(Ink, area.X + (c * size), area.Y + (r * size), size + 0.02, size + 0.02);
                }
            }
        }

        Text(BallotText.PageLabel(code.Page, code.Pages), Font(10), area.X + area.Width + 4, 276, 40, alignLeft: true);
    }

    private void Cell(string text, XFont font, double x, double top, double width)
    {
        var lines = PdfText.Wrap(graphics, text, font, width - 3).Take(2).ToList();
        var lineHeight = font.Size * 1.15;
        var y = top + ((BallotGeometry.RowHeight - (lines.Count * lineHeight)) / 2);
        foreach (var line in lines)
        {
            Text(line, font, x + 1.5, y, width - 3, alignLeft: true);
            y += lineHeight;
        }
    }

    private void Text(string text, XFont font, double x, double y, double width, XBrush? brush = null, bool alignLeft = false) =>
        graphics.DrawString(text, font, brush ?? Ink, new XRect(x, y, width, font.Size * 1.2), alignLeft ? XStringFormats.TopLeft : XStringFormats.TopCenter);
}
