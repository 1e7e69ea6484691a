namespace QuyHoach.Documents.Tests.Registry;

/// <summary>
/// TCVN3 (ABC) and VNI text read as Unicode is reported as "sai bảng mã"; real Vietnamese, in any case and from
/// every region, is not.
/// </summary>
public class LegacyEncodingTests
{
    [Theory]
    [InlineData("Nguyễn Thị Ánh")]
    [InlineData("TRẦN THỊ THÚY")]
    [InlineData("Hoàng Đức Thắng")]
    [InlineData("Phạm Thị Ngọc Ánh")]
    [InlineData("Y Khoa Niê Kdăm")]
    [InlineData("H'Hen Niê")]
    [InlineData("Lò Văn Puộc")]
    [InlineData("Nguyễn Thị Thuý Hoà")]
    [InlineData("Đoàn Quế Khuê")]
    public void Read_GenuineVietnameseName_Accepted(string name)
    {
        var result = RegistryFile.OneOfEach().Set("CanBo", "Họ và tên", name).Read();
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("Xã Ea H'leo, tỉnh Đắk Lắk")]
    [InlineData("Thị trấn Mường Tè, tỉnh Lai Châu")]
    [InlineData("Phường Bà Rịa – Vũng Tàu")]
    [InlineData("Thừa Thiên Huế")]
    public void Read_GenuineVietnamesePlace_Accepted(string place)
    {
        var result = RegistryFile.OneOfEach().Set("CanBo", "Quê quán", place).Read();
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData("NguyÔn ThÞ ¸nh")]
    [InlineData("TrÇn V¨n §øc")]
    [InlineData("NguyÔn")]
    [InlineData("Nguyeãn Thò AÙnh")]
    [InlineData("Tieáng Vieät")]
    [InlineData("Nguy\u0085n")]
    [InlineData("Nguy\uE01An")]
    [InlineData("Nguy\uFFFDn")]
    public void Read_LegacyEncodedName_ReportedAsWrongEncoding(string name)
    {
        var result = RegistryFile.OneOfEach().Set("CanBo", "Họ và tên", name).Read();
        var issue = Assert.Single(result.Issues);
        Assert.StartsWith("Sai bảng mã", issue.Message, StringComparison.Ordinal);
        Assert.Empty(result.Cadres);
    }

    [Fact]
    public void Read_WholeRowInTcvn3_EveryCellReportedNoRowImported()
    {
        var file = RegistryFile.OneOfEach()
            .Set("CanBo", "Họ và tên", "Lª V¨n B×nh")
            .Set("CanBo", "Dân tộc", "Kinh")
            .Set("CanBo", "Quê quán", "Hµ Néi")
            .Set("CanBo", "Trình độ chuyên môn", "Th¹c sÜ LuËt");
        var result = file.Read();
        Assert.Equal(["Họ và tên", "Quê quán", "Trình độ chuyên môn"], result.Issues.Select(i => i.Column));
        Assert.Empty(result.Cadres);
    }
}
