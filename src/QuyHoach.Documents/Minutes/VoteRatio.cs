namespace QuyHoach.Documents.Minutes;

/// <summary>
/// Tỉ lệ phiếu đồng ý as printed in tally documents: "30,00%", two decimals after a comma, computed in integers.
/// </summary>
/// <remarks>
/// The share is <c>agree·10000 / base</c> hundredths of a percent, rounded half up in integer arithmetic
/// (<c>(2·agree·10000 + base) / (2·base)</c>), so 2/3 prints "66,67%" and 1/3 "33,33%"; no floating point is used.
/// The printed figure is for reading only: whether a candidate passed is decided by the integer threshold test
/// (docs/rules/votes.md) and passed in by the caller. With a base above 2,000 a share just under a threshold (29,996 %) could
/// print as "30,00%" beside "Không đạt"; conferences are far smaller than that.
/// </remarks>
public static class VoteRatio
{
    /// <summary>The share in hundredths of a percent, rounded half up: 12 of 40 → 3000.</summary>
    public static long Hundredths(int agree, int whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agree);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        return checked((2L * agree * 10_000) + whole) / (2L * whole);
    }

    /// <summary>"30,00%": the share with a decimal comma (Vietnamese usage) and no space before the sign.</summary>
    public static string Percent(int agree, int whole)
    {
        var hundredths = Hundredths(agree, whole);
        return string.Create(CultureInfo.InvariantCulture, $"{hundredths / 100},{hundredths % 100:D2}%");
    }
}
