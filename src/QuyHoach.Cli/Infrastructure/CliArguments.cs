namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// The options after the command words: <c>--name value</c>, <c>--name=value</c> or a bare flag <c>--leap</c>.
/// Every accessor reports bad input in Vietnamese through <see cref="CliUsageException"/>.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                throw new CliUsageException($"Tham số không hợp lệ: \"{token}\". Các tham số có dạng --tên giá-trị.");
            }

            var name = token[2..];
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = tokens[++i];
            }

            if (!_options.TryAdd(name, value))
            {
                throw new CliUsageException($"Tham số --{name} được nhập nhiều lần.");
            }
        }
    }

    public bool Has(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Optional(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value))
        {
            return null;
        }

        return value ?? throw new CliUsageException($"Thiếu giá trị cho tham số --{name}.");
    }

    public string Required(string name) =>
        Optional(name) ?? throw new CliUsageException($"Thiếu tham số bắt buộc --{name}.");

    public bool Flag(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value))
        {
            return false;
        }

        return value is null
            ? true
            : throw new CliUsageException($"Tham số --{name} không nhận giá trị (đã nhận \"{value}\").");
    }

    public int RequiredInt(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Required(name);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliUsageException($"Tham số --{name} phải là số nguyên (đã nhận \"{text}\").");
        }

        if (value < min || value > max)
        {
            throw new CliUsageException($"Tham số --{name} phải trong khoảng {min}–{max} (đã nhận {value}).");
        }

        return value;
    }

    public int? OptionalInt(string name, int min = int.MinValue, int max = int.MaxValue) =>
        Has(name) ? RequiredInt(name, min, max) : null;

    /// <summary>Rejects options the command did not read, so a typo is never silently ignored.</summary>
    public void EnsureAllUsed()
    {
        foreach (var name in _options.Keys)
        {
            if (!_read.Contains(name))
            {
                throw new CliUsageException($"Tham số không được hỗ trợ: --{name}. Xem --help.");
            }
        }
    }
}
