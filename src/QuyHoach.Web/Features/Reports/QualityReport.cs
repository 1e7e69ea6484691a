using QuyHoach.Domain.Development;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Reports;

/// <summary>What the quality report reads besides the snapshot: each cadre's facts on the day and the open development items.</summary>
/// <param name="Facts">The qualifications of every incumbent and planned cadre as of the report's day (CadreFactsReader.ReadQualificationsAsync), as the report counts them.</param>
/// <param name="Items">The development items of the planned cadres open on the report's day, by cadre (R-USE-2).</param>
public sealed record QualityFacts(IReadOnlyDictionary<Guid, QualityProfile> Facts, ILookup<Guid, OpenDevelopmentItem> Items) : IKeptRead
{
    public int Rows => KeptRows.Values(Facts.Count) + Items.Sum(i => i.Count());
}

/// <summary>
/// Trình độ và xếp loại của một người như báo cáo chất lượng đếm: its <see cref="CadreQualifications"/> on the report's
/// day, with the ratings of the <see cref="QualityReport.RatingYears"/> years before the report's year only, as one
/// value (about 70 bytes kept with its key, against about 220 for the qualifications and their list of ratings: 300,000
/// of them at national size). One field per year shown.
/// </summary>
public readonly record struct QualityProfile(
    PoliticalTheoryLevel PoliticalTheory, PoliticalTheoryLevel? StudyingPoliticalTheory, ProfessionalLevel Professional, StateManagementLevel StateManagement,
    PoliticalStandard PoliticalStandard, Rating? YearBefore, Rating? TwoYearsBefore, Rating? ThreeYearsBefore)
{
    /// <summary>The profile of <paramref name="facts"/> for a report of <paramref name="year"/>: a year's rating is its first recorded (a registry keeps one per year).</summary>
    public static QualityProfile Of(CadreQualifications facts, int year)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Rating? RatingOf(int before) => facts.Ratings.Where(r => r.Year == year - before).Select(r => (Rating?)r.Rating).FirstOrDefault();
        return new(facts.PoliticalTheory, facts.StudyingPoliticalTheory, facts.Professional, facts.StateManagement, facts.PoliticalStandard, RatingOf(1), RatingOf(2), RatingOf(3));
    }

    /// <summary>The rating of the year <paramref name="before"/> years before the report's (1 to <see cref="QualityReport.RatingYears"/>).</summary>
    public Rating? RatingBefore(int before) => before switch
    {
        1 => YearBefore,
        2 => TwoYearsBefore,
        3 => ThreeYearsBefore,
        _ => throw new ArgumentOutOfRangeException(nameof(before), before, "Only the years the quality report shows are kept."),
    };
}

/// <summary>One line of the quality report: what is counted, among planned cadres and among incumbents (null: not asked of them).</summary>
public sealed record QualityLine(string Label, ReportFigure Planned, ReportFigure? Incumbents);

/// <summary>One part of the quality report (lý luận chính trị, quản lý nhà nước, chuyên môn, đánh giá, nghĩa vụ).</summary>
public sealed record QualitySection(string Id, string Title, IReadOnlyList<QualityLine> Lines);

/// <summary>Chất lượng đội ngũ quy hoạch: its sections, the first being the political-theory levels (the chart's).</summary>
public sealed record QualityView(BenchSnapshot Snapshot, IReadOnlyList<QualitySection> Sections, ReportFigure DueSoon, ReportFigure Overdue);

/// <summary>
/// Báo cáo chất lượng: the planned cadres (each once) against the incumbents of the scope, by their highest completed
/// political-theory, state-management and professional levels and their ratings of each of the last
/// <see cref="RatingYears"/> years, as CadreFactsReader reads them on the report's day (FactsOnDate, R-STD-2, R-EV-PL2);
/// then the obligations still open: political theory being studied, no political-standard conclusion yet (R-DOS-3), and
/// the development items overdue or falling due within the rule set's reminder window (R-USE-2, DevelopmentDueRule).
/// </summary>
public static class QualityReport
{
    /// <summary>Ratings shown: the years before the report's year, this many (a product choice of issue 14, not a legal threshold).</summary>
    public const int RatingYears = 3;

