using QuyHoach.Domain.Lifecycle;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// The steps of a new round from the Domain's ProcedureTemplate, each step given the organisation's bodies of the
/// kinds the template names (the first presides; a kind the organisation lacks is left out).
/// </summary>
public static class RoundTemplate
{
    public static List<RoundStep> Build(Guid roundId, RoundKind kind, bool province, IReadOnlyList<Body> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var procedure = kind switch
        {
            RoundKind.NextTermBuild => RoundProcedure.NextTermBuild,
            RoundKind.AnnualReview => RoundProcedure.AnnualReview,
        };
        return ProcedureTemplate.For(procedure, province).Select(spec =>
        {
            var matched = spec.Bodies.Select(k => bodies.FirstOrDefault(b => b.Kind == KindOf(k))).OfType<Body>().ToList();
            var step = new RoundStep
            {
                Id = Guid.CreateVersion7(),
                RoundId = roundId,
                Number = spec.Number,
                Name = spec.Name,
                Vote = spec.Vote,
                BodyId = matched.FirstOrDefault()?.Id,
                Announced = spec.Announced,
                InvitesOthers = spec.InvitesOthers,
            };
            step.ExtraBodies.AddRange(matched.Skip(1).Select(b => new RoundStepBody { StepId = step.Id, BodyId = b.Id }));
            return step;
        }).ToList();
    }

    private static BodyKind KindOf(StepBody body) => body switch
    {
        StepBody.Directorate => BodyKind.Directorate,
        StepBody.StandingCommittee => BodyKind.StandingCommittee,
        StepBody.ExecutiveCommittee => BodyKind.ExecutiveCommittee,
    };
}
