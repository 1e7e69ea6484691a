using QuyHoach.Domain.Calendar;

namespace QuyHoach.Cli.Commands;

/// <summary><c>qh lunar</c>: Tết and Giỗ Tổ of a year, and solar ↔ lunar conversion (Vietnamese calendar, UTC+7).</summary>
public sealed class LunarCommand : ICliCommand
{
    public string Name => "lunar";

    public string Summary => "Âm lịch Việt Nam: ngày Tết, Giỗ Tổ; đổi ngày dương ↔ âm (1900–2100)";

    public string Usage => $$"""
        qh lunar --year YYYY
        qh lunar --to-solar YYYY-MM-DD [--leap]
        qh lunar --to-lunar YYYY-MM-DD
        (mỗi lệnh dùng đúng một trong ba tham số)

        Âm lịch Việt Nam tính theo múi giờ UTC+7 (khác lịch Trung Quốc ở một số năm, ví dụ Tết 2030).
          --year YYYY              ngày Tết Nguyên đán và Giỗ Tổ Hùng Vương (10/3 âm lịch) của năm
          --to-solar YYYY-MM-DD    đổi một ngày ÂM LỊCH (năm-tháng-ngày âm) sang dương lịch
          --leap                   tháng âm lịch nhập vào là tháng nhuận
          --to-lunar YYYY-MM-DD    đổi một ngày dương lịch sang âm lịch
        {{RuleSetOption.Help(RuleSetOption.NewestText)}}
        Âm lịch không phụ thuộc bộ quy tắc: --rule-set chỉ được kiểm tra (tệp sai → mã thoát 2).

        Ví dụ: qh lunar --year 2030 → {"tet":"2030-02-02","gioTo":"2030-04-12"}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var modes = new[] { "year", "to-solar", "to-lunar" }.Where(args.Has).ToArray();
        if (modes.Length != 1)
        {
            throw new CliUsageException("Cần đúng một trong các tham số --year, --to-solar, --to-lunar. Xem qh lunar --help.");
        }

        object result = modes[0] switch
        {
            "year" => Year(args),
            "to-solar" => ToSolar(args),
            _ => ToLunar(args),
        };
        await RuleSetOption.ResolveAsync(args, referenceDate: null, cancellationToken).ConfigureAwait(false);
        args.EnsureAllUsed();
        context.WriteJson(result);
        return CliApp.Success;
    }

    private static object Year(CliArguments args)
    {
        var year = args.RequiredInt("year", LunarCalendar.MinYear, LunarCalendar.MaxYear);
        return new { tet = CommandInputs.Iso(LunarCalendar.Tet(year)), gioTo = CommandInputs.Iso(LunarCalendar.GioTo(year)) };
    }

    private static object ToSolar(CliArguments args)
    {
        var text = args.Required("to-solar");
        var parts = text.Split('-');
        if (parts.Length != 3 || parts[0].Length != 4 || !int.TryParse(parts[0], out var y) || !int.TryParse(parts[1], out var m)
            || !int.TryParse(parts[2], out var d) || y < LunarCalendar.MinYear || y > LunarCalendar.MaxYear)
        {
            throw new CliUsageException($"Tham số --to-solar phải là ngày âm lịch dạng YYYY-MM-DD, năm 1900–2100 (đã nhận \"{text}\").");
        }

        var lunar = new LunarDate(y, m, d, args.Flag("leap"));
        var solar = LunarCalendar.ToSolar(lunar)
            ?? throw new CliUsageException($"Ngày âm lịch {lunar} không tồn tại (tháng nhuận không có trong năm, hoặc tháng chỉ có 29 ngày).");
        return new { date = CommandInputs.Iso(solar) };
    }

    private static object ToLunar(CliArguments args)
    {
        var date = CommandInputs.Date(args, "to-lunar");
        var lunar = LunarCalendar.ToLunar(date);
        return new { year = lunar.Year, month = lunar.Month, day = lunar.Day, leap = lunar.IsLeapMonth };
    }

}
