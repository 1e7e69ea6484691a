namespace QuyHoach.Web.Features.Facts;

/// <summary>Loại chức danh: the one mapping of the registry's position kind to the Domain's title kind.</summary>
/// <remarks>A staff post (chuyên viên) is planned like a leadership post: it counts towards the leadership caps
/// (R-PRI-6); only committee membership is apart.</remarks>
public static class TitleKinds
{
    public static TitleKind Of(PositionKind kind) => kind switch
    {
        PositionKind.CommitteeMembership => TitleKind.CommitteeMembership,
        PositionKind.Leadership or PositionKind.Staff => TitleKind.Leadership,
    };
}
