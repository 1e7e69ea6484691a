using DocumentFormat.OpenXml.Wordprocessing;
using QuyHoach.Documents.Minutes;

namespace QuyHoach.Documents.Tests.Minutes;

public class TallySummaryDocumentTests
{
    [Fact]
    public void Write_StateBody_HeadingTitleAndDate()
    {
        var text = Write(SeedSummary.Build());

        Assert.Equal(["UBND TỈNH NAM ĐỊNH", "SỞ CÔNG THƯƠNG", ""], text.Rows[0][0].Split('\n'));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], text.Rows[0][1].Split('\n'));
        Assert.Equal(["", "Nam Định, ngày 08 tháng 4 năm 2022"], text.Rows[1]);
        Assert.Contains("BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU", text.Paragraphs);
        Assert.Contains("Giới thiệu nhân sự quy hoạch các chức danh lãnh đạo Sở Công Thương, nhiệm kỳ 2025 - 2030", text.Paragraphs);
    }

    [Fact]
    public void Write_ThreeSteps_TwoRepeatedHeaderRowsWithFourColumnsPerStep()
    {
        var text = Write(SeedSummary.Build());

        Assert.Equal(2, text.RepeatedHeaderRows);
        var first = text.RowOf("Họ và tên");
        Assert.Equal(["TT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại", "Đối tượng",
            "Bước 3: Hội nghị cán bộ chủ chốt", "Bước 4: Hội nghị tập thể lãnh đạo mở rộng", "Bước 5: Hội nghị tập thể lãnh đạo (lần 2)", "Ghi chú"], first);
        var second = text.Rows[text.Rows.ToList().IndexOf(first) + 1];
        Assert.Equal(["", "", "", "", "", "", "Đồng ý", "Có mặt", "Tỉ lệ", "Kết quả", "Đồng ý", "Có mặt", "Tỉ lệ", "Kết quả", "Đồng ý", "Triệu tập", "Tỉ lệ", "Kết quả", ""], second);
    }

    [Theory]
    [InlineData("Nguyễn Văn Thắng", "1|Nguyễn Văn Thắng|15/03/1972|Nam|Phó Giám đốc Sở|1|31|40|77,50%|Đạt|17|20|85,00%|Đạt|8|9|88,89%|Đạt|")]
    [InlineData("Đỗ Thị Thu Hằng", "2|Đỗ Thị Thu Hằng|02/11/1976|Nữ|Phó Giám đốc Sở|1|27|40|67,50%|Đạt|14|20|70,00%|Đạt|6|9|66,67%|Đạt|")]
    [InlineData("Hoàng Quốc Việt", "3|Hoàng Quốc Việt|20/06/1979|Nam|Trưởng phòng Quản lý công nghiệp|2|11|40|27,50%|Không đạt|-|-|-|-|-|-|-|-|")]
    [InlineData("Bùi Thị Lan", "1|Bùi Thị Lan|09/01/1980|Nữ|Trưởng phòng Quản lý thương mại|1|12|40|30,00%|Đạt|11|20|55,00%|Đạt|5|9|55,56%|Đạt|")]
    [InlineData("Ngô Đình Khải", "2|Ngô Đình Khải|30/08/1978|Nam|Chánh Thanh tra Sở|1|12|40|30,00%|Đạt|10|20|50,00%|Không đạt|-|-|-|-|")]
    [InlineData("Trịnh Thị Mai Phương", "3|Trịnh Thị Mai Phương|05/12/1985|Nữ|Phó trưởng phòng Kế hoạch - Tài chính|2|0|40|0,00%|Không đạt|-|-|-|-|-|-|-|-|")]
    public void Write_EachCandidate_OneRowWithEveryStep(string name, string expected) =>
        Assert.Equal(expected, string.Join("|", Write(SeedSummary.Build()).RowOf(name)));

    [Fact]
    public void Write_Note_InLastColumn()
    {
        var summary = SeedSummary.Build();
        var lan = summary.Titles[1].Candidates[0] with { Note = "Người đứng đầu quyết định" };
        summary = summary with { Titles = [summary.Titles[0], summary.Titles[1] with { Candidates = [lan] }] };

        Assert.Equal("Người đứng đầu quyết định", Write(summary).RowOf("Bùi Thị Lan")[^1]);
    }

    [Fact]
    public void Write_StepThresholds_ListedUnderTheTable()
    {
        var text = Write(SeedSummary.Build());

        Assert.Contains("- Bước 3: Hội nghị cán bộ chủ chốt: đạt khi tỉ lệ phiếu đồng ý từ 30% trở lên so với tổng số người có mặt.", text.Paragraphs);
        Assert.Contains("- Bước 5: Hội nghị tập thể lãnh đạo (lần 2): đạt khi tỉ lệ phiếu đồng ý trên 50% so với tổng số người được triệu tập.", text.Paragraphs);
    }

    [Fact]
    public void Write_Signatures_CapacityInCapitalsAndNames()
    {
        var signatures = Write(SeedSummary.Build()).Rows[^1];

        Assert.Equal(["NGƯỜI LẬP BIỂU", "Phạm Thị Hương"], signatures[0].Split('\n').Where(l => l.Length > 0));
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thắng"], signatures[1].Split('\n').Where(l => l.Length > 0));
    }

    [Fact]
    public void Write_Summary_ValidLandscapeA4()
    {
        var text = Write(SeedSummary.Build(SeedTally.PartyBody));

        Assert.Empty(text.Errors);
        var size = text.Section.GetFirstChild<PageSize>()!;
        Assert.Equal((16838U, 11906U, PageOrientationValues.Landscape), (size.Width!.Value, size.Height!.Value, size.Orient!.Value));
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", text.Rows[0][1]);
    }

    [Fact]
    public void Write_CandidateMissingAStep_Throws()
    {
        var summary = SeedSummary.Build();
        var short_ = summary.Titles[0].Candidates[0] with { Votes = [new StepVote(31, 40, true)] };
        summary = summary with { Titles = [summary.Titles[0] with { Candidates = [short_] }] };

        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => TallySummaryDocument.Write(stream, summary));
    }

    private static WordText Write(TallySummary summary)
    {
        using var stream = new MemoryStream();
        TallySummaryDocument.Write(stream, summary);
        return WordText.Read(stream);
    }
}
