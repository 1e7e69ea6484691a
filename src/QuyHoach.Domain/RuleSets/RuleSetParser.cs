using System.Text.Json;
using System.Text.Json.Nodes;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.Time;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.RuleSets;

/// <summary>
/// Đọc bộ quy tắc từ JSON: parses and validates one rule-set document (format in <c>docs/rules/rule-sets.md</c>),
/// layering a province override (<c>"extends"</c>) on its base, and reports every error with its key.
/// </summary>
/// <remarks>Pure: the caller supplies the text (the Domain does no file I/O). An override's objects merge into the
/// base key by key; arrays replace, except <c>citations</c> and <c>legalDocuments</c>, which are appended to the base's.</remarks>
public static class RuleSetParser
{
    private static readonly Dictionary<string, Regime> Regimes = new(StringComparer.Ordinal) { ["QD50"] = Regime.Qd50, ["QD377"] = Regime.Qd377 };
    private static readonly Dictionary<string, ThresholdComparison> Comparisons = new(StringComparer.Ordinal) { ["inclusive"] = ThresholdComparison.Inclusive, ["strict"] = ThresholdComparison.Strict };
    private static readonly Dictionary<string, VoteBase> Bases = new(StringComparer.Ordinal) { ["present"] = VoteBase.Present, ["convened"] = VoteBase.Convened };
    private static readonly Dictionary<string, DisciplinePlanningPolicy> Policies = new(StringComparer.Ordinal) { ["barWhileInForce"] = DisciplinePlanningPolicy.BarWhileInForce, ["qd377Cases"] = DisciplinePlanningPolicy.Qd377Cases };
    private static readonly Dictionary<string, MonthCountReading> Readings = new(StringComparer.Ordinal) { ["civilCode"] = MonthCountReading.CivilCode, ["anniversary"] = MonthCountReading.Anniversary };

    /// <summary>
    /// Parses <paramref name="json"/>. <paramref name="baseJson"/> returns the JSON text of a base set by id, for
    /// documents with <c>"extends"</c>; null when the id is unknown.
    /// </summary>
    public static RuleSetLoadResult Parse(string json, Func<string, string?>? baseJson = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = Resolve(json, baseJson, out var error);
        return root is null ? new RuleSetLoadResult(null, [error!]) : Read(new JsonFieldReader(root));
    }

    /// <summary>
    /// The complete document of <paramref name="json"/>: itself, or an override merged onto its base (R-REG-4 stores
    /// it so a frozen version never depends on a later base); null when the text or its base cannot be read.
    /// </summary>
    public static JsonObject? Resolve(string json, Func<string, string?>? baseJson) => Resolve(json, baseJson, out _);

    private static JsonObject? Resolve(string json, Func<string, string?>? baseJson, out RuleSetError? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (ParseObject(json, out var syntax) is not { } root)
        {
            error = new RuleSetError(string.Empty, syntax!);
            return null;
        }

        error = null;
        if (root["extends"] is JsonValue ext && ext.GetValueKind() == JsonValueKind.String)
        {
            var baseId = ext.GetValue<string>();
            var text = baseJson?.Invoke(baseId);
            if (text is null || ParseObject(text, out _) is not { } baseRoot || baseRoot.ContainsKey("extends"))
            {
                error = new RuleSetError("extends", $"Không tìm thấy bộ quy tắc gốc hợp lệ \"{baseId}\".");
                return null;
            }

            root = Merge(baseRoot, root.DeepClone().AsObject());
        }

        return root;
    }

    private static JsonObject? ParseObject(string json, out string? error)
    {
        error = null;
        try
        {
            if (JsonNode.Parse(json) is JsonObject o)
            {
                return o;
            }

            error = "Tệp bộ quy tắc phải là một đối tượng JSON.";
        }
        catch (JsonException ex)
        {
            error = $"Tệp bộ quy tắc không phải JSON hợp lệ (dòng {(ex.LineNumber ?? 0) + 1}).";
        }

        return null;
    }

