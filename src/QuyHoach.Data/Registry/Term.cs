namespace QuyHoach.Data.Registry;

/// <summary>
/// Nhiệm kỳ: the pair of a Party congress term and the State term of elected bodies, e.g. 2020–2025 / 2021–2026
/// (docs/glossary.md). A planned title follows one of the two (R-EFF-2, <see cref="TermTrack"/>).
/// </summary>
public sealed class Term
{
    public Guid Id { get; set; }

    /// <summary>Mã, e.g. <c>2025-2030</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int PartyStartYear { get; set; }

    public int PartyEndYear { get; set; }

    public int StateStartYear { get; set; }

    public int StateEndYear { get; set; }
}

/// <summary>Which term of the pair a title follows: the Party congress term or the State term (R-EFF-2).</summary>
public enum TermTrack
{
    /// <summary>Nhiệm kỳ Đại hội Đảng.</summary>
    Party,

    /// <summary>Nhiệm kỳ của cơ quan nhà nước (HĐND, UBND).</summary>
    State,
}
