namespace QuyHoach.Scanning.Corpus;

/// <summary>How many doubtful sheets the corpus plants — sheets the issue requires to go to review (a faint or
/// corrected mark, a write-in, a page of another ballot, a page scanned twice). The mix changes which sheets are
/// planted, never how a sheet is read.</summary>
public enum CorpusMix
{
    /// <summary>Per hundred sheets 1 of each kind (5 %): enough of each to measure, more than a conference has.</summary>
    Stress,

    /// <summary>Per thousand sheets 3 faint, 3 corrected, 3 write-ins, 2 pages of another ballot, 2 pages scanned
    /// twice (1.3 %): an assumed everyday mix, not one measured at a conference.</summary>
    Realistic,
}

/// <summary>Where each mix plants its doubtful sheets, and how the reports describe it.</summary>
public static class CorpusMixes
{
    public const string Faint = "faint";
    public const string Corrected = "corrected";
    public const string WriteIn = "write-in";
    public const string OtherBallot = "other-ballot";

    /// <summary>The doubtful scenario of sheet <paramref name="i"/>, or null for a voter's ordinary sheet. The places
    /// are fixed (the stress mix has each case within the first 60 sheets) and none is a place where
    /// <see cref="SheetPlan.Voter"/> plants an over-quota or blank sheet.</summary>
    public static string? Doubtful(CorpusMix mix, int i) => mix switch
    {
        CorpusMix.Stress => (i % 100) switch
        {
            7 => Faint,
            23 => Corrected,
            41 => WriteIn,
            47 => OtherBallot,
            53 => SheetPlan.Twice,
            _ => null,
        },
        _ => (i % 1000) switch
        {
            7 or 307 or 607 => Faint,
            23 or 423 or 823 => Corrected,
            141 or 541 or 941 => WriteIn,
            247 or 747 => OtherBallot,
            153 or 653 => SheetPlan.Twice,
            _ => null,
        },
    };

    /// <summary>The mix in words, as the bench prints it beside its figures.</summary>
    public static string Describe(CorpusMix mix) => mix switch
    {
        CorpusMix.Stress => "stress mix: per hundred sheets 1 faint, 1 corrected, 1 write-in, 1 page of another ballot, 1 page scanned twice (5 % doubtful)",
        _ => "realistic mix (assumed, not measured at a conference): per thousand sheets 3 faint, 3 corrected, 3 write-ins, 2 pages of another ballot, 2 pages scanned twice (1.3 % doubtful)",
    };
}
