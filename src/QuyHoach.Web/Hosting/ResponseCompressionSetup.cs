using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Brotli or gzip for pages and the stylesheet (site.css 11 KB → about 3 KB), over HTTPS too. BREACH (a secret in a
/// compressed HTTPS body next to text the attacker chose) is kept out: the antiforgery token is encrypted afresh,
/// with a random IV, for every response, so it is no stable secret to guess; responses to a form post (they echo what
/// was typed) and the sign-in and account pages (authenticator key, recovery codes) are never compressed; JSON
/// from the API is left as it is.
/// </summary>
internal static class ResponseCompressionSetup
{
    private static readonly string[] Compressed = ["text/html", "text/css", "text/javascript", "application/javascript"];

    public static IServiceCollection AddQuyHoachCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = Compressed;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, SafeCompressionProvider>();
        return services;
    }

    /// <summary>The framework's provider, minus the responses BREACH could read a secret from.</summary>
    private sealed class SafeCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && !context.Request.Path.StartsWithSegments("/tai-khoan", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/dang-nhap", StringComparison.OrdinalIgnoreCase)
            && base.ShouldCompressResponse(context);
    }
}
