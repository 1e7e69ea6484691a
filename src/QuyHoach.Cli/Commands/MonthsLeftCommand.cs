using QuyHoach.Domain.Age;

namespace QuyHoach.Cli.Commands;

/// <summary><c>qh months-left</c>: months of working life left at a reference month, HD 06 method (R-AGE-4).</summary>
public sealed class MonthsLeftCommand : ICliCommand
{
    public string Name => "months-left";

    public string Summary => "Số tháng công tác còn lại đến tháng nghỉ hưu";

    public string Usage => $$"""
        qh months-left --sex nam|nu --birth YYYY-MM --ref YYYY-MM [--rule-set ...]

        Số tháng còn lại = tháng nghỉ hưu − tháng tham chiếu (không tính ngày sinh); có thể âm khi đã quá tuổi.
        Tháng nghỉ hưu theo {{RuleSetOption.Documents(RetirementRule.Basis)}}.
          --sex nam|nu         giới tính
          --birth YYYY-MM      tháng sinh
          --ref YYYY-MM        tháng tham chiếu (tháng cơ quan tham mưu nhận hồ sơ)
        {{RuleSetOption.Help(RuleSetOption.InForceAt("ngày 01 của tháng --ref; trước 27/12/2021: qd50"))}}
        Số tháng còn lại tính theo chỉ số tháng (không tính ngày), không theo cách đếm thời hạn của bộ quy tắc, nên không phụ
        thuộc bộ quy tắc: --rule-set chỉ được kiểm tra. So sánh với mức tối thiểu (72, 120 tháng…) ở qh eligibility.

        Ví dụ: qh months-left --sex nam --birth 1966-04 --ref 2022-04
          → {"monthsLeft":72,"retirementMonth":"2028-04"}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var sex = CommandInputs.Sex(args, "sex");
        var birth = CommandInputs.Month(args, "birth");
        var reference = CommandInputs.Month(args, "ref");
        await RuleSetOption.ResolveAsync(args, reference.FirstDay, cancellationToken, earliestBeforeFirst: true).ConfigureAwait(false);
        args.EnsureAllUsed();

        var facts = RetirementRule.For(sex, birth);
        context.WriteJson(new
        {
            monthsLeft = facts.RetirementMonth.MonthsSince(reference),
            retirementMonth = facts.RetirementMonth.ToString(),
        });
        return CliApp.Success;
    }
}
