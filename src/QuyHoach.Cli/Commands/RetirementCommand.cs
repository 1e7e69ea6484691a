using QuyHoach.Domain.Age;

namespace QuyHoach.Cli.Commands;

/// <summary><c>qh retirement</c>: retirement age, month and pension-start month (R-AGE-4), whose legal documents the help names from the rule set's catalogue.</summary>
public sealed class RetirementCommand : ICliCommand
{
    public string Name => "retirement";

    public string Summary => "Tuổi nghỉ hưu, tháng nghỉ hưu và tháng hưởng lương hưu theo lộ trình tăng tuổi nghỉ hưu";

    public string Usage => $$"""
        qh retirement --sex nam|nu --birth YYYY-MM [--rule-set ...]

        Tính tuổi nghỉ hưu theo lộ trình của {{RuleSetOption.Documents(RetirementRule.Basis)}}
        (điều kiện lao động bình thường).
          --sex nam|nu         giới tính
          --birth YYYY-MM      tháng sinh (chỉ biết năm sinh thì dùng tháng 01)
        {{RuleSetOption.Help(RuleSetOption.NewestText)}}
        Tuổi nghỉ hưu do các văn bản trên quy định, không phụ thuộc bộ quy tắc quy hoạch: --rule-set
        chỉ được kiểm tra (tệp sai → mã thoát 2), kết quả không đổi.

        Ví dụ: qh retirement --sex nam --birth 1966-04
          → {"retirementAge":{"years":62,"months":0},"retirementMonth":"2028-04","pensionStartMonth":"2028-05"}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var sex = CommandInputs.Sex(args, "sex");
        var birth = CommandInputs.Month(args, "birth");
        await RuleSetOption.ResolveAsync(args, referenceDate: null, cancellationToken).ConfigureAwait(false);
        args.EnsureAllUsed();

        var facts = RetirementRule.For(sex, birth);
        context.WriteJson(new
        {
            retirementAge = new { years = facts.RetirementAge.Years, months = facts.RetirementAge.Months },
            retirementMonth = facts.RetirementMonth.ToString(),
            pensionStartMonth = facts.PensionStartMonth.ToString(),
        });
        return CliApp.Success;
    }
}
