using QuyHoach.Documents.Registry;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Documents.Tests.Registry;

public class RegistryReadTests
{
    [Fact]
    public void Read_OneValidRowPerSheet_ParsesEveryValue()
    {
        var result = RegistryFile.OneOfEach().Read();

        Assert.Null(result.Refusal);
        Assert.Empty(result.Issues);
        Assert.True(result.CanApply);
        var cadre = Assert.Single(result.Cadres);
        Assert.Equal(
            new CadreRow("CB0001", "Nguyễn Thị Ánh", Sex.Female, new PartialDate(1975, 9, 5), "Kinh", "Xã Yên Phong, tỉnh Bắc Ninh", new DateOnly(2000, 5, 19), "SNV", "PGD-SNV", new DateOnly(2021, 7, 1), "Thạc sĩ Luật", PoliticalTheoryLevel.Advanced, false, StateManagementLevel.Principal, null, null, 2),
            cadre);
        Assert.Equal(new EvaluationRow("CB0001", 2024, Rating.Good, 855, 2), Assert.Single(result.Evaluations));
        Assert.Equal(new DisciplineRow("CB0001", DisciplineAuthority.Party, DisciplineForm.KhienTrach, "12-QĐ/UBKTTU", new DateOnly(2023, 3, 15), new DateOnly(2023, 3, 15), false, 2), Assert.Single(result.Disciplines));
        Assert.Equal(new PoliticalStandardRow("CB0001", new DateOnly(2024, 10, 20), PoliticalStandard.Met, 2), Assert.Single(result.PoliticalStandards));
    }

    [Theory]
    [InlineData("nu", Sex.Female)]
    [InlineData("NỮ", Sex.Female)]
    [InlineData("  nữ ", Sex.Female)]
    [InlineData("NAM", Sex.Male)]
    public void Read_SexWithoutDiacriticsOrCase_Matches(string typed, Sex expected) =>
        Assert.Equal(expected, Single(RegistryFile.OneOfEach().Set("CanBo", "Giới tính", typed)).Sex);

    [Theory]
    [InlineData("hoàn thành tốt nhiệm vụ", Rating.Good)]
    [InlineData("HOAN THANH XUAT SAC NHIEM VU", Rating.Excellent)]
    [InlineData("htnv", Rating.Completed)]
    [InlineData("Không hoàn thành nhiệm vụ", Rating.Failed)]
    public void Read_RatingAsCodeOrFullWords_Matches(string typed, Rating expected)
    {
        var result = RegistryFile.OneOfEach().Set("DanhGia", "Xếp loại", typed).Read();
        Assert.Empty(result.Issues);
        Assert.Equal(expected, Assert.Single(result.Evaluations).Rating);
    }

    [Fact]
    public void Read_DecomposedDiacriticsAndExtraSpaces_StoredAsNfcSingleSpaced()
    {
        var decomposed = "Nguyễn  Thị\u00A0Ánh".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Nguyễn Thị Ánh", Single(RegistryFile.OneOfEach().Set("CanBo", "Họ và tên", decomposed)).FullName);
    }

    [Theory]
    [InlineData("1975", 1975, null, null)]
    [InlineData("09/1975", 1975, 9, null)]
    [InlineData("5/9/1975", 1975, 9, 5)]
    [InlineData("05-09-1975", 1975, 9, 5)]
    [InlineData("1975-09-05", 1975, 9, 5)]
    public void Read_PartialBirthDates_Parsed(string typed, int year, int? month, int? day) =>
        Assert.Equal(new PartialDate(year, month, day), Single(RegistryFile.OneOfEach().Set("CanBo", "Ngày sinh", typed)).BirthDate);

    [Fact]
    public void Read_RealExcelDateAndNumberCells_Parsed()
    {
        var file = RegistryFile.OneOfEach()
            .Set("CanBo", "Ngày sinh", new DateOnly(1975, 9, 5))
            .Set("CanBo", "Ngày vào Đảng", new DateOnly(2000, 5, 19))
            .Set("CanBo", "Mã cán bộ", 1001)
            .Set("DanhGia", "Mã cán bộ", 1001)
            .Set("KyLuat", "Mã cán bộ", "1001")
            .Set("TieuChuanChinhTri", "Mã cán bộ", "1001")
            .Set("DanhGia", "Năm", 2024)
            .Set("DanhGia", "Điểm", new TestNumber("90"));
        var result = file.Read();

        Assert.Empty(result.Issues);
        Assert.Equal(new PartialDate(1975, 9, 5), result.Cadres[0].BirthDate);
        Assert.Equal(new DateOnly(2000, 5, 19), result.Cadres[0].PartyAdmission);
        Assert.Equal("1001", result.Cadres[0].Code);
        Assert.Equal(900, result.Evaluations[0].ScoreTenths);
    }

    [Theory]
    [InlineData("85,5", 855)]
    [InlineData("85.5", 855)]
    [InlineData("100", 1000)]
    [InlineData("0", 0)]
    public void Read_Score_IntegerTenths(string typed, int tenths)
    {
        var result = RegistryFile.OneOfEach().Set("DanhGia", "Điểm", typed).Read();
        Assert.Equal(tenths, Assert.Single(result.Evaluations).ScoreTenths);
    }

    [Fact]
    public void Read_StudyingPoliticalTheory_LevelIsTheOneStudied()
    {
        var cadre = Single(RegistryFile.OneOfEach().Set("CanBo", "Đang học LLCT", "có").Set("CanBo", "Lý luận chính trị", "cao cap"));
        Assert.True(cadre.StudyingPoliticalTheory);
        Assert.Equal(PoliticalTheoryLevel.Advanced, cadre.PoliticalTheory);
    }

    [Fact]
    public void Read_EvaluationOfKnownCadreOnly_Accepted()
    {
        var result = RegistryFile.OneOfEach().Add("DanhGia", RegistryFile.Evaluation("cb0500", "2023"))
            .Read(new KnownCodes(new HashSet<string> { "CB0500" }));
        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Evaluations.Count);
    }

    [Fact]
    public void Read_SameFileTwice_SameRows()
    {
        var file = RegistryFile.OneOfEach().Add("CanBo", RegistryFile.Cadre("CB0002"));
        var first = file.Read();
        var second = file.Read();
        Assert.Equal(first.Cadres, second.Cadres);
        Assert.Equal(first.Evaluations, second.Evaluations);
        Assert.Equal(first.Disciplines, second.Disciplines);
        Assert.Equal(first.PoliticalStandards, second.PoliticalStandards);
    }

    [Fact]
    public void Read_WithoutOptionalSheet_Accepted()
    {
        using var stream = RegistryFile.OneOfEach().Workbook("TieuChuanChinhTri").Build();
        var result = RegistryWorkbookReader.Read(stream, ImportLimits.Default, RegistryFile.Today);
        Assert.True(result.CanApply);
        Assert.Empty(result.PoliticalStandards);
    }

    private static CadreRow Single(RegistryFile file)
    {
        var result = file.Read();
        Assert.Empty(result.Issues);
        return Assert.Single(result.Cadres);
    }
}
