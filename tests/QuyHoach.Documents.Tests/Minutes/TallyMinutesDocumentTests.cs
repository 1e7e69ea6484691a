using DocumentFormat.OpenXml.Wordprocessing;
using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Minutes;

public class TallyMinutesDocumentTests
{
    [Fact]
    public void Write_PartyBody_HeadingFollowsHd36()
    {
        var text = Write(SeedTally.KeyCadres(SeedTally.PartyBody));

        Assert.Equal(["ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY SỞ CÔNG THƯƠNG", "*"], text.Rows[0][0].Split('\n'));
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", text.Rows[0][1]);
        Assert.Equal(["Số 07-BB/ĐU", "Nam Định, ngày 04 tháng 4 năm 2022"], text.Rows[1]);
        Assert.DoesNotContain(OfficialHeading.StateTitle, text.Paragraphs);
    }

    [Fact]
    public void Write_StateBody_HeadingFollowsNd30()
    {
        var text = Write(SeedTally.KeyCadres(SeedTally.StateBody));

        Assert.Equal(["UBND TỈNH NAM ĐỊNH", "SỞ CÔNG THƯƠNG", ""], text.Rows[0][0].Split('\n'));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], text.Rows[0][1].Split('\n'));
        Assert.Equal("Nam Định, ngày 04 tháng 4 năm 2022", text.Rows[1][1]);
        Assert.DoesNotContain(OfficialHeading.PartyTitle, text.Paragraphs);
        Assert.DoesNotContain("*", text.Paragraphs);
    }

    [Fact]
    public void Write_KeyCadres_TitleConferenceAndCountsInText()
    {
        var text = Write(SeedTally.KeyCadres());

        Assert.Contains("BIÊN BẢN KIỂM PHIẾU", text.Paragraphs);
        Assert.Contains("Giới thiệu nhân sự quy hoạch các chức danh lãnh đạo Sở Công Thương, nhiệm kỳ 2025 - 2030", text.Paragraphs);
        Assert.Contains("Hôm nay, vào hồi 8 giờ 30 phút, ngày 04 tháng 4 năm 2022, tại Hội trường Sở Công Thương, Hội nghị cán bộ chủ chốt (bước 3) tiến hành", text.All, StringComparison.Ordinal);
        Assert.Contains("Chủ trì hội nghị: đồng chí Trần Văn Hùng, Bí thư Đảng ủy, Giám đốc Sở.", text.Paragraphs);
        Assert.Contains("- Đồng chí Phạm Thị Hương, Chánh Văn phòng Sở - Trưởng ban.", text.Paragraphs);
        Assert.Contains("- Đồng chí Lê Minh Đức, Phó Chánh Văn phòng Sở - Ủy viên.", text.Paragraphs);
        Assert.Contains("- Tổng số người được triệu tập: 45 người; có mặt: 40 người; vắng mặt: 5 người.", text.Paragraphs);
        Assert.Contains("- Số phiếu phát ra: 40 phiếu; số phiếu thu vào: 40 phiếu.", text.Paragraphs);
        Assert.Contains("- Số phiếu hợp lệ: 39 phiếu; số phiếu không hợp lệ: 1 phiếu.", text.Paragraphs);
        Assert.Contains("phải đạt tỉ lệ phiếu đồng ý từ 30% trở lên so với tổng số người có mặt. Tỉ lệ dưới đây tính so với tổng số người có mặt (40 người).", text.All, StringComparison.Ordinal);
        Assert.Contains("Biên bản kết thúc vào hồi 10 giờ 15 phút cùng ngày", text.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TimesNotRecorded_LinesLeftDottedForHandWriting()
    {
        var text = Write(SeedTally.KeyCadres() with { Start = null, End = null });

        Assert.Contains("Hôm nay, vào hồi ...... giờ ...... phút, ngày 04 tháng 4 năm 2022, tại Hội trường Sở Công Thương,", text.All, StringComparison.Ordinal);
        Assert.Contains("Biên bản kết thúc vào hồi ...... giờ ...... phút cùng ngày", text.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nguyễn Văn Thắng", "1|Nguyễn Văn Thắng|15/03/1972|Nam|Phó Giám đốc Sở|1|31|77,50%|Đạt|1|")]
    [InlineData("Đỗ Thị Thu Hằng", "2|Đỗ Thị Thu Hằng|02/11/1976|Nữ|Phó Giám đốc Sở|1|27|67,50%|Đạt|2|")]
    [InlineData("Hoàng Quốc Việt", "3|Hoàng Quốc Việt|20/06/1979|Nam|Trưởng phòng Quản lý công nghiệp|2|11|27,50%|Không đạt|3|")]
    [InlineData("Bùi Thị Lan", "1|Bùi Thị Lan|09/01/1980|Nữ|Trưởng phòng Quản lý thương mại|1|12|30,00%|Đạt|1|Bằng phiếu")]
    [InlineData("Ngô Đình Khải", "2|Ngô Đình Khải|30/08/1978|Nam|Chánh Thanh tra Sở|1|12|30,00%|Đạt|1|Bằng phiếu")]
    [InlineData("Trịnh Thị Mai Phương", "3|Trịnh Thị Mai Phương|05/12/1985|Nữ|Phó trưởng phòng Kế hoạch - Tài chính|2|0|0,00%|Không đạt|3|")]
    public void Write_KeyCadres_CandidateRowHasVotesRatioAgainstPresentAndResult(string name, string expected)
    {
        var text = Write(SeedTally.KeyCadres());

        Assert.Equal(expected, string.Join("|", text.RowOf(name)));
    }

    [Fact]
    public void Write_KeyCadres_TitlesGroupTheirCandidatesInOrder()
    {
        var rows = Write(SeedTally.KeyCadres()).Rows.Select(r => r.Count > 1 ? r[1] : r[0]).ToList();

        var giamDoc = rows.IndexOf("I. Chức danh quy hoạch: Giám đốc Sở");
        var phoGiamDoc = rows.IndexOf("II. Chức danh quy hoạch: Phó Giám đốc Sở");
        Assert.True(giamDoc > 0 && phoGiamDoc > giamDoc);
        Assert.Equal(["Nguyễn Văn Thắng", "Đỗ Thị Thu Hằng", "Hoàng Quốc Việt"], rows.Skip(giamDoc + 1).Take(3));
        Assert.Equal(["Bùi Thị Lan", "Ngô Đình Khải", "Trịnh Thị Mai Phương"], rows.Skip(phoGiamDoc + 1).Take(3));
    }

    [Fact]
    public void Write_ConvenedBase_RatiosMeasuredAgainstConvened()
    {
        var minutes = SeedTally.KeyCadres() with { Base = Domain.Voting.VoteBase.Convened, Threshold = "trên 50% so với tổng số người được triệu tập" };

        var text = Write(minutes);

        Assert.Contains("Tỉ lệ dưới đây tính so với tổng số người được triệu tập (45 người).", text.All, StringComparison.Ordinal);
        Assert.Equal("68,89%", text.RowOf("Nguyễn Văn Thắng")[7]);
        Assert.Equal("26,67%", text.RowOf("Bùi Thị Lan")[7]);
    }

    [Fact]
    public void Write_SealedStep_SaysResultNotAnnounced()
    {
        var text = Write(SeedTally.KeyCadres(announced: false));

        Assert.Contains(TallyText.Sealed, text.Paragraphs);
        Assert.DoesNotContain(TallyText.Announced, text.Paragraphs);
    }

    [Fact]
    public void Write_AnnouncedStep_NoSealedLine()
    {
        var text = Write(SeedTally.KeyCadres(announced: true));

        Assert.DoesNotContain("không công bố", text.All, StringComparison.Ordinal);
        Assert.Contains(TallyText.Announced, text.Paragraphs);
    }

    [Fact]
    public void Write_KeyCadres_CommitteeSignsMembersLeftHeadRight()
    {
        var signatures = Write(SeedTally.KeyCadres()).Rows[^1];

        Assert.Equal(["CÁC ỦY VIÊN BAN KIỂM PHIẾU", "Lê Minh Đức", "Vũ Thị Ngọc Ánh"], signatures[0].Split('\n').Where(l => l.Length > 0));
        Assert.Equal(["TRƯỞNG BAN KIỂM PHIẾU", "Phạm Thị Hương"], signatures[1].Split('\n').Where(l => l.Length > 0));
    }

    [Fact]
    public void Write_KeyCadres_ValidPortraitA4WithNd30MarginsAndRepeatedHeader()
    {
        using var stream = new MemoryStream();
        TallyMinutesDocument.Write(stream, SeedTally.KeyCadres());
        var text = WordText.Read(stream);

        Assert.Empty(text.Errors);
        var size = text.Section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        var margin = text.Section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701U, 850U), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal("TT|Họ và tên|Ngày sinh|Giới tính|Chức vụ hiện tại|Đối tượng|Số phiếu đồng ý|Tỉ lệ|Kết quả|Xếp thứ|Ghi chú", string.Join("|", text.RowOf("Họ và tên")));
        Assert.Equal(1, text.RepeatedHeaderRows);
    }

    [Fact]
    public void Write_AnyDocument_TimesNewRomanForEveryScript()
    {
        using var stream = new MemoryStream();
        TallyMinutesDocument.Write(stream, SeedTally.KeyCadres());
        var fonts = WordText.Read(stream).DefaultFonts;

        Assert.All(new[] { fonts.Ascii, fonts.HighAnsi, fonts.EastAsia, fonts.ComplexScript }, f => Assert.Equal("Times New Roman", f?.Value));
    }

    private static WordText Write(TallyMinutes minutes)
    {
        using var stream = new MemoryStream();
        TallyMinutesDocument.Write(stream, minutes);
        return WordText.Read(stream);
    }
}
