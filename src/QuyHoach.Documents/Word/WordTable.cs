using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>
/// Tables with fixed column widths: borderless (the heading, signatures) or bordered with single black lines
/// (lists and tallies). Rows marked as header repeat at the top of every page.
/// </summary>
public static class WordTable
{
    /// <summary>Left and right padding of every cell, in twips (Word's default 0.19 cm).</summary>
    public const int CellMarginTwips = 108;

    /// <summary>The padding of dense tables with many narrow columns (0.1 cm).</summary>
    public const int NarrowCellMarginTwips = 57;

    public static Table Create(IReadOnlyList<int> columnWidthsTwips, bool bordered, int cellMarginTwips = CellMarginTwips)
    {
        ArgumentNullException.ThrowIfNull(columnWidthsTwips);
        var properties = new TableProperties(
            new TableWidth { Width = Twips.Text(columnWidthsTwips.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            Borders(bordered),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = (short)cellMarginTwips, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = (short)cellMarginTwips, Type = TableWidthValues.Dxa }));
        var grid = new TableGrid(columnWidthsTwips.Select(w => new GridColumn { Width = Twips.Text(w) }));
        return new Table(properties, grid);
    }

    /// <summary>Appends a row; a header row repeats on every page and is never split across pages.</summary>
    public static TableRow AppendRow(Table table, IEnumerable<TableCell> cells, bool header = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var row = new TableRow();
        var rowProperties = new TableRowProperties(new CantSplit());
        if (header)
        {
            rowProperties.Append(new TableHeader());
        }

        row.Append(rowProperties);
        row.Append(cells);
        table.Append(row);
        return row;
    }

    /// <summary>A full-width row of one left-aligned line (a group heading) that stays on the page of the row after it.</summary>
    public static TableRow AppendGroupRow(Table table, string text, TextFormat format, int columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        var width = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        var paragraph = Paragraphs.Of(JustificationValues.Left, 2, 2, format.ToRun(text));
        paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        return AppendRow(table, [Cell(width, [paragraph], span: columns)]);
    }

    /// <summary>
    /// A cell holding paragraphs; <paramref name="span"/> merges columns, <paramref name="merge"/> rows. Cells are
    /// centred vertically unless <paramref name="top"/> (layout tables, whose columns must start on the same line).
    /// </summary>
    public static TableCell Cell(int widthTwips, IEnumerable<Paragraph> paragraphs, int span = 1, MergedCell merge = MergedCell.None, bool top = false)
    {
        var alignment = top ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center;
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips.Text(widthTwips), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        if (merge != MergedCell.None)
        {
            properties.VerticalMerge = new VerticalMerge { Val = merge == MergedCell.Start ? MergedCellValues.Restart : MergedCellValues.Continue };
        }

        properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = alignment };
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    /// <summary>A cell of one line of text with no spacing, for dense tables.</summary>
    public static TableCell TextCell(int widthTwips, string text, TextFormat format, JustificationValues alignment, int span = 1, MergedCell merge = MergedCell.None) =>
        Cell(widthTwips, [Paragraphs.Of(alignment, 2, 2, format.ToRun(text))], span, merge);

    private static TableBorders Borders(bool bordered)
    {
        var kind = bordered ? BorderValues.Single : BorderValues.None;
        var size = bordered ? 4U : 0U;
        return new TableBorders(
            new TopBorder { Val = kind, Size = size, Color = "000000" },
            new LeftBorder { Val = kind, Size = size, Color = "000000" },
            new BottomBorder { Val = kind, Size = size, Color = "000000" },
            new RightBorder { Val = kind, Size = size, Color = "000000" },
            new InsideHorizontalBorder { Val = kind, Size = size, Color = "000000" },
            new InsideVerticalBorder { Val = kind, Size = size, Color = "000000" });
    }
}

/// <summary>Vertical merging of a cell with the cells below it.</summary>
public enum MergedCell
{
    None,
    Start,
    Continue,
}
