using BenchmarkDotNet.Attributes;
using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Word;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Bench;

/// <summary>
/// The results of a conference with 200 present (of 220 convened) and 60 candidates over 6 titles with quotas, and its
/// minutes, measured together: each title's final ballot decided by the Domain's BallotRule (threshold on the
/// convened, R-SEQ-1, top-down fill to the quota, a tie at the last place of one title left to the head), then the
/// DOCX tally minutes written from the results. Target: under 1 second.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ConferenceBenchmark
{
    private const int Convened = 220;
    private const int Present = 200;
    private static readonly int[] Quotas = [2, 3, 2, 1, 3, 2];

    private readonly VotingRules _rules = RuleSetCatalog.BuiltIn.Find("qd50-nam-dinh")!.Voting;
    private CandidateVote[][] _ballots = [];

    [GlobalSetup]
    public void Setup()
    {
        // 10 candidates per title, 190 down to 82 agree votes (above 110 of 220 passes); title 0 has a tie for its
        // second and last seat (178 and 178); one candidate of title 5 failed an earlier step.
        _ballots = Quotas.Select((_, t) => Enumerable.Range(0, 10).Select(i =>
            new CandidateVote($"T{t}C{i}", t == 0 && i == 2 ? 178 : 190 - (12 * i) - t, PassedPreviousSteps: !(t == 5 && i == 1))).ToArray()).ToArray();
    }

    /// <summary>Results of every ballot and the minutes DOCX; returns the document's size so nothing is optimised away.</summary>
    [Benchmark]
    public long ResultsAndMinutes()
    {
        var titles = new List<TitleTally>(Quotas.Length);
        for (var t = 0; t < Quotas.Length; t++)
        {
            var outcome = BallotRule.Decide(_rules, VoteStep.Final, Convened, Present, _ballots[t], Quotas[t]);
            if (t == 0 && outcome.Selection?.SeatsForHead != 1)
            {
                throw new InvalidOperationException("The tie at the last place of title 0 should be left to the head.");
            }

            titles.Add(new TitleTally($"Chức danh {t + 1}", outcome.Candidates.Select((c, i) => new TallyCandidate(
                i + 1, $"Nguyễn Văn {c.Id}", new PartialDate(1975 + i, 1 + i, 1 + i), i % 3 == 0 ? Sex.Female : Sex.Male, "Trưởng phòng", "1",
                c.Agree, c.Passed, 1 + outcome.Candidates.Count(o => o.Agree > c.Agree),
                c.BlockedBySequence ? "Không đạt ở bước trước (R-SEQ-1)" : c.Selected == true ? "Được giới thiệu" : null)).ToList()));
        }

        using var stream = new MemoryStream();
        TallyMinutesDocument.Write(stream, Minutes(titles));
        return stream.Length;
    }

    private static TallyMinutes Minutes(IReadOnlyList<TitleTally> titles) => new()
    {
        Body = new IssuingBody(BodyKind.Party, "Đảng bộ tỉnh Nam Định", "Đảng ủy Sở Công Thương", "Nam Định"),
        Conference = "Hội nghị Ban Thường vụ (bước 4)",
        Scope = "các chức danh lãnh đạo Sở Công Thương",
        PlannedTerm = "2025 - 2030",
        Date = new DateOnly(2025, 4, 8),
        Start = new TimeOnly(8, 0),
        End = new TimeOnly(11, 30),
        Venue = "Hội trường Sở Công Thương",
        Chair = new Participant("Nguyễn Văn A", "Bí thư Đảng ủy, Giám đốc Sở"),
        CountingCommittee = [new CountingMember("Trần Thị B", "Chánh Văn phòng", CountingRole.Head), new CountingMember("Lê Văn C", "Trưởng phòng", CountingRole.Member)],
        Counts = new BallotCounts(Convened, Present, Present, Present, 199, 1),
        Base = VoteBase.Convened,
        Threshold = "trên 50% so với tổng số người được triệu tập",
        Titles = titles,
        Announced = true,
    };
}
