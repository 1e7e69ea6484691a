using System.Security.Cryptography;
using System.Text;

namespace QuyHoach.Documents.Ballots;

/// <summary>A point on the page in millimetres from the top-left corner.</summary>
public sealed record MmPoint(double X, double Y);

/// <summary>A rectangle on the page in millimetres from the top-left corner.</summary>
public sealed record MmRect(double X, double Y, double Width, double Height)
{
    /// <summary>The rectangle shrunk by <paramref name="by"/> on every side (grown when negative).</summary>
    public MmRect Inset(double by) => new(X + by, Y + by, Width - (2 * by), Height - (2 * by));
}

/// <summary>Ô đánh dấu: one mark box and the line it belongs to.</summary>
/// <param name="LineId">The printed line's id; null for a write-in line.</param>
/// <param name="Box">The box's square.</param>
/// <param name="WriteInArea">For a write-in line, where the name is written (cropped for a member to type).</param>
public sealed record MarkBox(string? LineId, MmRect Box, MmRect? WriteInArea = null);

/// <summary>The mark boxes of one page.</summary>
public sealed record PageLayout(int Page, IReadOnlyList<MarkBox> Boxes);

/// <summary>
/// Bố cục phiếu: where every mark box of a ballot's pages lies, generated with the PDF from the same plan
/// (<see cref="BallotLayoutPlanner"/>) so the reader knows where to look. <see cref="Fingerprint"/> hashes the layout;
/// the QR code carries it, so a sheet printed from another candidate list is never read with this one.
/// </summary>
public sealed record BallotLayout(string BallotKey, BallotPaperKind Kind, int Quota, IReadOnlyList<PageLayout> Pages)
{
    /// <summary>The geometry version (<see cref="BallotGeometry.Version"/>).</summary>
    public int Version { get; init; } = BallotGeometry.Version;

    /// <summary>Eight hexadecimal digits of the SHA-256 of the layout in a canonical text (hundredths of a millimetre).</summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Version};{BallotKey};{Kind};{Quota}");
            foreach (var page in Pages)
            {
                text.Append(CultureInfo.InvariantCulture, $";p{page.Page}");
                foreach (var box in page.Boxes)
                {
                    text.Append(CultureInfo.InvariantCulture, $";{box.LineId ?? "*"}@{Hundredths(box.Box.X)},{Hundredths(box.Box.Y)}");
                }
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..8];
        }
    }

    /// <summary>The printed lines in ballot order.</summary>
    public IEnumerable<string> LineIds => Pages.SelectMany(p => p.Boxes).Select(b => b.LineId).OfType<string>();

    private static long Hundredths(double mm) => (long)Math.Round(mm * 100);
}
