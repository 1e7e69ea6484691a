using System.Security.Cryptography;
using QuyHoach.Data.Counting;
using QuyHoach.Scanning;
using SkiaSharp;

namespace QuyHoach.Web.Features.Counting;

/// <summary>Ảnh trang quét as kept: the grey page as a PNG (lossless, so the stored image is what was read) and its SHA-256.</summary>
public static class ScanImages
{
    public static ScanPage Page(Guid uploadId, int index, GreyImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var pixels = SKImage.FromPixelCopy(info, image.Pixels, image.Width);
        using var png = pixels.Encode(SKEncodedImageFormat.Png, 100);
        var bytes = png.ToArray();
        return new ScanPage
        {
            Id = Guid.CreateVersion7(),
            UploadId = uploadId,
            Index = index,
            Png = bytes,
            Hash = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Width = image.Width,
            Height = image.Height,
        };
    }
}
