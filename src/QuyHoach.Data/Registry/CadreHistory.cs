using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Data.Registry;

/// <summary>
/// Một dòng lý lịch: what every history row of a cadre has (its own id and the cadre's). Not mapped itself: each
/// history keeps its own table, the base only says the two columns once.
/// </summary>
public abstract class CadreHistoryRow
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }
}

/// <summary>
/// Văn bằng, chứng chỉ: a level of one ladder (professional, political theory, state management) with the year and the
/// day from which it counts (R-STD-2). Not mapped itself.
/// </summary>
public abstract class QualificationRecord<TLevel> : CadreHistoryRow
    where TLevel : struct, Enum
{
    public TLevel Level { get; set; }

    public int? Year { get; set; }

    /// <summary>Ngày hoàn thành (ngày cấp văn bằng, chứng chỉ): from this day the level counts; null when only the year is known.</summary>
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>Quá trình giữ chức vụ: the cadre held <see cref="TitleId"/> from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed class Assignment : CadreHistoryRow
{
    public Guid TitleId { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Null while the cadre still holds the title.</summary>
    public DateOnly? To { get; set; }

    public string? DecisionNumber { get; set; }

    /// <summary>Nguồn gốc: the assignment of the predecessor unit this one continues (R-ORG-3).</summary>
    public Guid? CarriedFromId { get; set; }
}

/// <summary>Trình độ chuyên môn.</summary>
public sealed class EducationRecord : QualificationRecord<ProfessionalLevel>
{
    public string? Field { get; set; }

    public string? Institution { get; set; }
}

/// <summary>Lý luận chính trị: a level completed, or being studied (R-STD-2).</summary>
public sealed class PoliticalTheoryRecord : QualificationRecord<PoliticalTheoryLevel>
{
    /// <summary>Đang học: counts provisionally, with a training obligation.</summary>
    public bool Studying { get; set; }
}

/// <summary>Quản lý nhà nước (QLNN) level.</summary>
public sealed class StateManagementRecord : QualificationRecord<StateManagementLevel>;

/// <summary>Đánh giá, xếp loại hằng năm: the rating and, under QĐ 366, the score in tenths of a point (R-EV-366).</summary>
public sealed class EvaluationRecord : CadreHistoryRow
{
    public int Year { get; set; }

    public Rating Rating { get; set; }

    /// <summary>Điểm × 10 (899 = 89,9 điểm); integers only.</summary>
    public int? ScoreTenths { get; set; }
}

/// <summary>Kỷ luật: one Party or State discipline decision with its dates and complaint (R-DIS-*).</summary>
public sealed class DisciplineEntry : CadreHistoryRow
{
    public DisciplineAuthority Authority { get; set; }

    public DisciplineForm Form { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly DecidedOn { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public bool ComplaintPending { get; set; }

    public DateOnly? ComplaintDecidedOn { get; set; }

    public bool NewViolation { get; set; }

    /// <summary>Kỷ luật tập thể: does not bar the person (R-REM-AUTO).</summary>
    public bool IsCollective { get; set; }

    /// <summary>Đã hủy: the decision was annulled and no longer counts.</summary>
    public bool Annulled { get; set; }
}

/// <summary>Kết luận tiêu chuẩn chính trị (R-DOS-3, R-REM-AUTO d).</summary>
public sealed class PoliticalStandardConclusion : CadreHistoryRow
{
    public DateOnly ConcludedOn { get; set; }

    public bool Met { get; set; }

    public string? Note { get; set; }
}
