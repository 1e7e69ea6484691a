namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>
/// The stable codes a view carries, read back as their typed values (PlanningCodes holds the one mapping), so that
/// pages compare enums, never strings.
/// </summary>
public static class RoundStates
{
    /// <summary>The value whose code is <paramref name="code"/> under <paramref name="of"/>; the first value when none is.</summary>
    public static T Parse<T>(string? code, Func<T, string> of)
        where T : struct, Enum => Enum.GetValues<T>().FirstOrDefault(v => of(v) == code);

    public static RoundStatus Of(RoundView round) => Parse<RoundStatus>(round?.Status, PlanningCodes.Of);

    public static RoundStatus Of(RoundSummary round) => Parse<RoundStatus>(round?.Status, PlanningCodes.Of);

    /// <summary>Draft or in progress: steps may still be opened, the round closed or cancelled.</summary>
    public static bool IsRunning(RoundView round) => Of(round) is RoundStatus.Draft or RoundStatus.InProgress;

    public static SourceEntryKind KindOf(SourceEntryView entry) => Enum.Parse<SourceEntryKind>(entry?.Kind ?? nameof(SourceEntryKind.Candidate));

    public static PlanMemberAction? ActionOf(SourceEntryView entry) =>
        entry?.Action is { } action ? Parse<PlanMemberAction>(action, PlanningCodes.Of) : null;
}
