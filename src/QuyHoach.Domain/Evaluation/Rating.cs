namespace QuyHoach.Domain.Evaluation;

/// <summary>
/// Mức xếp loại chất lượng hằng năm (R-EV-1), ordered from the lowest so that comparisons read naturally
/// (<c>rating &gt;= Rating.Good</c>).
/// </summary>
public enum Rating
{
    /// <summary>Không hoàn thành nhiệm vụ (KHTNV).</summary>
    Failed,

    /// <summary>Hoàn thành nhiệm vụ (HTNV).</summary>
    Completed,

    /// <summary>Hoàn thành tốt nhiệm vụ (HTTNV).</summary>
    Good,

    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXSNV).</summary>
    Excellent,
}

/// <summary>Mã xếp loại: the Vietnamese abbreviations used in data files and the command line.</summary>
public static class RatingCodes
{
    /// <summary>The abbreviation, e.g. <c>HTTNV</c>.</summary>
    public static string ToCode(this Rating rating) => rating switch
    {
        Rating.Failed => "KHTNV",
        Rating.Completed => "HTNV",
        Rating.Good => "HTTNV",
        Rating.Excellent => "HTXSNV",
    };

    /// <summary>Parses an abbreviation (case-insensitive); false on anything else.</summary>
    public static bool TryParse(string? code, out Rating rating)
    {
        foreach (var r in Enum.GetValues<Rating>())
        {
            if (string.Equals(r.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                rating = r;
                return true;
            }
        }

        rating = default;
        return false;
    }
}
