using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Word;

/// <summary>
/// Khổ giấy và lề: A4 with the margins of NĐ 30/2020/NĐ-CP Phụ lục I (top and bottom 20–25 mm, left 30–35 mm,
/// right 15–20 mm). The same margins are kept in landscape, where the binding edge is still on the left.
/// </summary>
public sealed record PageLayout(bool Landscape)
{
    /// <summary>A4 width in twips (210 mm).</summary>
    public const int A4ShortTwips = 11906;

    /// <summary>A4 height in twips (297 mm).</summary>
    public const int A4LongTwips = 16838;

    public static PageLayout Portrait { get; } = new(false);

    public static PageLayout LandscapePage { get; } = new(true);

    public int TopTwips { get; } = Twips.FromMillimetres(20);

    public int BottomTwips { get; } = Twips.FromMillimetres(20);

    public int LeftTwips { get; } = Twips.FromMillimetres(30);

    public int RightTwips { get; } = Twips.FromMillimetres(15);

    public int PageWidthTwips => Landscape ? A4LongTwips : A4ShortTwips;

    public int PageHeightTwips => Landscape ? A4ShortTwips : A4LongTwips;

    /// <summary>The width between the left and right margins: what a full-width table may use.</summary>
    public int TextWidthTwips => PageWidthTwips - LeftTwips - RightTwips;

    /// <summary>
    /// The section: <paramref name="headers"/> first (the schema's order), then size and margins, then titlePg so the
    /// first page takes its own header (<see cref="PageNumbers"/>: no number on page 1).
    /// </summary>
    public SectionProperties ToSectionProperties(IReadOnlyList<HeaderReference> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var size = new PageSize { Width = (uint)PageWidthTwips, Height = (uint)PageHeightTwips };
        if (Landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }

        var section = new SectionProperties(headers.Select(h => (HeaderReference)h.CloneNode(true)));
        section.Append(
            size,
            new PageMargin
            {
                Top = TopTwips,
                Bottom = BottomTwips,
                Left = (uint)LeftTwips,
                Right = (uint)RightTwips,
                Header = 567U,
                Footer = 567U,
                Gutter = 0U,
            });
        if (headers.Any(h => h.Type?.Value == HeaderFooterValues.First))
        {
            section.Append(new TitlePage());
        }

        return section;
    }
}
