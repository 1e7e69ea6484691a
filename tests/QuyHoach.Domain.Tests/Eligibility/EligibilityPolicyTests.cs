using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Domain.Tests.Eligibility;

public class EligibilityPolicyTests
{
    private static string Codes(EligibilityVerdict v) => string.Join(',', v.Reasons.Select(r => r.Code));

    [Fact]
    public void Evaluate_GoodCadre_Eligible()
    {
        var v = EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good), Cadres.Qd50);
        Assert.Equal(EligibilityOutcome.Eligible, v.Outcome);
        Assert.Empty(v.Reasons);
        Assert.Equal(1, v.SourceGroup);
        Assert.Equal("qd50@2021.1", v.RuleSetId);
    }

    // the examples of docs/rules/age.md (reference 04/2022, current-term addition; Nam Định: đối tượng 2 needs 120).
    [Theory]
    [InlineData(Sex.Male, 1966, 3, "TP", 68, 72, false)]
    [InlineData(Sex.Male, 1966, 4, "TP", 72, 72, true)]
    [InlineData(Sex.Female, 1970, 8, "TP", 68, 72, false)]
    [InlineData(Sex.Female, 1970, 9, "TP", 73, 72, true)]
    [InlineData(Sex.Male, 1970, 3, "PP", 119, 120, false)]
    [InlineData(Sex.Male, 1970, 4, "PP", 120, 120, true)]
    [InlineData(Sex.Female, 1973, 4, "PP", 116, 120, false)]
    [InlineData(Sex.Female, 1973, 5, "PP", 121, 120, true)]
    public void Evaluate_AgeCutOffsSeed001_MatchesRules(Sex sex, int year, int month, string held, int remaining, int required, bool eligible)
    {
        var cadre = Cadres.Good with { Sex = sex, Birth = new PartialDate(year, month), CurrentTitle = new HeldTitle(held, held == "TP" ? 2 : 1) };
        var v = EligibilityPolicy.Evaluate(Cadres.Request(cadre), Cadres.NamDinh);
        Assert.Equal(remaining, v.MonthsRemaining);
        Assert.Equal(required, v.RequiredMonths);
        Assert.Equal(eligible, !v.Reasons.Any(r => r.Code == "AGE_BELOW_FLOOR"));
    }

    // The failure cites the floor that applied: current-term 72 (R-AGE-2), đối tượng 2 in Nam Định (R-AGE-3),
    // next-term minimum 60 (R-AGE-1), transitional 60 (R-TRANS-1).
    [Theory]
    [InlineData(1966, 3, "TP", PlanTermKind.Current, false, "R-AGE-2")]
    [InlineData(1970, 3, "PP", PlanTermKind.Current, false, "R-AGE-3")]
    [InlineData(1965, 6, "TP", PlanTermKind.Next, false, "R-AGE-1")]
    [InlineData(1965, 6, "TP", PlanTermKind.Current, true, "R-TRANS-1")]
    public void Evaluate_AgeBelowFloor_CitesTheFloorThatApplied(int year, int month, string held, PlanTermKind term, bool transitional, string ruleId)
    {
        var cadre = Cadres.Good with { Sex = Sex.Male, Birth = new PartialDate(year, month), CurrentTitle = new HeldTitle(held, held == "TP" ? 2 : 1) };
        var v = EligibilityPolicy.Evaluate(Cadres.Request(cadre, term) with { Transitional = transitional }, Cadres.NamDinh);
        Assert.Equal(ruleId, v.Reasons.Single(r => r.Code == "AGE_BELOW_FLOOR").Basis.RuleId);
    }

    [Fact]
    public void Evaluate_Qd50WithoutProvinceOverride_Group2Needs72() =>
        Assert.Equal(72, EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { CurrentTitle = new HeldTitle("PP", 1) }), Cadres.Qd50).RequiredMonths);

    // the example of docs/rules/age.md: birth year only → January.
    [Fact]
    public void Evaluate_BirthYearOnly_UsesJanuary() =>
        Assert.Equal(66, EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { Birth = new PartialDate(1966) }), Cadres.Qd50).MonthsRemaining);

    // the example of docs/rules/terms.md (R-TRANS-1) at the numbers of HD 06's example (see AppointmentAgeRuleTests): man
    // 02/1965 retires 08/2026; 60 months kept, 59 not.
    [Theory]
    [InlineData("2021-08", 60, false)]
    [InlineData("2021-09", 59, true)]
    public void Evaluate_TransitionalBoundary_SixtyKeptFiftyNineNot(string reference, int remaining, bool fails)
    {
        var cadre = Cadres.Good with { Sex = Sex.Male, Birth = new PartialDate(1965, 2) };
        Assert.True(YearMonth.TryParse(reference, out var month));
        var request = Cadres.Request(cadre) with { Transitional = true, AgeReference = month };
        var v = EligibilityPolicy.Evaluate(request, Cadres.Qd50);
        Assert.Equal(60, v.RequiredMonths);
        Assert.Equal(remaining, v.MonthsRemaining);
        Assert.Equal(fails, v.Reasons.Any(r => r.Code == "AGE_BELOW_FLOOR"));
    }

    // A next-term request at 04/2022 counts from the next provincial congress, 09/2025 (R-AGE-1, R-CI45): a man born
    // 01/1969 retires 01/2031, 64 months later.
    [Fact]
    public void Evaluate_NextTermOneTermOnly_Warning()
    {
        var v = EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { Birth = new PartialDate(1969, 1) }, PlanTermKind.Next), Cadres.Qd50);
        Assert.Equal(EligibilityOutcome.Eligible, v.Outcome);
        Assert.Equal("AGE_ONE_TERM_ONLY", Codes(v));
        Assert.Equal("2025-09", v.AgeReference);
        Assert.Contains("tính từ 09/2025 (tháng đầu nhiệm kỳ kế tiếp)", v.Reasons[0].Message, StringComparison.Ordinal);
    }

    // the example of docs/rules/principles.md (R-PRI-4) and R-OBJ-1.
    [Theory]
    [InlineData("PGD", 3, "NOT_HIGHER_TITLE,NOT_IN_SOURCE_GROUP")]
    [InlineData("CV", 0, "NOT_IN_SOURCE_GROUP")]
    [InlineData("GD", 4, "NOT_HIGHER_TITLE,NOT_IN_SOURCE_GROUP")]
    public void Evaluate_NotHigherOrOutsideGroups_Rejected(string held, int rank, string codes) =>
        Assert.Equal(codes, Codes(EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { CurrentTitle = new HeldTitle(held, rank) }), Cadres.Qd50)));

    [Theory]
    [InlineData(PoliticalTheoryLevel.Intermediate, null, ProfessionalLevel.Master, StateManagementLevel.Principal, "LLCT_TRAINING_REQUIRED", EligibilityOutcome.EligibleWithObligations)]
    [InlineData(PoliticalTheoryLevel.Intermediate, PoliticalTheoryLevel.Advanced, ProfessionalLevel.Master, StateManagementLevel.Principal, "LLCT_STUDYING", EligibilityOutcome.EligibleWithObligations)]
    [InlineData(PoliticalTheoryLevel.Bachelor, null, ProfessionalLevel.Master, StateManagementLevel.Specialist, "STATE_MANAGEMENT_LEVEL", EligibilityOutcome.EligibleWithObligations)]
    [InlineData(PoliticalTheoryLevel.Advanced, null, ProfessionalLevel.College, StateManagementLevel.Principal, "PROFESSIONAL_LEVEL", EligibilityOutcome.NotEligible)]
    public void Evaluate_Levels_ObligationOrFailure(PoliticalTheoryLevel llct, PoliticalTheoryLevel? studying, ProfessionalLevel pro, StateManagementLevel qlnn, string codes, EligibilityOutcome outcome)
    {
        var v = EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { PoliticalTheory = llct, StudyingPoliticalTheory = studying, Professional = pro, StateManagement = qlnn }), Cadres.Qd50);
        Assert.Equal(codes, Codes(v));
        Assert.Equal(outcome, v.Outcome);
    }

    [Fact]
    public void Evaluate_ManyFailures_ListsEvery()
    {
        var cadre = Cadres.Good with
        {
            Deceased = true,
            TransferredOut = true,
            PoliticalStandard = PoliticalStandard.NotMet,
            Ratings = [new YearRating(2021, Rating.Completed)],
            Birth = new PartialDate(1960, 1),
            Professional = ProfessionalLevel.None,
            Disciplines = [Cadres.Party(DisciplineForm.KhienTrach, "2022-01-10")],
        };
        var v = EligibilityPolicy.Evaluate(Cadres.Request(cadre), Cadres.Qd50);
        Assert.Equal("DECEASED,TRANSFERRED_OUT,POLITICAL_STANDARD_NOT_MET,RATING_BELOW_MINIMUM,AGE_BELOW_FLOOR,PROFESSIONAL_LEVEL,DISCIPLINE_IN_FORCE", Codes(v));
        Assert.Equal(EligibilityOutcome.NotEligible, v.Outcome);
        Assert.All(v.Reasons, r => Assert.StartsWith("R-", r.Basis.RuleId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PoliticalStandard.NotConcluded, "POLITICAL_STANDARD_PENDING")]
    [InlineData(PoliticalStandard.NotMet, "POLITICAL_STANDARD_NOT_MET")]
    public void Evaluate_PoliticalStandard_Reported(PoliticalStandard standard, string code) =>
        Assert.Equal(code, Codes(EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { PoliticalStandard = standard }), Cadres.Qd50)));

    [Fact]
    public void Evaluate_NoRating_Fails() =>
        Assert.Equal("RATING_MISSING", Codes(EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { Ratings = [] }), Cadres.Qd50)));
}
