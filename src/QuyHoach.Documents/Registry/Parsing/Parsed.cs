namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>A column parser's outcome: a value, or a Vietnamese message saying what is wrong and what to write.</summary>
internal readonly record struct Parsed<T>(T Value, string? Error)
{
    public static Parsed<T> Ok(T value) => new(value, null);

    public static Parsed<T> Fail(string error) => new(default!, error);
}
