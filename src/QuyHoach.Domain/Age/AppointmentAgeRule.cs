using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Age;

/// <summary>Kết quả xét tuổi bổ nhiệm: whether the age condition applies and holds.</summary>
/// <param name="Applies">The appointment is a first appointment or to a higher post (R-APPAGE-1); false for an
/// equivalent or lower post (R-APPAGE-2).</param>
/// <param name="Eligible">The condition does not apply, holds, or the competent authority approved a special case.</param>
/// <param name="MonthsRemaining">Months of working life left at the reference month (HD 06 method).</param>
/// <param name="RequiredMonths">The rule set's floor (a full term, 60).</param>
/// <param name="Basis">R-APPAGE-1 or R-APPAGE-2.</param>
public sealed record AppointmentAge(bool Applies, bool Eligible, int MonthsRemaining, int RequiredMonths, LegalBasis Basis);

/// <summary>
/// Tuổi bổ nhiệm, giới thiệu ứng cử: a cadre proposed for a first appointment or a higher post must have working age
/// for a full term (the rule set's <c>ageFloors.appointmentMonths</c>, 60) at the reference month (R-APPAGE-1);
/// an equivalent or lower post has no age condition (R-APPAGE-2).
/// </summary>
/// <remarks>
/// The reference month is the month the competent staff agency receives the submission and dossier (R-APPAGE-4);
/// months remaining = retirement month − reference month (R-APPAGE-5). Inclusive: HD 06's own example, a man born
/// 02/1965, has exactly 60 months in 08/2021 and is eligible; in 09/2021 he has 59 (R-APPAGE-5; docs/rules/age.md).
/// </remarks>
public static class AppointmentAgeRule
{
    /// <summary>R-APPAGE-1: age for a first or higher appointment; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-APPAGE-1");

    /// <summary>R-APPAGE-2: equivalent or lower post; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis LowerPostBasis { get; } = LegalBasis.Of("R-APPAGE-2");

    /// <summary>
    /// Checks an appointment from a post of <paramref name="currentRank"/> (null for a first appointment) to one of
    /// <paramref name="newRank"/>, with the dossier received in <paramref name="reference"/>.
    /// </summary>
    public static AppointmentAge Check(
        Sex sex,
        YearMonth birth,
        YearMonth reference,
        int newRank,
        int? currentRank,
        int requiredMonths,
        bool specialCaseApproved = false,
        AgeInMonths? personalRetirementAge = null)
    {
        var remaining = RetirementRule.MonthsRemaining(sex, birth, reference, personalRetirementAge);
        if (currentRank is { } held && newRank <= held)
        {
            return new AppointmentAge(false, true, remaining, requiredMonths, LowerPostBasis);
        }

        return new AppointmentAge(true, remaining >= requiredMonths || specialCaseApproved, remaining, requiredMonths, Basis);
    }
}
