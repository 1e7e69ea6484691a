using Bogus;

namespace QuyHoach.Cli.Commands.Generate;

/// <summary>
/// Writes the national structure: the 34 provinces with their sở, phòng and xã/phường, a management authority each,
/// the 2025–2030 term, the two title ladders per province with their source groups, and the account the generated
/// rounds and decisions are recorded under. Codes start with <c>G{seed}-</c>.
/// </summary>
internal static class StructureWriter
{
    public static async Task<RegistryShape> WriteAsync(NpgsqlConnection connection, Randomizer random, string prefix, CancellationToken cancellationToken)
    {
        var stamp = Copy.Stamp;
        var termId = random.Uuid();
        var userId = random.Uuid();
        await Copy.RowsAsync(connection, "terms (id, code, name, party_start_year, party_end_year, state_start_year, state_end_year)",
            [[termId, $"{prefix}2025", "Nhiệm kỳ 2025–2030", 2025, 2030, 2026, 2031]], cancellationToken).ConfigureAwait(false);
        await Copy.RowsAsync(connection, "users (id, full_name, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)",
            [[userId, "Dữ liệu tổng hợp quốc gia", false, false, false, true, 0]], cancellationToken).ConfigureAwait(false);

        var organisations = new List<object?[]>();
        var authorities = new List<object?[]>();
        var titles = new List<object?[]>();
        var groups = new List<object?[]>();
        var members = new List<object?[]>();
        var provinces = new List<ProvinceShape>();
        for (var p = 0; p < NationalUnits.Provinces.Count; p++)
        {
            var unit = NationalUnits.Provinces[p];
            var code = $"{prefix}P{p + 1:D2}";
            var provinceId = random.Uuid();
            organisations.Add([provinceId, code, unit.Name, "Province", "Province", null, stamp]);
            var divisions = new List<Guid>();
            for (var d = 0; d < NationalUnits.Departments.Count; d++)
            {
                var departmentId = random.Uuid();
                organisations.Add([departmentId, $"{code}-S{d + 1:D2}", NationalUnits.Departments[d], "Department", "Province", provinceId, stamp]);
                for (var v = 0; v < NationalUnits.Divisions.Count; v++)
                {
                    var divisionId = random.Uuid();
                    divisions.Add(divisionId);
                    organisations.Add([divisionId, $"{code}-S{d + 1:D2}-P{v + 1}", NationalUnits.Divisions[v], "Division", "Province", departmentId, stamp]);
                }
            }

            var communes = new List<Guid>();
            foreach (var (name, c) in NationalUnits.CommuneNames(random, unit.Communes).Select((n, c) => (n, c)))
            {
                var communeId = random.Uuid();
                communes.Add(communeId);
                organisations.Add([communeId, $"{code}-X{c + 1:D3}", name, "Commune", "Commune", provinceId, stamp]);
            }

            var authorityId = random.Uuid();
            var committee = unit.Name.StartsWith("Thành phố", StringComparison.Ordinal) ? "Thành ủy" : "Tỉnh ủy";
            authorities.Add([authorityId, provinceId, $"{code}-BTV", $"Ban Thường vụ {committee} {unit.Name.Split(' ', 3)[2]}"]);
            var department = Ladder(random, Ladders.Department, "so", provinceId, authorityId, code, titles, groups, members);
            var commune = Ladder(random, Ladders.Commune, "commune", provinceId, authorityId, code, titles, groups, members);
            provinces.Add(new ProvinceShape(provinceId, unit.Name, authorityId, divisions, communes, department, commune));
        }

        await Copy.RowsAsync(connection, "organisations (id, code, name, kind, level, parent_id, created_at)", organisations, cancellationToken).ConfigureAwait(false);
        await Copy.RowsAsync(connection, "management_authorities (id, organisation_id, code, name)", authorities, cancellationToken).ConfigureAwait(false);
        await Copy.RowsAsync(connection,
            "titles (id, organisation_id, code, name, rank, level, kind, is_key_leadership, regulated_seats, term_track, management_authority_id, required_political_theory, required_professional, professional_may_follow, required_state_management, state_management_may_follow)",
            titles, cancellationToken).ConfigureAwait(false);
        await Copy.RowsAsync(connection, "title_source_groups (id, title_id, number, minimum_months)", groups, cancellationToken).ConfigureAwait(false);
        await Copy.RowsAsync(connection, "title_source_group_members (source_group_id, source_title_id)", members, cancellationToken).ConfigureAwait(false);
        return new RegistryShape(provinces, termId, userId, organisations.Count, titles.Count);
    }

    private static Dictionary<string, Guid> Ladder(
        Randomizer random, IReadOnlyList<Rung> ladder, string level, Guid provinceId, Guid authorityId, string code,
        List<object?[]> titles, List<object?[]> groups, List<object?[]> members)
    {
        var ids = ladder.ToDictionary(r => r.Key, _ => random.Uuid(), StringComparer.Ordinal);
        foreach (var rung in ladder)
        {
            var theory = rung.Rank switch { 0 => null, 10 => "Intermediate", _ => "Advanced" };
            titles.Add([
                ids[rung.Key], provinceId, $"{code}-{rung.Key}", rung.Name, rung.Rank, level, rung.Staff ? "Staff" : "Leadership",
                rung.KeyLeadership, rung.Staff ? null : Math.Max(1, 12 - (rung.Rank / 5)), rung.Party ? "Party" : "State",
                rung.Staff ? null : authorityId, theory, rung.Staff ? null : "Bachelor", false, rung.Rank >= 30 ? "Principal" : null, rung.Rank >= 30,
            ]);
            foreach (var (source, number) in new[] { (rung.Key1, 1), (rung.Key2, 2) })
            {
                if (source is null)
                {
                    continue;
                }

                var groupId = random.Uuid();
                groups.Add([groupId, ids[rung.Key], number, number == 2 ? 120 : null]);
                members.Add([groupId, ids[source]]);
            }
        }

        return ids;
    }
}
