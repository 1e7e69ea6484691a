using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Decisions;

public class SubmissionDocumentTests
{
    [Fact]
    public void Write_PartyUnit_HeadingFollowsHd36()
    {
        var text = Render.Word(SubmissionDocument.Write, SeedDecisions.Submission());

        Assert.Empty(text.Errors);
        Assert.Equal(["ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY SỞ CÔNG THƯƠNG", "*"], text.Rows[0][0].Split('\n'));
        Assert.Equal(OfficialHeading.PartyTitle, text.Rows[0][1]);
        Assert.Equal(["Số 15-TTr/ĐU", "Nam Định, ngày 20 tháng 10 năm 2026"], text.Rows[1]);
        Assert.DoesNotContain(OfficialHeading.StateTitle, text.Paragraphs);
    }

    [Fact]
    public void Write_StateUnit_HeadingFollowsNd30AndDirectorSigns()
    {
        var text = Render.Word(SubmissionDocument.Write, SeedDecisions.Submission(SeedDecisions.StateUnit));

        Assert.Equal([OfficialHeading.StateTitle, OfficialHeading.StateMotto], text.Rows[0][1].Split('\n'));
        Assert.Equal(["Số: 15/TTr-SCT", "Nam Định, ngày 20 tháng 10 năm 2026"], text.Rows[1]);
        Assert.DoesNotContain(OfficialHeading.PartyTitle, text.Paragraphs);
        Assert.Equal(["GIÁM ĐỐC", "Trần Văn Hùng"], Render.Lines(text.Rows[^1][1]));
        // State layout: "Căn cứ …;" without a dash.
        Assert.Contains("Căn cứ Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương về một số nội dung cụ thể về công tác quy hoạch cán bộ;", text.Paragraphs);
    }

    [Fact]
    public void Write_Submission_TitleRecipientBasesAndSteps()
    {
        var text = Render.Word(SubmissionDocument.Write, SeedDecisions.Submission());

        Assert.Contains("TỜ TRÌNH", text.Paragraphs);
        Assert.Contains("Về việc đề nghị phê duyệt quy hoạch cán bộ chức danh Giám đốc Sở, Phó Giám đốc Sở thuộc Sở Công Thương tỉnh Nam Định, nhiệm kỳ 2025-2030", text.Paragraphs);
        Assert.Contains("Kính gửi: Ban Thường vụ Tỉnh ủy", text.Paragraphs);
        // Party layout: "- Căn cứ …;" in plain text.
        Assert.Contains("- Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;", text.Paragraphs);
        Assert.Contains("Bước 2: Hội nghị cán bộ chủ chốt (ngày 22 tháng 9 năm 2026)", text.Paragraphs);
        Assert.Contains("- Triệu tập 45, có mặt 40.", text.Paragraphs);
        Assert.Contains("Đảng ủy Sở Công Thương kính đề nghị Ban Thường vụ Tỉnh ủy xem xét, phê duyệt./.", text.Paragraphs);
    }

    [Fact]
    public void Write_Submission_ProposedRowsInOrderWithFinalVotes()
    {
        var text = Render.Word(SubmissionDocument.Write, SeedDecisions.Submission());

        Assert.Equal("1|Nguyễn Thị Ánh|12/04/1978|Phó Giám đốc Sở|Giám đốc Sở|9/11 (81,82 %)", string.Join("|", text.RowOf("Nguyễn Thị Ánh")));
        Assert.Equal("2|Nguyễn Văn Thắng|1975|Phó Giám đốc Sở|Giám đốc Sở|7/11 (63,64 %)", string.Join("|", text.RowOf("Nguyễn Văn Thắng")));
        Assert.Equal("1|Bùi Thị Lan|09/1984|Trưởng phòng Quản lý thương mại|Phó Giám đốc Sở|11/11 (100,00 %)", string.Join("|", text.RowOf("Bùi Thị Lan")));
        var firstColumn = text.Rows.Select(r => r.Count > 1 ? r[1] : r[0]).ToList();
        var director = firstColumn.IndexOf("I. Chức danh quy hoạch: Giám đốc Sở");
        var deputy = firstColumn.IndexOf("II. Chức danh quy hoạch: Phó Giám đốc Sở");
        Assert.True(director > 0 && deputy > director);
        Assert.Equal(["Nguyễn Thị Ánh", "Nguyễn Văn Thắng"], firstColumn.Skip(director + 1).Take(2));
        Assert.Equal(["Bùi Thị Lan", "Ngô Đình Khải"], firstColumn.Skip(deputy + 1).Take(2));
    }

    [Fact]
    public void Write_Submission_RemovalsWithGroundsAutomaticSaysNoVote()
    {
        var text = Render.Word(SubmissionDocument.Write, SeedDecisions.Submission());

        Assert.Contains("III. ĐỀ NGHỊ ĐƯA RA KHỎI QUY HOẠCH", text.Paragraphs);
        var died = text.RowOf("Phạm Văn Hòa");
        Assert.Equal("Giám đốc Sở", died[2]);
        Assert.Equal($"Từ trần (từ trần ngày 02/8/2026); {DecisionText.NoVote}", died[3]);
        var voted = text.RowOf("Đặng Minh Tuấn")[3];
        Assert.StartsWith("Tập thể lãnh đạo biểu quyết đề nghị đưa ra khỏi quy hoạch (không hoàn thành nhiệm vụ năm 2025", voted, StringComparison.Ordinal);
        Assert.DoesNotContain("không thực hiện quy trình bỏ phiếu", voted, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoRemovals_NoRemovalSection()
    {
        var text = Render.Word(SubmissionDocument.Write, SeedDecisions.Submission() with { Removals = [] });

        Assert.DoesNotContain("III. ĐỀ NGHỊ ĐƯA RA KHỎI QUY HOẠCH", text.Paragraphs);
        Assert.DoesNotContain(text.Rows, r => r.Contains("Phạm Văn Hòa"));
    }

    [Fact]
    public void Write_Submission_SignerAndRecipients()
    {
        var foot = Render.Word(SubmissionDocument.Write, SeedDecisions.Submission()).Rows[^1];

        Assert.Equal(["Nơi nhận:", "- Như trên,", "- Ban Tổ chức Tỉnh ủy,", "- Lưu Văn phòng Đảng ủy."], Render.Lines(foot[0]));
        Assert.Equal(["T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Hùng"], Render.Lines(foot[1]));
    }
}
