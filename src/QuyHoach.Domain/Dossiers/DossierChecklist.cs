using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Dossiers;

/// <summary>Một thành phần hồ sơ of R-DOS-1.</summary>
/// <param name="Number">1–6, in the order the dossier is filed.</param>
/// <param name="Name">The Vietnamese name of the item.</param>
/// <param name="TimeLimited">Items 2–5 must be no older than the rule set's months when considered (R-DOS-2).</param>
public sealed record DossierItem(int Number, string Name, bool TimeLimited);

/// <summary>
/// Thành phần hồ sơ nhân sự quy hoạch: the six mandatory items, in filing order (R-DOS-1), and which of them expire
/// (R-DOS-2: items 2, 3, 4 and 5).
/// </summary>
public static class DossierChecklist
{
    /// <summary>R-DOS-1: the dossier items; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-DOS-1");

    /// <summary>The six items in filing order.</summary>
    public static IReadOnlyList<DossierItem> Items { get; } =
    [
        new(1, "Tờ trình và biên bản kiểm phiếu các bước", false),
        new(2, "Sơ yếu lý lịch mẫu 2C-TCTW có xác nhận của cơ quan quản lý, ảnh 4x6", true),
        new(3, "Bản nhận xét, đánh giá của cấp ủy, tập thể lãnh đạo có thẩm quyền", true),
        new(4, "Kết luận về tiêu chuẩn chính trị", true),
        new(5, "Bản kê khai tài sản, thu nhập", true),
        new(6, "Bản sao các văn bằng, chứng chỉ có chứng thực", false),
    ];

    /// <summary>The item numbered <paramref name="number"/>, or null outside 1–6.</summary>
    public static DossierItem? Find(int number) => number is >= 1 and <= 6 ? Items[number - 1] : null;
}
