using QuyHoach.Web.Features.Conferences;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Đợt quy hoạch đang dở of the demo: the department's 2026 annual review for Trưởng phòng, run through the same
/// handlers as the pages. Step 1 (tập thể lãnh đạo) is held; at step 2 (cán bộ chủ chốt) the committee is
/// kiemphieu and kiemphieu2, ten of the eleven convened are present and kiemphieu has entered the tally once. A visitor
/// signs in as kiemphieu2, enters <see cref="Sheet"/> and <see cref="Agree"/> again and computes the results.
/// </summary>
internal static class DemoRound
{
    public const string Name = "Rà soát, bổ sung quy hoạch năm 2026";
    public static readonly string[] Candidates = ["SCT-0015", "SCT-0016", "SCT-0017"];
    public static readonly DateOnly FirstHeldOn = new(2026, 1, 20);
    public static readonly DateOnly SecondHeldOn = new(2026, 1, 27);

    /// <summary>Phát ra, thu vào, hợp lệ, không hợp lệ of the step 2 tally.</summary>
    public static readonly (int Issued, int Returned, int Valid, int Invalid) Sheet = (10, 10, 10, 0);

    /// <summary>Agree votes per ballot line, in ballot order.</summary>
    public static readonly int[] Agree = [8, 6, 2];

    public static async Task AddAsync(IServiceProvider services, PlanningActor staff, PlanningActor counterA, PlanningActor counterB, CancellationToken ct)
    {
        var round = Value(await services.GetRequiredService<CreateRoundHandler>().HandleAsync(staff, new CreateRoundRequest(
            Name, "annual-review", "NDI-SCT-DQL", null, "2025-2030", "2026-01", null, [new RoundTitleRequest("SCT-TP", 1)]), ct));
        Value(await services.GetRequiredService<SourceListHandler>().AddCandidatesAsync(staff, round.Id,
            new AddCandidatesRequest("SCT-TP", Candidates.Select(c => new CandidateLine(c, "Tập thể lãnh đạo Sở đề xuất")).ToList()), ct));

        var open = services.GetRequiredService<OpenConferenceHandler>();
        var committee = services.GetRequiredService<CountingCommitteeHandler>();
        var attendance = services.GetRequiredService<AttendanceHandler>();
        var tallies = services.GetRequiredService<EnterTallyHandler>();
        var first = Value(await open.HandleAsync(staff, round.Id, new OpenConferenceRequest(1, FirstHeldOn, "Phòng họp tầng 3, Sở Công Thương", "08:00"), ct));
        first = Value(await committee.HandleAsync(staff, first.Id, new CountingCommitteeRequest(null, [counterA.UserId, counterB.UserId]), ct));
        first = Value(await attendance.HandleAsync(staff, first.Id, new AttendanceRequest(first.Members.Select(m => m.Id).ToList()), ct));
        foreach (var ballot in first.Ballots)
        {
            // A removal ballot, when plan members were put to the vote: nobody votes to remove anyone.
            var none = new TallyRequest(first.Present, first.Present, first.Present, 0, ballot.Candidates.Select(c => new AgreeLine(c.Id, 0)).ToList());
            Value(await tallies.HandleAsync(counterA, ballot.Id, none, ct));
            Value(await tallies.HandleAsync(counterB, ballot.Id, none, ct));
            Value(await services.GetRequiredService<ComputeResultsHandler>().HandleAsync(counterA, ballot.Id, ct));
        }

        var second = Value(await open.HandleAsync(staff, round.Id, new OpenConferenceRequest(2, SecondHeldOn, "Hội trường Sở Công Thương", "14:00"), ct));
        second = Value(await committee.HandleAsync(staff, second.Id, new CountingCommitteeRequest(null, [counterA.UserId, counterB.UserId]), ct));
        second = Value(await attendance.HandleAsync(staff, second.Id, new AttendanceRequest(second.Members.Take(Sheet.Issued).Select(m => m.Id).ToList()), ct));
        var lines = second.Ballots.Single().Candidates;
        Value(await tallies.HandleAsync(counterA, second.Ballots.Single().Id,
            new TallyRequest(Sheet.Issued, Sheet.Returned, Sheet.Valid, Sheet.Invalid, lines.Zip(Agree, (l, a) => new AgreeLine(l.Id, a)).ToList()), ct));
    }

    public static PlanningActor Actor(AppUser user, string role) =>
        new(user.Id, new HashSet<string>([role], StringComparer.Ordinal), user.OrganisationId) { Name = user.UserName ?? "" };

    private static T Value<T>(Outcome<T> outcome) => outcome.Value is { } value && outcome.Refusal is null
        ? value
        : throw new InvalidOperationException($"Demo round: {outcome.Refusal?.Detail}");
}
