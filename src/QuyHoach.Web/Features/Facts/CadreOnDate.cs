namespace QuyHoach.Web.Features.Facts;

/// <summary>
/// Cán bộ tại một ngày: what screening reads of one cadre on one day, the Domain's facts with the assignment and the
/// title they were read from.
/// </summary>
/// <param name="Facts">The facts as of the day (CadreFactsReader).</param>
/// <param name="CurrentAssignment">The assignment held that day (CurrentAssignments), if any.</param>
/// <param name="CurrentTitle">Its title, if any.</param>
public sealed record CadreOnDate(CadreFacts Facts, Assignment? CurrentAssignment, Title? CurrentTitle);
