namespace QuyHoach.Web.Features.Admin;

/// <summary>The outcome of an administrator's change: nothing, or the Vietnamese reasons nothing changed.</summary>
public sealed record AdminResult(IReadOnlyList<string> Errors)
{
    public static AdminResult Ok { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AdminResult Fail(params string[] errors) => new(errors);
}
