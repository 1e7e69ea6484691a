using QuyHoach.Data.Development;

namespace QuyHoach.Web.Features.Development;

/// <summary>The Vietnamese names of the kinds and states of development items, and the kind codes of forms and the API.</summary>
public static class DevelopmentLabels
{
    public static string Of(DevelopmentItemKind kind) => kind switch
    {
        DevelopmentItemKind.Obligation => "Nghĩa vụ theo kết quả xét điều kiện",
        DevelopmentItemKind.Training => "Đào tạo, bồi dưỡng",
        DevelopmentItemKind.Rotation => "Luân chuyển",
        DevelopmentItemKind.Secondment => "Biệt phái",
    };

    public static string Of(DevelopmentItemStatus status) => status switch
    {
        DevelopmentItemStatus.Open => "Đang thực hiện",
        DevelopmentItemStatus.Done => "Đã hoàn thành",
    };

    /// <summary>The form and API code of a kind the staff add: <c>dao-tao</c>, <c>luan-chuyen</c>, <c>biet-phai</c>.</summary>
    public static string Code(DevelopmentItemKind kind) => kind switch
    {
        DevelopmentItemKind.Obligation => "nghia-vu",
        DevelopmentItemKind.Training => "dao-tao",
        DevelopmentItemKind.Rotation => "luan-chuyen",
        DevelopmentItemKind.Secondment => "biet-phai",
    };

    /// <summary>The kind of a code the staff may add (not an obligation: those come from the verdict), or null.</summary>
    public static DevelopmentItemKind? ParseKind(string? code) => code?.Trim() switch
    {
        "dao-tao" => DevelopmentItemKind.Training,
        "luan-chuyen" => DevelopmentItemKind.Rotation,
        "biet-phai" => DevelopmentItemKind.Secondment,
        _ => null,
    };

    /// <summary>The kinds the staff add, in form order.</summary>
    public static IReadOnlyList<DevelopmentItemKind> Addable { get; } = [DevelopmentItemKind.Training, DevelopmentItemKind.Rotation, DevelopmentItemKind.Secondment];
}
