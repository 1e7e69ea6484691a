namespace QuyHoach.Documents.Tests.Registry;

/// <summary>The re-import keys must be unique within a file; the repeat is reported at its own row.</summary>
public class DuplicateKeyTests
{
    [Fact]
    public void Read_CadreCodeTwiceIgnoringCase_SecondRowReported()
    {
        var result = RegistryFile.OneOfEach().Add("CanBo", RegistryFile.Cadre("cb0001")).Read();
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("CanBo", 3, "Mã cán bộ", "Trùng với dòng 2 (cùng Mã cán bộ)"), (issue.Sheet, issue.Row, issue.Column, issue.Message));
    }

    [Fact]
    public void Read_CadreCodeTwiceFirstRowInvalid_StillReported()
    {
        var result = RegistryFile.OneOfEach().Set("CanBo", "Giới tính", "?").Add("CanBo", RegistryFile.Cadre()).Read();
        Assert.Equal([(2, "Giới tính"), (3, "Mã cán bộ")], result.Issues.Select(i => (i.Row, i.Column)));
    }

    [Fact]
    public void Read_EvaluationSameCadreAndYear_Reported()
    {
        var result = RegistryFile.OneOfEach().Add("DanhGia", RegistryFile.Evaluation()).Add("DanhGia", RegistryFile.Evaluation(year: "2023")).Read();
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("DanhGia", 3, "Trùng với dòng 2 (cùng Mã cán bộ và Năm)"), (issue.Sheet, issue.Row, issue.Message));
        Assert.Equal([2024, 2023], result.Evaluations.Select(e => e.Year));
    }

    [Fact]
    public void Read_DisciplineSameDecisionNumber_Reported()
    {
        var second = new Dictionary<string, object?>(RegistryFile.Discipline()) { ["Hình thức"] = "Cảnh cáo" };
        var result = RegistryFile.OneOfEach().Add("KyLuat", second).Read();
        Assert.Equal(("KyLuat", 3), (Assert.Single(result.Issues).Sheet, result.Issues[0].Row));
    }

    [Fact]
    public void Read_DisciplineWithoutNumberSameDateAndForm_Reported()
    {
        var file = RegistryFile.OneOfEach().Set("KyLuat", "Số quyết định", null)
            .Add("KyLuat", new Dictionary<string, object?>(RegistryFile.Discipline()) { ["Số quyết định"] = null })
            .Add("KyLuat", new Dictionary<string, object?>(RegistryFile.Discipline()) { ["Số quyết định"] = null, ["Hình thức"] = "Cảnh cáo" });
        var result = file.Read();
        Assert.Equal([3], result.Issues.Select(i => i.Row));
        Assert.Equal(2, result.Disciplines.Count);
    }

    [Fact]
    public void Read_PoliticalStandardSameCadreAndDate_Reported()
    {
        var result = RegistryFile.OneOfEach().Add("TieuChuanChinhTri", RegistryFile.PoliticalStandard()).Read();
        Assert.Equal(("TieuChuanChinhTri", 3), (Assert.Single(result.Issues).Sheet, result.Issues[0].Row));
    }
}
