namespace QuyHoach.Domain.Voting;

/// <summary>Bước biểu quyết: the ballot steps of the build and review processes (docs/rules/procedures.md).</summary>
public enum VoteStep
{
    /// <summary>Hội nghị cán bộ chủ chốt: discovers and introduces (R-VOTE-30).</summary>
    KeyCadres,

    /// <summary>Tập thể lãnh đạo mở rộng / Ban Chấp hành: introduces on the basis of the key-cadre step (R-VOTE-50P).</summary>
    ExtendedLeadership,

    /// <summary>Tập thể lãnh đạo (lần 2) / Ban Thường vụ: votes the list and fills the quota (R-VOTE-50C, R-RANK-1).</summary>
    Final,

    /// <summary>Biểu quyết đưa ra khỏi quy hoạch at the first step of the annual review (R-REM-VOTE).</summary>
    Removal,
}
