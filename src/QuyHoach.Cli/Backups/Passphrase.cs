namespace QuyHoach.Cli.Backups;

/// <summary>The passphrase of an encrypted backup: the first line of a file (never on the command line, where other
/// users of the machine could read it).</summary>
internal static class Passphrase
{
    private const int MinimumLength = 12;

    public static string Read(string file, bool forBackup)
    {
        string text;
        try
        {
            text = File.ReadLines(file).FirstOrDefault() ?? "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"Không đọc được tệp mật khẩu {file}: {ex.Message}");
        }

        text = text.TrimEnd('\r');
        if (text.Length == 0)
        {
            throw new CliUsageException($"Tệp mật khẩu {file} trống: dòng đầu của tệp là mật khẩu.");
        }

        if (forBackup && text.Length < MinimumLength)
        {
            throw new CliUsageException($"Mật khẩu mã hóa bản sao lưu phải có ít nhất {MinimumLength} ký tự (tệp {file} có {text.Length}).");
        }

        return text;
    }
}
