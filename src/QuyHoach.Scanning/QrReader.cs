using QuyHoach.Documents.Ballots;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace QuyHoach.Scanning;

/// <summary>Đọc mã QR: decodes the ballot code from the part of the image where the page's QR code should be.</summary>
public static class QrReader
{
    /// <summary>The page's code and whether the page lies upside down, or null: ZXing on the crop where an upright page
    /// holds the code, then where an upside-down one does (nearly every page stops here), then the module grid of
    /// <see cref="QrGrid"/> in both places.</summary>
    public static (BallotCode Code, bool UpsideDown)? Find(GreyImage image, Func<double, double, PixelPoint> upright, Func<double, double, PixelPoint> turned)
    {
        if (Read(image, upright) is { } straight)
        {
            return (straight, false);
        }

        if (Read(image, turned) is { } reversed)
        {
            return (reversed, true);
        }

        if (QrGrid.Read(image, upright) is { } gridStraight)
        {
            return (gridStraight, false);
        }

        return QrGrid.Read(image, turned) is { } gridReversed ? (gridReversed, true) : null;
    }

    private static readonly Dictionary<DecodeHintType, object> Hints = new()
    {
        [DecodeHintType.TRY_HARDER] = true,
        [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
    };

    /// <summary>The code in the QR area that <paramref name="toImage"/> maps from page millimetres, or null.</summary>
    public static BallotCode? Read(GreyImage image, Func<double, double, PixelPoint> toImage)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(toImage);
        var area = BallotGeometry.QrArea.Inset(-4);
        PixelPoint[] corners =
        [
            toImage(area.X, area.Y), toImage(area.X + area.Width, area.Y),
            toImage(area.X, area.Y + area.Height), toImage(area.X + area.Width, area.Y + area.Height),
        ];
        var crop = image.Crop(
            (int)corners.Min(c => c.X), (int)corners.Min(c => c.Y),
            (int)Math.Ceiling(corners.Max(c => c.X)), (int)Math.Ceiling(corners.Max(c => c.Y)));
        if (crop.Width < 20 || crop.Height < 20)
        {
            return null;
        }

        var source = new RGBLuminanceSource(crop.Pixels, crop.Width, crop.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new QRCodeReader();
        foreach (var binarizer in new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) })
        {
            try
            {
                if (reader.decode(new BinaryBitmap(binarizer), Hints) is { } result)
                {
                    return BallotCode.Parse(result.Text);
                }
            }
            catch (ReaderException)
            {
            }
        }

        return null;
    }
}
