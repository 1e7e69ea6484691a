using QuyHoach.Data.Planning;
using QuyHoach.Data.Registry;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// Mẫu các bước: the steps of the two procedures at the two levels (rules §2.5, §2.6; seed 001 §B.IV, seed 000 §II).
/// A department's "tập thể lãnh đạo" is its Ban Giám đốc with the BTV Đảng ủy; its extended body and key-cadre
/// conference add the BCH Đảng ủy and invitees. A province uses the BTV, the BCH, and the key-cadre conference (BCH
/// plus invitees). The first body presides. Only the final step is announced (R-DISC-1).
/// </summary>
public static class RoundTemplate
{
    private sealed record Spec(string Name, VoteStep? Vote, BodyKind[] Bodies, bool Invites = false);

    public static List<RoundStep> Build(Guid roundId, RoundKind kind, bool province, IReadOnlyList<Body> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        BodyKind[] leadership = province ? [BodyKind.StandingCommittee] : [BodyKind.Directorate, BodyKind.StandingCommittee];
        BodyKind[] extended = province ? [BodyKind.ExecutiveCommittee] : [BodyKind.Directorate, BodyKind.ExecutiveCommittee];
        var (first, again, wide) = province
            ? ("Hội nghị Ban Thường vụ (lần 1)", "Hội nghị Ban Thường vụ (lần 2)", "Hội nghị Ban Chấp hành")
            : ("Hội nghị tập thể lãnh đạo (lần 1)", "Hội nghị tập thể lãnh đạo (lần 2)", "Hội nghị tập thể lãnh đạo mở rộng");
        const string keyCadres = "Hội nghị cán bộ chủ chốt";
        Spec[] specs = kind switch
        {
            RoundKind.NextTermBuild =>
            [
                new("Xây dựng kế hoạch và chuẩn bị nguồn nhân sự", null, []),
                new(first, null, leadership),
                new(keyCadres, VoteStep.KeyCadres, extended, Invites: true),
                new(wide, VoteStep.ExtendedLeadership, extended, Invites: !province),
                new(again, VoteStep.Final, leadership),
            ],
            RoundKind.AnnualReview =>
            [
                new(first, VoteStep.Removal, leadership),
                new(keyCadres, VoteStep.KeyCadres, extended, Invites: true),
                new(wide, VoteStep.ExtendedLeadership, extended, Invites: !province),
                new(again, VoteStep.Final, leadership),
            ],
        };
        return specs.Select((spec, i) =>
        {
            var matched = spec.Bodies.Select(k => bodies.FirstOrDefault(b => b.Kind == k)).OfType<Body>().ToList();
            var step = new RoundStep
            {
                Id = Guid.CreateVersion7(),
                RoundId = roundId,
                Number = i + 1,
                Name = spec.Name,
                Vote = spec.Vote,
                BodyId = matched.FirstOrDefault()?.Id,
                Announced = spec.Vote == VoteStep.Final,
                InvitesOthers = spec.Invites,
            };
            step.ExtraBodies.AddRange(matched.Skip(1).Select(b => new RoundStepBody { StepId = step.Id, BodyId = b.Id }));
            return step;
        }).ToList();
    }
}
