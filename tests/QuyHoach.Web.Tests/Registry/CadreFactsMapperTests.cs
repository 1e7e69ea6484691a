using QuyHoach.Data.Registry;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>The DB → Domain mapping and the live verdict, on a fixed date (no database).</summary>
public sealed class CadreFactsMapperTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void ToFacts_Histories_HighestLevelsLatestConclusionAndNoAnnulledDiscipline()
    {
        var (cadre, deputyHead, _) = Sample();
        var facts = CadreFactsMapper.ToFacts(cadre, deputyHead, Today);
        Assert.Equal(PoliticalTheoryLevel.Intermediate, facts.PoliticalTheory);
        Assert.Equal(PoliticalTheoryLevel.Advanced, facts.StudyingPoliticalTheory);
        Assert.Equal(ProfessionalLevel.Master, facts.Professional);
        Assert.Equal(StateManagementLevel.Principal, facts.StateManagement);
        Assert.Equal(PoliticalStandard.Met, facts.PoliticalStandard);
        Assert.Equal(new HeldTitle(deputyHead.Id.ToString(), 10), facts.CurrentTitle);
        Assert.Single(facts.Disciplines);
        Assert.Equal(2, facts.Ratings.Count);
        Assert.False(facts.TransferredOut);
        Assert.True(CadreFactsMapper.ToFacts(cadre, deputyHead, new DateOnly(2027, 2, 1)) is { TransferredOut: true });
    }

    [Fact]
    public void ToPlannedTitle_SourceGroupKeepsItsMinimumMonths()
    {
        var (_, deputyHead, head) = Sample();
        var planned = CadreFactsMapper.ToPlannedTitle(head);
        Assert.Equal(2, planned.SourceGroups[0].Number);
        Assert.Equal(120, planned.SourceGroups[0].MinimumMonths);
        Assert.Equal([deputyHead.Id.ToString()], planned.SourceGroups[0].CurrentTitleIds);
        Assert.Equal(new RequiredLevel<StateManagementLevel>(StateManagementLevel.Senior, true), planned.Standards.StateManagement);
    }

    [Fact]
    public void Verdicts_ReprimandInForceOnTheDay_NotEligibleCitingTheDisciplineRule()
    {
        var (cadre, deputyHead, head) = Sample();
        var ruleSet = RuleSetCatalog.BuiltIn.InForceOn(Today)!;
        var verdict = Assert.Single(CadreScreening.Verdicts(cadre, deputyHead, [head], ruleSet, Today));
        Assert.Equal("NotEligible", verdict.Outcome);
        Assert.Equal(2, verdict.SourceGroup);
        Assert.Equal(120, verdict.RequiredMonths);
        Assert.Contains(verdict.Reasons, r => r.Code == "DISCIPLINE_IN_FORCE" && r.RuleId == "R-DIS-377");
        Assert.Contains(verdict.Reasons, r => r.Code == "LLCT_STUDYING" && r.Severity == "Warning");
        Assert.Contains(verdict.Reasons, r => r.Code == "STATE_MANAGEMENT_LEVEL" && r.Severity == "Obligation");

        var later = new DateOnly(2027, 6, 1);
        var after = Assert.Single(CadreScreening.Verdicts(cadre, deputyHead, [head], RuleSetCatalog.BuiltIn.InForceOn(later)!, later));
        Assert.DoesNotContain(after.Reasons, r => r.Code == "DISCIPLINE_IN_FORCE");
    }

    private static (Cadre Cadre, Title DeputyHead, Title Head) Sample()
    {
        var deputyHead = new Title { Id = Guid.NewGuid(), Code = "PP", Name = "Phó trưởng phòng", Rank = 10, Level = "so", Kind = PositionKind.Leadership };
        var head = new Title
        {
            Id = Guid.NewGuid(),
            Code = "TP",
            Name = "Trưởng phòng",
            Rank = 20,
            Level = "so",
            Kind = PositionKind.Leadership,
            RequiredPoliticalTheory = PoliticalTheoryLevel.Advanced,
            RequiredStateManagement = StateManagementLevel.Senior,
            StateManagementMayFollow = true,
        };
        head.SourceGroups.Add(new TitleSourceGroup { Id = Guid.NewGuid(), TitleId = head.Id, Number = 2, MinimumMonths = 120, Members = [new() { SourceTitleId = deputyHead.Id }] });
        var cadre = new Cadre { Id = Guid.NewGuid(), Code = "T-1", FullName = "Nguyễn Thị Ánh", Sex = Sex.Female, BirthYear = 1985, BirthMonth = 4, TransferredOutOn = new DateOnly(2027, 1, 1) };
        cadre.Assignments.Add(new Assignment { TitleId = deputyHead.Id, From = new DateOnly(2020, 1, 1) });
        cadre.PoliticalTheory.AddRange([new() { Level = PoliticalTheoryLevel.Intermediate }, new() { Level = PoliticalTheoryLevel.Advanced, Studying = true }]);
        cadre.Education.AddRange([new() { Level = ProfessionalLevel.Bachelor }, new() { Level = ProfessionalLevel.Master }]);
        cadre.StateManagement.Add(new() { Level = StateManagementLevel.Principal });
        cadre.Evaluations.AddRange([new() { Year = 2024, Rating = Rating.Good }, new() { Year = 2025, Rating = Rating.Excellent }]);
        cadre.PoliticalStandardConclusions.AddRange([new() { ConcludedOn = new DateOnly(2024, 1, 1), Met = false }, new() { ConcludedOn = new DateOnly(2025, 3, 1), Met = true }]);
        cadre.Disciplines.AddRange(
        [
            new() { Authority = DisciplineAuthority.Party, Form = DisciplineForm.KhienTrach, DecidedOn = new DateOnly(2026, 3, 2), EffectiveOn = new DateOnly(2026, 3, 10) },
            new() { Authority = DisciplineAuthority.State, Form = DisciplineForm.CanhCao, DecidedOn = new DateOnly(2026, 5, 1), EffectiveOn = new DateOnly(2026, 5, 1), Annulled = true },
        ]);
        return (cadre, deputyHead, head);
    }
}
