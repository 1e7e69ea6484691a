using System.IO.Compression;
using System.Text;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>
/// Checks an upload is a plain .xlsx before any XML is parsed: the file signature, then the zip central directory
/// (entry count, declared sizes, compression ratios) and the content types.
/// </summary>
/// <remarks>
/// Declared sizes are enough: .NET's ZipArchive never inflates an entry past the uncompressed size its directory
/// declares (a zip that lies about it yields truncated, unparsable XML, refused as damaged; see
/// <c>HostileFileTests.Read_SheetInflatingPastItsDeclaredSize_RefusedAsDamaged</c>).
/// </remarks>
public static class PackageGuard
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// The same checks for another upload of the registry's family (e.g. a body's members sheet): the Vietnamese refusal,
    /// or null when the file is a plain .xlsx within <paramref name="limits"/>.
    /// </summary>
    public static string? RefusalOf(byte[] content, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (content.Length > limits.MaxFileBytes)
        {
            return RefusalMessages.TooLarge(limits.MaxFileBytes);
        }

        using var file = new MemoryStream();
        file.Write(content);
        try
        {
            Check(file, limits);
            return null;
        }
        catch (ImportRefusedException e)
        {
            return e.Message;
        }
    }

    internal static void Check(MemoryStream file, ImportLimits limits)
    {
        var bytes = file.GetBuffer().AsSpan(0, (int)file.Length);
        if (bytes.StartsWith(CompoundFileSignature))
        {
            // Both .xls and password-protected .xlsx are OLE compound files; the latter holds an "EncryptedPackage" stream.
            throw new ImportRefusedException(bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
                ? RefusalMessages.Encrypted
                : RefusalMessages.LegacyXls);
        }

        if (!bytes.StartsWith(ZipSignature))
        {
            throw new ImportRefusedException(RefusalMessages.NotXlsx);
        }

        try
        {
            file.Position = 0;
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            CheckDirectory(zip, limits);
            CheckContentTypes(zip);
        }
        catch (InvalidDataException e)
        {
            throw new ImportRefusedException(RefusalMessages.NotWorkbook, e);
        }
    }

    private static void CheckDirectory(ZipArchive zip, ImportLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw new ImportRefusedException(RefusalMessages.TooManyEntries(limits.MaxEntries));
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > limits.MaxEntryBytes)
            {
                throw new ImportRefusedException(RefusalMessages.ZipBombSize(limits.MaxEntryBytes));
            }

            if (total > limits.MaxUncompressedBytes)
            {
                throw new ImportRefusedException(RefusalMessages.ZipBombSize(limits.MaxUncompressedBytes));
            }

            if (entry.Length >= limits.RatioCheckFromBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
            {
                throw new ImportRefusedException(RefusalMessages.ZipBombRatio(entry.FullName, limits.MaxCompressionRatio));
            }
        }
    }

    private static void CheckContentTypes(ZipArchive zip)
    {
        var types = zip.GetEntry("[Content_Types].xml") ?? throw new ImportRefusedException(RefusalMessages.NotWorkbook);
        using var reader = new StreamReader(types.Open());
        var text = reader.ReadToEnd();
        if (text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ImportRefusedException(RefusalMessages.Macro);
        }

        if (!text.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal))
        {
            throw new ImportRefusedException(RefusalMessages.NotWorkbook);
        }
    }
}
