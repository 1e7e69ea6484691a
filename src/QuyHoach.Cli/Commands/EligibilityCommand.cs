using System.Text.Json;
using QuyHoach.Domain.Eligibility;

namespace QuyHoach.Cli.Commands;

/// <summary><c>qh eligibility</c>: the full eligibility verdict for one cadre and one planned title.</summary>
public sealed class EligibilityCommand : ICliCommand
{
    public string Name => "eligibility";

    public string Summary => "Xét điều kiện quy hoạch một cán bộ vào một chức danh (liệt kê mọi tiêu chí không đạt).";

    public string Usage => """
        qh eligibility --input TỆP.json [--rule-set …]
          --input   dữ liệu cán bộ và chức danh (xem docs/rules/eligibility-input.md)
        """ + "\n" + RuleSetOption.Help(RuleSetOption.InForceAt("ngày asOf của tệp nhập"));

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var path = args.Required("input");
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"Không đọc được tệp \"{path}\": {ex.Message}", ex);
        }

        EligibilityInput input;
        try
        {
            input = JsonSerializer.Deserialize<EligibilityInput>(text, CliContext.Json)
                ?? throw new CliUsageException($"Tệp \"{path}\" rỗng.");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"Tệp \"{path}\" không đúng định dạng ({ex.Path ?? "$"}, dòng {(ex.LineNumber ?? 0) + 1}).", ex);
        }

        var ruleSet = await RuleSetOption.ResolveAsync(args, input.ToRequest().AsOf, cancellationToken).ConfigureAwait(false);
        var request = input.ToRequest(ruleSet);
        args.EnsureAllUsed();
        context.WriteJson(EligibilityPolicy.Evaluate(request, ruleSet));
        return CliApp.Success;
    }
}
