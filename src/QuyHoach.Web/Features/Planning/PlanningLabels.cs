using System.Text.Json;

namespace QuyHoach.Web.Features.Planning;

/// <summary>Vietnamese words for the API's stable codes, as the planning pages show them.</summary>
public static class PlanningLabels
{
    public static string Kind(string code) => code switch
    {
        "annual-review" => "Rà soát, bổ sung hằng năm (4 bước)",
        "next-term-build" => "Xây dựng quy hoạch nhiệm kỳ kế tiếp (5 bước)",
        _ => code,
    };

    public static string Status(string code) => code switch
    {
        "draft" => "Đang chuẩn bị",
        "in-progress" => "Đang tiến hành",
        "closed" => "Đã kết thúc",
        "cancelled" => "Đã hủy",
        _ => code,
    };

    /// <summary>The pass threshold of a vote step (docs/rules/procedures.md).</summary>
    public static string Threshold(string? vote) => vote switch
    {
        "removal" => "Đưa ra khỏi quy hoạch: > 50% số được triệu tập",
        "key-cadres" => "≥ 30% số có mặt",
        "extended" => "> 50% số có mặt",
        "final" => "> 50% số được triệu tập",
        _ => "Không bỏ phiếu",
    };

    public static string BallotStatus(string code) => code switch
    {
        "awaiting-entries" => "Chờ nhập biên bản kiểm phiếu",
        "mismatch" => "Hai lần nhập chênh lệch",
        "reconciled" => "Đã đối chiếu khớp",
        "results-computed" => "Đã có kết quả",
        _ => code,
    };

    /// <summary>The three verdicts labelled as the profile labels them (one label per verdict).</summary>
    public static string Outcome(string code) => Enum.TryParse<EligibilityOutcome>(code, out var outcome) && Enum.IsDefined(outcome) ? Of(outcome) : code;

    /// <summary>Kết quả sàng lọc: the verdict's label, on the profile (RegistryLabels) and in a round alike.</summary>
    public static string Of(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Eligible => "Đủ điều kiện",
        EligibilityOutcome.EligibleWithObligations => "Đủ điều kiện kèm nghĩa vụ",
        EligibilityOutcome.NotEligible => "Không đủ điều kiện",
    };

    public static string Action(string? code) => code switch
    {
        "keep" => "Giữ trong quy hoạch",
        "automatic-removal" => "Đưa ra khỏi quy hoạch (tự động, không bỏ phiếu)",
        "removal-vote" => "Đưa ra biểu quyết đưa ra khỏi quy hoạch",
        _ => "",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>"2022-04" as "04/2022".</summary>
    public static string Month(string yearMonth) => yearMonth.Length == 7 ? $"{yearMonth[5..]}/{yearMonth[..4]}" : yearMonth;

    /// <summary>"04/2022" (or "2022-04") as the API's "2022-04"; anything else is passed on for the handler to refuse.</summary>
    public static string? ToYearMonth(string? text)
    {
        var t = text?.Trim() ?? "";
        var parts = t.Split('/');
        return parts.Length == 2 && parts[0].Length is 1 or 2 && parts[1].Length == 4 ? $"{parts[1]}-{parts[0].PadLeft(2, '0')}" : t;
    }

    /// <summary>The messages of a verdict's reasons snapshot.</summary>
    public static IEnumerable<string> Reasons(JsonElement reasons) => reasons.ValueKind == JsonValueKind.Array
        ? reasons.EnumerateArray().Select(r => r.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "").Where(m => m.Length > 0)
        : [];
}
