namespace QuyHoach.Web.Features.Shell;

/// <summary>Thứ tự tên người: given name first, then the whole name, in Vietnamese collation (Nguyễn Văn An before
/// Trần Thị Bình). Every list of people's names sorts with it.</summary>
public static class VietnameseNames
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    /// <summary>Vietnamese collation of a whole text, for what is not a person's name (units, bodies, groups).</summary>
    public static StringComparer Collation => Vietnamese;

    public static IComparer<string> Order { get; } = Comparer<string>.Create((a, b) =>
    {
        var byGiven = Vietnamese.Compare(VietnameseText.GivenName(a), VietnameseText.GivenName(b));
        return byGiven != 0 ? byGiven : Vietnamese.Compare(a, b);
    });
}
