using QuyHoach.Domain.Age;

namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// Which incumbents a <see cref="BenchSnapshot"/> holds: every one (coverage, retirement wave, quality), none (structure
/// and pipeline count planned cadres only), or those who retire before a month (the home page's figure of the next
/// twelve months); counted by title and retirement month in the database (<see cref="BenchSnapshot.IncumbentCounts"/>),
/// and read one by one only when <see cref="People"/> asks for them (a list behind a figure), or as who holds which
/// title when <see cref="Holders"/> does (the quality report counts each incumbent's qualifications; 292,592 incumbents at
/// national size, whose names only a list needs). The planned cadres are always read in full.
/// </summary>
/// <param name="Any">False: no incumbent is read.</param>
/// <param name="RetiringBefore">When set, only the incumbents whose retirement month is before it.</param>
/// <param name="People">True: the incumbents are read one by one too (<see cref="BenchSnapshot.Incumbents"/>), and their holders with them.</param>
/// <param name="Holders">True: each incumbent's id, held title and retirement month are read (<see cref="BenchSnapshot.Holders"/>), not the name.</param>
public sealed record IncumbentsRead(bool Any, YearMonth? RetiringBefore, bool People = false, bool Holders = false)
{
    public static IncumbentsRead All { get; } = new(true, null);

    public static IncumbentsRead None { get; } = new(false, null);

    public static IncumbentsRead Before(YearMonth month) => new(true, month);

    /// <summary>The same incumbents, read one by one as well as counted.</summary>
    public IncumbentsRead WithPeople => this with { People = Any, Holders = Any };

    /// <summary>The same incumbents, each one's id and held title read as well as counted.</summary>
    public IncumbentsRead WithHolders => this with { Holders = Any };

    /// <summary>What is read, spelled field by field for ReportCache's keys (internal, never shown).</summary>
    public string Key => $"{Any}:{People}:{Holders}:{RetiringBefore?.Index}";

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
