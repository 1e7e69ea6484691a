using System.Diagnostics;
using Npgsql;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Load;

/// <summary>
/// National benchmark (b): every cadre with a current title screened, by the Domain's EligibilityPolicy, for every
/// title whose source groups include that title. The facts are read in bulk (one query per table, not the app's
/// per-cadre reader), so the figure is the Domain's screening at national scale plus a bulk read; both are timed.
/// </summary>
public static class NationalScreening
{
    public static async Task<string> RunAsync(string connectionString)
    {
        var read = Stopwatch.StartNew();
        // The tables read at once, each on its own connection (PostgreSQL reads and the client decodes in parallel).
        var connection = connectionString;
        var held = new Dictionary<Guid, (string Title, int Rank)>();
        var heldRead = ForEach(connection, "SELECT DISTINCT ON (a.cadre_id) a.cadre_id, a.title_id, t.rank FROM assignments a JOIN titles t ON t.id = a.title_id WHERE a.\"to\" IS NULL ORDER BY a.cadre_id, a.\"from\" DESC",
            r => held[r.GetGuid(0)] = (r.GetGuid(1).ToString(), r.GetInt32(2)));
        var theoryRead = Levels<PoliticalTheoryLevel>(connection, "SELECT cadre_id, level FROM political_theory_records WHERE NOT studying");
        var professionalRead = Levels<ProfessionalLevel>(connection, "SELECT cadre_id, level FROM education_records");
        var managementRead = Levels<StateManagementLevel>(connection, "SELECT cadre_id, level FROM state_management_records");
        var ratings = new Dictionary<Guid, List<YearRating>>();
        var ratingsRead = ForEach(connection, "SELECT cadre_id, year, rating FROM evaluation_records WHERE year < 2026",
            r => (ratings.TryGetValue(r.GetGuid(0), out var l) ? l : ratings[r.GetGuid(0)] = []).Add(new YearRating(r.GetInt32(1), Enum.Parse<Rating>(r.GetString(2)))));
        var disciplines = new Dictionary<Guid, List<DisciplineRecord>>();
        var disciplinesRead = ForEach(connection, "SELECT cadre_id, authority, form, effective_on, is_collective FROM discipline_entries WHERE NOT annulled",
            r => (disciplines.TryGetValue(r.GetGuid(0), out var l) ? l : disciplines[r.GetGuid(0)] = []).Add(
                new DisciplineRecord(Enum.Parse<DisciplineAuthority>(r.GetString(1)), Enum.Parse<DisciplineForm>(r.GetString(2)), r.GetFieldValue<DateOnly>(3), IsCollective: r.GetBoolean(4))));
        var standard = new Dictionary<Guid, bool>();
        var standardRead = ForEach(connection, "SELECT DISTINCT ON (cadre_id) cadre_id, met FROM political_standard_conclusions ORDER BY cadre_id, concluded_on DESC", r => standard[r.GetGuid(0)] = r.GetBoolean(1));
        var titlesRead = PlannedTitlesBySource(connection);
        await Task.WhenAll(heldRead, theoryRead, professionalRead, managementRead, ratingsRead, disciplinesRead, standardRead, titlesRead);
        var (theory, professional, management, titles) = (theoryRead.Result, professionalRead.Result, managementRead.Result, titlesRead.Result);
        var cadres = new List<CadreFacts>();
        await ForEach(connection, "SELECT id, sex, birth_year, birth_month, died_on IS NOT NULL, transferred_out_on IS NOT NULL FROM cadres", r =>
        {
            var id = r.GetGuid(0);
            if (!held.TryGetValue(id, out var title))
            {
                return;
            }

            cadres.Add(new CadreFacts(
                id.ToString(), Enum.Parse<Sex>(r.GetString(1)), new PartialDate(r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3)), new HeldTitle(title.Title, title.Rank),
                theory.GetValueOrDefault(id), null, professional.GetValueOrDefault(id), management.GetValueOrDefault(id),
                ratings.TryGetValue(id, out var y) ? y : [], disciplines.TryGetValue(id, out var d) ? d : [], ViolationStatus.None,
                standard.TryGetValue(id, out var met) ? (met ? PoliticalStandard.Met : PoliticalStandard.NotMet) : PoliticalStandard.NotConcluded,
                r.GetBoolean(4), r.GetBoolean(5), []));
        });
        read.Stop();

        var ruleSet = RuleSetCatalog.BuiltIn.Find("qd50")!;
        var asOf = new DateOnly(2026, 1, 15);
        // One thread, then as many partitions as cores (each a contiguous slice of the cadres, its own counts): the same
        // verdicts both ways, or the figure is refused.
        var single = Stopwatch.StartNew();
        var one = Screen(cadres, titles, ruleSet, asOf, 1);
        single.Stop();
        var partitions = Environment.ProcessorCount;
        var screen = Stopwatch.StartNew();
        var parallel = Screen(cadres, titles, ruleSet, asOf, partitions);
        screen.Stop();
        if (parallel != one)
        {
            throw new InvalidOperationException($"Partitioned screening gave {parallel}, one thread {one}.");
        }

