namespace QuyHoach.Web.Hosting;

/// <summary>Fictional but realistic Vietnamese full names for demo and benchmark data.</summary>
public static class DemoNames
{
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương"];
    private static readonly string[] MaleMiddles = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành", "Xuân", "Ngọc", "Công", "Mạnh"];
    private static readonly string[] FemaleMiddles = ["Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Minh", "Kim", "Thị Thu", "Thị Minh"];
    private static readonly string[] MaleGiven = ["Hùng", "Dũng", "Tuấn", "Cường", "Hải", "Long", "Nam", "Quang", "Sơn", "Thắng", "Trung", "Đức", "Khoa", "Bình", "Phong", "Việt", "Anh", "Hiếu"];
    private static readonly string[] FemaleGiven = ["Hà", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Thảo", "Trang", "Yến", "Ánh", "Hằng", "Huyền", "Nhung", "Phương", "Oanh", "Anh"];
    /// <summary>A family name, middle name(s) and given name drawn from <paramref name="random"/>.</summary>
    public static string Next(Random random, bool female)
    {
        ArgumentNullException.ThrowIfNull(random);
        return female
            ? $"{Families[random.Next(Families.Length)]} {FemaleMiddles[random.Next(FemaleMiddles.Length)]} {FemaleGiven[random.Next(FemaleGiven.Length)]}"
            : $"{Families[random.Next(Families.Length)]} {MaleMiddles[random.Next(MaleMiddles.Length)]} {MaleGiven[random.Next(MaleGiven.Length)]}";
    }
}
