using QRCoder;

namespace QuyHoach.Documents.Ballots;

/// <summary>The QR code of a ballot page as a module matrix (quiet zone included), level M.</summary>
public static class BallotQr
{
    /// <summary>True where a module is dark; rows first.</summary>
    public static bool[,] Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var n = matrix.Count;
        var modules = new bool[n, n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                modules[r, c] = matrix[r][c];
            }
        }

        return modules;
    }
}
