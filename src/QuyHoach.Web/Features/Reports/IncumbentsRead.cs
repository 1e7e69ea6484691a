using QuyHoach.Domain.Age;

namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// Which incumbents a <see cref="BenchSnapshot"/> holds: every one (coverage, retirement wave, quality), none (structure
/// and pipeline count planned cadres only), or those who retire before a month (the home page's figure of the next
/// twelve months). Each incumbent is read as who holds which title and retires when (<see cref="BenchSnapshot.Holders"/>:
/// no name; 292,592 incumbents at national size), the counts by title and retirement month are counted from them
/// (<see cref="BenchSnapshot.IncumbentCounts"/>), and a change to some cadres replaces only theirs (ADR 0028); read one
/// by one, with names, only when <see cref="People"/> asks for them (a list behind a figure, the home page's few
/// retiring soon). The planned cadres are always read in full.
/// </summary>
/// <param name="Any">False: no incumbent is read.</param>
/// <param name="RetiringBefore">When set, only the incumbents whose retirement month is before it.</param>
/// <param name="People">True: the incumbents are read one by one too (<see cref="BenchSnapshot.Incumbents"/>).</param>
public sealed record IncumbentsRead(bool Any, YearMonth? RetiringBefore, bool People = false)
{
    public static IncumbentsRead All { get; } = new(true, null);

    public static IncumbentsRead None { get; } = new(false, null);

    public static IncumbentsRead Before(YearMonth month) => new(true, month);

    /// <summary>The same incumbents, read one by one as well as counted.</summary>
    public IncumbentsRead WithPeople => this with { People = Any };

    /// <summary>What is read, spelled field by field for ReportCache's keys (internal, never shown).</summary>
    public string Key => $"{Any}:{People}:{RetiringBefore?.Index}";

    /// <summary>
    /// The latest birth month (its <see cref="YearMonth.Index"/>) of a man and of a woman whose retirement month under
    /// RetirementRule (NĐ 135 roadmap, R-AGE-4) is before <paramref name="horizon"/>: the database keeps the cadres born
    /// on or before it (and every one with a personal retirement age), and RetirementRule then decides each exactly, so
    /// the roadmap is computed only by the Domain. Birth months a century before the horizon and later are searched.
    /// </summary>
    public static (int Men, int Women) LastBirths(YearMonth horizon) => (LastBirth(Sex.Male, horizon), LastBirth(Sex.Female, horizon));

    private static int LastBirth(Sex sex, YearMonth horizon)
    {
        var first = horizon.AddMonths(-1200);
        for (var birth = horizon; birth >= first; birth = birth.AddMonths(-1))
        {
            if (RetirementRule.For(sex, birth).RetirementMonth < horizon)
            {
                return birth.Index;
            }
        }

        return first.Index;
    }
}
