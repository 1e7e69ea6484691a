namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Quyết định đưa ra khỏi quy hoạch: each cadre with the title they leave and the ground, saying for automatic
/// removals (death, age, discipline, political standard; R-REM-AUTO) that no vote was held, and for the others the
/// vote that proposed it (R-REM-VOTE); then the effective date.
/// </summary>
public static class RemovalDecisionDocument
{
    public static void Write(Stream output, RemovalDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, "Quyết định đưa ra khỏi quy hoạch");
        var frame = decision.Frame;
        var plan = DecisionText.PlanOf(decision.Lines.Select(l => l.PlannedTitle), frame.Scope, frame.Term);
        DecisionLayout.Opening(document, frame, $"Về việc đưa ra khỏi quy hoạch {plan}");

        document.Append(DecisionLayout.Article(1,
            $"Đưa ra khỏi quy hoạch {plan} đối với {DecisionText.Count(decision.Lines.Count)} đồng chí có tên sau:"));
        foreach (var (line, index) in decision.Lines.Select((l, i) => (l, i + 1)))
        {
            document.Append(Paragraphs.Body(
                TextFormat.Plain.ToRun($"{index}. Đồng chí "),
                TextFormat.Strong.ToRun(line.FullName),
                TextFormat.Plain.ToRun($", sinh {DecisionText.Short(line.BirthDate)}, {line.CurrentPosition}; quy hoạch chức danh {line.PlannedTitle}.")));
            document.Append(Paragraphs.Body(TextFormat.Emphasis.ToRun("Lý do: "), TextFormat.Plain.ToRun($"{DecisionText.Reason(line)}.")));
        }

        DecisionLayout.Closing(document, frame, EffectiveClause(decision.EffectiveFrom));
    }

    /// <summary>"Quyết định này có hiệu lực kể từ ngày 30 tháng 11 năm 2026."</summary>
    public static string EffectiveClause(DateOnly effectiveFrom) => $"Quyết định này có hiệu lực kể từ {VietnameseDate.Long(effectiveFrom)}.";
}
