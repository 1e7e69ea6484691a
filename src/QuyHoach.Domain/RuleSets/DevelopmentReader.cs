using System.Text.Json.Nodes;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Development;

namespace QuyHoach.Domain.RuleSets;

/// <summary>
/// Reads the <c>development</c> section of a rule set (format in <c>docs/rules/rule-sets.md</c>): the reminder window
/// and, per reason code of the verdict, the standard's name, when it falls due, whether it must be met before
/// appointment and its rule id (R-USE-2).
/// </summary>
internal static class DevelopmentReader
{
    private static readonly Dictionary<string, DueKind> Dues = new(StringComparer.Ordinal)
    {
        ["beforeAppointment"] = DueKind.BeforeAppointment,
        ["withinTerm"] = DueKind.WithinTerm,
        ["months"] = DueKind.Months,
    };

    public static DevelopmentSettings Read(JsonFieldReader r)
    {
        const string key = "development";
        if (r.Node(key + ".standards") is not JsonObject items)
        {
            r.Error(key + ".standards", "Thiếu các tiêu chuẩn của kế hoạch phát triển (đối tượng development.standards).");
            return DevelopmentSettings.None;
        }

        var standards = new Dictionary<string, DevelopmentStandard>(StringComparer.Ordinal);
        foreach (var (code, node) in items)
        {
            var at = $"{key}.standards.{code}";
            if (node is not JsonObject item)
            {
                r.Error(at, "Mỗi tiêu chuẩn phải là một đối tượng.");
                continue;
            }

            var one = new JsonFieldReader(item);
            var due = one.Enum("due", Dues);
            var months = due == DueKind.Months ? one.Int("months", 1) : 0;
            standards[code] = new DevelopmentStandard(code, one.String("name"), due, months, one.Bool("mustMeetBeforeAppointment"), LegalBasis.Of(one.String("rule")));
            r.Errors.AddRange(one.Errors.Select(e => new RuleSetError($"{at}.{e.Key}", e.Message)));
        }

        return new DevelopmentSettings(standards, r.Int(key + ".reminderDays", 1));
    }
}
