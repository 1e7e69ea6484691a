using DocumentFormat.OpenXml.Wordprocessing;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Minutes;

public class SignatureBlockTests
{
    [Fact]
    public void WithRecipients_SeedFoot_RecipientsLeftSignerRight()
    {
        var table = SignatureBlock.WithRecipients(
            ["Ban Tổ chức Tỉnh ủy;", "Ban Giám đốc Sở;", "Lưu VT."],
            new SignatureColumn(["Giám đốc"], ["Vũ Thị Kim"]),
            9355);

        var cells = Cells(table);
        Assert.Equal(["Nơi nhận:", "- Ban Tổ chức Tỉnh ủy;", "- Ban Giám đốc Sở;", "- Lưu VT."], cells[0]);
        Assert.Equal(["GIÁM ĐỐC", "Vũ Thị Kim"], cells[1].Where(l => l.Length > 0));
    }

    [Fact]
    public void Create_HeadingsOfUnequalLength_FirstNamesLevel()
    {
        var table = SignatureBlock.Create(
            [new SignatureColumn(["Người lập biểu"], ["Phạm Thị Hương"]), new SignatureColumn(["T/M Đảng ủy", "Bí thư"], ["Trần Văn Hùng"])],
            9355);

        var cells = Cells(table);
        Assert.Equal(cells[0].IndexOf("Phạm Thị Hương"), cells[1].IndexOf("Trần Văn Hùng"));
        Assert.Equal(["T/M ĐẢNG ỦY", "BÍ THƯ"], cells[1].Take(2));
    }

    [Fact]
    public void Create_NoColumns_Throws() =>
        Assert.Throws<ArgumentException>(() => SignatureBlock.Create([], 9355));

    private static List<List<string>> Cells(Table table) =>
        table.Descendants<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToList()).ToList();
}
