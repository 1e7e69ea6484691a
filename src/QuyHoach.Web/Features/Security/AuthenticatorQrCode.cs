using QRCoder;

namespace QuyHoach.Web.Features.Security;

/// <summary>
/// The <c>otpauth://</c> address that authenticator apps read, drawn as a PNG data URI: the content policy allows
/// <c>img-src data:</c> but no inline script or style, so an image is the one form that needs nothing else.
/// </summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "QuyHoach";

    public static string Uri(string userName, string key) => string.Create(
        CultureInfo.InvariantCulture,
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    public static string PngDataUri(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The key in groups of four, easier to type by hand.</summary>
    public static string Readable(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join(' ', key.Chunk(4).Select(c => new string(c)));
    }
}
