using QuyHoach.Domain.Common;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Lifecycle;

/// <summary>Quy trình của đợt quy hoạch.</summary>
public enum RoundProcedure
{
    /// <summary>Xây dựng quy hoạch nhiệm kỳ kế tiếp: five steps.</summary>
    NextTermBuild,

    /// <summary>Rà soát, bổ sung quy hoạch hằng năm: four steps, the first a removal vote.</summary>
    AnnualReview,
}

/// <summary>Tập thể họp ở một bước, as the template names it.</summary>
public enum StepBody
{
    /// <summary>Ban Giám đốc (a department's leadership).</summary>
    Directorate,

    /// <summary>Ban Thường vụ.</summary>
    StandingCommittee,

    /// <summary>Ban Chấp hành.</summary>
    ExecutiveCommittee,
}

/// <summary>Một bước của mẫu quy trình.</summary>
/// <param name="Number">Bước 1, 2, ….</param>
/// <param name="Name">The step's name as pages and documents print it.</param>
/// <param name="Vote">The ballot held, or null (preparation, adoption of the plan and source list).</param>
/// <param name="Bodies">The bodies convened, the presiding one first; empty for the staff's preparation.</param>
/// <param name="InvitesOthers">Others than the bodies' members are invited (key-cadre conference, a department's extended body).</param>
/// <param name="Announced">Results announced at the conference (R-DISC-1): the final step only.</param>
public sealed record StepTemplate(int Number, string Name, VoteStep? Vote, IReadOnlyList<StepBody> Bodies, bool InvitesOthers, bool Announced);

/// <summary>
/// Mẫu các bước: the steps of the two procedures at the two levels (docs/rules/steps.md). A department's "tập thể
/// lãnh đạo" is its Ban Giám đốc with the BTV Đảng ủy; its extended body and key-cadre conference add the BCH Đảng ủy
/// and invitees. A province uses the BTV, the BCH, and the key-cadre conference (BCH plus invitees). The first body
/// presides. Only the final step is announced (R-DISC-1).
/// </summary>
public static class ProcedureTemplate
{
    /// <summary>R-SEQ-1: the steps of the procedure, in order.</summary>
    public static LegalBasis Basis => StepProgressRule.Basis;

    /// <summary>The steps of <paramref name="procedure"/> at a province (<paramref name="province"/>) or a department.</summary>
    public static IReadOnlyList<StepTemplate> For(RoundProcedure procedure, bool province)
    {
        StepBody[] leadership = province ? [StepBody.StandingCommittee] : [StepBody.Directorate, StepBody.StandingCommittee];
        StepBody[] extended = province ? [StepBody.ExecutiveCommittee] : [StepBody.Directorate, StepBody.ExecutiveCommittee];
        var (first, again, wide) = province
            ? ("Hội nghị Ban Thường vụ (lần 1)", "Hội nghị Ban Thường vụ (lần 2)", "Hội nghị Ban Chấp hành")
            : ("Hội nghị tập thể lãnh đạo (lần 1)", "Hội nghị tập thể lãnh đạo (lần 2)", "Hội nghị tập thể lãnh đạo mở rộng");
        const string keyCadres = "Hội nghị cán bộ chủ chốt";
        (string Name, VoteStep? Vote, StepBody[] Bodies, bool Invites)[] specs = procedure switch
        {
            RoundProcedure.NextTermBuild =>
            [
                ("Xây dựng kế hoạch và chuẩn bị nguồn nhân sự", null, [], false),
                (first, null, leadership, false),
                (keyCadres, VoteStep.KeyCadres, extended, true),
                (wide, VoteStep.ExtendedLeadership, extended, !province),
                (again, VoteStep.Final, leadership, false),
            ],
            RoundProcedure.AnnualReview =>
            [
                (first, VoteStep.Removal, leadership, false),
                (keyCadres, VoteStep.KeyCadres, extended, true),
                (wide, VoteStep.ExtendedLeadership, extended, !province),
                (again, VoteStep.Final, leadership, false),
            ],
        };
        return specs.Select((s, i) => new StepTemplate(i + 1, s.Name, s.Vote, s.Bodies, s.Invites, s.Vote == VoteStep.Final)).ToList();
    }
}