    private static JsonObject Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay.ToArray())
        {
            overlay.Remove(key);
            if (key is "citations" or "legalDocuments" && target[key] is JsonArray baseCitations && value is JsonArray extra)
            {
                foreach (var item in extra.ToArray())
                {
                    extra.Remove(item);
                    baseCitations.Add(item);
                }
            }
            else if (target[key] is JsonObject inner && value is JsonObject innerOverlay)
            {
                Merge(inner, innerOverlay);
            }
            else
            {
                target[key] = value;
            }
        }

        return target;
    }

    private static RuleSetLoadResult Read(JsonFieldReader r)
    {
        var effectiveFrom = r.Date("effectiveFrom");
        var effectiveTo = r.OptionalDate("effectiveTo");
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            r.Error("effectiveTo", $"Ngày hết hiệu lực ({to:yyyy-MM-dd}) trước ngày có hiệu lực ({effectiveFrom:yyyy-MM-dd}).");
        }

        var voting = new VotingRules(
            new Quorum(r.Ratio("quorum")),
            Threshold(r, "thresholds.keyCadres"),
            Threshold(r, "thresholds.extendedLeadership"),
            Threshold(r, "thresholds.final"),
            Threshold(r, "thresholds.removal"),
            r.Bool("voting.requirePassingAllPreviousSteps"),
            r.Bool("voting.writeInsAllowed"))
        {
            MarkedOverQuotaInvalid = r.Bool("voting.markedOverQuotaInvalid"),
        };
        var coefficient = new CoefficientRange(r.Ratio("coefficient.min"), r.Ratio("coefficient.max"));
        if (checked((long)coefficient.Min.Numerator * coefficient.Max.Denominator) > checked((long)coefficient.Max.Numerator * coefficient.Min.Denominator))
        {
            r.Error("coefficient", $"Hệ số tối thiểu ({coefficient.Min}) lớn hơn hệ số tối đa ({coefficient.Max}).");
        }

        var ages = ReadAgeFloors(r);
        var documents = LegalCatalogueReader.Read(r);
        var set = new RuleSet(
            r.String("id"),
            r.String("version"),
            r.Enum("regime", Regimes),
            effectiveFrom,
            effectiveTo,
            r.OptionalString("extends"),
            r.Strings("citations"),
            r.Strings("unconfirmed"),
            voting,
            new PlanCaps(r.Int("caps.cadresPerTitlePerTerm", 1), r.Int("caps.titlesPerCadrePerLevel", 1)),
            coefficient,
            new StructureTargets(r.Ratio("structure.youngShare"), r.IntMap("structure.youngAgeLimitMonths"), r.Ratio("structure.womenShare"), r.Bool("structure.womanAmongKeyLeaders"))
            {
                ScienceTechnologyShare = r.Node("structure.scienceTechnologyShare") is null ? null : r.Ratio("structure.scienceTechnologyShare"),
                AgeBandMonths = r.Node("structure.ageBandMonths") is null ? null : r.Int("structure.ageBandMonths", 1),
            },
            ages,
            new PlanningWaits(r.Int("waits.appointmentAfterApprovalMonths"), r.Int("waits.dossierFreshnessMonths"), r.Int("waits.approvalWorkingDays")),
            new DisciplineWaits(
                r.Int("disciplineWaits.partyLapseMonths"),
                r.Int("disciplineWaits.stateLightBarMonths"),
                r.Int("disciplineWaits.stateHeavyBarMonths"),
                r.Int("disciplineWaits.higherAppointmentKhienTrachMonths"),
                r.Int("disciplineWaits.higherAppointmentCanhCaoMonths"),
                r.Int("disciplineWaits.higherAppointmentCachChucMonths")),
            r.Enum("disciplinePolicy", Policies),
            ReadEvaluation(r),
            r.Enum("monthCounting", Readings))
        {
            TermsCalendar = new TermsCalendar(ReadTrack(r, "termsCalendar.party"), ReadTrack(r, "termsCalendar.state")),
            TransitionalApprovedBefore = r.Date("transitionalPlans.approvedBefore"),
            LegalDocuments = documents,
            RuleBases = RuleBasesReader.Read(r, documents),
            Development = DevelopmentReader.Read(r),
            UnconfirmedSource = r.OptionalString("unconfirmedSource"),
        };
        return r.Errors.Count == 0 ? new RuleSetLoadResult(set, []) : new RuleSetLoadResult(null, r.Errors);
    }

    private static VoteThreshold Threshold(JsonFieldReader r, string key)
    {
        var ratio = r.Ratio(key);
        return new VoteThreshold(ratio.Numerator, ratio.Denominator, r.Enum(key + ".comparison", Comparisons), r.Enum(key + ".base", Bases));
    }

    private static AgeFloors ReadAgeFloors(JsonFieldReader r)
    {
        var byGroup = new Dictionary<int, int>();
        foreach (var (name, months) in r.IntMap("ageFloors.bySourceGroup"))
        {
            if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var group) && group >= 1)
            {
                byGroup[group] = months;
            }
            else
            {
                r.Error("ageFloors.bySourceGroup." + name, "Khóa phải là số thứ tự đối tượng (1, 2, …).");
            }
        }

        var floors = new AgeFloors(
            r.Int("ageFloors.nextTermMinimumMonths"),
            r.Int("ageFloors.nextTermPreferredMonths"),
            r.Int("ageFloors.currentTermAdditionMonths"),
            byGroup,
            r.Int("ageFloors.transitionalMonths"),
            r.Int("ageFloors.appointmentMonths"));
        if (floors.NextTermPreferredMonths < floors.NextTermMinimumMonths)
        {
            r.Error("ageFloors.nextTermPreferredMonths", $"Mức mong muốn ({floors.NextTermPreferredMonths}) nhỏ hơn mức tối thiểu ({floors.NextTermMinimumMonths}).");
        }

        return floors;
    }

    private static TrackCalendar ReadTrack(JsonFieldReader r, string key)
    {
        var months = r.IntMap(key + ".monthByLevel").ToDictionary(p => p.Key, p => Month(r, key + ".monthByLevel." + p.Key, p.Value), StringComparer.Ordinal);
        return new TrackCalendar(
            r.Int(key + ".anchorStartYear", 1900),
            r.Int(key + ".everyYears", 1),
            Month(r, key + ".defaultMonth", r.Int(key + ".defaultMonth", 1)),
            months,
            r.String(key + ".citation"));
    }

    private static int Month(JsonFieldReader r, string key, int month)
    {
        if (month is >= 1 and <= 12)
        {
            return month;
        }

        r.Error(key, $"Tháng phải từ 1 đến 12 (đã nhập {month}).");
        return 1;
    }

    private static EvaluationSettings ReadEvaluation(JsonFieldReader r)
    {
        var text = r.String("evaluation.minRatingForAddition");
        if (!RatingCodes.TryParse(text, out var rating) && text.Length > 0)
        {
            r.Error("evaluation.minRatingForAddition", $"Mức xếp loại không hợp lệ \"{text}\" (HTXSNV, HTTNV, HTNV, KHTNV).");
        }

        var bands = new ScoreBands(r.Int("evaluation.scoreBandsTenths.excellent"), r.Int("evaluation.scoreBandsTenths.good"), r.Int("evaluation.scoreBandsTenths.completed"));
        if (!(bands.ExcellentTenths > bands.GoodTenths && bands.GoodTenths > bands.CompletedTenths))
        {
            r.Error("evaluation.scoreBandsTenths", "Các ngưỡng điểm phải giảm dần: excellent > good > completed.");
        }

        return new EvaluationSettings(rating, r.Int("evaluation.ratingYears", 1), bands);
    }
}
