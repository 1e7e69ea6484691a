using QuyHoach.Domain.Lifecycle;

namespace QuyHoach.Domain.Tests.Lifecycle;

public class ProcedureTemplateTests
{
    /// <summary>One line per procedure and level: each step as "vote@bodies" (+ when others are invited, ! when announced).</summary>
    [Theory]
    [InlineData(RoundProcedure.NextTermBuild, false, "-@ | -@Directorate,StandingCommittee | KeyCadres@Directorate,ExecutiveCommittee+ | ExtendedLeadership@Directorate,ExecutiveCommittee+ | Final@Directorate,StandingCommittee!")]
    [InlineData(RoundProcedure.NextTermBuild, true, "-@ | -@StandingCommittee | KeyCadres@ExecutiveCommittee+ | ExtendedLeadership@ExecutiveCommittee | Final@StandingCommittee!")]
    [InlineData(RoundProcedure.AnnualReview, false, "Removal@Directorate,StandingCommittee | KeyCadres@Directorate,ExecutiveCommittee+ | ExtendedLeadership@Directorate,ExecutiveCommittee+ | Final@Directorate,StandingCommittee!")]
    [InlineData(RoundProcedure.AnnualReview, true, "Removal@StandingCommittee | KeyCadres@ExecutiveCommittee+ | ExtendedLeadership@ExecutiveCommittee | Final@StandingCommittee!")]
    public void For_ProcedureAndLevel_Steps(RoundProcedure procedure, bool province, string expected)
    {
        var steps = ProcedureTemplate.For(procedure, province);
        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.Number));
        Assert.Equal(expected, string.Join(" | ", steps.Select(s =>
            $"{s.Vote?.ToString() ?? "-"}@{string.Join(',', s.Bodies)}{(s.InvitesOthers ? "+" : "")}{(s.Announced ? "!" : "")}")));
    }

    [Theory]
    [InlineData(true, "Hội nghị Ban Thường vụ (lần 1)|Hội nghị cán bộ chủ chốt|Hội nghị Ban Chấp hành|Hội nghị Ban Thường vụ (lần 2)")]
    [InlineData(false, "Hội nghị tập thể lãnh đạo (lần 1)|Hội nghị cán bộ chủ chốt|Hội nghị tập thể lãnh đạo mở rộng|Hội nghị tập thể lãnh đạo (lần 2)")]
    public void For_AnnualReview_NamesByLevel(bool province, string expected) =>
        Assert.Equal(expected, string.Join('|', ProcedureTemplate.For(RoundProcedure.AnnualReview, province).Select(s => s.Name)));
}
