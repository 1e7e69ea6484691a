using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Discipline;

/// <summary>Hiệu lực kỷ luật: whether a decision (or its bar) is in force on a date, and when it stops.</summary>
/// <param name="InForce">The decision or its bar is in force on the date asked about.</param>
/// <param name="FreeFrom">
/// The first day it is no longer in force; null when the end cannot be known yet (complaint pending, new violation)
/// or never comes (khai trừ, bãi nhiệm, buộc thôi việc).
/// </param>
/// <param name="Basis">The rule applied.</param>
public sealed record DisciplineStatus(bool InForce, DateOnly? FreeFrom, LegalBasis Basis);

/// <summary>Thời điểm được xem xét lại: the first day from which a bar caused by discipline no longer applies.</summary>
/// <param name="AllowedFrom">The first allowed day; null when no date can be given (open or permanent).</param>
/// <param name="Basis">The rule applied.</param>
public sealed record DisciplineClearance(DateOnly? AllowedFrom, LegalBasis Basis)
{
    /// <summary>True when the act is allowed on <paramref name="date"/>.</summary>
    public bool IsAllowedOn(DateOnly date) => AllowedFrom is { } from && date >= from;
}
