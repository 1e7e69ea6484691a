namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Xét điều kiện tại tháng … theo bộ quy tắc …: the month and the rule set the profile screens at. Default: this month
/// and the rule set in force on its review day, chosen as a round chooses it when it names none; the facts are read as
/// they stood on the month's review day (ReviewDays), as a round reads them for its reference month.
/// </summary>
public sealed record ScreeningQuery(YearMonth Month, RuleSet RuleSet)
{
    /// <summary>The one message for a month that cannot be read.</summary>
    public const string BadMonth = "Tháng xét điều kiện phải có dạng MM/yyyy, từ 01/1990 đến 12/2100 (ví dụ 04/2022).";

    /// <summary>The one message for a rule set that is not in the catalogue.</summary>
    public const string BadRuleSet = "Không có bộ quy tắc đã chọn: hãy chọn một bộ quy tắc trong danh sách.";

    public DateOnly Day => ReviewDays.Of(Month);

    /// <summary>The rule set of <paramref name="catalog"/> (the stored sets in use, R-REG-4) in force on the review day
    /// of <paramref name="month"/> (the newest before the first).</summary>
    public static RuleSet InForce(YearMonth month, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.InForceOn(ReviewDays.Of(month)) ?? catalog.Newest;
    }

    public static ScreeningQuery Default(DateOnly today, RuleSetCatalog catalog) => new(YearMonth.Of(today), InForce(YearMonth.Of(today), catalog));

    /// <summary>Reads the form (both fields optional) against the sets of <paramref name="catalog"/>;
    /// <paramref name="error"/> is the one Vietnamese message otherwise.</summary>
    public static ScreeningQuery? Parse(string? month, string? ruleSetId, DateOnly today, RuleSetCatalog catalog, out string? error)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        error = null;
        var chosen = YearMonth.Of(today);
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (!DateOnly.TryParseExact(month.Trim(), ["MM/yyyy", "M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                || first.Year is < 1990 or > 2100)
            {
                error = BadMonth;
                return null;
            }

            chosen = YearMonth.Of(first);
        }

        if (string.IsNullOrWhiteSpace(ruleSetId))
        {
            return new ScreeningQuery(chosen, InForce(chosen, catalog));
        }

        if (catalog.Find(ruleSetId.Trim()) is not { } ruleSet)
        {
            error = BadRuleSet;
            return null;
        }

        return new ScreeningQuery(chosen, ruleSet);
    }
}
