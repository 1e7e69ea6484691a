using Bogus;
using QuyHoach.Domain.Common;

namespace QuyHoach.Cli.Commands.Generate;

/// <summary>
/// The rows of one batch of generated cadres, table by table: each cadre in a unit of a province, with a current
/// title, an earlier post when the current one is a promotion, education, political theory, state management, the
/// ratings of 2022–2025, now and then a discipline, a political-standard conclusion and an active plan.
/// </summary>
/// <remarks>Every date follows from the birth year: work starts at 23–27, a promotion comes after the earlier post,
/// nothing is dated after 2025, and the ratings are those of years already worked.</remarks>
internal sealed class CadreBatch
{
    private static readonly string[] Ethnicities = ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Ê Đê"];
    private static readonly float[] EthnicityShares = [0.853f, 0.02f, 0.02f, 0.015f, 0.015f, 0.01f, 0.01f, 0.01f, 0.01f, 0.017f];
    private static readonly string[] Ratings = ["Excellent", "Good", "Completed", "Failed"];
    private static readonly float[] RatingShares = [0.15f, 0.70f, 0.13f, 0.02f];
    private static readonly string[] Fields = ["Luật", "Kinh tế", "Quản lý nhà nước", "Kỹ thuật xây dựng", "Sư phạm", "Y khoa", "Tài chính – Ngân hàng", "Nông học", "Công nghệ thông tin"];
    private static readonly string[] Schools = ["Học viện Hành chính và Quản trị công", "Trường Đại học Kinh tế Quốc dân", "Trường Đại học Luật Hà Nội", "Đại học Quốc gia Thành phố Hồ Chí Minh", "Đại học Huế", "Trường Đại học Cần Thơ", "Đại học Thái Nguyên"];
    private static readonly string[] Forms = ["KhienTrach", "CanhCao", "HaBacLuong", "CachChuc"];
    private static readonly float[] FormShares = [0.7f, 0.25f, 0.03f, 0.02f];

    private static readonly Rung[] DepartmentRungs = [.. Ladders.Department];
    private static readonly float[] DepartmentShares = [.. Ladders.Department.Select(r => r.Share / 1000f)];
    private static readonly Rung[] CommuneRungs = [.. Ladders.Commune];
    private static readonly float[] CommuneShares = [.. Ladders.Commune.Select(r => r.Share / 1000f)];

    private readonly int[] _provinces;
    private readonly float[] _provinceShares;

    /// <summary>A batch drawing provinces in proportion to their communes (a proxy for their population).</summary>
    public CadreBatch(RegistryShape shape)
    {
        var communes = (float)shape.Provinces.Sum(p => p.Communes.Count);
        _provinces = [.. Enumerable.Range(0, shape.Provinces.Count)];
        _provinceShares = [.. shape.Provinces.Select(p => p.Communes.Count / communes)];
    }

    public List<object?[]> Cadres { get; } = [];
    public List<object?[]> Assignments { get; } = [];
    public List<object?[]> Education { get; } = [];
    public List<object?[]> Theory { get; } = [];
    public List<object?[]> StateManagement { get; } = [];
    public List<object?[]> Evaluations { get; } = [];
    public List<object?[]> Disciplines { get; } = [];
    public List<object?[]> Conclusions { get; } = [];
    public List<object?[]> Plans { get; } = [];

