using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Chức danh cao hơn và đối tượng quy hoạch: only a higher title may be planned (R-PRI-4), and the cadre's current
/// title must be in one of the planned title's source groups (R-OBJ-1).
/// </summary>
/// <remarks>A cadre without a post has rank 0. A title with no source groups (committee lists) accepts any
/// current title.</remarks>
public static class SourceGroupRule
{
    /// <summary>R-OBJ-1: source groups; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-OBJ-1");

    /// <summary>R-PRI-4: only higher titles; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis HigherTitleBasis { get; } = LegalBasis.Of("R-PRI-4");

    /// <summary>Adds failures to <paramref name="reasons"/>; returns the matched group, if any.</summary>
    public static SourceGroup? Check(CadreFacts cadre, PlannedTitle title, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(reasons);
        var rank = cadre.CurrentTitle?.Rank ?? 0;
        if (rank >= title.Rank)
        {
            reasons.Add(new EligibilityReason("NOT_HIGHER_TITLE", ReasonSeverity.Failure, $"Chỉ quy hoạch chức danh cao hơn: \"{title.Name}\" không cao hơn chức vụ đang giữ.", HigherTitleBasis));
        }

        if (title.SourceGroups.Count == 0)
        {
            return null;
        }

        var held = cadre.CurrentTitle?.Id;
        foreach (var group in title.SourceGroups)
        {
            foreach (var id in group.CurrentTitleIds)
            {
                if (string.Equals(id, held, StringComparison.Ordinal))
                {
                    return group;
                }
            }
        }

        reasons.Add(new EligibilityReason("NOT_IN_SOURCE_GROUP", ReasonSeverity.Failure, $"Chức vụ hiện tại ({held ?? "không có"}) không thuộc đối tượng quy hoạch chức danh \"{title.Name}\".", Basis));
        return null;
    }
}
