using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Web.Hosting;

/// <summary>Qualifications, ratings, disciplines and body seats of the demo cadres (see <see cref="DemoCadres"/>).</summary>
internal static class DemoCadreHistory
{
    public static void Fill(Cadre cadre, int i, Title title, DemoStructure structure, Random random)
    {
        var leader = title.Rank >= structure.Head.Rank;
        cadre.Education.Add(new EducationRecord
        {
            Id = Guid.CreateVersion7(),
            CadreId = cadre.Id,
            Level = i == 0 ? ProfessionalLevel.Doctor : random.Next(10) < (leader ? 6 : 3) ? ProfessionalLevel.Master : ProfessionalLevel.Bachelor,
            Field = i % 4 == 0 ? "Kinh tế" : i % 4 == 1 ? "Kỹ thuật điện" : i % 4 == 2 ? "Quản trị kinh doanh" : "Luật",
            Institution = i % 3 == 0 ? "Trường Đại học Kinh tế Quốc dân" : i % 3 == 1 ? "Đại học Bách khoa Hà Nội" : "Học viện Hành chính Quốc gia",
            Year = cadre.BirthYear + 22,
        });
        var theory = title.Rank switch
        {
            >= 30 => PoliticalTheoryLevel.Advanced,
            >= 20 => random.Next(4) == 0 ? PoliticalTheoryLevel.Intermediate : PoliticalTheoryLevel.Advanced,
            >= 10 => random.Next(4) == 0 ? PoliticalTheoryLevel.Advanced : PoliticalTheoryLevel.Intermediate,
            _ => random.Next(3) switch { 0 => PoliticalTheoryLevel.None, 1 => PoliticalTheoryLevel.Elementary, _ => PoliticalTheoryLevel.Intermediate },
        };
        if (theory != PoliticalTheoryLevel.None)
        {
            cadre.PoliticalTheory.Add(new PoliticalTheoryRecord { Id = Guid.CreateVersion7(), CadreId = cadre.Id, Level = theory, Year = 2010 + (i % 12) });
        }

        cadre.StateManagement.Add(new StateManagementRecord
        {
            Id = Guid.CreateVersion7(),
            CadreId = cadre.Id,
            Level = title.Rank >= 30 ? (i == 2 ? StateManagementLevel.Senior : StateManagementLevel.Principal) : title.Rank >= 20 ? StateManagementLevel.Principal : StateManagementLevel.Specialist,
            Year = 2012 + (i % 10),
        });
        for (var year = 2021; year <= 2025; year++)
        {
            var roll = random.Next(20);
            var rating = roll < 4 ? Rating.Excellent : roll < 17 ? Rating.Good : Rating.Completed;
            cadre.Evaluations.Add(new EvaluationRecord { Id = Guid.CreateVersion7(), CadreId = cadre.Id, Year = year, Rating = rating, ScoreTenths = year >= 2025 ? ScoreFor(rating, random) : null });
        }

        if (i % 7 != 6)
        {
            cadre.PoliticalStandardConclusions.Add(new PoliticalStandardConclusion { Id = Guid.CreateVersion7(), CadreId = cadre.Id, ConcludedOn = new DateOnly(2025, 3, 15), Met = true });
        }
    }

