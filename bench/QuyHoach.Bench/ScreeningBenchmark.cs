using BenchmarkDotNet.Attributes;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Bench;

/// <summary>
/// Screens 100,000 synthetic cadres against the titles of 500 source groups: each cadre gets a full verdict with
/// reasons for every title whose source groups include its current title. Target: under 1 second on 2 cores.
/// </summary>
// A fixed 8 calls per iteration: one call takes most of an iteration's target time, so BenchmarkDotNet's pilot would
// choose one call per iteration and measure calls 4 to 6, before tiered JIT has optimised the screening loop; the
// figure then says how early the JIT promotes the code, not how fast it runs. 3 warm-up iterations (24 calls) first.
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
[InvocationCount(8, unrollFactor: 1)]
[MemoryDiagnoser]
public class ScreeningBenchmark
{
    private const int CadreCount = 100_000;
    private const int GroupCount = 500;

    private readonly RuleSet _ruleSet = RuleSetCatalog.BuiltIn.Find("qd50-nam-dinh")!;
    private PlannedTitle[] _titles = [];
    private CadreFacts[] _cadres = [];
    private Dictionary<string, PlannedTitle[]> _titlesBySource = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2022);
        // 250 titles with two source groups each = 500 source groups; held titles H0…H499.
        _titles = Enumerable.Range(0, GroupCount / 2).Select(i => new PlannedTitle(
            $"T{i}", $"Chức danh {i}", 10, "province", TitleKind.Leadership,
            new TitleStandards(PoliticalTheoryLevel.Advanced, new RequiredLevel<ProfessionalLevel>(ProfessionalLevel.Bachelor, false), new RequiredLevel<StateManagementLevel>(StateManagementLevel.Principal, true)),
            [new SourceGroup(1, [$"H{2 * i}"]), new SourceGroup(2, [$"H{(2 * i) + 1}"])])).ToArray();
        _titlesBySource = _titles
            .SelectMany(t => t.SourceGroups.SelectMany(g => g.CurrentTitleIds).Select(h => (h, t)))
            .GroupBy(x => x.h)
            .ToDictionary(g => g.Key, g => g.Select(x => x.t).ToArray());
        _cadres = Enumerable.Range(0, CadreCount).Select(i => new CadreFacts(
            $"C{i}",
            random.Next(2) == 0 ? Sex.Male : Sex.Female,
            new PartialDate(random.Next(1962, 1995), random.Next(1, 13)),
            new HeldTitle($"H{random.Next(GroupCount)}", random.Next(0, 12)),
            (PoliticalTheoryLevel)random.Next(0, 5),
            null,
            (ProfessionalLevel)random.Next(1, 5),
            (StateManagementLevel)random.Next(0, 4),
            [new YearRating(2021, (Rating)random.Next(0, 4))],
            [],
            ViolationStatus.None,
            PoliticalStandard.Met,
            false,
            false,
            [])).ToArray();
    }

    [Benchmark]
    public int ScreenAll()
    {
        var asOf = new DateOnly(2022, 4, 15);
        var reasons = 0;
        foreach (var cadre in _cadres)
        {
            if (!_titlesBySource.TryGetValue(cadre.CurrentTitle!.Id, out var titles))
            {
                continue;
            }

            foreach (var title in titles)
            {
                var verdict = EligibilityPolicy.Evaluate(new EligibilityRequest(cadre, title, PlanTermKind.Current, asOf), _ruleSet);
                reasons += verdict.Reasons.Count;
            }
        }

        return reasons;
    }
}
