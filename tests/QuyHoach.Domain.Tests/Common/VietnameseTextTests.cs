using System.Text;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Tests.Common;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Thị Ánh", "nguyen thi anh")]
    [InlineData("  ĐỖ   Quốc  Đạt ", "do quoc dat")]
    [InlineData("Lường Văn Sơn", "luong van son")]
    [InlineData("Hoàng Thị Thu Hương", "hoang thi thu huong")]
    [InlineData("", "")]
    public void Fold_VietnameseName_LowerWithoutDiacritics(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(text));

    [Fact]
    public void Fold_DecomposedInput_SameAsComposed() =>
        Assert.Equal(VietnameseText.Fold("Nguyễn Thị Ánh"), VietnameseText.Fold("Nguyễn Thị Ánh".Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("Nguyễn Thị Ánh", "Ánh")]
    [InlineData("Trần Văn Đức ", "Đức")]
    [InlineData("Mai", "Mai")]
    public void GivenName_FullName_LastWord(string fullName, string expected) =>
        Assert.Equal(expected, VietnameseText.GivenName(fullName));

    [Fact]
    public void Clean_DecomposedAndSpaced_NfcSingleSpaces() =>
        Assert.Equal("Nguyễn Thị Ánh", VietnameseText.Clean(" Nguyễn  Thị Ánh ".Normalize(NormalizationForm.FormD)));
}
