using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Registry;
using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Web.Features.Facts;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The reports read incumbents as holders (BenchReader: the candidates of CurrentAssignments.MayBeHeldOn in SQL, ranked
/// pairwise as they arrive by CurrentAssignments.KeepHeld, the month by RetirementRule), count them from those, and read them
/// one by one with their records only for a list (the held title by CurrentAssignments.On over all their assignments).
/// Both readings must agree: the held title from the candidates, taken in either order,
/// is CurrentAssignments.On's for every cadre of the demo, of the hand-counted unit and of four cadres with awkward
/// histories (a post ended and a new one, only a post starting later, two posts running at once, every post ended), on
/// days before, within and after those histories; and the counts by title and retirement month equal the people read one
/// by one and grouped, and the holders (who holds which title) are those people, on those days and with the home page's
/// horizons at the NĐ 135 roadmap's boundary months.
/// </summary>
public sealed class IncumbentCountsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly[] Days =
    [
        new(2012, 6, 1), new(2017, 6, 1), new(2020, 1, 1), new(2022, 12, 31), new(2024, 1, 1), new(2026, 6, 1), new(2026, 7, 31),
        new(2028, 3, 1), DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)),
    ];

    [Fact]
    public async Task Candidates_InTheDatabase_RankedPairwise_AreOnInMemory_ForEveryCadreOnEveryDay()
    {
        await EnsureHistoriesAsync();
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var cadres = await db.Cadres.AsNoTracking().Include(c => c.Assignments).ToListAsync();
        var (held, fallback) = (0, 0);
        foreach (var day in Days)
        {
            var candidates = await db.Set<Assignment>().AsNoTracking().Where(CurrentAssignments.MayBeHeldOn(day)).ToListAsync();
            // Kept as the reports keep them (CurrentAssignments.KeepHeld), in the order read and in the reverse order: the
            // held one wins either way.
            var (inSql, reversed) = (new Dictionary<Guid, Assignment>(), new Dictionary<Guid, Assignment>());
            foreach (var a in candidates)
            {
                CurrentAssignments.KeepHeld(inSql, a.CadreId, a, x => x, day);
            }

            foreach (var a in candidates.AsEnumerable().Reverse())
            {
                CurrentAssignments.KeepHeld(reversed, a.CadreId, a, x => x, day);
            }

            foreach (var cadre in cadres)
            {
                var inMemory = CurrentAssignments.On(cadre.Assignments, day)?.TitleId;
                Guid? fromSql = inSql.TryGetValue(cadre.Id, out var t) ? t.TitleId : null, fromReversed = reversed.TryGetValue(cadre.Id, out var r) ? r.TitleId : null;
                Assert.True(inMemory == fromSql && inMemory == fromReversed, $"{cadre.Code} on {day}: {inMemory} in memory, {fromSql} and {fromReversed} from the candidates");
                held += inMemory is null ? 0 : 1;
                fallback += inMemory is not null && !cadre.Assignments.Any(a => a.From <= day && (a.To is null || a.To >= day)) ? 1 : 0;
            }
        }

        // Not a comparison of nobody: posts held, some only by the open-post fallback, and the awkward histories read as intended.
        Assert.True(held > 100 && fallback > 0, $"{held} held, {fallback} by the fallback");
        var titles = await db.Titles.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code);
        string? Code(string cadre, DateOnly day) => CurrentAssignments.On(cadres.Single(c => c.Code == cadre).Assignments, day)?.TitleId is { } t ? titles[t] : null;
        Assert.Equal(("BC-TP", "BC-PP"), (Code("HT-1", new(2020, 1, 1)), Code("HT-1", new(2024, 1, 1))));
        Assert.Equal(("BC-KT", "BC-PP"), (Code("HT-2", new(2017, 6, 1)), Code("HT-2", new(2024, 1, 1))));
        Assert.Equal(("BC-TP", "BC-KT"), (Code("HT-3", new(2020, 1, 1)), Code("HT-3", new(2026, 6, 1))));
        Assert.Equal(("BC-PP", null), (Code("HT-4", new(2012, 6, 1)), Code("HT-4", new(2020, 1, 1))));
    }

    [Fact]
    public async Task Counts_FromTheHolders_EqualThePeopleReadOneByOne_OnEveryDayAndHorizon()
    {
        await EnsureHistoriesAsync();
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var reader = scope.ServiceProvider.GetRequiredService<BenchReader>();
        var units = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name);
        var root = await db.Organisations.AsNoTracking().Where(o => o.ParentId == null).Select(o => o.Id).FirstAsync();
        var reads = new List<(DateOnly Day, IncumbentsRead Read)>();
        foreach (var day in Days)
        {
            reads.Add((day, IncumbentsRead.All.WithPeople));
            reads.Add((day, IncumbentsRead.Before(YearMonth.Of(day).AddMonths(RetirementWave.SoonMonths)).WithPeople));
        }

        // The home page's horizon on the hand-counted retirements: A leaves in 07/2026, B in 08/2026, H in 04/2028
        // (no man retires January to March 2028), so each horizon keeps or drops one of them.
        foreach (var horizon in new[] { new YearMonth(2026, 7), new YearMonth(2026, 8), new YearMonth(2026, 9), new YearMonth(2028, 1), new YearMonth(2028, 4), new YearMonth(2028, 5) })
        {
            reads.Add((new DateOnly(2026, 6, 1), IncumbentsRead.Before(horizon).WithPeople));
        }

        var counted = 0;
        foreach (var (day, read) in reads)
        {
            var selection = new ReportSelection(day, root, [], [.. units.Keys], units);
            // Read as holders and counted from them (the reports' figures), then read one by one (a list behind them).
            var holding = await reader.ReadAsync(selection, CancellationToken.None, read with { People = false });
            var listed = await reader.ReadAsync(selection, CancellationToken.None, read);
            Assert.Null(holding.IncumbentPeople);
            var people = listed.Incumbents.GroupBy(p => (p.HeldTitleId!.Value, p.RetirementMonth)).Select(g => $"{g.Key.Value} {g.Key.RetirementMonth} {g.Count()}").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(people, holding.IncumbentCounts.Select(c => $"{c.TitleId} {c.RetirementMonth} {c.Count}").Order(StringComparer.Ordinal));
            // Each holder is a person of the list, with the same title and month.
            Assert.Equal(
                listed.Incumbents.Select(p => $"{p.Id} {p.HeldTitleId} {p.RetirementMonth}").Order(StringComparer.Ordinal),
                holding.Holders.Select(h => $"{h.Id} {h.TitleId} {h.RetirementMonth}").Order(StringComparer.Ordinal));
            counted += listed.Incumbents.Count;
        }

        Assert.True(counted > 100, $"{counted} incumbents counted in all");

        // The horizon itself: a horizon counts those retiring before its month, not in it. A retires in 07/2026 and B in
        // 08/2026 (the database keeps only those born early enough); HT-5 retires by a personal age (the database keeps
        // everyone with one, and the horizon alone decides), whichever way they are read.
        var all = new ReportSelection(new DateOnly(2026, 6, 1), root, [], [.. units.Keys], units);
        var personal = RetirementRule.For(Sex.Male, new YearMonth(1975, 7), new AgeInMonths(PersonalAgeMonths)).RetirementMonth;
        foreach (var (horizon, expected) in new[]
        {
            (new YearMonth(2026, 8), new[] { "BC-A" }), (new YearMonth(2026, 9), ["BC-A", "BC-B"]),
            (personal, []), (personal.AddMonths(1), ["HT-5"]),
        })
        {
            var named = await reader.ReadAsync(all, CancellationToken.None, IncumbentsRead.Before(horizon).WithPeople);
            var holders = await reader.ReadAsync(all, CancellationToken.None, IncumbentsRead.Before(horizon));
            var watched = expected.Length == 0 || expected[0] == "HT-5" ? new[] { "HT-5" } : ["BC-A", "BC-B"];
            Assert.Equal(expected, named.Incumbents.Select(p => p.Code).Where(watched.Contains).Order(StringComparer.Ordinal));
            var ids = (await db.Cadres.AsNoTracking().Where(c => watched.Contains(c.Code)).ToListAsync()).Where(c => expected.Contains(c.Code)).Select(c => c.Id).ToHashSet();
            Assert.Equal(expected.Length, holders.Holders.Count(h => ids.Contains(h.Id)));
        }
    }

    // HT-5's personal retirement age (51 years), which puts its retirement month a little after the test's day.
    private const int PersonalAgeMonths = 612;

    /// <summary>Cadres of the hand-counted unit with awkward histories, and one retiring by a personal age (once per database).</summary>
    private async Task EnsureHistoriesAsync()
    {
        var app = fixture.App;
        await ReportFixtureSql.EnsureAsync(app);
        if (await ReportFixtureSql.ScalarAsync<long>(app, "SELECT count(*) FROM cadres WHERE code = 'HT-1'") > 0)
        {
            return;
        }

        (string Code, string Sex, int Year, (string Title, string From, string? To)[] Posts)[] cadres =
        [
            ("HT-1", "Male", 1966, [("BC-TP", "2018-01-01", "2022-12-31"), ("BC-PP", "2023-01-01", null)]),
            ("HT-2", "Female", 1971, [("BC-KT", "2015-01-01", "2019-12-31"), ("BC-PP", "2027-01-01", null)]),
            ("HT-3", "Male", 1964, [("BC-TP", "2019-01-01", null), ("BC-KT", "2021-06-01", "2030-12-31")]),
            ("HT-4", "Female", 1960, [("BC-PP", "2010-01-01", "2012-12-31")]),
            ("HT-5", "Male", 1975, [("BC-PP", "2020-01-01", null)]),
        ];
        var sql = string.Join('\n', cadres.Select(c => $"""
            INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, ethnicity, created_at, updated_at)
            VALUES (gen_random_uuid(), '{c.Code}', (SELECT id FROM organisations WHERE code = '{ReportFixtureSql.UnitCode}'), 'Thử {c.Code}', '{c.Code}', '{c.Code.ToLowerInvariant()}', '{c.Sex}', {c.Year}, 7, 'Kinh', now(), now());
            """ + string.Concat(c.Posts.Select(p => $"""
            INSERT INTO assignments (id, cadre_id, title_id, "from", "to") VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = '{c.Code}'), (SELECT id FROM titles WHERE code = '{p.Title}'), DATE '{p.From}', {(p.To is null ? "NULL" : $"DATE '{p.To}'")});
            """))));
        await ReportFixtureSql.ExecuteAsync(app, sql + $"UPDATE cadres SET retirement_age_override_months = {PersonalAgeMonths} WHERE code = 'HT-5';");
    }
}
