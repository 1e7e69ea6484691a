using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Nhật ký vào tệp: structured logs as one JSON object per line in <c>{data folder}/logs/quyhoach-yyyy-MM-dd.log</c>
/// (UTC date), so the console keeps only the Vietnamese banner and startup problems. The folder is made on the first
/// line; when it cannot be written the lines are dropped (the startup guard reports an unwritable data folder).
/// </summary>
public sealed class FileLogs(string folder, TimeProvider clock) : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, FileLogger> _loggers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private StreamWriter? _writer;
    private string? _writerPath;
    private bool _broken;

    public string Folder { get; } = folder;

    /// <summary>The file a line written at <paramref name="now"/> goes to.</summary>
    public string PathFor(DateTimeOffset now) =>
        Path.Combine(Folder, "quyhoach-" + now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".log");

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new FileLogger(this, name));

    internal void Write(string category, LogLevel level, EventId eventId, string message, Exception? exception)
    {
        var now = clock.GetUtcNow();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("Timestamp", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteNumber("EventId", eventId.Id);
            json.WriteString("LogLevel", level.ToString());
            json.WriteString("Category", category);
            json.WriteString("Message", message);
            if (exception is not null)
            {
                json.WriteString("Exception", exception.ToString());
            }

            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.ToArray());
        lock (_gate)
        {
            if (_broken)
            {
                return;
            }

            try
            {
                var path = PathFor(now);
                if (_writer is null || _writerPath != path)
                {
                    _writer?.Dispose();
                    Directory.CreateDirectory(Folder);
                    _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite), new UTF8Encoding(false)) { AutoFlush = true };
                    _writerPath = path;
                }

                _writer.WriteLine(line);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _broken = true;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private sealed class FileLogger(FileLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                owner.Write(category, logLevel, eventId, formatter(state, exception), exception);
            }
        }
    }
}
