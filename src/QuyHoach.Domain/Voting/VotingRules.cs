namespace QuyHoach.Domain.Voting;

/// <summary>
/// Quy tắc biểu quyết của một bộ quy tắc: the quorum, the threshold of each step and the sequencing setting, all
/// as data (docs/rules/procedures.md).
/// </summary>
/// <param name="Quorum">R-QUO-1.</param>
/// <param name="KeyCadres">R-VOTE-30 (≥ 3/10 of present under QĐ 50).</param>
/// <param name="ExtendedLeadership">R-VOTE-50P (&gt; 1/2 of present).</param>
/// <param name="Final">R-VOTE-50C (&gt; 1/2 of convened).</param>
/// <param name="Removal">R-REM-VOTE (&gt; 1/2 of convened).</param>
/// <param name="RequirePassingAllPreviousSteps">R-SEQ-1, the carry between steps: each ballot lists only those who passed
/// the step before it (default true); when false the final ballot also lists those who passed the key-cadre step but
/// not the extended one. Either way a final selection needs every earlier threshold passed (<see cref="StepCarry"/>).</param>
/// <param name="WriteInsAllowed">Whether names outside the source list may be written in at the key-cadre step.</param>
public sealed record VotingRules(
    Quorum Quorum,
    VoteThreshold KeyCadres,
    VoteThreshold ExtendedLeadership,
    VoteThreshold Final,
    VoteThreshold Removal,
    bool RequirePassingAllPreviousSteps,
    bool WriteInsAllowed)
{
    /// <summary>R-BAL-1: whether a phiếu giới thiệu marked for more names than the title's quota is invalid (true) or
    /// left to the counting committee, whose decision is recorded (false).</summary>
    public bool MarkedOverQuotaInvalid { get; init; } = true;

    /// <summary>The threshold of <paramref name="step"/>.</summary>
    public VoteThreshold ThresholdFor(VoteStep step) => step switch
    {
        VoteStep.KeyCadres => KeyCadres,
        VoteStep.ExtendedLeadership => ExtendedLeadership,
        VoteStep.Final => Final,
        VoteStep.Removal => Removal,
    };
}
