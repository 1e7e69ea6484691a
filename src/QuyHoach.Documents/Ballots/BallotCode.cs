using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace QuyHoach.Documents.Ballots;

/// <summary>
/// Mã trên phiếu: what a page's QR code says, and nothing more: the ballot, its layout's version and fingerprint, the
/// page, and a random sheet code shared by the pages of one sheet. The sheet code is drawn when the PDF is written and
/// recorded nowhere, so it cannot be linked to whoever received the sheet (ADR 0013); the reader uses it only to join a
/// sheet's pages and to notice a sheet scanned twice. Upper-case letters, digits and ':' keep the code in the QR
/// alphanumeric mode (version 3 at level M).
/// </summary>
/// <param name="BallotKey">The ballot (<see cref="BallotPaper.BallotKey"/>).</param>
/// <param name="Version">The geometry version.</param>
/// <param name="Fingerprint">The layout's fingerprint.</param>
/// <param name="Page">Trang, from 1.</param>
/// <param name="Pages">Số trang của một tờ phiếu.</param>
/// <param name="SheetCode">Sixteen hexadecimal digits, random per sheet.</param>
public sealed partial record BallotCode(string BallotKey, int Version, string Fingerprint, int Page, int Pages, string SheetCode)
{
    private const string Prefix = "QHP";

    /// <summary>The text the QR code holds.</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Version}:{BallotKey}:{Fingerprint}:{Page}:{Pages}:{SheetCode}");

    /// <summary>A fresh random sheet code (64 bits from the operating system's generator).</summary>
    public static string NewSheetCode() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

    /// <summary>True when <paramref name="key"/> can be carried: 1–20 upper-case letters, digits or '-'.</summary>
    public static bool IsValidKey(string key) => key is not null && KeyPattern().IsMatch(key);

    /// <summary>Reads <paramref name="text"/>; null when it is not a ballot code.</summary>
    public static BallotCode? Parse(string? text)
    {
        if (text is null || CodePattern().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var version = int.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture);
        var page = int.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture);
        var pages = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return page >= 1 && page <= pages
            ? new BallotCode(m.Groups["k"].Value, version, m.Groups["f"].Value, page, pages, m.Groups["s"].Value)
            : null;
    }

    [GeneratedRegex("^[A-Z0-9-]{1,20}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^QHP(?<v>[0-9]{1,3}):(?<k>[A-Z0-9-]{1,20}):(?<f>[0-9A-F]{8}):(?<p>[0-9]{1,2}):(?<n>[0-9]{1,2}):(?<s>[0-9A-F]{16})$")]
    private static partial Regex CodePattern();
}
