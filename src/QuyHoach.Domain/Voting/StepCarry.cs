namespace QuyHoach.Domain.Voting;

/// <summary>A line of an earlier ballot as the carry needs it.</summary>
/// <param name="Person">Who the line is: the same key on every ballot of the round for the same person.</param>
/// <param name="Passed">Reached that step's threshold.</param>
/// <param name="PassedPreviousSteps">Had passed every step before that one.</param>
public sealed record EarlierLine(string Person, bool Passed, bool PassedPreviousSteps);

/// <summary>A line carried onto the next ballot.</summary>
/// <param name="Person">The key of <see cref="EarlierLine.Person"/>.</param>
/// <param name="PassedPreviousSteps">Passed every earlier threshold of the round; a line without it is never selected.</param>
public sealed record CarriedLine(string Person, bool PassedPreviousSteps);

/// <summary>
/// Chuyển kết quả giữa các bước (R-SEQ-1): who goes on the ballot of the extended body and of the final step, and the
/// rule that a final selection needs every earlier threshold passed.
/// </summary>
/// <remarks>
/// The extended ballot lists those who passed the key-cadre step. The final ballot lists those who passed the extended
/// step when the rule set carries step by step (<see cref="VotingRules.RequirePassingAllPreviousSteps"/>); when it does
/// not, it lists those who passed the key-cadre step, each marked with whether they also passed the extended step.
/// Whatever the carry, a candidate who failed an earlier threshold is never selected at the final step
/// (<see cref="BlocksEarlierFailure"/>): the carry setting decides who is voted on, not who may be selected.
/// The removal and key-cadre ballots come from the source list, not from a carry.
/// </remarks>
public static class StepCarry
{
    /// <summary>
    /// Whether a candidate who failed an earlier step fails <paramref name="step"/> whatever their votes: always at the
    /// final step; at the extended step when the rule set carries step by step.
    /// </summary>
    public static bool BlocksEarlierFailure(VotingRules rules, VoteStep step)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return step switch
        {
            VoteStep.Final => true,
            VoteStep.ExtendedLeadership => rules.RequirePassingAllPreviousSteps,
            _ => false,
        };
    }

    /// <summary>The lines of the <paramref name="step"/> ballot (extended or final) from the earlier ballots' results, in
    /// the order of the ballot they are carried from.</summary>
    /// <param name="rules">The round's voting rules.</param>
    /// <param name="step"><see cref="VoteStep.ExtendedLeadership"/> or <see cref="VoteStep.Final"/>.</param>
    /// <param name="keyCadres">The key-cadre ballot's lines.</param>
    /// <param name="extended">The extended ballot's lines (empty for the extended step itself).</param>
    public static IReadOnlyList<CarriedLine> Carry(VotingRules rules, VoteStep step, IReadOnlyList<EarlierLine> keyCadres, IReadOnlyList<EarlierLine> extended)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(keyCadres);
        ArgumentNullException.ThrowIfNull(extended);
        return step switch
        {
            VoteStep.ExtendedLeadership => Passers(keyCadres, null),
            VoteStep.Final when rules.RequirePassingAllPreviousSteps => Passers(extended, null),
            VoteStep.Final => Passers(keyCadres, extended),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Only the extended and final ballots are carried from earlier steps."),
        };
    }

    private static List<CarriedLine> Passers(IReadOnlyList<EarlierLine> from, IReadOnlyList<EarlierLine>? alsoRequired) =>
        from.Where(l => l.Passed && l.PassedPreviousSteps)
            .Select(l => new CarriedLine(l.Person, alsoRequired is null || alsoRequired.Any(a => a.Passed && string.Equals(a.Person, l.Person, StringComparison.Ordinal))))
            .ToList();
}
