namespace QuyHoach.Documents.Word;

/// <summary>Twentieths of a point, the unit of Word page and table measures.</summary>
public static class Twips
{
    /// <summary>Millimetres to twips, rounded to the nearest (1 mm = 1440 / 25.4 twips).</summary>
    public static int FromMillimetres(int millimetres) => ((millimetres * 14400) + 127) / 254;

    /// <summary>An integer measure as the invariant text OpenXML attributes take.</summary>
    internal static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
