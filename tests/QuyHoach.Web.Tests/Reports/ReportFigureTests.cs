using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// A report's figure carries its number without its list: the list is written only when the figure is followed, once,
/// in the order written, and a list whose length is not the figure's number is refused (the page, the list and the
/// downloads must never disagree).
/// </summary>
public sealed class ReportFigureTests
{
    [Fact]
    public void Of_CountsWithoutWritingTheList_ThenWritesItOnceInOrder()
    {
        var writes = 0;
        var figure = ReportFigure.Of("dn-2027", "Người đương nhiệm nghỉ hưu năm 2027", 2, () =>
        {
            writes++;
            return [new ReportRow("Đỗ Văn An", "Phòng Tổ chức", "Nghỉ hưu 07/2026", "/can-bo/a"), new ReportRow("Bùi Văn Bình", "Phòng Tổ chức", "Nghỉ hưu 08/2026", null)];
        });

        Assert.Equal((2, 0), (figure.Count, writes));
        Assert.Equal(["Đỗ Văn An", "Bùi Văn Bình"], figure.Rows.Select(r => r.Name));
        Assert.Same(figure.Rows, figure.Rows);
        Assert.Equal(1, writes);
    }

    [Fact]
    public void Rows_ThatDisagreeWithTheCount_AreRefused()
    {
        var figure = ReportFigure.Of("nguy-co", "Nguy cơ hẫng hụt", 3, () => [new ReportRow("Trưởng phòng", "Phòng Tổ chức", "", null)]);

        Assert.Equal(3, figure.Count);
        var refused = Assert.Throws<InvalidOperationException>(() => figure.Rows);
        Assert.Contains("nguy-co", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFigure.Of("x", "x", -1, () => []));
        Assert.Equal(2, ReportFigure.Of("chuc-danh", "Chức danh", [new ReportRow("a", "", "", null), new ReportRow("b", "", "", null)]).Count);
    }
}
