using Bogus;

namespace QuyHoach.Cli.Commands.Generate;

/// <summary>
/// Writes, for each province, the closed 2025 planning round of its management authority and the approval decision
/// the generated active plans rest on; returns the decision id per authority.
/// </summary>
internal static class PlanWriter
{
    public static async Task<IReadOnlyDictionary<Guid, Guid>> WriteAsync(NpgsqlConnection connection, Randomizer random, RegistryShape shape, CancellationToken cancellationToken)
    {
        var rounds = new List<object?[]>();
        var decisions = new List<object?[]>();
        var byAuthority = new Dictionary<Guid, Guid>();
        foreach (var province in shape.Provinces)
        {
            var roundId = random.Uuid();
            var decisionId = random.Uuid();
            byAuthority[province.AuthorityId] = decisionId;
            rounds.Add([
                roundId, province.Id, province.AuthorityId, shape.TermId, "AnnualReview", "Rà soát, bổ sung quy hoạch năm 2025",
                2025, 6, "qd50", "2021.1", Copy.Stamp, "Closed", shape.UserId, Copy.Stamp, Copy.Stamp,
            ]);
            decisions.Add([
                decisionId, "Approval", province.Id, province.AuthorityId, shape.TermId, roundId, $"{random.Number(100, 999)}-QĐ/TU",
                new DateOnly(2025, 6, 30), VietnameseNames.Next(random, random.Bool()), "Bí thư", shape.UserId, Copy.Stamp,
            ]);
        }

        await Copy.RowsAsync(connection,
            "planning_rounds (id, organisation_id, management_authority_id, term_id, kind, name, reference_year, reference_month, rule_set_id, rule_set_version, rule_set_frozen_at, status, created_by_user_id, created_at, closed_at)",
            rounds, cancellationToken).ConfigureAwait(false);
        await Copy.RowsAsync(connection,
            "plan_decisions (id, kind, organisation_id, management_authority_id, term_id, round_id, number, signed_on, signer_name, signer_position, recorded_by_user_id, recorded_at)",
            decisions, cancellationToken).ConfigureAwait(false);
        return byAuthority;
    }
}