        return $"{{\"cadres\":{cadres.Count},\"verdicts\":{one.Verdicts},\"eligible\":{one.Eligible},\"readSeconds\":{read.Elapsed.TotalSeconds:0.00},"
            + $"\"oneThreadSeconds\":{single.Elapsed.TotalSeconds:0.00},\"partitions\":{partitions},\"screenSeconds\":{screen.Elapsed.TotalSeconds:0.00},"
            + $"\"sameVerdictsAsOneThread\":true,\"targetSeconds\":5}}";
    }

    /// <summary>
    /// Every cadre screened for the titles of its source groups, in <paramref name="partitions"/> slices at once (the
    /// Domain's policy is pure, so the slices share nothing but their inputs). The counts and a checksum of every
    /// verdict (cadre, title, outcome) make two runs comparable.
    /// </summary>
    public static ScreeningTotals Screen(IReadOnlyList<CadreFacts> cadres, IReadOnlyDictionary<string, List<PlannedTitle>> titles, RuleSet ruleSet, DateOnly asOf, int partitions)
    {
        var totals = new ScreeningTotals[partitions];
        var size = (cadres.Count + partitions - 1) / Math.Max(1, partitions);
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
        {
            long verdicts = 0, eligible = 0, checksum = 0;
            for (var i = p * size; i < Math.Min(cadres.Count, (p + 1) * size); i++)
            {
                var cadre = cadres[i];
                foreach (var title in titles.GetValueOrDefault(cadre.CurrentTitle!.Id, []))
                {
                    var verdict = EligibilityPolicy.Evaluate(new EligibilityRequest(cadre, title, PlanTermKind.Current, asOf), ruleSet);
                    verdicts++;
                    eligible += verdict.Outcome == EligibilityOutcome.NotEligible ? 0 : 1;
                    checksum = unchecked(checksum + HashCode.Combine(cadre.Id, title.Id, verdict.Outcome));
                }
            }

            totals[p] = new ScreeningTotals(verdicts, eligible, checksum);
        });
        return new ScreeningTotals(totals.Sum(t => t.Verdicts), totals.Sum(t => t.Eligible), totals.Aggregate(0L, (sum, t) => unchecked(sum + t.Checksum)));
    }

    private static async Task<Dictionary<string, List<PlannedTitle>>> PlannedTitlesBySource(string connection)
    {
        var bySource = new Dictionary<string, List<PlannedTitle>>(StringComparer.Ordinal);
        await ForEach(connection, """
            SELECT t.id, t.name, t.rank, t.level, t.required_political_theory, t.required_professional, t.professional_may_follow,
                   t.required_state_management, t.state_management_may_follow, g.number, g.minimum_months, m.source_title_id
            FROM titles t JOIN title_source_groups g ON g.title_id = t.id JOIN title_source_group_members m ON m.source_group_id = g.id
            WHERE t.kind = 'Leadership'
            """, r =>
        {
            var standards = new TitleStandards(
                r.IsDBNull(4) ? null : Enum.Parse<PoliticalTheoryLevel>(r.GetString(4)),
                r.IsDBNull(5) ? null : new RequiredLevel<ProfessionalLevel>(Enum.Parse<ProfessionalLevel>(r.GetString(5)), r.GetBoolean(6)),
                r.IsDBNull(7) ? null : new RequiredLevel<StateManagementLevel>(Enum.Parse<StateManagementLevel>(r.GetString(7)), r.GetBoolean(8)));
            var source = r.GetGuid(11).ToString();
            var group = new SourceGroup(r.GetInt32(9), [source], r.IsDBNull(10) ? null : r.GetInt32(10));
            var title = new PlannedTitle(r.GetGuid(0).ToString(), r.GetString(1), r.GetInt32(2), r.GetString(3), TitleKind.Leadership, standards, [group]);
            (bySource.TryGetValue(source, out var list) ? list : bySource[source] = []).Add(title);
        });
        return bySource;
    }

    private static async Task<Dictionary<Guid, T>> Levels<T>(string connection, string sql) where T : struct, Enum
    {
        var levels = new Dictionary<Guid, T>();
        await ForEach(connection, sql, r =>
        {
            if (Enum.TryParse<T>(r.GetString(1), out var level) && (!levels.TryGetValue(r.GetGuid(0), out var had) || Comparer<T>.Default.Compare(level, had) > 0))
            {
                levels[r.GetGuid(0)] = level;
            }
        });
        return levels;
    }

    private static async Task ForEach(string connectionString, string sql, Action<NpgsqlDataReader> row)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }
}

/// <summary>What a screening gave: how many verdicts, how many not refused, and a checksum of them all.</summary>
public sealed record ScreeningTotals(long Verdicts, long Eligible, long Checksum);
