using QuyHoach.Domain.Voting;

namespace QuyHoach.Cli.Commands;

/// <summary><c>qh vote</c>: decides one ballot step (R-QUO-1, R-VOTE-*, R-REM-VOTE, R-SEQ-1, R-RANK-1, R-TIE-1).</summary>
public sealed class VoteCommand : ICliCommand
{
    public string Name => "vote";

    public string Summary => "Tính kết quả biểu quyết một bước (đủ số lượng, tỉ lệ, chọn từ trên xuống, bằng phiếu).";

    public string Usage => """
        qh vote --step key-cadres|extended|final|removal --convened C --present P --agree A=12,B=11 [--quota Q] [--failed-previous C,D] [--date YYYY-MM-DD] [--rule-set …]
          --step             bước: key-cadres (hội nghị cán bộ chủ chốt), extended (tập thể lãnh đạo mở rộng / BCH), final (tập thể lãnh đạo / BTV), removal (đưa ra khỏi quy hoạch)
          --agree            số phiếu đồng ý của từng người, dạng MÃ=SỐ, cách nhau bằng dấu phẩy
          --quota            số lượng cần chọn (chỉ ở bước final)
          --failed-previous  những người không đạt ở bước trước (R-SEQ-1)
          --date             ngày hội nghị, để chọn bộ quy tắc có hiệu lực
        """ + "\n" + RuleSetOption.Help(RuleSetOption.InForceAt("--date; không có --date: " + RuleSetOption.NewestText));

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var step = args.Required("step") switch
        {
            "key-cadres" => VoteStep.KeyCadres,
            "extended" => VoteStep.ExtendedLeadership,
            "final" => VoteStep.Final,
            "removal" => VoteStep.Removal,
            var other => throw new CliUsageException($"Bước không hợp lệ: \"{other}\" (key-cadres, extended, final, removal)."),
        };
        var convened = args.RequiredInt("convened", 1);
        var present = args.RequiredInt("present", 0, convened);
        var quota = args.OptionalInt("quota", 0);
        if (quota is not null && step != VoteStep.Final)
        {
            throw new CliUsageException("Tham số --quota chỉ dùng ở bước final.");
        }

        var failed = (args.Optional("failed-previous") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var votes = ParseAgree(args.Required("agree"), present, failed);
        var ruleSet = await RuleSetOption.ResolveAsync(args, CommandInputs.OptionalDate(args, "date"), cancellationToken).ConfigureAwait(false);
        args.EnsureAllUsed();
        foreach (var id in failed.Where(id => votes.All(v => v.Id != id)))
        {
            throw new CliUsageException($"--failed-previous: \"{id}\" không có trong --agree.");
        }

        var outcome = BallotRule.Decide(ruleSet.Voting, step, convened, present, votes, quota);
        var final = step == VoteStep.Final;
        context.WriteJson(new
        {
            outcome.QuorumMet,
            outcome.MinAgreeToPass,
            Candidates = outcome.Candidates.Select(c => new { c.Id, c.Agree, c.Passed, c.Selected }),
            HeadDecisionRequired = final ? outcome.Selection!.TiedForLastPlace.Select(c => c.Id).ToArray() : null,
            SeatsForHead = final ? outcome.Selection!.SeatsForHead : (int?)null,
            RuleSet = $"{ruleSet.Id}@{ruleSet.Version}",
        });
        return CliApp.Success;
    }

    private static List<CandidateVote> ParseAgree(string text, int present, HashSet<string> failed)
    {
        var votes = new List<CandidateVote>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !int.TryParse(part.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var agree))
            {
                throw new CliUsageException($"--agree: \"{part}\" không đúng dạng MÃ=SỐ (ví dụ A=12).");
            }

            var id = part[..eq];
            if (agree > present)
            {
                throw new CliUsageException($"--agree: số phiếu đồng ý của \"{id}\" ({agree}) lớn hơn số người có mặt ({present}).");
            }

            if (votes.Any(v => v.Id == id))
            {
                throw new CliUsageException($"--agree: \"{id}\" xuất hiện nhiều lần.");
            }

            votes.Add(new CandidateVote(id, agree, !failed.Contains(id)));
        }

        return votes;
    }
}
