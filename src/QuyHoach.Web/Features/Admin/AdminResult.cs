namespace QuyHoach.Web.Features.Admin;

/// <summary>The outcome of an administrator's change: nothing, or the Vietnamese reasons nothing changed.</summary>
public sealed record AdminResult(IReadOnlyList<string> Errors)
{
    public static AdminResult Ok { get; } = new([]);

    /// <summary>The account changed since the page was read (its version differs): nothing was written.</summary>
    public static AdminResult Stale { get; } = new([StaleRecord.Message]);

    public bool Succeeded => Errors.Count == 0;

    /// <summary>Refused as stale, here or by Identity's own concurrency check (same message, VietnameseIdentityErrors).</summary>
    public bool IsStale => Errors.Contains(StaleRecord.Message);

    public static AdminResult Fail(params string[] errors) => new(errors);
}
