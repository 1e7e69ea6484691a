using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuyHoach.Web.Features.Admin.RuleSets;

/// <summary>
/// Tên tiếng Việt của từng trường bộ quy tắc: what an administrator reads instead of a key (docs/rule-sets.md lists
/// the keys), and each value as a person writes it (2/3, 60 tháng, có / không).
/// </summary>
public static class RuleSetLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["regime"] = "Quy định áp dụng",
        ["effectiveFrom"] = "Ngày có hiệu lực",
        ["effectiveTo"] = "Ngày hết hiệu lực",
        ["citations"] = "Văn bản của bộ quy tắc",
        ["legalDocuments"] = "Danh mục văn bản căn cứ",
        ["unconfirmed"] = "Số liệu chưa xác nhận",
        ["unconfirmedSource"] = "Nguồn tạm dùng của số liệu chưa xác nhận",
        ["quorum"] = "Số có mặt tối thiểu so với số được triệu tập",
        ["thresholds"] = "Ngưỡng phiếu các bước",
        ["voting"] = "Trình tự bỏ phiếu",
        ["caps"] = "Giới hạn số lượng quy hoạch",
        ["coefficient"] = "Hệ số quy hoạch cấp ủy",
        ["structure"] = "Chỉ tiêu cơ cấu",
        ["ageFloors"] = "Tuổi quy hoạch",
        ["waits"] = "Các thời hạn chờ",
        ["disciplineWaits"] = "Các thời hạn sau kỷ luật",
        ["evaluation"] = "Đánh giá, xếp loại",
        ["thresholds.keyCadres"] = "Ngưỡng phiếu hội nghị cán bộ chủ chốt",
        ["thresholds.extendedLeadership"] = "Ngưỡng phiếu hội nghị tập thể lãnh đạo mở rộng",
        ["thresholds.final"] = "Ngưỡng phiếu bước cuối",
        ["thresholds.removal"] = "Ngưỡng phiếu đưa ra khỏi quy hoạch",
        ["voting.requirePassingAllPreviousSteps"] = "Phải đạt ở mọi bước trước",
        ["voting.writeInsAllowed"] = "Được giới thiệu thêm người ngoài danh sách",
        ["caps.cadresPerTitlePerTerm"] = "Số cán bộ tối đa cho một chức danh",
        ["caps.titlesPerCadrePerLevel"] = "Số chức danh tối đa cho một cán bộ cùng cấp",
        ["coefficient.min"] = "Hệ số quy hoạch cấp ủy tối thiểu",
        ["coefficient.max"] = "Hệ số quy hoạch cấp ủy tối đa",
        ["structure.youngShare"] = "Tỉ lệ cán bộ trẻ",
        ["structure.youngAgeLimitMonths"] = "Tuổi tối đa của cán bộ trẻ (tháng), theo cấp",
        ["structure.womenShare"] = "Tỉ lệ cán bộ nữ",
        ["structure.womanAmongKeyLeaders"] = "Có cán bộ nữ trong quy hoạch lãnh đạo chủ chốt",
        ["structure.scienceTechnologyShare"] = "Tỉ lệ cán bộ có trình độ khoa học, công nghệ",
        ["structure.ageBandMonths"] = "Cơ cấu ba độ tuổi: khoảng cách giữa các độ tuổi (tháng)",
        ["ageFloors.nextTermMinimumMonths"] = "Quy hoạch nhiệm kỳ kế tiếp: thời gian công tác còn lại tối thiểu (tháng)",
        ["ageFloors.nextTermPreferredMonths"] = "Quy hoạch nhiệm kỳ kế tiếp: thời gian công tác còn lại mong muốn (tháng)",
        ["ageFloors.currentTermAdditionMonths"] = "Bổ sung quy hoạch nhiệm kỳ hiện tại: thời gian công tác còn lại tối thiểu (tháng)",
        ["ageFloors.bySourceGroup"] = "Thời gian công tác còn lại tối thiểu theo đối tượng (tháng)",
        ["ageFloors.transitionalMonths"] = "Quy hoạch chuyển tiếp: thời gian công tác còn lại tối thiểu (tháng)",
        ["ageFloors.appointmentMonths"] = "Bổ nhiệm: thời gian công tác còn lại tối thiểu (tháng)",
        ["waits.appointmentAfterApprovalMonths"] = "Bổ nhiệm sau phê duyệt quy hoạch ít nhất (tháng)",
        ["waits.dossierFreshnessMonths"] = "Giấy tờ trong hồ sơ không quá (tháng)",
        ["waits.approvalWorkingDays"] = "Thẩm định, phê duyệt trong (ngày làm việc)",
        ["disciplineWaits.partyLapseMonths"] = "Kỷ luật đảng hết hiệu lực sau (tháng)",
        ["disciplineWaits.stateLightBarMonths"] = "Kỷ luật hành chính nhẹ: thời gian hạn chế (tháng)",
        ["disciplineWaits.stateHeavyBarMonths"] = "Kỷ luật hành chính nặng: thời gian hạn chế (tháng)",
        ["disciplineWaits.higherAppointmentKhienTrachMonths"] = "Bổ nhiệm chức vụ cao hơn sau khiển trách (tháng)",
        ["disciplineWaits.higherAppointmentCanhCaoMonths"] = "Bổ nhiệm chức vụ cao hơn sau cảnh cáo (tháng)",
        ["disciplineWaits.higherAppointmentCachChucMonths"] = "Bổ nhiệm chức vụ cao hơn sau cách chức (tháng)",
        ["disciplinePolicy"] = "Cách xét kỷ luật khi quy hoạch",
        ["evaluation.minRatingForAddition"] = "Mức xếp loại tối thiểu để bổ sung quy hoạch",
        ["evaluation.ratingYears"] = "Số năm gần nhất xét xếp loại",
        ["evaluation.scoreBandsTenths"] = "Ngưỡng điểm xếp loại (phần mười)",
        ["monthCounting"] = "Cách tính thời hạn theo tháng",
        ["termsCalendar"] = "Lịch nhiệm kỳ",
        ["transitionalPlans.approvedBefore"] = "Quy hoạch chuyển tiếp: phê duyệt trước ngày",
        ["ruleBases"] = "Căn cứ pháp lý của quy tắc",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["barWhileInForce"] = "không quy hoạch khi kỷ luật còn hiệu lực",
        ["qd377Cases"] = $"ba trường hợp của {RuleSetNames.OfRegime(Regime.Qd377)}",
        ["civilCode"] = "theo Bộ luật Dân sự",
        ["anniversary"] = "tròn tháng",
        ["inclusive"] = "từ",
        ["strict"] = "trên",
        ["present"] = "số có mặt",
        ["convened"] = "số được triệu tập",
    };

    /// <summary>The label of <paramref name="key"/> (or of its nearest labelled parent, with the rest named).</summary>
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var k = key; k.Length > 0; k = k.LastIndexOf('.') is var dot and > 0 ? k[..dot] : "")
        {
            if (Labels.TryGetValue(k, out var label))
            {
                return k.Length == key.Length ? label : $"{label} ({key[(k.Length + 1)..]})";
            }
        }

        return key;
    }

    /// <summary>A stored value (compact JSON) as a person writes it; "—" when absent.</summary>
    public static string Value(string? json)
    {
        if (json is null)
        {
            return "—";
        }

        var node = JsonNode.Parse(json);
        return Text(node);
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "—",
        JsonObject o when o["numerator"] is JsonValue n && o["denominator"] is JsonValue d =>
            $"{n}/{d}" + (o["comparison"] is JsonValue c ? $" ({Word(c)} {Word(o["base"] as JsonValue)})" : ""),
        JsonObject o => string.Join("; ", o.Select(p => $"{p.Key}: {Text(p.Value)}")),
        JsonArray a => string.Join("; ", a.Select(Text)),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "có",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "không",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Word(v),
        _ => node.ToJsonString(),
    };

    private static string Word(JsonValue? value)
    {
        var text = value?.GetValue<string>() ?? "";
        return Words.TryGetValue(text, out var word) ? word
            : Enum.GetNames<Regime>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } regime && RuleSetNames.OfRegime(Enum.Parse<Regime>(regime)) is { } regulation ? regulation
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : text;
    }
}
