using QuyHoach.Domain.Common;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Tình trạng cán bộ: death, transfer out, the political-standard conclusion and the latest ratings (R-REM-AUTO,
/// R-REM-MOVE, R-DOS-3, R-EV-PL2).
/// </summary>
/// <remarks>A missing political-standard conclusion is an obligation (it is part of the dossier, R-DOS-1 item 4);
/// "not met" is a failure. Ratings: the latest <c>RatingYears</c> years must each reach the rule set's minimum;
/// missing years fail.</remarks>
public static class StandingRule
{
    /// <summary>R-REM-AUTO · QĐ 50 Điều 10.</summary>
    public static LegalBasis Basis { get; } = new("R-REM-AUTO", "Quy định 50-QĐ/TW Điều 10; Kế hoạch 331/KH-SCT", "Mục B.II.3");

    /// <summary>R-REM-MOVE · seed 000.</summary>
    public static LegalBasis MovedBasis { get; } = new("R-REM-MOVE", "Kế hoạch rà soát quy hoạch 2023");

    /// <summary>R-DOS-3 · seed 000 §III.1.</summary>
    public static LegalBasis PoliticalStandardBasis { get; } = new("R-DOS-3", "Quy định 50-QĐ/TW; Kế hoạch rà soát quy hoạch 2023", "Mục III.1");

    /// <summary>R-EV-PL2 (threshold unconfirmed in QĐ 50).</summary>
    public static LegalBasis RatingBasis { get; } = new("R-EV-PL2", "Quy định 50-QĐ/TW Điều 3; hướng dẫn của tỉnh");

    /// <summary>Adds every standing failure or obligation to <paramref name="reasons"/>.</summary>
    public static void Check(CadreFacts cadre, EvaluationSettings evaluation, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(reasons);
        if (cadre.Deceased)
        {
            reasons.Add(new EligibilityReason("DECEASED", ReasonSeverity.Failure, "Cán bộ đã từ trần.", Basis));
        }

        if (cadre.TransferredOut)
        {
            reasons.Add(new EligibilityReason("TRANSFERRED_OUT", ReasonSeverity.Failure, "Cán bộ đã chuyển công tác ra khỏi đơn vị.", MovedBasis));
        }

        switch (cadre.PoliticalStandard)
        {
            case PoliticalStandard.Met:
                break;
            case PoliticalStandard.NotConcluded:
                reasons.Add(new EligibilityReason("POLITICAL_STANDARD_PENDING", ReasonSeverity.Obligation, "Chưa có kết luận tiêu chuẩn chính trị: phải bổ sung vào hồ sơ trước khi phê duyệt.", PoliticalStandardBasis));
                break;
            case PoliticalStandard.NotMet:
                reasons.Add(new EligibilityReason("POLITICAL_STANDARD_NOT_MET", ReasonSeverity.Failure, "Kết luận không bảo đảm tiêu chuẩn chính trị của chức danh quy hoạch.", PoliticalStandardBasis));
                break;
        }

        CheckRatings(cadre.Ratings, evaluation, reasons);
    }

    private static void CheckRatings(IReadOnlyList<YearRating> ratings, EvaluationSettings evaluation, List<EligibilityReason> reasons)
    {
        var latest = ratings.OrderByDescending(r => r.Year).Take(evaluation.RatingYears).ToArray();
        var min = evaluation.MinRatingForAddition.ToCode();
        if (latest.Length < evaluation.RatingYears)
        {
            reasons.Add(new EligibilityReason("RATING_MISSING", ReasonSeverity.Failure, $"Chưa đủ kết quả xếp loại {evaluation.RatingYears} năm gần nhất.", RatingBasis));
            return;
        }

        foreach (var r in latest.Where(r => r.Rating < evaluation.MinRatingForAddition))
        {
            reasons.Add(new EligibilityReason("RATING_BELOW_MINIMUM", ReasonSeverity.Failure, $"Năm {r.Year} xếp loại {r.Rating.ToCode()}, thấp hơn mức {min}.", RatingBasis));
        }
    }
}
