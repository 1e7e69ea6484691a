namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Khoảng ngày hợp lý của hội nghị: the dates a conference of a round may carry, derived from the round's term. A round
/// plans for one term: a next-term build sits during the term before it, an annual review during the term itself, so
/// every conference of the round falls between the first day of the preceding term and the last day of the planned
/// term. A date outside that span is a typo (31/12/9999, 2062 for 2026), not a conference, and is refused.
/// </summary>
/// <remarks>
/// The term's own length (end year − start year, 5 for a congress term) measures "the preceding term"; the Party and
/// the State terms of the pair are taken together (the earliest start, the latest end), since a round's titles may
/// follow either (R-EFF-2). Example: term 2025-2030 (State 2026-2031) accepts 01/01/2019 to 31/12/2031.
/// </remarks>
public sealed record ConferenceDateWindow(string TermCode, DateOnly From, DateOnly To)
{
    public static ConferenceDateWindow For(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var start = Math.Min(term.PartyStartYear, term.StateStartYear);
        var end = Math.Max(term.PartyEndYear, term.StateEndYear);
        var length = Math.Max(term.PartyEndYear - term.PartyStartYear, 1);
        return new ConferenceDateWindow(term.Code, new DateOnly(start - length, 1, 1), new DateOnly(end, 12, 31));
    }

    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>A refusal naming the field and the window when <paramref name="heldOn"/> lies outside it, else null.</summary>
    public Refusal? Refuse(DateOnly heldOn) => Contains(heldOn)
        ? null
        : Refusal.BadInput($"Ngày họp {heldOn:dd/MM/yyyy} không hợp lý cho đợt quy hoạch nhiệm kỳ {TermCode}: hội nghị phải họp trong khoảng từ {From:dd/MM/yyyy} đến {To:dd/MM/yyyy}. Không có thay đổi nào được lưu.");
}
