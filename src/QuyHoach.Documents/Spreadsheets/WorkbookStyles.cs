using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QuyHoach.Documents.Spreadsheets;

/// <summary>The few cell styles every written workbook needs; the indices refer to <see cref="Create"/>'s cellXfs.</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint Wrap = 3;

    /// <summary>Built-in number format 49 is Excel's "Text" (<c>@</c>).</summary>
    private const uint TextFormatId = 49;

    /// <summary>The second font of <see cref="Create"/>: Calibri 11 in bold.</summary>
    private const uint BoldFontId = 1;

    public static Stylesheet Create() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        // Excel requires the first two fills to be "none" and "gray125", whatever the styles use.
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            TopWrapped(BoldFontId),
            new CellFormat { NumberFormatId = TextFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            TopWrapped(0))
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    public static uint ForColumn(SheetColumn column) => column.Text ? Text : column.Wrap ? Wrap : Default;

    /// <summary>Text at the top of its cell, wrapped; in bold with <see cref="BoldFontId"/> (the header).</summary>
    private static CellFormat TopWrapped(uint fontId) => new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
    {
        NumberFormatId = 0,
        FontId = fontId,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyFont = fontId == BoldFontId ? true : null,
        ApplyAlignment = true,
    };

    /// <summary>Freezes the first row, so the headers stay visible while scrolling.</summary>
    public static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });
}
