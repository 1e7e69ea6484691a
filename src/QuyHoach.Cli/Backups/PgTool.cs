using System.Diagnostics;
using System.Text;

namespace QuyHoach.Cli.Backups;

/// <summary>pg_dump and pg_restore of the installed server, connected as a Npgsql connection string says (the password
/// through PGPASSWORD, never on the command line).</summary>
internal sealed class PgTool : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;
    private readonly string _name;

    private PgTool(string name, Process process)
    {
        (_name, _process) = (name, process);
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>pg_dump in custom format of the snapshot <paramref name="snapshot"/>: read <see cref="Output"/>, then
    /// <see cref="FinishAsync"/>.</summary>
    public static PgTool Dump(string connectionString, string snapshot) =>
        Start("pg_dump", connectionString, redirectInput: false, "--format=custom", "--snapshot=" + snapshot);

    /// <summary>pg_restore in one transaction, reading the dump from <see cref="Input"/>: a failure restores nothing.
    /// Objects belong to the connecting role (the owner) and no grant of the source is replayed.</summary>
    public static PgTool Restore(string connectionString) =>
        Start("pg_restore", connectionString, redirectInput: true, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction");

    public Stream Output => _process.StandardOutput.BaseStream;

    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>Waits for the tool to end; throws with its message when it failed.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_process.StartInfo.RedirectStandardInput)
        {
            _process.StandardInput.Close();
        }

        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var errors = await _errors.ConfigureAwait(false);
        if (_process.ExitCode != 0)
        {
            throw new IOException($"{_name} thất bại: {errors.Trim()}");
        }
    }

    /// <summary>Stops the tool at once (a restore then rolls back).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public void Dispose() => _process.Dispose();

    private static PgTool Start(string name, string connectionString, bool redirectInput, params string[] arguments)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(LocalPostgres.ToolPath(name))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Append("--no-password").Append("--dbname=" + Libpq(target)))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PGPASSWORD"] = target.Password ?? "";
        info.Environment["LC_ALL"] = "C.UTF-8";
        var process = Process.Start(info) ?? throw new IOException($"Không chạy được {name}.");
        if (!redirectInput)
        {
            return new PgTool(name, process);
        }

        // pg_restore prints nothing on stdout; drained so it never blocks.
        _ = process.StandardOutput.ReadToEndAsync();
        return new PgTool(name, process);
    }

    /// <summary>The Npgsql connection string as libpq keywords (the password goes through PGPASSWORD instead).</summary>
    private static string Libpq(NpgsqlConnectionStringBuilder target)
    {
        var text = new StringBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                text.Append(key).Append("='").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("' ");
            }
        }

        Add("host", target.Host);
        Add("port", target.Port.ToString(CultureInfo.InvariantCulture));
        Add("user", target.Username);
        Add("dbname", target.Database);
        return text.ToString().TrimEnd();
    }
}