    /// <summary>Adds cadre number <paramref name="number"/> (1-based) of the run.</summary>
    public void Add(Randomizer random, RegistryShape shape, IReadOnlyDictionary<Guid, Guid> decisions, string prefix, int number)
    {
        var province = shape.Provinces[random.WeightedRandom(_provinces, _provinceShares)];
        var atCommune = random.Number(99) < 65;
        var ladder = atCommune ? Ladders.Commune : Ladders.Department;
        var units = atCommune ? province.Communes : province.Divisions;
        var unit = units[random.Number(units.Count - 1)];
        var titles = atCommune ? province.CommuneTitles : province.DepartmentTitles;
        var rung = atCommune ? random.WeightedRandom(CommuneRungs, CommuneShares) : random.WeightedRandom(DepartmentRungs, DepartmentShares);
        var female = random.Number(99) < (rung.Rank >= 30 ? 22 : 45);
        var name = VietnameseNames.Next(random, female);
        var birthYear = Math.Max(1965, 1966 + random.Number(33) - (rung.Rank >= 30 ? random.Number(0, 6) : 0));
        var id = random.Uuid();
        var start = new DateOnly(Math.Min(birthYear + 23 + random.Number(4), 2024), random.Number(1, 12), 1);
        var transferred = random.Number(999) < 3 ? new DateOnly(2025, random.Number(1, 12), random.Number(1, 28)) : (DateOnly?)null;
        Cadres.Add([
            id, $"{prefix}{number:D7}", unit, name, VietnameseText.GivenName(name), VietnameseText.Fold(name), female ? "Female" : "Male",
            birthYear, random.Number(1, 12), random.Number(1, 28), random.WeightedRandom(Ethnicities, EthnicityShares), province.Name,
            start.AddYears(random.Number(1, 6)) is var joined && joined.Year <= 2025 ? joined : null, transferred, Copy.Stamp, Copy.Stamp,
        ]);

        var current = start;
        if (!rung.Staff && start.Year <= 2021)
        {
            current = new DateOnly(random.Number(start.Year + 2, 2024), random.Number(1, 12), 1);
            Assignments.Add([random.Uuid(), id, titles[rung.Key1!], start, current.AddDays(-1), $"{random.Number(10, 999)}/QĐ-UBND"]);
        }

        Assignments.Add([random.Uuid(), id, titles[rung.Key], current, transferred, $"{random.Number(10, 999)}/QĐ-UBND"]);
        var degree = rung.Rank >= 30 ? random.WeightedRandom(["Bachelor", "Master", "Doctor"], [0.45f, 0.5f, 0.05f]) : random.WeightedRandom(["College", "Bachelor", "Master"], [0.08f, 0.77f, 0.15f]);
        Education.Add([random.Uuid(), id, degree, random.ArrayElement(Fields), random.ArrayElement(Schools), birthYear + 22]);
        var theory = rung.Rank switch
        {
            >= 30 => random.WeightedRandom(["Advanced", "Intermediate"], [0.9f, 0.1f]),
            > 0 => random.WeightedRandom(["Advanced", "Intermediate", "Elementary"], [0.25f, 0.6f, 0.15f]),
            _ => random.WeightedRandom(["Intermediate", "Elementary", "None"], [0.15f, 0.6f, 0.25f]),
        };
        if (theory != "None")
        {
            Theory.Add([random.Uuid(), id, theory, random.Number(99) < 5, random.Number(start.Year, 2025)]);
        }

        var qlnn = rung.Rank >= 30 ? random.WeightedRandom(["Principal", "Senior", "Specialist"], [0.7f, 0.1f, 0.2f]) : random.WeightedRandom(["Specialist", "None"], [0.6f, 0.4f]);
        if (qlnn != "None")
        {
            StateManagement.Add([random.Uuid(), id, qlnn, random.Number(start.Year, 2025)]);
        }

        for (var year = Math.Max(2022, start.Year); year <= 2025; year++)
        {
            Evaluations.Add([random.Uuid(), id, year, random.WeightedRandom(Ratings, RatingShares)]);
        }

        if (random.Number(99) < 2)
        {
            var decided = new DateOnly(random.Number(Math.Max(2022, start.Year), 2025), random.Number(1, 12), random.Number(1, 28));
            var (entry, party, form) = (random.Uuid(), random.Bool(), random.WeightedRandom(Forms, FormShares));
            // Hạ bậc lương is a State form only: the Party's forms are khiển trách, cảnh cáo, cách chức, khai trừ
            // (DisciplineTimeRule refuses any other as a Party discipline).
            var authority = party && form != "HaBacLuong" ? "Party" : "State";
            Disciplines.Add([entry, id, authority, form, $"{random.Number(10, 999)}-QĐ/UBKT", decided, decided.AddDays(random.Number(0, 10)), false, false, false, false]);
        }

        if (!rung.Staff && random.Number(99) < 40)
        {
            Conclusions.Add([random.Uuid(), id, new DateOnly(2024, random.Number(1, 12), random.Number(1, 28)), random.Number(99) > 0]);
        }

        // An active plan for a title one rung up (đối tượng 1 of that title), for a share of those young enough.
        var above = ladder.FirstOrDefault(r => r.Key1 == rung.Key);
        if (above is not null && transferred is null && 2025 - birthYear < 50 && random.Number(99) < (rung.Staff ? 2 : 12))
        {
            Plans.Add([random.Uuid(), id, titles[above.Key], shape.TermId, province.Id, decisions[province.AuthorityId], new DateOnly(2025, 6, 30)]);
        }
    }
}
