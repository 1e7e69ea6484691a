using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Domain.Common;
using QuyHoach.Web.Features.Shell;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// One reader of a cadre's facts: for every demo cadre and every title it could be planned for, the profile screened at
/// a month and rule set and a round with that reference month and rule set give the same verdicts, reasons and months,
/// for the current term (this month, and 06/2025) and for the next term (06/2025: the 2025–2030 term is still the next
/// one on the State track, R-AGE-1). Three registry facts are dated so that a reader ignoring the date would differ: a
/// KHTNV rating of this year (a review reads the years before its own, R-EV-PL2), a "not met" conclusion dated after
/// 01/06/2025 and a reprimand decided after it (R-DOS-3, R-DIS-377); the demo's approved plan gives active plans.
/// </summary>
public sealed class ProfileAndRoundAgreeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task EveryDemoCadreAndTitle_ProfileAndRound_SameVerdictsReasonsAndMonths()
    {
        var app = fixture.App;
        var today = VietnamTime.Today(TimeProvider.System);
        await ExecuteAsync($"""
            INSERT INTO evaluation_records (id, cadre_id, year, rating) VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = 'SCT-0003'), {today.Year}, 'Failed');
            INSERT INTO political_standard_conclusions (id, cadre_id, concluded_on, met, note)
            VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = 'SCT-0004'), DATE '2025-09-01', false, 'Kết luận sau ngày xét');
            INSERT INTO discipline_entries (id, cadre_id, authority, form, decision_number, decided_on, effective_on, complaint_pending, new_violation, is_collective, annulled)
            VALUES (gen_random_uuid(), (SELECT id FROM cadres WHERE code = 'SCT-0008'), 'Party', 'KhienTrach', '21-QĐ/UBKT', DATE '2025-07-01', DATE '2025-07-01', false, false, false, false);
            """);
        await app.CreateAccountAsync("chuyenviendoichieu", "Đặng Thị Lan", AppRoles.Staff, "NDI");
        var staff = new PlanningClient(await app.SignInAsUserAsync("chuyenviendoichieu"));
        var cadres = await RowsAsync("SELECT code, id::text FROM cadres");
        var titles = await RowsAsync("SELECT id::text, code FROM titles");
        var thisMonth = YearMonth.Of(today);
        var compared = 0;
        var seen = new List<string>();
        foreach (var (month, ruleSet, term, verdicts) in new (YearMonth, string, string, string)[]
        {
            (thisMonth, "qd377", "2025-2030", "verdicts"),
            (new YearMonth(2025, 6), "qd50", "2020-2025", "verdicts"),
            (new YearMonth(2025, 6), "qd50-nam-dinh", "2025-2030", "nextTermVerdicts"),
        })
        {
            var round = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (authority, codes) in new[] { ("NDI-SCT-DQL", new[] { "SCT-TP", "SCT-PP" }), ("NDI-DQL-BTV", new[] { "SCT-GD", "SCT-PGD" }) })
            {
                foreach (var line in await RoundVerdictsAsync(staff, authority, codes, term, month, ruleSet, cadres.Keys))
                {
                    round[line.Key] = line.Value;
                }
            }

            foreach (var (code, id) in cadres)
            {
                var profile = await staff.OkAsync(HttpMethod.Get, $"/api/v1/cadres/{id}?thang={month.ToVietnamese()}&bo-quy-tac={ruleSet}");
                foreach (var v in profile.GetProperty("screening").GetProperty(verdicts).EnumerateArray())
                {
                    var key = $"{code} {titles[v.GetProperty("titleId").GetString()!]}";
                    Assert.True(round.TryGetValue(key, out var expected), $"{month.ToVietnamese()} {ruleSet}: {key} not screened by the round");
                    Assert.Equal($"{key} {month.ToVietnamese()} {ruleSet}: {expected}", $"{key} {month.ToVietnamese()} {ruleSet}: {Line(v)}");
                    compared++;
                    seen.Add($"{month.ToVietnamese()} {key} {expected}");
                }
            }
        }

        Assert.True(compared > 60, $"only {compared} verdicts compared");

        // The dated facts as both paths read them: this year's rating is not yet read this month; the conclusion and the
        // reprimand dated after 01/06/2025 are unknown at 06/2025.
        Assert.Contains(seen, l => l.StartsWith($"{thisMonth.ToVietnamese()} SCT-0003 ", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, l => l.StartsWith($"{thisMonth.ToVietnamese()} SCT-0003 ", StringComparison.Ordinal) && l.Contains($"Năm {today.Year} xếp loại", StringComparison.Ordinal));
        Assert.Contains(seen, l => l.StartsWith("06/2025 SCT-0004 ", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, l => l.StartsWith("06/2025 SCT-0004 ", StringComparison.Ordinal) && l.Contains("POLITICAL_STANDARD", StringComparison.Ordinal));
        Assert.Contains(seen, l => l.StartsWith("06/2025 SCT-0008 ", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, l => l.StartsWith("06/2025 SCT-0008 ", StringComparison.Ordinal) && l.Contains("DISCIPLINE", StringComparison.Ordinal));
        Assert.Contains(seen, l => l.Contains("EligibleWithObligations", StringComparison.Ordinal));
        Assert.Contains(seen, l => l.Contains(" Eligible ", StringComparison.Ordinal));
        Assert.Contains(seen, l => l.Contains("NotEligible", StringComparison.Ordinal));
    }

    private static async Task<Dictionary<string, string>> RoundVerdictsAsync(
        PlanningClient staff, string authority, string[] titleCodes, string term, YearMonth month, string ruleSet, IEnumerable<string> cadreCodes)
    {
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = $"Đối chiếu sàng lọc {month.ToVietnamese()} {authority} {term} {ruleSet}",
            kind = "next-term-build",
            managementAuthorityCode = authority,
            termCode = term,
            referenceMonth = month.ToString(),
            ruleSetId = ruleSet,
            titles = titleCodes.Select(c => new { code = c, quota = 1 }).ToArray(),
        });
        var id = round.GetProperty("id").GetGuid();
        JsonElement list = default;
        foreach (var title in titleCodes)
        {
            list = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new
            {
                titleCode = title,
                candidates = cadreCodes.Select(c => new { cadreCode = c, justification = "Đối chiếu với sàng lọc trên lý lịch" }).ToArray(),
            });
        }

        return list.EnumerateArray().ToDictionary(e => $"{e.GetProperty("cadreCode").GetString()} {e.GetProperty("titleCode").GetString()}", Line, StringComparer.Ordinal);
    }

    /// <summary>A verdict as both paths show it: outcome, months, source group, age reference and every reason.</summary>
    private static string Line(JsonElement v)
    {
        var group = v.GetProperty("sourceGroup") is { ValueKind: JsonValueKind.Number } g ? g.GetInt32().ToString(CultureInfo.InvariantCulture) : "-";
        var reasons = v.GetProperty("reasons").EnumerateArray()
            .Select(r => $"{r.GetProperty("code").GetString()}:{r.GetProperty("severity").GetString()}:{r.GetProperty("ruleId").GetString()}:{r.GetProperty("message").GetString()}");
        return $"{v.GetProperty("outcome").GetString()} {v.GetProperty("monthsRemaining")}/{v.GetProperty("requiredMonths")} đối tượng {group} từ {v.GetProperty("ageReference").GetString()} [{string.Join(" | ", reasons)}]";
    }

    private async Task<Dictionary<string, string>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetString(1);
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
