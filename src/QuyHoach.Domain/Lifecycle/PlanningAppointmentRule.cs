using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Lifecycle;

/// <summary>Đề nghị đang mở: an appointment (or nomination) proposal for the cadre and title, open since a day.</summary>
/// <param name="Nomination">A nomination for election (giới thiệu ứng cử) rather than an appointment (bổ nhiệm).</param>
/// <param name="OpenedOn">The day it was opened.</param>
public sealed record OpenProposal(bool Nomination, DateOnly OpenedOn);

/// <summary>
/// Không đồng thời quy hoạch và đề nghị bổ nhiệm (R-PRI-7, kept by QĐ 377): a cadre is not planned for a title while
/// proposed for appointment or nomination to it, and is not proposed while being planned for it. Each check returns
/// the refusal naming the conflict, or null when there is none.
/// </summary>
public static class PlanningAppointmentRule
{
    /// <summary>R-PRI-7; documents from the applying rule set.</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-PRI-7");

    /// <summary>Planning <paramref name="cadre"/> for <paramref name="title"/> while <paramref name="open"/> is open.</summary>
    public static string? CheckPlanning(string cadre, string title, OpenProposal? open) => open is null ? null
        : $"{cadre} đang được {What(open)} chức danh {title} (từ ngày {open.OpenedOn:dd/MM/yyyy}): không đồng thời quy hoạch và {What(open)} cùng một chức danh ({Basis.RuleId}).";

    /// <summary>Proposing <paramref name="cadre"/> for <paramref name="title"/> while being planned for it in the round
    /// named <paramref name="planningRound"/> (null: not being planned).</summary>
    public static string? CheckProposal(string cadre, string title, bool nomination, string? planningRound) => planningRound is null ? null
        : $"{cadre} đang được xem xét quy hoạch chức danh {title} trong đợt \"{planningRound}\": không đồng thời {What(new OpenProposal(nomination, default))} và quy hoạch cùng một chức danh ({Basis.RuleId}).";

    private static string What(OpenProposal proposal) => proposal.Nomination ? "giới thiệu ứng cử" : "đề nghị bổ nhiệm";
}
