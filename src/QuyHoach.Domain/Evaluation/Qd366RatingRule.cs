using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Evaluation;

/// <summary>Ngưỡng điểm xếp loại theo QĐ 366 in tenths of a point (900 = 90,0 điểm); rule-set data.</summary>
/// <param name="ExcellentTenths">Lowest score for HTXSNV (900).</param>
/// <param name="GoodTenths">Lowest score for HTTNV (700).</param>
/// <param name="CompletedTenths">Lowest score for HTNV (500).</param>
public sealed record ScoreBands(int ExcellentTenths, int GoodTenths, int CompletedTenths);

/// <summary>Điều kiện kèm theo điểm số: whether each level's extra conditions hold (R-EV-366).</summary>
/// <param name="Excellent">E.g. all tasks on time with ≥ 30 % exceeding; no discipline in the collective led.</param>
/// <param name="Good">All tasks on time with quality.</param>
/// <param name="Completed">E.g. for collectives ≤ 20 % of tasks late.</param>
public sealed record RatingConditions(bool Excellent, bool Good, bool Completed)
{
    /// <summary>Every condition holds.</summary>
    public static RatingConditions All { get; } = new(true, true, true);
}

/// <summary>
/// Xếp loại theo Quy định 366-QĐ/TW: the rating from a 100-point score kept as integer tenths, dropping to the next
/// level whose conditions hold (R-EV-366; examples in docs/rules/evaluation.md).
/// </summary>
/// <remarks>Scores are integer tenths (89,9 → 899) so no floating point is involved; the score precision of QĐ 366
/// is not specified (docs/rules/evaluation.md). A score below the HTNV band is KHTNV (inferred bucket).</remarks>
public static class Qd366RatingRule
{
    /// <summary>R-EV-366: the 100-point rating; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-EV-366");

    /// <summary>The rating for <paramref name="scoreTenths"/> under <paramref name="bands"/>.</summary>
    public static Rating FromScore(int scoreTenths, RatingConditions conditions, ScoreBands bands)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(bands);
        if (scoreTenths >= bands.ExcellentTenths && conditions.Excellent)
        {
            return Rating.Excellent;
        }

        if (scoreTenths >= bands.GoodTenths && conditions.Good)
        {
            return Rating.Good;
        }

        return scoreTenths >= bands.CompletedTenths && conditions.Completed ? Rating.Completed : Rating.Failed;
    }
}
