namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>
/// What the stepper says about a step, in Vietnamese: its state, how it stands against its due date, what to do next
/// and why it holds no ballot. The rule itself is StepProgressRule; these are only its words.
/// </summary>
public static class StepLabels
{
    public static string State(string code) => code switch
    {
        "not-opened" => "Chưa mở",
        "in-session" => "Đang họp",
        "awaiting-second-entry" => "Chờ nhập lần hai",
        "results" => "Đã có kết quả",
        "sealed" => "Đã niêm phong",
        "done" => "Hoàn thành",
        _ => "",
    };

    /// <summary>The step against its due date, e.g. "Trễ 1 ngày", "Quá hạn 3 ngày"; empty when there is nothing to say.</summary>
    public static string Timeliness(StepView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Timeliness switch
        {
            "on-time" => "Đúng hạn",
            "late" => $"Trễ {step.Days} ngày",
            "overdue" => $"Quá hạn {step.Days} ngày",
            "due-today" => "Đến hạn hôm nay",
            "not-yet-due" => $"Còn {step.Days} ngày",
            "stopped" => "Không tiếp tục (đợt đã khép lại)",
            _ => "",
        };
    }

    /// <summary>True when the timeliness is a warning (late or overdue).</summary>
    /// <summary>What follows the state's badge, spaces and separators included (words never run together): the
    /// completion date and the due date.</summary>
    public static string Dates(StepView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var text = step.CompletedOn is { } done ? (step.State == "done" ? $" ngày {PlanningLabels.Date(done)}" : $" · Hoàn thành ngày {PlanningLabels.Date(done)}") : "";
        return step.DueOn is { } due ? $"{text} · Hạn {PlanningLabels.Date(due)}" : text;
    }

    public static bool Warns(StepView step) => step?.Timeliness is "late" or "overdue";

    /// <summary>What the officer does next at <paramref name="step"/>; empty when nothing.</summary>
    public static string Next(StepView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Next switch
        {
            "record-completion" => "Hoàn tất việc chuẩn bị (kế hoạch, danh sách nguồn) rồi ghi ngày hoàn thành, hoặc mở hội nghị bước sau.",
            "open-conference" => "Mở hội nghị: nhập ngày họp, địa điểm và giờ bắt đầu.",
            "record-attendance" => $"Điểm danh: mới có mặt {step.Present}/{step.Convened} người được triệu tập, cần ít nhất {step.MinPresent}. Hội nghị chưa đủ số lượng thì bước chưa hoàn thành.",
            "enter-tally" => "Lập tổ kiểm phiếu và nhập biên bản kiểm phiếu.",
            "enter-second-tally" => "Thành viên thứ hai của tổ kiểm phiếu nhập biên bản để đối chiếu.",
            "resolve-mismatch" => "Hai lần nhập chênh lệch: nhập lại, hoặc tổ kiểm phiếu chọn lần nhập đúng và ghi lý do.",
            "compute-results" => "Hai lần nhập đã khớp: tính kết quả.",
            "head-decision" => "Có trường hợp bằng phiếu ở vị trí cuối: người đứng đầu quyết định.",
            _ => "",
        };
    }

    /// <summary>Why the step holds no ballot; empty when it does.</summary>
    public static string NoBallot(string? code) => code switch
    {
        "preparation" => "Bước chuẩn bị của cơ quan tham mưu: không họp, không bỏ phiếu.",
        "adoption" => "Tập thể lãnh đạo thảo luận, thống nhất kế hoạch và danh sách nguồn; không bỏ phiếu giới thiệu ở bước này (bỏ phiếu ở các bước sau). Hội nghị vẫn phải đủ số lượng tối thiểu.",
        "no-candidates" => "Không có phiếu: không có ai được đưa ra biểu quyết ở bước này.",
        _ => "",
    };

    /// <summary>The round's next move, for the guide at the top of the stepper.</summary>
    public static string RoundNext(RoundView round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!RoundStates.IsRunning(round))
        {
            return RoundStates.Of(round) is RoundStatus.Closed ? "Đợt đã kết thúc: lập hồ sơ của cán bộ được đề nghị và trình phê duyệt." : "";
        }

        var current = round.Steps.FirstOrDefault(s => !s.Complete);
        return current is null
            ? "Mọi bước đã hoàn thành: kết thúc đợt quy hoạch (phần cuối trang)."
            : $"Bước {current.Number} ({current.Name}): {Next(current)}";
    }
}
