namespace QuyHoach.Domain.Voting;

/// <summary>Số phiếu đồng ý của một người: one candidate's agree votes in one ballot.</summary>
/// <param name="Id">The candidate's identifier (or ballot label).</param>
/// <param name="Agree">Agree votes (agree-to-remove at the removal step).</param>
/// <param name="PassedPreviousSteps">Whether the candidate passed every earlier step of the round (R-SEQ-1); true for
/// the first step and the removal vote.</param>
public sealed record CandidateVote(string Id, int Agree, bool PassedPreviousSteps = true);

/// <summary>Kết quả của một người trong một lần biểu quyết.</summary>
/// <param name="Id">The candidate.</param>
/// <param name="Agree">Agree votes.</param>
/// <param name="Passed">Reached the step's threshold (at the removal step: proposed for removal).</param>
/// <param name="Selected">Final step only: selected within the quota; null at other steps.</param>
/// <param name="BlockedBySequence">True when the votes would pass but the candidate failed an earlier step (R-SEQ-1).</param>
/// <param name="Rank">Final step only: xếp thứ by agree votes among the ballot's lines (R-RANK-1); null at other steps.</param>
/// <param name="TiedForLastPlace">Final step only, when just decided: among those tied for the last seat, left to the
/// head (R-TIE-1).</param>
public sealed record CandidateResult(string Id, int Agree, bool Passed, bool? Selected, bool BlockedBySequence, int? Rank = null, bool TiedForLastPlace = false);