    /// <summary>A few cadres set up so that screening shows every kind of verdict.</summary>
    public static void ApplyShowcases(List<Cadre> cadres, DemoStructure structure)
    {
        // Too old for a current-term addition (R-AGE-2): a deputy head born 03/1966.
        (cadres[12].Sex, cadres[12].BirthYear, cadres[12].BirthMonth) = (Sex.Male, 1966, 3);
        // Studying advanced political theory: eligible with a training obligation (R-STD-2).
        var studying = cadres[13].PoliticalTheory;
        studying.Clear();
        studying.Add(new PoliticalTheoryRecord { Id = Guid.CreateVersion7(), CadreId = cadres[13].Id, Level = PoliticalTheoryLevel.Advanced, Studying = true, Year = 2026 });
        // Party reprimand in force (R-DIS-P1, R-DIS-377): not eligible now.
        cadres[5].Disciplines.Add(new DisciplineEntry { Id = Guid.CreateVersion7(), CadreId = cadres[5].Id, Authority = DisciplineAuthority.Party, Form = DisciplineForm.KhienTrach, DecisionNumber = "15-QĐ/UBKT", DecidedOn = new DateOnly(2026, 3, 2), EffectiveOn = new DateOnly(2026, 3, 10) });
        // State warning that has lapsed.
        cadres[30].Disciplines.Add(new DisciplineEntry { Id = Guid.CreateVersion7(), CadreId = cadres[30].Id, Authority = DisciplineAuthority.State, Form = DisciplineForm.CanhCao, DecisionNumber = "42/QĐ-SCT", DecidedOn = new DateOnly(2024, 1, 10), EffectiveOn = new DateOnly(2024, 1, 15) });
        // A complaint pending: the lapse does not run (R-DIS-P1).
        cadres[20].Disciplines.Add(new DisciplineEntry { Id = Guid.CreateVersion7(), CadreId = cadres[20].Id, Authority = DisciplineAuthority.Party, Form = DisciplineForm.KhienTrach, DecisionNumber = "08-QĐ/ĐU", DecidedOn = new DateOnly(2025, 5, 20), EffectiveOn = new DateOnly(2025, 5, 20), ComplaintPending = true });
        // Failed duties last year: flagged for the removal vote (R-EV-PL1).
        cadres[18].Evaluations.Single(e => e.Year == 2025).Rating = Rating.Failed;
        // Political standard not met (R-REM-AUTO d).
        cadres[40].PoliticalStandardConclusions.Clear();
        cadres[40].PoliticalStandardConclusions.Add(new PoliticalStandardConclusion { Id = Guid.CreateVersion7(), CadreId = cadres[40].Id, ConcludedOn = new DateOnly(2025, 6, 1), Met = false, Note = "Theo kết luận của Đảng ủy Sở" });
        // Transferred out of the department.
        cadres[50].TransferredOutOn = new DateOnly(2025, 9, 1);
        // Young women with good records, for the structure targets (R-STR-1/2).
        (cadres[25].Sex, cadres[25].BirthYear) = (Sex.Female, 1993);
        (cadres[33].Sex, cadres[33].BirthYear) = (Sex.Female, 1991);
        // A previous title: heads were deputy heads before.
        foreach (var cadre in cadres.Where(c => c.Assignments[0].TitleId == structure.Head.Id))
        {
            var current = cadre.Assignments[0];
            cadre.Assignments.Insert(0, new Assignment { Id = Guid.CreateVersion7(), CadreId = cadre.Id, TitleId = structure.DeputyHead.Id, From = current.From.AddYears(-5), To = current.From.AddDays(-1) });
        }
    }

    /// <summary>Seats on the department's bodies. Added explicitly: the bodies are already saved, and EF would take a
    /// new row with its key set, found through their navigation, for an existing one.</summary>
    public static void AddMemberships(QuyHoachDbContext db, List<Cadre> cadres, DemoStructure structure)
    {
        var since = new DateOnly(2020, 10, 1);
        void Seat(string body, Cadre cadre, string position, bool head = false) => db.Add(new BodyMembership
        {
            Id = Guid.CreateVersion7(),
            BodyId = structure.Bodies[body].Id,
            CadreId = cadre.Id,
            Position = position,
            IsHead = head,
            From = since,
        });

        Seat("BGD", cadres[0], "Giám đốc", head: true);
        Seat("BTV-DU", cadres[0], "Bí thư Đảng ủy", head: true);
        Seat("BCH-DU", cadres[0], "Bí thư Đảng ủy", head: true);
        for (var i = 1; i <= 3; i++)
        {
            Seat("BGD", cadres[i], "Phó Giám đốc");
            Seat("BCH-DU", cadres[i], i == 1 ? "Phó Bí thư Đảng ủy" : "Ủy viên");
        }

        Seat("BTV-DU", cadres[1], "Phó Bí thư Đảng ủy");
        for (var i = 4; i <= 6; i++)
        {
            Seat("BTV-DU", cadres[i], "Ủy viên Ban Thường vụ");
        }

        for (var i = 4; i <= 10; i++)
        {
            Seat("BCH-DU", cadres[i], i <= 6 ? "Ủy viên Ban Thường vụ" : "Ủy viên");
        }
    }

    private static int ScoreFor(Rating rating, Random random) => rating switch
    {
        Rating.Excellent => random.Next(900, 981),
        Rating.Good => random.Next(700, 900),
        Rating.Completed => random.Next(500, 700),
        Rating.Failed => random.Next(300, 500),
    };
}
