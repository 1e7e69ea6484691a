using QuyHoach.Domain.Lifecycle;

namespace QuyHoach.Domain.Tests.Lifecycle;

/// <summary>Not planned while proposed for appointment or nomination to the same title, nor the reverse (R-PRI-7).</summary>
public class PlanningAppointmentRuleTests
{
    [Fact]
    public void CheckPlanning_OpenProposal_NamesTheConflict() =>
        Assert.Equal(
            "Hoàng Xuân Hải đang được đề nghị bổ nhiệm chức danh Trưởng phòng (từ ngày 02/03/2026): không đồng thời quy hoạch và đề nghị bổ nhiệm cùng một chức danh (R-PRI-7).",
            PlanningAppointmentRule.CheckPlanning("Hoàng Xuân Hải", "Trưởng phòng", new OpenProposal(false, new DateOnly(2026, 3, 2))));

    [Fact]
    public void CheckPlanning_NoProposal_Allows() => Assert.Null(PlanningAppointmentRule.CheckPlanning("Hoàng Xuân Hải", "Trưởng phòng", null));

    [Theory]
    [InlineData(true, "giới thiệu ứng cử")]
    [InlineData(false, "đề nghị bổ nhiệm")]
    public void CheckProposal_BeingPlanned_NamesTheRound(bool nomination, string what)
    {
        var refusal = PlanningAppointmentRule.CheckProposal("Hoàng Xuân Hải", "Trưởng phòng", nomination, "Rà soát năm 2026");
        Assert.Contains($"trong đợt \"Rà soát năm 2026\": không đồng thời {what} và quy hoạch", refusal, StringComparison.Ordinal);
        Assert.Null(PlanningAppointmentRule.CheckProposal("Hoàng Xuân Hải", "Trưởng phòng", nomination, null));
    }
}
