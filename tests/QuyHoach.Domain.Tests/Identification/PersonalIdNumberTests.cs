using QuyHoach.Domain.Common;
using QuyHoach.Domain.Identification;

namespace QuyHoach.Domain.Tests.Identification;

/// <summary>R-PIN-1: the number's structure checked against the person's sex and birth year.</summary>
public sealed class PersonalIdNumberTests
{
    [Theory]
    [InlineData("036075001234", Sex.Male, 1975)] // Nam Định, man, 20th century
    [InlineData("036175001234", Sex.Female, 1975)] // woman, 20th century
    [InlineData("001200000001", Sex.Male, 2000)] // first year of the 21st century
    [InlineData("001399000001", Sex.Female, 2099)] // last year of the 21st century
    [InlineData("096099999999", Sex.Male, 1999)] // last year of the 20th century, Cà Mau
    [InlineData("001400000001", Sex.Male, 2100)]
    public void RightNumbers_NoProblem(string number, Sex sex, int year) =>
        Assert.Null(PersonalIdNumber.Problem(number, sex, year));

    [Theory]
    [InlineData("03607500123", Sex.Male, 1975, "đúng 12 chữ số")] // eleven digits
    [InlineData("0360750012345", Sex.Male, 1975, "đúng 12 chữ số")]
    [InlineData("03607500123A", Sex.Male, 1975, "đúng 12 chữ số")]
    [InlineData("", Sex.Male, 1975, "đúng 12 chữ số")]
    [InlineData("003075001234", Sex.Male, 1975, "không phải mã tỉnh")] // 003 is not a province code
    [InlineData("097075001234", Sex.Male, 1975, "không phải mã tỉnh")]
    [InlineData("036175001234", Sex.Male, 1975, "chữ số thứ tư là 1 nhưng nam sinh năm 1975 phải là 0")] // a woman's digit
    [InlineData("036075001234", Sex.Female, 1975, "phải là 1")]
    [InlineData("036299001234", Sex.Male, 1999, "phải là 0")] // 21st-century digit, born 1999
    [InlineData("001099000001", Sex.Male, 2000, "phải là 2")] // 20th-century digit, born 2000
    [InlineData("036076001234", Sex.Male, 1975, "chữ số thứ năm và sáu là 76 nhưng năm sinh là 1975")]
    public void WrongNumbers_ProblemNamesTheDigit(string number, Sex sex, int year, string expected) =>
        Assert.Contains(expected, PersonalIdNumber.Problem(number, sex, year), StringComparison.Ordinal);

    [Theory]
    [InlineData(Sex.Male, 1900, 0)]
    [InlineData(Sex.Female, 1999, 1)]
    [InlineData(Sex.Male, 2000, 2)]
    [InlineData(Sex.Female, 2000, 3)]
    [InlineData(Sex.Female, 2199, 5)]
    public void CenturyAndSexDigit_ByPairsOfCenturies(Sex sex, int year, int digit) =>
        Assert.Equal(digit, PersonalIdNumber.CenturyAndSexDigit(sex, year));

    [Fact]
    public void ProvinceTable_63Provinces_ThreeDigitCodes() =>
        Assert.True(BirthProvinceCodes.All.Count == 63 && BirthProvinceCodes.All.Keys.All(k => k.Length == 3 && k.All(char.IsAsciiDigit)));

    [Theory]
    [InlineData(" 036 075 001 234 ", "036075001234")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Normalise_DropsSpaces_BlankIsNone(string? typed, string? stored) =>
        Assert.Equal(stored, PersonalIdNumber.Normalise(typed));
}
