using DocumentFormat.OpenXml.Spreadsheet;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>Which number formats show dates, and converting Excel date serials to <see cref="DateOnly"/>.</summary>
internal static class DateFormats
{
    /// <summary>Excel's built-in date formats (ECMA-376 §18.8.30, plus the East Asian ones 27–36 and 50–58).</summary>
    private static readonly HashSet<uint> BuiltInDateIds = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    public static bool[] StyleFlags(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => IsDateCode(f.FormatCode?.Value ?? "")) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is uint id && (BuiltInDateIds.Contains(id) || custom.GetValueOrDefault(id)))
            .ToArray() ?? [];
    }

    /// <summary>A custom format is a date when, outside quotes and [colour]/[locale] brackets, it has d, m or y.</summary>
    private static bool IsDateCode(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '[' when !quoted:
                    bracket = true;
                    break;
                case ']' when !quoted:
                    bracket = false;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' when !quoted && !bracket:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The day of an Excel serial (time of day dropped). The 1900 system counts a 29/02/1900 that never existed
    /// (serial 60, Lotus compatibility), so serials from 61 on are one day ahead.
    /// </summary>
    public static DateOnly? FromSerial(string value, bool date1904)
    {
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2_958_465)
        {
            return null;
        }

        var days = (int)decimal.Truncate(serial);
        if (date1904)
        {
            return new DateOnly(1904, 1, 1).AddDays(days);
        }

        return days switch
        {
            60 => null,
            < 60 => new DateOnly(1899, 12, 31).AddDays(days),
            _ => new DateOnly(1899, 12, 30).AddDays(days),
        };
    }
}
