using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Decisions;

public class RemovalDecisionDocumentTests
{
    [Fact]
    public void Write_Removal_HeadingNumberAndTitle()
    {
        var text = Render.Word(RemovalDecisionDocument.Write, SeedDecisions.Removal());

        Assert.Empty(text.Errors);
        Assert.Equal(OfficialHeading.PartyTitle, text.Rows[0][1]);
        Assert.Equal(["Số 130-QĐ/TU", "Nam Định, ngày 30 tháng 11 năm 2026"], text.Rows[1]);
        Assert.Contains("Về việc đưa ra khỏi quy hoạch cán bộ chức danh Giám đốc Sở, Phó Giám đốc Sở thuộc Sở Công Thương tỉnh Nam Định, nhiệm kỳ 2025-2030", text.Paragraphs);
        Assert.Contains("Điều 1. Đưa ra khỏi quy hoạch cán bộ chức danh Giám đốc Sở, Phó Giám đốc Sở thuộc Sở Công Thương tỉnh Nam Định, nhiệm kỳ 2025-2030 đối với 03 đồng chí có tên sau:", text.Paragraphs);
    }

    [Fact]
    public void Write_Removal_EachCadreWithTitleAndReason()
    {
        var text = Render.Word(RemovalDecisionDocument.Write, SeedDecisions.Removal());

        Assert.Contains("1. Đồng chí Phạm Văn Hòa, sinh 14/02/1970, Phó Giám đốc Sở; quy hoạch chức danh Giám đốc Sở.", text.Paragraphs);
        Assert.Contains($"Lý do: Từ trần (từ trần ngày 02/8/2026); {DecisionText.NoVote}.", text.Paragraphs);
        Assert.Contains("2. Đồng chí Lê Thị Hạnh, sinh 06/1979, Trưởng phòng Kế hoạch - Tài chính; quy hoạch chức danh Phó Giám đốc Sở.", text.Paragraphs);
        Assert.Contains($"Lý do: Bị kỷ luật từ khiển trách trở lên (Quyết định số 45-QĐ/UBKTTU ngày 12/9/2026 thi hành kỷ luật khiển trách); {DecisionText.NoVote}.", text.Paragraphs);
        Assert.Contains("Lý do: Tập thể lãnh đạo biểu quyết đề nghị đưa ra khỏi quy hoạch (không hoàn thành nhiệm vụ năm 2025; 8/11 thành viên Đảng ủy đồng ý).", text.Paragraphs);
    }

    [Fact]
    public void Write_Removal_NoVoteStatementOnlyForAutomaticGrounds()
    {
        var text = Render.Word(RemovalDecisionDocument.Write, SeedDecisions.Removal());

        Assert.Equal(2, text.Paragraphs.Count(p => p.Contains("không thực hiện quy trình bỏ phiếu", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(RemovalGround.Age, "Không còn đủ tuổi quy hoạch")]
    [InlineData(RemovalGround.PoliticalStandard, "Không đảm bảo tiêu chuẩn chính trị")]
    public void Reason_AutomaticGround_NamesGroundAndNoVote(RemovalGround ground, string expected)
    {
        var line = SeedDecisions.Died with { Ground = ground, Detail = "" };

        Assert.Equal($"{expected}; {DecisionText.NoVote}", DecisionText.Reason(line));
        Assert.True(line.Automatic);
    }

    [Fact]
    public void Write_EffectiveDate_ArticleTwoNamesIt()
    {
        var text = Render.Word(RemovalDecisionDocument.Write, SeedDecisions.Removal() with { EffectiveFrom = new DateOnly(2026, 12, 1) });

        Assert.Contains("Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2026.", text.Paragraphs);
        Assert.Equal(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Quốc Bảo"], Render.Lines(text.Rows[^1][1]));
    }
}
