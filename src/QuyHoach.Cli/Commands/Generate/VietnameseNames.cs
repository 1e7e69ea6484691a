using Bogus;

namespace QuyHoach.Cli.Commands.Generate;

/// <summary>
/// Họ tên người Việt with realistic frequencies: family names weighted by their published shares (Nguyễn about 38 %,
/// Trần 11 %, Lê 9.5 %, Phạm 7 %…), middle and given names by sex, drawn through Bogus so a seed gives the same names.
/// </summary>
internal static class VietnameseNames
{
    private static readonly string[] Families =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương", "Đào", "Cao", "Lâm", "Hà", "Tạ"];

    private static readonly float[] FamilyWeights = Shares(
        [38.4f, 11.0f, 9.5f, 7.1f, 3.1f, 2.1f, 4.5f, 2.0f, 1.9f, 2.1f, 2.0f, 1.4f, 1.3f, 1.3f, 1.0f, 0.5f, 0.9f, 0.7f, 0.6f, 0.5f, 0.7f, 0.6f, 0.5f, 0.5f, 0.3f]);

    private static readonly string[] MaleMiddles = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành", "Xuân", "Ngọc", "Công", "Mạnh", "Anh", "Trung"];
    private static readonly float[] MaleMiddleWeights = Shares([30, 10, 10, 7, 7, 6, 5, 4, 5, 4, 6, 6]);
    private static readonly string[] FemaleMiddles = ["Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Minh", "Kim", "Thị Thu", "Thị Minh", "Phương"];
    private static readonly float[] FemaleMiddleWeights = Shares([45, 9, 9, 7, 6, 5, 5, 5, 4, 5]);

    private static readonly string[] MaleGiven =
        ["Hùng", "Dũng", "Tuấn", "Cường", "Hải", "Long", "Nam", "Quang", "Sơn", "Thắng", "Trung", "Đức", "Khoa", "Bình", "Phong", "Việt", "Anh", "Hiếu", "Huy", "Thành", "Tùng", "Minh", "Hoàng", "Lâm"];

    private static readonly string[] FemaleGiven =
        ["Hà", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Thảo", "Trang", "Yến", "Ánh", "Hằng", "Huyền", "Nhung", "Phương", "Oanh", "Anh", "Hạnh", "Thủy", "Loan", "Dung", "Vân", "Hoa"];

    // Bogus draws by cumulative weight against a number in [0, 1): weights are given as shares that sum to 1.
    private static float[] Shares(float[] weights) => [.. weights.Select(w => w / weights.Sum())];

    /// <summary>A full name: family, middle, given.</summary>
    public static string Next(Randomizer random, bool female)
    {
        ArgumentNullException.ThrowIfNull(random);
        var family = random.WeightedRandom(Families, FamilyWeights);
        return female
            ? $"{family} {random.WeightedRandom(FemaleMiddles, FemaleMiddleWeights)} {random.ArrayElement(FemaleGiven)}"
            : $"{family} {random.WeightedRandom(MaleMiddles, MaleMiddleWeights)} {random.ArrayElement(MaleGiven)}";
    }
}
