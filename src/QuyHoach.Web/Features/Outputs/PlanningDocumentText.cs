using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Minutes;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>The wording planning documents share: the planned term, the round, the threshold as plans word it, the notes.</summary>
internal static class PlanningDocumentText
{
    /// <summary>"2020 - 2025, 2021 - 2026" from "Nhiệm kỳ 2020 - 2025, 2021 - 2026".</summary>
    public static string PlannedTerm(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        const string prefix = "Nhiệm kỳ ";
        return term.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? term.Name[prefix.Length..] : term.Name;
    }

    /// <summary>The round as a letter names it: its name, the planned term, "rà soát, bổ sung quy hoạch" or "xây dựng quy hoạch".</summary>
    public static RoundInfo Round(PlanningRound round, string plannedTerm)
    {
        ArgumentNullException.ThrowIfNull(round);
        var kind = round.Kind switch
        {
            RoundKind.AnnualReview => "rà soát, bổ sung quy hoạch",
            RoundKind.NextTermBuild => "xây dựng quy hoạch",
        };
        return new RoundInfo(round.Name, plannedTerm, kind);
    }

    /// <summary>"từ 30% trở lên so với tổng số người có mặt", "trên 50% so với tổng số người được triệu tập".</summary>
    public static string Threshold(VoteThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        var share = 100 * threshold.Numerator % threshold.Denominator == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{100 * threshold.Numerator / threshold.Denominator}%")
            : string.Create(CultureInfo.InvariantCulture, $"{threshold.Numerator}/{threshold.Denominator}");
        var words = threshold.Comparison == ThresholdComparison.Inclusive ? $"từ {share} trở lên" : $"trên {share}";
        return $"{words} so với {TallyText.Of(threshold.Base)}";
    }

    /// <summary>The note printed beside a candidate: selected, left to the head, blocked by an earlier step, written in.</summary>
    public static string? Note(bool writtenIn, bool blockedBySequence, bool? selected, bool chosenByHead)
    {
        var notes = new List<string>();
        if (writtenIn)
        {
            notes.Add("Ghi thêm vào phiếu");
        }

        if (blockedBySequence)
        {
            notes.Add("Không đạt ở bước trước");
        }

        if (chosenByHead)
        {
            notes.Add("Người đứng đầu quyết định (bằng phiếu)");
        }
        else if (selected == true)
        {
            notes.Add("Được giới thiệu");
        }

        return notes.Count == 0 ? null : string.Join("; ", notes);
    }
}
