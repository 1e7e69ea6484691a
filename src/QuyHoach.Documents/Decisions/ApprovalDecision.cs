namespace QuyHoach.Documents.Decisions;

/// <summary>Quyết định phê duyệt quy hoạch and its annex (Phụ lục danh sách).</summary>
public sealed record ApprovalDecision
{
    /// <summary>Issuer, number, signing date (the plan takes effect on it, R-EFF-1), bases, Điều 3, signer.</summary>
    public required DecisionFrame Frame { get; init; }

    /// <summary>The approved list per title (the annex).</summary>
    public required IReadOnlyList<TitleGroup> Titles { get; init; }
}
