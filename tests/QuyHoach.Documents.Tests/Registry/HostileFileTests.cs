using System.IO.Compression;
using System.Text;
using QuyHoach.Documents.Registry;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>Each hostile or malformed upload is refused as a whole: one Vietnamese message, no rows, no issues.</summary>
public class HostileFileTests
{
    [Fact]
    public void Read_RandomBytes_NotXlsx() => AssertRefused(Random(4096), "không phải bảng tính Excel .xlsx");

    [Fact]
    public void Read_EmptyUpload_NotXlsx() => AssertRefused([], "không phải bảng tính Excel .xlsx");

    [Fact]
    public void Read_CsvRenamedXlsx_NotXlsx() =>
        AssertRefused(Encoding.UTF8.GetBytes("Mã cán bộ,Họ và tên\nCB0001,Nguyễn Thị Ánh\n"), "có thể là CSV");

    [Fact]
    public void Read_Excel97File_NamedAsXls() => AssertRefused(CompoundFile("Workbook"), "Excel 97–2003 (.xls)");

    [Fact]
    public void Read_PasswordProtectedWorkbook_NamedAsEncrypted() => AssertRefused(CompoundFile("EncryptedPackage"), "đặt mật khẩu");

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_Refused() =>
        AssertRefused(Zip(("hello.txt", Encoding.UTF8.GetBytes("xin chào"))), "Tệp nén không phải bảng tính Excel");

    [Fact]
    public void Read_ZipBombHighRatio_RefusedBeforeParsing()
    {
        // 20 MB of zeros deflate to about 20 KB: a ratio near 1000, under the size limits.
        AssertRefused(Zip(("xl/worksheets/sheet1.xml", new byte[20 * 1024 * 1024])), "tỉ lệ nén bất thường");
    }

    [Fact]
    public void Read_ZipBombLargeEntry_Refused()
    {
        var limits = ImportLimits.Default with { MaxEntryBytes = 1024 * 1024, MaxCompressionRatio = 100_000 };
        AssertRefused(Zip(("xl/sharedStrings.xml", new byte[2 * 1024 * 1024])), "lớn quá 1 MB, có dấu hiệu tệp nén độc hại (zip bomb)", limits);
    }

    [Fact]
    public void Read_ZipBombTotalSize_Refused()
    {
        var limits = ImportLimits.Default with { MaxUncompressedBytes = 3 * 1024 * 1024, MaxCompressionRatio = 100_000 };
        AssertRefused(Zip(("a.xml", new byte[2 * 1024 * 1024]), ("b.xml", new byte[2 * 1024 * 1024])), "lớn quá 3 MB", limits);
    }

    [Fact]
    public void Read_SheetInflatingPastItsDeclaredSize_RefusedAsDamaged()
    {
        var book = RegistryFile.OneOfEach().Workbook();
        book.Rows("CanBo", Enumerable.Range(2, 2000).Select(i => (IReadOnlyList<object?>)[$"CB{i:D4}", "Lê Văn Bình", "Nam", "1980", null, null, null, "SNV"]));
        var zip = Bytes(book);
        ZipPatch.DeclareUncompressedSize(zip, "xl/worksheets/sheet1.xml", 2000);

        AssertRefused(zip, "Tệp nén không phải bảng tính Excel .xlsx hoặc đã bị hỏng");
    }

    [Fact]
    public void Read_TooManyZipEntries_Refused() =>
        AssertRefused(Zip([.. Enumerable.Range(0, 20).Select(i => ($"x{i}.xml", new byte[10]))]), "quá 10 thành phần", ImportLimits.Default with { MaxEntries = 10 });

    [Fact]
    public void Read_UploadLargerThanLimit_Refused() =>
        AssertRefused(Bytes(RegistryFile.OneOfEach().Workbook()), "Tệp lớn quá 0 MB", ImportLimits.Default with { MaxFileBytes = 1000 });

    [Fact]
    public void Read_MacroEnabledWorkbook_Refused() =>
        AssertRefused(Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types><Override ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>"))), "macro");

    [Fact]
    public void Read_FormulaCell_RefusedNamingTheCell()
    {
        var book = RegistryFile.OneOfEach().Workbook();
        book.Row("DanhGia", ["CB0001", "2025", new TestFormula("IF(1,\"HTTNV\")", "HTTNV")]);
        AssertRefused(Bytes(book), "Tệp có công thức tại ô DanhGia!C3; hãy dán giá trị");
    }

    [Fact]
    public void Read_SixtyThousandRowsWithLimitFiftyThousand_StopsAtTheLimit()
    {
        var book = new RegistryFile().Workbook();
        book.Rows("CanBo", Enumerable.Range(1, 60_000).Select(i => (IReadOnlyList<object?>)[$"CB{i:D6}", "Lê Văn Bình", "Nam", "1980", null, null, null, "SNV"]));
        var bytes = Bytes(book);

        // The limit is what is tested, not the speed: a timed assertion belongs in bench/, never in a unit test.
        var result = Read(bytes);

        Assert.Equal("Sheet CanBo có quá 50.000 dòng dữ liệu; hãy chia thành nhiều tệp.", result.Refusal);
        Assert.Empty(result.Cadres);
    }

    [Fact]
    public void Read_MissingRequiredSheet_NamesIt() =>
        AssertRefused(Bytes(RegistryFile.OneOfEach().Workbook("KyLuat", "DanhGia")), "Tệp thiếu sheet bắt buộc: DanhGia, KyLuat.");

    [Fact]
    public void Read_MissingHeaders_NamesEveryOne()
    {
        var book = new TestWorkbook()
            .Sheet("CanBo", ["Mã cán bộ", "Họ và tên", "Giới tính", "Mã đơn vị"])
            .Sheet("DanhGia", ["Mã cán bộ", "Năm", "Xếp loại"])
            .Sheet("KyLuat", ["Mã cán bộ", "Thẩm quyền", "Hình thức", "Ngày quyết định"]);
        AssertRefused(Bytes(book), "sheet CanBo thiếu cột Ngày sinh; sheet KyLuat thiếu cột Ngày hiệu lực.");
    }

    private static void AssertRefused(byte[] file, string message, ImportLimits? limits = null)
    {
        var result = Read(file, limits);
        Assert.NotNull(result.Refusal);
        Assert.Contains(message, result.Refusal, StringComparison.Ordinal);
        Assert.False(result.CanApply);
        Assert.Empty(result.Issues);
        Assert.Empty(result.Cadres);
        Assert.Empty(result.Evaluations);
    }

    private static RegistryImportResult Read(byte[] file, ImportLimits? limits = null)
    {
        using var stream = new MemoryStream(file);
        return RegistryWorkbookReader.Read(stream, limits ?? ImportLimits.Default, RegistryFile.Today);
    }

    private static byte[] Bytes(TestWorkbook book)
    {
        using var stream = book.Build();
        return stream.ToArray();
    }

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    /// <summary>An OLE compound file header followed by a directory entry name, as .xls and encrypted .xlsx have.</summary>
    private static byte[] CompoundFile(string streamName) =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes(streamName), .. new byte[512]];

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}
