namespace QuyHoach.Documents.Ballots;

/// <summary>
/// Kích thước phiếu: the fixed geometry of every ballot page in millimetres from the page's top-left corner (A4
/// portrait). The four corner fiducials (dấu định vị) are symmetric about the page centre, so a page read upside down
/// finds them in the same places; the QR code (bottom centre) tells which way up it is. Changing any figure here
/// changes <see cref="Version"/>, so a sheet printed under one geometry is never read under another.
/// </summary>
public static class BallotGeometry
{
    /// <summary>The geometry's version, carried in the QR code.</summary>
    public const int Version = 1;

    public const double PageWidth = 210;
    public const double PageHeight = 297;

    /// <summary>Side of a fiducial's solid square: larger than a filled mark box (7 mm), so one is not taken for the other.</summary>
    public const double FiducialSize = 9;

    /// <summary>Distance from the page's edges to a fiducial's centre (inside any printer's unprintable margin).</summary>
    public const double FiducialInset = 14;

    /// <summary>Side of the QR code, quiet zone included.</summary>
    public const double QrSize = 26;

    /// <summary>Side of a mark box.</summary>
    public const double BoxSize = 7;

    public const double RowHeight = 12;
    public const double Left = 20;
    public const double Right = 190;

    /// <summary>Rows end here: below is the QR code's band.</summary>
    public const double RowsBottom = 255;

    /// <summary>The QR code's square (quiet zone included), centred at the bottom between the lower fiducials.</summary>
    public static MmRect QrArea { get; } = new((PageWidth - QrSize) / 2, 260, QrSize, QrSize);

    /// <summary>The fiducials' centres: top-left, top-right, bottom-left, bottom-right.</summary>
    public static IReadOnlyList<MmPoint> Fiducials { get; } =
    [
        new(FiducialInset, FiducialInset),
        new(PageWidth - FiducialInset, FiducialInset),
        new(FiducialInset, PageHeight - FiducialInset),
        new(PageWidth - FiducialInset, PageHeight - FiducialInset),
    ];

    /// <summary>Column widths of the table: số thứ tự, họ và tên, chức vụ hiện tại, ô đánh dấu (170 mm in all).</summary>
    public static IReadOnlyList<double> Columns { get; } = [12, 58, 70, 30];
}
