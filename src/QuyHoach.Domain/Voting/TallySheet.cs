namespace QuyHoach.Domain.Voting;

/// <summary>
/// Biên bản kiểm phiếu: the header numbers and per-candidate agree votes of one ballot (R-SECRET-1; docs/rules/votes.md, tally sheet).
/// </summary>
/// <param name="Convened">Số người được triệu tập.</param>
/// <param name="Present">Số người có mặt.</param>
/// <param name="Issued">Số phiếu phát ra.</param>
/// <param name="Returned">Số phiếu thu vào.</param>
/// <param name="Valid">Số phiếu hợp lệ.</param>
/// <param name="Invalid">Số phiếu không hợp lệ.</param>
/// <param name="Candidates">Agree votes per candidate.</param>
public sealed record TallySheet(int Convened, int Present, int Issued, int Returned, int Valid, int Invalid, IReadOnlyList<CandidateVote> Candidates);
