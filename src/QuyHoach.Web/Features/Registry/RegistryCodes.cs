using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// The short codes the list filters, forms and API use for coded values (<c>nam</c>/<c>nu</c>, <c>cao-cap</c>,
/// <c>HTTNV</c>…), so shared URLs and JSON read the same way.
/// </summary>
public static class RegistryCodes
{
    public static readonly IReadOnlyList<(string Code, Sex Value)> Sexes = [("nam", Sex.Male), ("nu", Sex.Female)];

    public static readonly IReadOnlyList<(string Code, PoliticalTheoryLevel Value)> PoliticalTheoryLevels =
    [
        ("chua-co", PoliticalTheoryLevel.None), ("so-cap", PoliticalTheoryLevel.Elementary),
        ("trung-cap", PoliticalTheoryLevel.Intermediate), ("cao-cap", PoliticalTheoryLevel.Advanced),
        ("cu-nhan", PoliticalTheoryLevel.Bachelor),
    ];

    public static string Code(Sex sex) => Sexes.First(s => s.Value == sex).Code;

    public static bool TryParseSex(string? code, out Sex sex) => TryFind(Sexes, code, out sex);

    public static bool TryParsePoliticalTheory(string? code, out PoliticalTheoryLevel level) =>
        TryFind(PoliticalTheoryLevels, code, out level);

    public static bool TryParseRating(string? code, out Rating rating) => RatingCodes.TryParse(code, out rating);

    private static bool TryFind<T>(IReadOnlyList<(string Code, T Value)> table, string? code, out T value)
        where T : struct
    {
        foreach (var (c, v) in table)
        {
            if (string.Equals(c, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>Nhóm tuổi of the cadre list filter; age in whole years from the birth month to today's month.</summary>
/// <param name="Code">URL code.</param>
/// <param name="Label">Vietnamese label.</param>
/// <param name="MinYears">Youngest age in the band.</param>
/// <param name="MaxYears">Oldest age in the band.</param>
public sealed record AgeBand(string Code, string Label, int MinYears, int MaxYears)
{
    public static readonly IReadOnlyList<AgeBand> All =
    [
        new("duoi-35", "Dưới 35 tuổi", 0, 34),
        new("35-44", "Từ 35 đến 44 tuổi", 35, 44),
        new("45-54", "Từ 45 đến 54 tuổi", 45, 54),
        new("tu-55", "Từ 55 tuổi trở lên", 55, 200),
    ];

    public static AgeBand? Find(string? code) => All.FirstOrDefault(b => string.Equals(b.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Birth month indices (12·year + month − 1; January when the month is unknown) inside the band at
    /// <paramref name="today"/>.</summary>
    public (int From, int To) BirthIndexRange(DateOnly today)
    {
        var now = YearMonth.Of(today).Index;
        return (now - (12 * (MaxYears + 1)) + 1, now - (12 * MinYears));
    }
}
