using QuyHoach.Documents.Minutes;

namespace QuyHoach.Documents.Decisions;

/// <summary>The Vietnamese words and number formats the approval documents print.</summary>
public static class DecisionText
{
    /// <summary>The statement of automatic removal (R-REM-AUTO): the authority decides without a vote.</summary>
    public const string NoVote = "thuộc trường hợp đương nhiên đưa ra khỏi quy hoạch, không thực hiện quy trình bỏ phiếu";

    /// <summary>"30/11/2026": a date in a table cell.</summary>
    public static string Short(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"30/11/2026", "11/2026" or "1975" for birth dates known in part.</summary>
    public static string Short(PartialDate date) => date.ToString();

    /// <summary>
    /// "9/11 (81,82 %)": part of a whole with the percentage to two decimals, rounded half up in integer arithmetic
    /// (<see cref="VoteRatio.Hundredths"/>); a zero whole prints "0/0 (-)".
    /// </summary>
    public static string Share(int part, int whole)
    {
        if (whole == 0)
        {
            return "0/0 (-)";
        }

        var hundredths = VoteRatio.Hundredths(part, whole);
        return string.Create(CultureInfo.InvariantCulture, $"{part}/{whole} ({hundredths / 100},{hundredths % 100:D2} %)");
    }

    /// <summary>"Nam" / "Nữ".</summary>
    public static string Of(Sex sex) => TallyText.Of(sex);

    /// <summary>The ground as the decision words it.</summary>
    public static string Of(RemovalGround ground) => ground switch
    {
        RemovalGround.Vote => "Tập thể lãnh đạo biểu quyết đề nghị đưa ra khỏi quy hoạch",
        RemovalGround.Death => "Từ trần",
        RemovalGround.Age => "Không còn đủ tuổi quy hoạch",
        RemovalGround.Discipline => "Bị kỷ luật từ khiển trách trở lên",
        RemovalGround.PoliticalStandard => "Không đảm bảo tiêu chuẩn chính trị",
    };

    /// <summary>The ground, its detail, and for automatic removals the no-vote statement (R-REM-AUTO).</summary>
    public static string Reason(RemovalLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = Of(line.Ground);
        if (!string.IsNullOrWhiteSpace(line.Detail))
        {
            text += $" ({line.Detail})";
        }

        return line.Automatic ? $"{text}; {NoVote}" : text;
    }

    /// <summary>"I. Chức danh quy hoạch: Giám đốc Sở".</summary>
    public static string TitleGroup(int number, string title) => TallyText.TitleGroup(number, title);

    /// <summary>People counted once each even when planned for two titles (same name and birth date).</summary>
    public static int DistinctPeople(IEnumerable<TitleGroup> titles) =>
        titles.SelectMany(t => t.People).Select(p => (p.FullName, p.BirthDate)).Distinct().Count();

    /// <summary>
    /// "cán bộ chức danh Trưởng phòng và tương đương, Phó trưởng phòng và tương đương thuộc Sở Công Thương tỉnh Nam Định,
    /// nhiệm kỳ 2025 - 2030": what a plan covers, as a trích yếu or a sentence names it (the plan of cadres, not of the
    /// unit).
    /// </summary>
    public static string PlanOf(IEnumerable<string> titles, string unit, string term)
    {
        var names = titles.Distinct(StringComparer.Ordinal).ToList();
        var titleText = names.Count == 0 ? "" : $" chức danh {string.Join(", ", names)}";
        var unitText = string.IsNullOrWhiteSpace(unit) ? "" : $" thuộc {unit}";
        return $"cán bộ{titleText}{unitText}, nhiệm kỳ {term}";
    }

    /// <summary>
    /// "Xét đề nghị của Ban Tổ chức Tỉnh ủy,": the line after the bases (HD 36-HD/VPTW ends it with a comma, NĐ 30/2020
    /// with a full stop, as the last line before "QUYẾT ĐỊNH:").
    /// </summary>
    public static string Proposal(Word.BodyKind kind, string proposer) =>
        $"Xét đề nghị của {proposer}{(kind == Word.BodyKind.Party ? "," : ".")}";

    /// <summary>"chức danh Giám đốc Sở" or "các chức danh Giám đốc Sở, Phó Giám đốc Sở".</summary>
    public static string TitlesOf(IReadOnlyCollection<string> titles) =>
        $"{(titles.Count > 1 ? "các " : "")}chức danh {string.Join(", ", titles)}";

    /// <summary>
    /// Điều 3: "Ban Tổ chức Tỉnh ủy, các cơ quan, đơn vị có liên quan và các đồng chí có tên tại Điều 1 căn cứ Quyết định
    /// thi hành." (the people of Điều 1 named once, whatever the caller listed).
    /// </summary>
    public static string Execution(IReadOnlyList<string> responsible)
    {
        ArgumentNullException.ThrowIfNull(responsible);
        const string named = "các đồng chí có tên tại Điều 1";
        var bodies = responsible.Where(r => !r.Contains(named, StringComparison.OrdinalIgnoreCase)).ToList();
        return bodies.Count == 0 ? $"Các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành." : $"{string.Join(", ", bodies)} và {named} căn cứ Quyết định thi hành.";
    }

    /// <summary>"02": counts in running text take two digits below ten, as the seeds write them.</summary>
    public static string Count(int n) => n.ToString(n < 10 ? "D2" : "D", CultureInfo.InvariantCulture);

    /// <summary>"trình độ" cell: "Thạc sĩ Kinh tế; LLCT: Cao cấp".</summary>
    public static string Qualifications(PlannedPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return $"{person.Education}; LLCT: {person.PoliticalTheory}";
    }
}
