using PdfSharp.Fonts;

namespace QuyHoach.Documents.Pdf;

/// <summary>The four files of a serif family: the regular face is required, the others fall back to simulation.</summary>
public sealed record SerifFaces(string Regular, string Bold, string Italic, string BoldItalic)
{
    /// <summary>Liberation Serif's files in <paramref name="folder"/>.</summary>
    public static SerifFaces Liberation(string folder) => new(
        Path.Combine(folder, "LiberationSerif-Regular.ttf"), Path.Combine(folder, "LiberationSerif-Bold.ttf"),
        Path.Combine(folder, "LiberationSerif-Italic.ttf"), Path.Combine(folder, "LiberationSerif-BoldItalic.ttf"));

    /// <summary>Tinos's files in <paramref name="folder"/>.</summary>
    public static SerifFaces Tinos(string folder) => new(
        Path.Combine(folder, "Tinos-Regular.ttf"), Path.Combine(folder, "Tinos-Bold.ttf"),
        Path.Combine(folder, "Tinos-Italic.ttf"), Path.Combine(folder, "Tinos-BoldItalic.ttf"));
}

/// <summary>
/// Phông chữ tiếng Việt cho PDF: a PDFsharp font resolver that serves a face with Times New Roman's metrics (the font
/// of NĐ 30/2020 and HD 36-HD/VPTW) and every Vietnamese glyph, from Debian's packages: Liberation Serif 2
/// (fonts-liberation2; on Debian 13 fonts-liberation holds version 2), else Tinos (fonts-croscore). Every PDF embeds
/// the subset it uses, so it reads the same on any machine.
/// </summary>
public sealed class VietnameseFontResolver : IFontResolver
{
    /// <summary>The family name PDF documents ask for; every family resolves to these faces.</summary>
    public const string FamilyName = "QuyHoach Serif";

    /// <summary>The Debian package ./run and ./test install for it.</summary>
    public const string Package = "fonts-liberation2";

    /// <summary>Candidate families, in order of preference.</summary>
    public static IReadOnlyList<SerifFaces> Candidates { get; } =
    [
        SerifFaces.Liberation("/usr/share/fonts/truetype/liberation2"),
        SerifFaces.Tinos("/usr/share/fonts/truetype/croscore"),
        SerifFaces.Liberation("/usr/share/fonts/truetype/liberation"),
    ];

    private readonly Dictionary<string, byte[]> faces = [];

    /// <summary>The first of <paramref name="candidates"/> (by default <see cref="Candidates"/>) whose regular face is on
    /// this machine, or null: what the PDFs and the charts are set in (the health page and the start-up banner say when
    /// there is none).</summary>
    public static SerifFaces? Installed(IReadOnlyList<SerifFaces>? candidates = null) =>
        (candidates ?? Candidates).FirstOrDefault(c => File.Exists(c.Regular));

    /// <summary>Loads the first family found; throws <see cref="FontMissingException"/> when there is none.</summary>
    public VietnameseFontResolver()
        : this(Candidates)
    {
    }

    /// <summary>Loads the first of <paramref name="candidates"/> whose regular file exists.</summary>
    public VietnameseFontResolver(IReadOnlyList<SerifFaces> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var family = Installed(candidates) ?? throw new FontMissingException();
        RegularPath = family.Regular;
        faces[family.Regular] = File.ReadAllBytes(family.Regular);
        // A missing face falls back to the regular one, with bold or italic simulated.
        BoldPath = Load(family.Bold);
        ItalicPath = Load(family.Italic);
        BoldItalicPath = Load(family.BoldItalic);
    }

    /// <summary>The regular face's file in use.</summary>
    public string RegularPath { get; }

    /// <summary>The bold face's file in use; null when bold is simulated.</summary>
    public string? BoldPath { get; }

    /// <summary>The italic face's file in use; null when italic is simulated.</summary>
    public string? ItalicPath { get; }

    /// <summary>The bold italic face's file in use; null when it is simulated.</summary>
    public string? BoldItalicPath { get; }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var exact = (bold, italic) switch
        {
            (true, true) => BoldItalicPath,
            (true, false) => BoldPath,
            (false, true) => ItalicPath,
            _ => RegularPath,
        };
        return exact is not null
            ? new FontResolverInfo(exact, false, false)
            : new FontResolverInfo(RegularPath, bold, italic);
    }

    public byte[]? GetFont(string faceName) => faces.TryGetValue(faceName, out var bytes) ? bytes : faces[RegularPath];

    private string? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        faces[path] = File.ReadAllBytes(path);
        return path;
    }
}
