using QuyHoach.Documents.Registry;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>Số định danh cá nhân in the import template (R-PIN-1, R-PIN-2): read as digits, one row per number in a file.</summary>
public class PersonalIdNumberImportTests
{
    [Fact]
    public void Read_RightNumberWithSpaces_DigitsOnRow()
    {
        var result = RegistryFile.OneOfEach().Set("CanBo", "Số định danh cá nhân", "036 175 012 345").Read(new KnownCodes(new HashSet<string>()));

        Assert.Empty(result.Issues);
        Assert.Equal("036175012345", Assert.Single(result.Cadres).PersonalIdNumber);
    }

    [Fact]
    public void Read_SameNumberOnTwoRows_SecondRefusedNamingTheFirst()
    {
        var second = new Dictionary<string, object?>(RegistryFile.Cadre("CB0002")) { ["Số định danh cá nhân"] = "036175012345" };
        var result = RegistryFile.OneOfEach().Set("CanBo", "Số định danh cá nhân", "036175012345").Add("CanBo", second).Read();

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("CanBo", 3, "Số định danh cá nhân"), (issue.Sheet, issue.Row, issue.Column));
        Assert.Equal("Số định danh cá nhân 036175012345 trùng với dòng 2: mỗi người chỉ có một số", issue.Message);
    }
}
