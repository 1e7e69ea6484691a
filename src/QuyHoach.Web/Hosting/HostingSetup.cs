using System.Globalization;

namespace QuyHoach.Web.Hosting;

/// <summary>Port, address, culture and structured JSON logs.</summary>
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

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.JsonWriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        });
        return builder;
    }
}
