using PdfSharp.Fonts;

namespace QuyHoach.Documents.Pdf;

/// <summary>
/// Phông chữ tiếng Việt cho PDF: a PDFsharp font resolver that serves a serif face with every Vietnamese glyph from
/// the Debian font packages (Noto Serif from fonts-noto-core, else DejaVu Serif from fonts-dejavu-core), so the file
/// embeds its font (a subset) and reads the same on any machine.
/// </summary>
public sealed class VietnameseFontResolver : IFontResolver
{
    /// <summary>The family name PDF documents ask for; every family resolves to these faces.</summary>
    public const string FamilyName = "QuyHoach Serif";

    private const string RegularFace = "QuyHoachSerif-Regular";
    private const string BoldFace = "QuyHoachSerif-Bold";

    /// <summary>Candidate (regular, bold) files, in order of preference.</summary>
    public static IReadOnlyList<(string Regular, string Bold)> Candidates { get; } =
    [
        ("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf"),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    ];

    private readonly byte[] regular;
    private readonly byte[] bold;

    /// <summary>Loads the first pair of font files found; throws when there is none.</summary>
    public VietnameseFontResolver()
        : this(Candidates)
    {
    }

    /// <summary>Loads the first pair of <paramref name="candidates"/> whose regular file exists.</summary>
    public VietnameseFontResolver(IReadOnlyList<(string Regular, string Bold)> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var (regularPath, boldPath) = candidates.FirstOrDefault(c => File.Exists(c.Regular));
        if (regularPath is null)
        {
            throw new InvalidOperationException(
                "Không tìm thấy phông chữ tiếng Việt để tạo PDF (Noto Serif hoặc DejaVu Serif). " +
                "Hãy cài gói fonts-noto-core hoặc fonts-dejavu-core (apt-get install fonts-noto-core fonts-dejavu-core).");
        }

        RegularPath = regularPath;
        regular = File.ReadAllBytes(regularPath);
        // A missing bold file falls back to the regular face with simulated bold.
        BoldPath = File.Exists(boldPath) ? boldPath : null;
        bold = BoldPath is null ? regular : File.ReadAllBytes(BoldPath);
    }

    /// <summary>The regular face's file in use.</summary>
    public string RegularPath { get; }

    /// <summary>The bold face's file in use; null when bold is simulated.</summary>
    public string? BoldPath { get; }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!bold)
        {
            return new FontResolverInfo(RegularFace, false, italic);
        }

        return BoldPath is null ? new FontResolverInfo(RegularFace, true, italic) : new FontResolverInfo(BoldFace, false, italic);
    }

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? bold : regular;
}
