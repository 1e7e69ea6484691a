namespace QuyHoach.Web.Hosting;

/// <summary>Port, address, culture and structured JSON logs (to a file, or stdout when asked).</summary>
public static class HostingSetup
{
    public const int DefaultPort = 5080;

    public static WebApplicationBuilder AddQuyHoachHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var culture = CultureInfo.GetCultureInfo("vi-VN");
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;

        // QUYHOACH_PORT chooses the port; ASPNETCORE_URLS, when set, wins (reverse proxies, tests).
        if (string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            var portText = Environment.GetEnvironmentVariable("QUYHOACH_PORT");
            var port = DefaultPort;
            if (!string.IsNullOrEmpty(portText)
                && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
            {
                throw new Data.Postgres.StartupProblemException($"QUYHOACH_PORT không hợp lệ: \"{portText}\". Hãy đặt một số cổng từ 1 đến 65535.");
            }

            builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        }

        // Structured logs go to a file under the data folder (FileLogs), so the console starts with the banner;
        // QUYHOACH_LOG=console sends them to stdout as JSON lines instead (containers, journald).
        builder.Logging.ClearProviders();
        if (LogsToConsole(builder.Configuration))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                o.JsonWriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        }
        else
        {
            builder.Logging.AddProvider(new FileLogs(LogFolder(builder.Configuration), TimeProvider.System));
        }

        return builder.AddQuyHoachObservability();
    }

    /// <summary>True when <c>QUYHOACH_LOG</c> asks for the console (<c>console</c> or <c>stdout</c>).</summary>
    public static bool LogsToConsole(IConfiguration configuration) =>
        configuration["QUYHOACH_LOG"] is { } target && (target.Equals("console", StringComparison.OrdinalIgnoreCase) || target.Equals("stdout", StringComparison.OrdinalIgnoreCase));

    /// <summary>The log folder: <c>{QUYHOACH_DATA}/logs</c> (default <c>./.data/logs</c>, as the data folder).</summary>
    public static string LogFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var data = configuration["QUYHOACH_DATA"] is { Length: > 0 } folder ? folder : Path.Combine(Environment.CurrentDirectory, ".data");
        return Path.Combine(data, "logs");
    }
}
