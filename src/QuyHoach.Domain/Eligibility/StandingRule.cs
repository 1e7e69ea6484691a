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
    /// <summary>R-REM-AUTO: automatic removal; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-REM-AUTO");

    /// <summary>R-REM-MOVE: moved out or already holding the title; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis MovedBasis { get; } = LegalBasis.Of("R-REM-MOVE");

    /// <summary>R-DOS-3: political-standard appraisal; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis PoliticalStandardBasis { get; } = LegalBasis.Of("R-DOS-3");

    /// <summary>R-EV-PL2: minimum rating for an addition (unconfirmed in QĐ 50); documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis RatingBasis { get; } = LegalBasis.Of("R-EV-PL2");

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

    /// <remarks>Reads the <c>RatingYears</c> latest ratings newest first, a tie in the order given (what a stable sort
    /// by year, descending, gives), without sorting or copying the list: this runs once per verdict.</remarks>
    private static void CheckRatings(IReadOnlyList<YearRating> ratings, EvaluationSettings evaluation, List<EligibilityReason> reasons)
    {
        if (ratings.Count < evaluation.RatingYears)
        {
            reasons.Add(new EligibilityReason("RATING_MISSING", ReasonSeverity.Failure, $"Chưa đủ kết quả xếp loại {evaluation.RatingYears} năm gần nhất.", RatingBasis));
            return;
        }

        var (lastYear, lastIndex) = (int.MaxValue, -1);
        for (var taken = 0; taken < evaluation.RatingYears; taken++)
        {
            var next = -1;
            for (var i = 0; i < ratings.Count; i++)
            {
                var year = ratings[i].Year;
                var after = year < lastYear || (year == lastYear && i > lastIndex);
                if (after && (next < 0 || year > ratings[next].Year))
                {
                    next = i;
                }
            }

            var r = ratings[next];
            (lastYear, lastIndex) = (r.Year, next);
            if (r.Rating < evaluation.MinRatingForAddition)
            {
                reasons.Add(new EligibilityReason("RATING_BELOW_MINIMUM", ReasonSeverity.Failure, $"Năm {r.Year} xếp loại {r.Rating.ToCode()}, thấp hơn mức {evaluation.MinRatingForAddition.ToCode()}.", RatingBasis));
            }
        }
    }
}