    public static QualityView Build(BenchSnapshot snapshot, QualityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(facts);
        // In no order: every list written sorts its own rows (Rows, Items); sorting the 32,650 planned cadres of the
        // national plan by name here took about a tenth of the report's time.
        var planned = snapshot.Planned.Select(p => p.Person).DistinctBy(p => p.Id).Where(p => facts.Facts.ContainsKey(p.Id)).ToList();
        // The incumbents as counted (who holds which title, no name: 292,592 at national size); their names are looked up
        // only when a list is written, from a snapshot read with the people (a list always is, ReportsHandler).
        var titles = snapshot.Titles.ToDictionary(t => t.Id, t => t.Name);
        var people = new Lazy<Dictionary<Guid, BenchPerson>>(() => snapshot.Incumbents.ToDictionary(p => p.Id));
        // Each person's facts looked up once (the sections below read them about 25 times over 29,504 incumbents).
        var plannedFacts = planned.Select(p => (Person: p, Facts: facts.Facts[p.Id])).ToList();
        var incumbentFacts = new List<(Guid Id, QualityProfile Facts)>(snapshot.Holders.Count);
        foreach (var holder in snapshot.Holders)
        {
            if (facts.Facts.TryGetValue(holder.Id, out var profile))
            {
                incumbentFacts.Add((holder.Id, profile));
            }
        }

        // The incumbents counted by profile once (a few thousand profiles among 292,592 incumbents at national size): each
        // line then sums the profiles with its value, instead of passing over every incumbent again.
        var byProfile = incumbentFacts.CountBy(x => x.Facts).ToList();
        var sections = new List<QualitySection>
        {
            Partition("llct", "Lý luận chính trị", f => f.PoliticalTheory, Enum.GetValues<PoliticalTheoryLevel>().Reverse().Select(l => ($"llct-{l}", RegistryLabels.Of(l), l))),
            Partition("qlnn", "Quản lý nhà nước", f => f.StateManagement, Enum.GetValues<StateManagementLevel>().Reverse().Select(l => ($"qlnn-{l}", RegistryLabels.Of(l), l))),
            Partition("chuyen-mon", "Trình độ chuyên môn", f => f.Professional, Enum.GetValues<ProfessionalLevel>().Reverse().Select(l => ($"cm-{l}", RegistryLabels.Of(l), l))),
        };
        foreach (var year in Enumerable.Range(1, RatingYears).Select(i => snapshot.AsOf.Year - i))
        {
            var ratings = Enum.GetValues<Rating>().Reverse().Select(r => ($"dg-{year}-{r}", RegistryLabels.Of(r), (Rating?)r))
                .Append(($"dg-{year}-chua-co", "Chưa có kết quả đánh giá", null));
            var before = snapshot.AsOf.Year - year;
            sections.Add(Partition($"danh-gia-{year}", $"Xếp loại năm {year}", f => f.RatingBefore(before), ratings));
        }

        var today = snapshot.AsOf;
        var window = snapshot.RuleSet.Development.ReminderDays;
        var items = planned.SelectMany(p => facts.Items[p.Id].Select(i => (Person: p, Item: i))).ToList();
        var overdue = Items("ptr-qua-han", "Việc đào tạo, bồi dưỡng, luân chuyển đã quá hạn", items.Where(i => i.Item.Overdue));
        var dueSoon = Items("ptr-den-han", $"Việc đào tạo, bồi dưỡng, luân chuyển đến hạn trong {window} ngày tới", items.Where(i => DevelopmentDueRule.DueSoon(i.Item.DueOn, today, window)));
        const string Obligations = "Nghĩa vụ chưa hoàn thành";
        sections.Add(new QualitySection("nghia-vu", Obligations,
        [
            .. Lines(Obligations, f => f.StudyingPoliticalTheory is not null, [("dang-hoc-llct", "Đang học lý luận chính trị", true)]),
            .. Lines(Obligations, f => f.PoliticalStandard == PoliticalStandard.NotConcluded, [("chua-ket-luan", "Chưa có kết luận về tiêu chuẩn chính trị", true)]),
            new QualityLine(overdue.Label, overdue, null),
            new QualityLine(dueSoon.Label, dueSoon, null),
        ]));
        return new QualityView(snapshot, sections, dueSoon, overdue);

        QualitySection Partition<TValue>(string id, string title, Func<QualityProfile, TValue> valueOf, IEnumerable<(string Key, string Label, TValue Value)> lines) =>
            new(id, title, Lines(title, valueOf, lines));

        // Lines that split the people by one value of their facts (a level, a year's rating, an obligation open or not):
        // each person's value is taken once, not once per line. The incumbents are counted; the list behind one of their
        // figures is written by filtering again.
        List<QualityLine> Lines<TValue>(string title, Func<QualityProfile, TValue> valueOf, IEnumerable<(string Key, string Label, TValue Value)> lines)
        {
            var plannedBy = plannedFacts.ToLookup(x => valueOf(x.Facts), x => x.Person);
            var incumbentsBy = byProfile.GroupBy(p => ValueTuple.Create(valueOf(p.Key)), p => p.Value).ToDictionary(g => g.Key, g => g.Sum());
            return [.. lines.Select(l => Line(title, l.Key, l.Label, plannedBy[l.Value], incumbentsBy.GetValueOrDefault(ValueTuple.Create(l.Value)),
                () => incumbentFacts.Where(x => EqualityComparer<TValue>.Default.Equals(valueOf(x.Facts), l.Value)).Select(x => x.Id)))];
        }

        QualityLine Line(string title, string key, string label, IEnumerable<BenchPerson> plannedOnes, int incumbentCount, Func<IEnumerable<Guid>> incumbentIds) => new(
            label,
            People($"qh-{key}", $"Cán bộ quy hoạch — {title.ToLowerInvariant()}: {label.ToLowerInvariant()}", plannedOnes, p => $"Quy hoạch: {snapshot.PlannedTitlesOf(p.Id)}"),
            ReportFigure.Of($"dn-{key}", $"Người đương nhiệm — {title.ToLowerInvariant()}: {label.ToLowerInvariant()}", incumbentCount,
                () => Rows(incumbentIds().Select(id => people.Value[id]), p => $"Đương nhiệm: {titles[p.HeldTitleId!.Value]}")));

        ReportFigure People(string key, string label, IEnumerable<BenchPerson> counted, Func<BenchPerson, string> detail)
        {
            var list = counted.ToList();
            return ReportFigure.Of(key, label, list.Count, () => Rows(list, detail));
        }

        IEnumerable<ReportRow> Rows(IEnumerable<BenchPerson> counted, Func<BenchPerson, string> detail) =>
            counted.OrderBy(p => p.FullName, VietnameseNames.Order).Select(p => new ReportRow(p.FullName, snapshot.UnitOf(p.UnitId), detail(p), p.Href));

        ReportFigure Items(string key, string label, IEnumerable<(BenchPerson Person, OpenDevelopmentItem Item)> lines)
        {
            var counted = lines.ToList();
            return ReportFigure.Of(key, label, counted.Count, () => counted.OrderBy(l => l.Item.DueOn).ThenBy(l => l.Person.FullName, VietnameseNames.Order)
                .Select(l => new ReportRow(l.Person.FullName, snapshot.UnitOf(l.Person.UnitId), l.Item.Text, $"/phat-trien/{l.Item.PlanEntryId}")));
        }
    }

    /// <summary>Every figure of <paramref name="view"/>, section by section: planned, then incumbents.</summary>
    public static IEnumerable<ReportFigure> Figures(QualityView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Sections.SelectMany(s => s.Lines).SelectMany(l => l.Incumbents is { } i ? new[] { l.Planned, i } : [l.Planned]);
    }
}
