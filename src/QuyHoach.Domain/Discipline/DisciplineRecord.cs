namespace QuyHoach.Domain.Discipline;

/// <summary>Quyết định kỷ luật: one discipline decision as the time rules need it (docs/rules/discipline.md).</summary>
/// <param name="Authority">Party or State.</param>
/// <param name="Form">The form of discipline.</param>
/// <param name="EffectiveOn">
/// For a Party decision the announcement date (R-DIS-P1); for a State decision the date it takes effect (R-DIS-S1).
/// Also the start of the QĐ 377 waits (R-DIS-377A; default, the start date was not read).
/// </param>
/// <param name="ComplaintPending">A complaint against the decision is still being handled (R-DIS-P1; docs/rules/discipline.md).</param>
/// <param name="ComplaintDecidedOn">The date the complaint decision was announced; the Party lapse runs from it.</param>
/// <param name="NewViolation">
/// A relapse or a new violation warranting discipline was found, so the Party decision does not lapse by itself
/// (QĐ 69-QĐ/TW Điều 2 khoản 5).
/// </param>
/// <param name="IsCollective">
/// The decision disciplines an organisation, not the person: it does not bar the person's own planning (R-DIS-50
/// speaks of individual discipline).
/// </param>
public sealed record DisciplineRecord(
    DisciplineAuthority Authority,
    DisciplineForm Form,
    DateOnly EffectiveOn,
    bool ComplaintPending = false,
    DateOnly? ComplaintDecidedOn = null,
    bool NewViolation = false,
    bool IsCollective = false);
