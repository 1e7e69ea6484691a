namespace QuyHoach.Domain.Voting;

/// <summary>
/// Lấy từ trên xuống cho đủ số lượng: the result of filling a quota top-down from the passing candidates
/// (R-RANK-1), with the tie for the last place left to the head (R-TIE-1).
/// </summary>
/// <param name="Quota">Seats to fill.</param>
/// <param name="Selected">Candidates selected so far, by agree votes descending.</param>
/// <param name="TiedForLastPlace">Candidates whose equal votes straddle the last place; empty when no decision is
/// needed. None of them is selected until the head decides.</param>
/// <param name="SeatsForHead">How many of <see cref="TiedForLastPlace"/> the head must choose.</param>
/// <remarks>A tie matters only at the boundary: <c>#(agree &gt; cut) &lt; quota &lt; #(agree ≥ cut)</c> (rules
/// R-TIE-1, our default reading; docs/rules/open-questions.md, question 6). Fewer passing candidates than the quota leaves seats empty.</remarks>
public sealed record FinalSelection(int Quota, IReadOnlyList<CandidateVote> Selected, IReadOnlyList<CandidateVote> TiedForLastPlace, int SeatsForHead)
{
    /// <summary>True when the head's decision is still required before the round can close.</summary>
    public bool HeadDecisionRequired => SeatsForHead > 0;

    /// <summary>Fills <paramref name="quota"/> from <paramref name="passing"/> (which must all have passed).</summary>
    public static FinalSelection Fill(IReadOnlyList<CandidateVote> passing, int quota)
    {
        ArgumentNullException.ThrowIfNull(passing);
        ArgumentOutOfRangeException.ThrowIfNegative(quota);
        var ranked = passing.OrderByDescending(c => c.Agree).ToArray(); // stable: input order among equals
        if (ranked.Length <= quota)
        {
            return new FinalSelection(quota, ranked, [], 0);
        }

        if (quota == 0)
        {
            return new FinalSelection(quota, [], [], 0);
        }

        var cut = ranked[quota - 1].Agree;
        var above = ranked.Count(c => c.Agree > cut);
        var atOrAbove = ranked.Count(c => c.Agree >= cut);
        if (atOrAbove == quota)
        {
            return new FinalSelection(quota, ranked[..quota], [], 0);
        }

        return new FinalSelection(quota, ranked[..above], ranked[above..atOrAbove], quota - above);
    }

    /// <summary>
    /// Applies the head's decision (R-TIE-1): <paramref name="chosen"/> must name exactly <see cref="SeatsForHead"/>
    /// distinct members of <see cref="TiedForLastPlace"/>. Returns the completed selection or every problem.
    /// </summary>
    public HeadDecisionResult ApplyHeadDecision(IReadOnlyCollection<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var problems = new List<VoteProblem>();
        if (!HeadDecisionRequired)
        {
            problems.Add(new VoteProblem("HEAD_DECISION_NOT_REQUIRED", "Không có trường hợp bằng phiếu ở vị trí cuối; không cần người đứng đầu quyết định."));
            return new HeadDecisionResult(this, problems);
        }

        var tiedIds = TiedForLastPlace.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in chosen.Where(id => !tiedIds.Contains(id)))
        {
            problems.Add(new VoteProblem("HEAD_DECISION_NOT_TIED", $"\"{id}\" không thuộc nhóm bằng phiếu ({string.Join(", ", tiedIds)})."));
        }

        var distinct = chosen.Distinct(StringComparer.Ordinal).Count();
        if (distinct != chosen.Count)
        {
            problems.Add(new VoteProblem("HEAD_DECISION_DUPLICATE", "Một người được chọn nhiều lần."));
        }

        if (distinct != SeatsForHead)
        {
            problems.Add(new VoteProblem("HEAD_DECISION_COUNT", $"Người đứng đầu phải chọn đúng {SeatsForHead} người trong nhóm bằng phiếu (đã chọn {distinct})."));
        }

        if (problems.Count > 0)
        {
            return new HeadDecisionResult(this, problems);
        }

        var picked = TiedForLastPlace.Where(c => chosen.Contains(c.Id)).ToArray();
        return new HeadDecisionResult(new FinalSelection(Quota, [.. Selected, .. picked], [], 0), []);
    }
}

/// <summary>Kết quả áp dụng quyết định của người đứng đầu: the completed selection, or the problems found.</summary>
/// <param name="Selection">The completed selection when <see cref="Problems"/> is empty, else the unchanged one.</param>
/// <param name="Problems">Every problem with the decision, in Vietnamese.</param>
public sealed record HeadDecisionResult(FinalSelection Selection, IReadOnlyList<VoteProblem> Problems)
{
    /// <summary>True when the decision was valid and applied.</summary>
    public bool Applied => Problems.Count == 0;
}

/// <summary>Sai sót trong biểu quyết: one problem with a tally or a decision, with a code and a Vietnamese message.</summary>
/// <param name="Code">Stable code, e.g. <c>RETURNED_EXCEEDS_ISSUED</c>.</param>
/// <param name="Message">Vietnamese message for the user.</param>
public sealed record VoteProblem(string Code, string Message);
