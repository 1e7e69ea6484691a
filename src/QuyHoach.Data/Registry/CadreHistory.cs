using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Data.Registry;

/// <summary>Quá trình giữ chức vụ: the cadre held <see cref="TitleId"/> from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed class Assignment
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public Guid TitleId { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Null while the cadre still holds the title.</summary>
    public DateOnly? To { get; set; }

    public string? DecisionNumber { get; set; }

    /// <summary>Nguồn gốc: the assignment of the predecessor unit this one continues (R-ORG-3).</summary>
    public Guid? CarriedFromId { get; set; }
}

/// <summary>Trình độ chuyên môn.</summary>
public sealed class EducationRecord
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public ProfessionalLevel Level { get; set; }

    public string? Field { get; set; }

    public string? Institution { get; set; }

    public int? Year { get; set; }

    /// <summary>Ngày hoàn thành (ngày cấp văn bằng, chứng chỉ): from this day the level counts; null when only the year is known.</summary>
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>Lý luận chính trị: a level completed, or being studied (R-STD-2).</summary>
public sealed class PoliticalTheoryRecord
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public PoliticalTheoryLevel Level { get; set; }

    /// <summary>Đang học: counts provisionally, with a training obligation.</summary>
    public bool Studying { get; set; }

    public int? Year { get; set; }

    /// <summary>Ngày hoàn thành (ngày cấp văn bằng, chứng chỉ): from this day the level counts; null when only the year is known.</summary>
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>Quản lý nhà nước (QLNN) level.</summary>
public sealed class StateManagementRecord
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public StateManagementLevel Level { get; set; }

    public int? Year { get; set; }

    /// <summary>Ngày hoàn thành (ngày cấp văn bằng, chứng chỉ): from this day the level counts; null when only the year is known.</summary>
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>Đánh giá, xếp loại hằng năm: the rating and, under QĐ 366, the score in tenths of a point (R-EV-366).</summary>
public sealed class EvaluationRecord
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public int Year { get; set; }

    public Rating Rating { get; set; }

    /// <summary>Điểm × 10 (899 = 89,9 điểm); integers only.</summary>
    public int? ScoreTenths { get; set; }
}

/// <summary>Kỷ luật: one Party or State discipline decision with its dates and complaint (R-DIS-*).</summary>
public sealed class DisciplineEntry
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

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
public sealed class PoliticalStandardConclusion
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public DateOnly ConcludedOn { get; set; }

    public bool Met { get; set; }

    public string? Note { get; set; }
}
