namespace QuyHoach.Documents.Registry.Reading;

/// <summary>Every whole-file refusal, in Vietnamese, each saying what to do next.</summary>
internal static class RefusalMessages
{
    public const string NotXlsx =
        "Tệp không phải bảng tính Excel .xlsx (có thể là CSV, văn bản hoặc tệp khác được đổi đuôi). Hãy mở bằng Excel và lưu dạng \"Excel Workbook (*.xlsx)\".";

    public const string LegacyXls =
        "Tệp là định dạng Excel 97–2003 (.xls), không được nhận. Hãy mở bằng Excel và lưu dạng \"Excel Workbook (*.xlsx)\".";

    public const string Encrypted =
        "Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Hãy gỡ mật khẩu rồi lưu lại trước khi tải lên.";

    public const string NotWorkbook =
        "Tệp nén không phải bảng tính Excel .xlsx hoặc đã bị hỏng. Hãy mở bằng Excel và lưu lại dạng \"Excel Workbook (*.xlsx)\".";

    public const string Macro =
        "Tệp có macro (VBA) nên không được nhận. Hãy lưu dạng \"Excel Workbook (*.xlsx)\", không phải .xlsm.";

    public static string TooLarge(long limit) =>
        $"Tệp lớn quá {Megabytes(limit)} MB. Hãy chia thành nhiều tệp nhỏ hơn.";

    public static string TooManyEntries(int limit) =>
        $"Tệp bị từ chối: có quá {limit} thành phần bên trong, không giống một bảng tính thông thường.";

    public static string ZipBombSize(long limit) =>
        $"Tệp bị từ chối: nội dung sau giải nén lớn quá {Megabytes(limit)} MB, có dấu hiệu tệp nén độc hại (zip bomb).";

    public static string ZipBombRatio(string entry, int ratio) =>
        $"Tệp bị từ chối: thành phần \"{entry}\" có tỉ lệ nén bất thường (trên {ratio} lần), có dấu hiệu tệp nén độc hại (zip bomb).";

    public static string Formula(string sheet, string cell) =>
        $"Tệp có công thức tại ô {sheet}!{cell}; hãy dán giá trị (Paste Special → Values) thay cho công thức rồi tải lên lại.";

    public static string TooManyRows(string sheet, int limit) =>
        $"Sheet {sheet} có quá {limit.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} dòng dữ liệu; hãy chia thành nhiều tệp.";

    public static string MissingSheets(IEnumerable<string> sheets) =>
        $"Tệp thiếu sheet bắt buộc: {string.Join(", ", sheets)}. Hãy dùng tệp mẫu tải từ màn hình nhập.";

    public static string MissingHeaders(IEnumerable<string> problems) =>
        $"Dòng tiêu đề không đúng mẫu: {string.Join("; ", problems)}. Hãy dùng tệp mẫu tải từ màn hình nhập.";

    private static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
}
