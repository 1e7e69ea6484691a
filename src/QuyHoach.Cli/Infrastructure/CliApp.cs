using System.Text;

namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// Entry point of `qh`: finds the command by its words, runs it, and maps outcomes to exit codes
/// (0 success, 1 failure of the operation, 2 bad input with a Vietnamese message on stderr).
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    private static readonly ICliCommand[] Commands = typeof(CliApp).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToArray();

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(output, error);
        if (args.Length == 0)
        {
            // No command is bad input: the overview goes to stderr so stdout never carries anything but JSON.
            error.Write(Overview());
            return BadInput;
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            output.Write(Overview());
            return Success;
        }

        var command = Commands
            .Where(c => Matches(c.Name, args))
            .MaxBy(c => c.Name.Split(' ').Length);
        if (command is null)
        {
            error.WriteLine($"Lệnh không tồn tại: \"{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}\". Gõ qh --help để xem danh sách lệnh.");
            return BadInput;
        }

        var rest = args.Skip(command.Name.Split(' ').Length).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            output.WriteLine(command.Usage);
            return Success;
        }

        try
        {
            return await command.RunAsync(new CliArguments(rest), context, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            return BadInput;
        }
    }

    private static bool Matches(string name, string[] args)
    {
        var words = name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => w == args[i]).All(x => x);
    }

    private static string Overview()
    {
        var text = new StringBuilder();
        text.AppendLine("qh: công cụ dòng lệnh của QuyHoach (quy hoạch cán bộ).");
        text.AppendLine();
        text.AppendLine("Cách dùng: qh <lệnh> [tham số]   ·   qh <lệnh> --help để xem chi tiết một lệnh.");
        text.AppendLine("Kết quả in ra dạng JSON; mã thoát 0 = thành công, 1 = lỗi khi thực hiện, 2 = dữ liệu nhập không hợp lệ.");
        text.AppendLine();
        text.AppendLine("Các lệnh:");
        var width = Commands.Length == 0 ? 0 : Commands.Max(c => c.Name.Length);
        foreach (var command in Commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width + 2)).AppendLine(command.Summary);
        }

        return text.ToString();
    }

    internal static IReadOnlyList<ICliCommand> All => Commands;

}
