using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Domain.Tests.Eligibility;

/// <summary>
/// The three verdicts: đủ điều kiện; đủ điều kiện kèm nghĩa vụ (something still to fulfil: a course to finish or take,
/// a conclusion to add before approval, a level to complete); không đủ điều kiện. A warning asks for nothing.
/// </summary>
public class ThreeVerdictTests
{
    private static readonly LegalBasis Basis = new("R-STD-1", "Quy định 50-QĐ/TW");

    [Theory]
    [InlineData("", EligibilityOutcome.Eligible)]
    [InlineData("W", EligibilityOutcome.Eligible)]
    [InlineData("O", EligibilityOutcome.EligibleWithObligations)]
    [InlineData("W,O", EligibilityOutcome.EligibleWithObligations)]
    [InlineData("O,O", EligibilityOutcome.EligibleWithObligations)]
    [InlineData("F", EligibilityOutcome.NotEligible)]
    [InlineData("O,F", EligibilityOutcome.NotEligible)]
    [InlineData("F,O,W", EligibilityOutcome.NotEligible)]
    public void OutcomeOf_Severities_ThreeVerdicts(string severities, EligibilityOutcome expected)
    {
        var reasons = severities.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => new EligibilityReason("X", s switch
        {
            "F" => ReasonSeverity.Failure,
            "O" => ReasonSeverity.Obligation,
            _ => ReasonSeverity.Warning,
        }, "Lý do", Basis));
        Assert.Equal(expected, EligibilityVerdict.OutcomeOf(reasons));
    }

    // One line per situation the profile and a round label; the codes are those the verdict lists.
    [Theory]
    [InlineData("good", "", EligibilityOutcome.Eligible)]
    [InlineData("llct-studying", "LLCT_STUDYING:Obligation", EligibilityOutcome.EligibleWithObligations)]
    [InlineData("llct-not-started", "LLCT_TRAINING_REQUIRED:Obligation", EligibilityOutcome.EligibleWithObligations)]
    [InlineData("no-conclusion", "POLITICAL_STANDARD_PENDING:Obligation", EligibilityOutcome.EligibleWithObligations)]
    [InlineData("qlnn-may-follow", "STATE_MANAGEMENT_LEVEL:Obligation", EligibilityOutcome.EligibleWithObligations)]
    [InlineData("conclusion-not-met", "POLITICAL_STANDARD_NOT_MET:Failure", EligibilityOutcome.NotEligible)]
    [InlineData("llct-studying-rated-low", "RATING_BELOW_MINIMUM:Failure,LLCT_STUDYING:Obligation", EligibilityOutcome.NotEligible)]
    public void Evaluate_Situation_ThreeVerdicts(string situation, string reasons, EligibilityOutcome expected)
    {
        var cadre = situation switch
        {
            "good" => Cadres.Good,
            "llct-studying" => Cadres.Good with { PoliticalTheory = PoliticalTheoryLevel.Intermediate, StudyingPoliticalTheory = PoliticalTheoryLevel.Advanced },
            "llct-not-started" => Cadres.Good with { PoliticalTheory = PoliticalTheoryLevel.Intermediate },
            "no-conclusion" => Cadres.Good with { PoliticalStandard = PoliticalStandard.NotConcluded },
            "qlnn-may-follow" => Cadres.Good with { StateManagement = StateManagementLevel.Specialist },
            "conclusion-not-met" => Cadres.Good with { PoliticalStandard = PoliticalStandard.NotMet },
            "llct-studying-rated-low" => Cadres.Good with
            {
                PoliticalTheory = PoliticalTheoryLevel.Intermediate,
                StudyingPoliticalTheory = PoliticalTheoryLevel.Advanced,
                Ratings = [new YearRating(2021, Rating.Completed)],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(situation)),
        };
        var verdict = EligibilityPolicy.Evaluate(Cadres.Request(cadre), Cadres.Qd50);
        Assert.Equal(reasons, string.Join(',', verdict.Reasons.Select(r => $"{r.Code}:{r.Severity}")));
        Assert.Equal(expected, verdict.Outcome);
    }
}
