using QuyHoach.Domain.Common;

namespace QuyHoach.Data.Registry;

/// <summary>
/// Cán bộ: identity and the dated histories. The current title is derived from <see cref="Assignments"/> (the one
/// without an end date), never stored twice. <see cref="GivenName"/> and <see cref="SearchName"/> follow
/// <see cref="FullName"/>: they exist for Vietnamese ordering and diacritic-insensitive search.
/// </summary>
public sealed class Cadre
{
    /// <summary>One cadre per personal identification number (migration 0027).</summary>
    public const string PersonalIdNumberIndex = "ux_cadres_personal_id_number";

    private string _fullName = "";

    public Guid Id { get; set; }

    /// <summary>Mã cán bộ: the unit's own key, used by the Excel import (re-import changes nothing).</summary>
    public string Code { get; set; } = "";

    /// <summary>Đơn vị công tác: the organisation whose scope the cadre belongs to.</summary>
    public Guid OrganisationId { get; set; }

    public string FullName
    {
        get => _fullName;
        set
        {
            _fullName = VietnameseText.Clean(value);
            GivenName = VietnameseText.GivenName(_fullName);
            SearchName = VietnameseText.Fold(_fullName);
        }
    }

    public string GivenName { get; private set; } = "";

    public string SearchName { get; private set; } = "";

    public Sex Sex { get; set; }

    public int BirthYear { get; set; }

    public int? BirthMonth { get; set; }

    public int? BirthDay { get; set; }

    public string? Ethnicity { get; set; }

    /// <summary>Số định danh cá nhân (12 digits, R-PIN-1): unique, the key of the record in the national database;
    /// null until completed (migration 0027).</summary>
    public string? PersonalIdNumber { get; set; }

    public string? Hometown { get; set; }

    /// <summary>Ngày vào Đảng; null when not a Party member.</summary>
    public DateOnly? PartyJoinedOn { get; set; }

    /// <summary>Có trình độ khoa học, công nghệ: a structure dimension of QĐ 377 plans (R-STR-5).</summary>
    public bool ScienceTechnology { get; set; }

    /// <summary>Tuổi nghỉ hưu riêng, in months (R-APPAGE-6; BLLĐ 2019 Điều 169 khoản 3–4).</summary>
    public int? RetirementAgeOverrideMonths { get; set; }

    public DateOnly? DiedOn { get; set; }

    public DateOnly? TransferredOutOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// PostgreSQL's <c>xmin</c> of the row (a system column: no migration), new after every write. An edit carries the
    /// value it read; saving over a newer row fails (optimistic concurrency) instead of overwriting it silently.
    /// </summary>
    public uint Version { get; set; }

    public PartialDate Birth => new(BirthYear, BirthMonth, BirthDay);

    public List<Assignment> Assignments { get; set; } = [];

    public List<EducationRecord> Education { get; set; } = [];

    public List<PoliticalTheoryRecord> PoliticalTheory { get; set; } = [];

    public List<StateManagementRecord> StateManagement { get; set; } = [];

    public List<EvaluationRecord> Evaluations { get; set; } = [];

    public List<DisciplineEntry> Disciplines { get; set; } = [];

    public List<PoliticalStandardConclusion> PoliticalStandardConclusions { get; set; } = [];
}
