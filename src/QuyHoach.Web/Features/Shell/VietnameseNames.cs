namespace QuyHoach.Web.Features.Shell;

/// <summary>Thứ tự tên người: given name first, then the whole name, in Vietnamese collation (Nguyễn Văn An before
/// Trần Thị Bình). Every list of people's names sorts with it.</summary>
public static class VietnameseNames
{
    private static readonly CompareInfo VietnameseInfo = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

    private static readonly StringComparer Vietnamese = VietnameseInfo.GetStringComparer(CompareOptions.None);

    /// <summary>Vietnamese collation of a whole text, for what is not a person's name (units, bodies, groups).</summary>
    public static StringComparer Collation => Vietnamese;

    public static IComparer<string> Order { get; } = Comparer<string>.Create((a, b) =>
    {
        // The given names compared where they stand in the names: a copy of each per comparison made sorting the 32,650
        // planned cadres of the national plan allocate about a million strings.
        var byGiven = VietnameseInfo.Compare(VietnameseText.GivenNameOf(a), VietnameseText.GivenNameOf(b), CompareOptions.None);
        return byGiven != 0 ? byGiven : Vietnamese.Compare(a, b);
    });
}
