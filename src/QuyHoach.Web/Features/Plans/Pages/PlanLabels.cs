namespace QuyHoach.Web.Features.Plans.Pages;

/// <summary>Vietnamese words for the plan's codes.</summary>
public static class PlanLabels
{
    public static string ItemState(string state) => state switch
    {
        "missing" => "Chưa có",
        "present" => "Đã có",
        "fresh" => "Còn thời hạn",
        "expires-soon" => "Sắp hết thời hạn: cần cập nhật",
        "stale" => "Quá 6 tháng (R-DOS-2)",
        _ => state,
    };

    public static string Appraisal(string? outcome) => outcome switch
    {
        "met" => "Đạt tiêu chuẩn chính trị",
        "not-met" => "Không đạt tiêu chuẩn chính trị",
        _ => "Chưa thẩm định",
    };

    public static string Recipient(string kind) => kind switch
    {
        "body" => "Tập thể",
        "person" => "Cá nhân",
        "unit" => "Đơn vị cấp dưới",
        _ => kind,
    };

    public static string EndReason(string? reason) => reason switch
    {
        "appointed" => "Đã bổ nhiệm",
        "removed" => "Đưa ra khỏi quy hoạch",
        "removed-automatically" => "Đương nhiên ra khỏi quy hoạch",
        "carried-over" => "Chuyển sang đơn vị kế thừa",
        _ => "Đang trong quy hoạch",
    };

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.GetCultureInfo("vi-VN")) + " MB"
        : Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB";
}
