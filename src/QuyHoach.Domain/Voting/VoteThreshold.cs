using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>
/// Ngưỡng biểu quyết: the share of the base a candidate's agree votes must reach, as data
/// (<c>Numerator/Denominator</c> of <see cref="Base"/>, inclusive or strict).
/// </summary>
/// <param name="Numerator">Numerator of the share, e.g. 3 for 30 %.</param>
/// <param name="Denominator">Denominator of the share, positive, e.g. 10 for 30 %.</param>
/// <param name="Comparison">Whether exactly the share passes.</param>
/// <param name="Base">Present or convened.</param>
/// <remarks>
/// Integer test: <c>Denominator·agree ≥ Numerator·base</c> (inclusive) or <c>&gt;</c> (strict); docs/rules/votes.md.
/// A base of zero makes an inclusive threshold pass with zero votes; quorum (R-QUO-1) is checked first, so that
/// case does not arise in a valid conference.
/// </remarks>
public sealed record VoteThreshold(int Numerator, int Denominator, ThresholdComparison Comparison, VoteBase Base)
{
    /// <summary>The base number for this threshold.</summary>
    public int BaseOf(int present, int convened) => Base.CountOf(present, convened);

    /// <summary>True when <paramref name="agree"/> votes pass.</summary>
    public bool IsMet(int agree, int present, int convened)
    {
        var ratio = new Ratio(Numerator, Denominator);
        var whole = BaseOf(present, convened);
        return Comparison switch
        {
            ThresholdComparison.Inclusive => ratio.IsReachedBy(agree, whole),
            ThresholdComparison.Strict => ratio.IsExceededBy(agree, whole),
        };
    }

    /// <summary>The smallest whole number of agree votes that passes.</summary>
    /// <remarks>Inclusive: <c>ceil(n·base/d)</c>; strict: <c>floor(n·base/d) + 1</c>. The result may exceed the
    /// base, which means nobody can pass (e.g. a strict 100 %).</remarks>
    public int MinAgreeToPass(int present, int convened)
    {
        var ratio = new Ratio(Numerator, Denominator);
        var whole = BaseOf(present, convened);
        return checked((int)(Comparison switch
        {
            ThresholdComparison.Inclusive => ratio.CeilingOf(whole),
            ThresholdComparison.Strict => ratio.FloorOf(whole) + 1,
        }));
    }
}
