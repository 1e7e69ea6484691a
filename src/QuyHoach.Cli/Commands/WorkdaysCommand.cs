using QuyHoach.Domain.Calendar;

namespace QuyHoach.Cli.Commands;

/// <summary><c>qh workdays</c>: working-day deadlines and counts on the civil-service calendar (R-AUTH-2, docs/rules/working-days.md).</summary>
public sealed class WorkdaysCommand : ICliCommand
{
    public string Name => "workdays";

    public string Summary => "Ngày làm việc: cộng N ngày làm việc, hoặc đếm số ngày làm việc giữa hai ngày";

    public string Usage => $$"""
        qh workdays --from YYYY-MM-DD --add N
        qh workdays --from YYYY-MM-DD --to YYYY-MM-DD

        Lịch làm việc của cơ quan nhà nước: thứ Hai–thứ Sáu, trừ ngày nghỉ lễ, Tết (BLLĐ 2019 Điều 112), nghỉ bù, và theo
        lịch nghỉ đã công bố hằng năm (có ngày làm bù thứ Bảy).
          --from YYYY-MM-DD    ngày bắt đầu (không tính ngày này)
          --add N              ngày làm việc thứ N sau --from (ngày 1 là ngày làm việc đầu tiên sau --from)
          --to YYYY-MM-DD      đếm số ngày làm việc sau --from đến hết ngày --to
        {{RuleSetOption.Help(RuleSetOption.InForceAt("--from; trước 27/12/2021: qd50"))}}
        Lịch làm việc là lịch nghỉ lễ do Nhà nước công bố, không phụ thuộc bộ quy tắc: --rule-set chỉ được kiểm tra.
        Thời hạn thẩm định, phê duyệt (R-AUTH-2) là waits.approvalWorkingDays của bộ quy tắc (30 ở qd50, qd377): --add 30.

        Ví dụ: qh workdays --from 2026-02-06 --add 30 → {"date":"2026-03-27"}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var from = CommandInputs.Date(args, "from");
        var hasAdd = args.Has("add");
        if (hasAdd == args.Has("to"))
        {
            throw new CliUsageException("Cần đúng một trong hai tham số --add hoặc --to. Xem qh workdays --help.");
        }

        var calendar = WorkingCalendar.Standard();
        object result;
        if (hasAdd)
        {
            var days = args.RequiredInt("add", 0, 10_000);
            result = new { date = CommandInputs.Iso(calendar.AddWorkingDays(from, days)) };
        }
        else
        {
            result = new { workingDays = calendar.CountWorkingDays(from, CommandInputs.Date(args, "to")) };
        }

        await RuleSetOption.ResolveAsync(args, from, cancellationToken, earliestBeforeFirst: true).ConfigureAwait(false);
        args.EnsureAllUsed();
        context.WriteJson(result);
        return CliApp.Success;
    }
}
