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
    /// <summary>R-OBJ-1 · QĐ 50 Điều 2; seed 001 §B.I.2.</summary>
    public static LegalBasis Basis { get; } = new("R-OBJ-1", "Quy định 50-QĐ/TW; Kế hoạch 331/KH-SCT", "Mục B.I.2");

    /// <summary>R-PRI-4 · QĐ 50 Điều 2.</summary>
    public static LegalBasis HigherTitleBasis { get; } = new("R-PRI-4", "Quy định 50-QĐ/TW ngày 27/12/2021", "Điều 2");

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
