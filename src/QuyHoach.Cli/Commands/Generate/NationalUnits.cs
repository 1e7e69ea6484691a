using Bogus;

namespace QuyHoach.Cli.Commands.Generate;

/// <summary>A province-level unit after the arrangement of 01/07/2025 and the number of its commune-level units.</summary>
/// <param name="Name">Its name with its kind ("Thành phố Hà Nội", "Tỉnh Lào Cai").</param>
/// <param name="Communes">Xã, phường and đặc khu (approximately the figures of the 2025 resolutions).</param>
internal sealed record ProvinceUnit(string Name, int Communes);

/// <summary>
/// Đơn vị hành chính: the 34 province-level units in force from 01/07/2025 (6 cities, 28 provinces) with about the
/// 3,321 commune-level units they hold. Commune names are synthetic (drawn from common place-name syllables).
/// </summary>
internal static class NationalUnits
{
    public static IReadOnlyList<ProvinceUnit> Provinces { get; } =
    [
        new("Thành phố Hà Nội", 126), new("Thành phố Hồ Chí Minh", 168), new("Thành phố Hải Phòng", 114),
        new("Thành phố Đà Nẵng", 94), new("Thành phố Cần Thơ", 103), new("Thành phố Huế", 40),
        new("Tỉnh Lai Châu", 38), new("Tỉnh Điện Biên", 45), new("Tỉnh Sơn La", 75), new("Tỉnh Lạng Sơn", 65),
        new("Tỉnh Quảng Ninh", 54), new("Tỉnh Thanh Hóa", 166), new("Tỉnh Nghệ An", 130), new("Tỉnh Hà Tĩnh", 69),
        new("Tỉnh Cao Bằng", 56), new("Tỉnh Tuyên Quang", 124), new("Tỉnh Lào Cai", 99), new("Tỉnh Thái Nguyên", 92),
        new("Tỉnh Phú Thọ", 148), new("Tỉnh Bắc Ninh", 99), new("Tỉnh Hưng Yên", 104), new("Tỉnh Ninh Bình", 129),
        new("Tỉnh Quảng Trị", 78), new("Tỉnh Quảng Ngãi", 96), new("Tỉnh Gia Lai", 135), new("Tỉnh Khánh Hòa", 65),
        new("Tỉnh Lâm Đồng", 124), new("Tỉnh Đắk Lắk", 102), new("Tỉnh Đồng Nai", 95), new("Tỉnh Tây Ninh", 96),
        new("Tỉnh Vĩnh Long", 124), new("Tỉnh Đồng Tháp", 102), new("Tỉnh Cà Mau", 64), new("Tỉnh An Giang", 102),
    ];

    /// <summary>Sở of a province after the 2025 arrangement (a subset: those most cadres work in).</summary>
    public static IReadOnlyList<string> Departments { get; } =
    [
        "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo",
        "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Khoa học và Công nghệ",
    ];

    /// <summary>Phòng of each sở.</summary>
    public static IReadOnlyList<string> Divisions { get; } = ["Văn phòng Sở", "Phòng Kế hoạch – Tài chính", "Phòng Tổ chức – Pháp chế"];

    private static readonly string[] Syllables =
    [
        "An", "Bình", "Hòa", "Tân", "Phú", "Long", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Minh", "Thuận", "Hưng",
        "Phước", "Lộc", "Thịnh", "Quang", "Trung", "Hải", "Sơn", "Thủy", "Lâm", "Xuân", "Vĩnh", "Định", "Mỹ", "Khánh",
        "Phong", "Điền", "Lợi", "Hiệp", "Thái", "Đức", "Gia", "Tường", "Yên", "Hà", "Cẩm", "Kim", "Ngọc", "Tiến",
    ];

    /// <summary>
    /// <paramref name="count"/> distinct commune names for one province: about a fifth are phường, the rest xã.
    /// </summary>
    public static IReadOnlyList<string> CommuneNames(Randomizer random, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        var names = new List<string>(count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var stem = $"{random.ArrayElement(Syllables)} {random.ArrayElement(Syllables)}";
            if (stem.Split(' ') is [var a, var b] && a == b || !used.Add(stem))
            {
                continue;
            }

            names.Add((random.Number(4) == 0 ? "Phường " : "Xã ") + stem);
        }

        return names;
    }
}
