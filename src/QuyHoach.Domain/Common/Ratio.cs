namespace QuyHoach.Domain.Common;

/// <summary>
/// Tỉ lệ (a share such as 2/3, 30 %, 1,5 lần): a fraction of two integers, so every percentage test stays in integer
/// arithmetic (docs/rules/votes.md: <c>q * votes ≥ p * base</c>).
/// </summary>
/// <remarks>The denominator is positive and the numerator non-negative; rule-set loading reports bad values in
/// Vietnamese before a ratio is ever constructed, so a bad value here is a programmer error.</remarks>
public readonly record struct Ratio
{
    /// <summary>Creates <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    public Ratio(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Tử số.</summary>
    public int Numerator { get; }

    /// <summary>Mẫu số.</summary>
    public int Denominator { get; }

    /// <summary>True when <c>part/whole ≥ this ratio</c>, i.e. <c>Denominator·part ≥ Numerator·whole</c>.</summary>
    public bool IsReachedBy(long part, long whole) => checked(Denominator * part) >= checked(Numerator * whole);

    /// <summary>True when <c>part/whole &gt; this ratio</c>.</summary>
    public bool IsExceededBy(long part, long whole) => checked(Denominator * part) > checked(Numerator * whole);

    /// <summary>The largest integer <c>x</c> with <c>x ≤ whole·ratio</c> (floor).</summary>
    public long FloorOf(long whole) => checked(Numerator * whole) / Denominator;

    /// <summary>The smallest integer <c>x</c> with <c>x ≥ whole·ratio</c> (ceiling), for non-negative wholes.</summary>
    public long CeilingOf(long whole) => (checked(Numerator * whole) + Denominator - 1) / Denominator;

    /// <summary><c>p/q</c>.</summary>
    public override string ToString() => $"{Numerator}/{Denominator}";
}
