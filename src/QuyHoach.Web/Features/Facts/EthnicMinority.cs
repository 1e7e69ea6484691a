namespace QuyHoach.Web.Features.Facts;

/// <summary>Người dân tộc thiểu số: the one reading of the registry's ethnicity (R-STR-3): recorded and not Kinh.</summary>
public static class EthnicMinority
{
    public static bool Is(string? ethnicity) =>
        !string.IsNullOrWhiteSpace(ethnicity) && !string.Equals(ethnicity.Trim(), "Kinh", StringComparison.OrdinalIgnoreCase);
}
