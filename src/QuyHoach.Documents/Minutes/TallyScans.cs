namespace QuyHoach.Documents.Minutes;

/// <summary>A scanned page in the minutes' annex: the file it came from, its page number there, and the image's SHA-256.</summary>
public sealed record ScannedPage(string FileName, int Page, string Sha256);

/// <summary>
/// Kiểm phiếu bằng máy quét, as the minutes print it: the counting log (nhật ký kiểm phiếu: who uploaded what, what the
/// reader decided, what the committee decided and why), one sentence per line in time order, and the annex listing
/// every page image by its SHA-256, so anyone holding the sealed images can prove they are the ones counted.
/// </summary>
public sealed record TallyScans(IReadOnlyList<string> Log, IReadOnlyList<ScannedPage> Pages);

/// <summary>Writes <see cref="TallyScans"/> after the minutes' signatures.</summary>
internal static class TallyScansSection
{
    public static void Append(OfficialDocument document, TallyScans scans)
    {
        document.Append(Paragraphs.Blank());
        document.Append(Paragraphs.Body("NHẬT KÝ KIỂM PHIẾU BẰNG MÁY QUÉT", TextFormat.Strong));
        foreach (var line in scans.Log)
        {
            document.Append(Paragraphs.Body($"- {line}"));
        }

        document.Append(Paragraphs.Blank());
        document.Append(Paragraphs.Body("PHỤ LỤC: MÃ BĂM SHA-256 CỦA ẢNH CÁC TRANG PHIẾU ĐÃ QUÉT", TextFormat.Strong));
        foreach (var page in scans.Pages)
        {
            document.Append(Paragraphs.Body($"- Tệp {page.FileName}, trang {page.Page}: {page.Sha256}"));
        }
    }
}
