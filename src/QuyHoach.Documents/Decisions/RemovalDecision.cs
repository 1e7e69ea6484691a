namespace QuyHoach.Documents.Decisions;

/// <summary>Quyết định đưa ra khỏi quy hoạch (R-REM-VOTE after a vote, R-REM-AUTO without one).</summary>
public sealed record RemovalDecision
{
    /// <summary>Issuer, number, signing date, bases, Điều 3, signer.</summary>
    public required DecisionFrame Frame { get; init; }

    /// <summary>Ngày có hiệu lực; usually the signing date.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The cadres removed, in order.</summary>
    public required IReadOnlyList<RemovalLine> Lines { get; init; }
}
