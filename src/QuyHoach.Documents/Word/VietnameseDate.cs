namespace QuyHoach.Documents.Word;

/// <summary>Dates and times written out in Vietnamese the way official documents write them.</summary>
public static class VietnameseDate
{
    /// <summary>
    /// "ngày 04 tháng 4 năm 2022": days below 10 and months below 3 take a leading zero (NĐ 30/2020 Phụ lục I;
    /// HD 36-HD/VPTW writes dates the same way), so "tháng 01", "tháng 02", but "tháng 4".
    /// </summary>
    public static string Long(DateOnly date)
    {
        var month = date.Month < 3 ? date.Month.ToString("D2", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:D2} tháng {month} năm {date.Year}");
    }

    /// <summary>"Nam Định, ngày 04 tháng 4 năm 2022": the place and date line under the national title.</summary>
    public static string Line(string place, DateOnly date) => $"{place}, {Long(date)}";

    /// <summary>"8 giờ 30 phút" ("8 giờ 00 phút" on the hour).</summary>
    public static string Time(TimeOnly time) => string.Create(CultureInfo.InvariantCulture, $"{time.Hour} giờ {time.Minute:D2} phút");

    /// <summary>Room to write a time by hand, printed where no time was recorded.</summary>
    public const string BlankTime = "...... giờ ...... phút";

    /// <summary>"8 giờ 30 phút", or <see cref="BlankTime"/> when nobody recorded the time (never a guess).</summary>
    public static string Time(TimeOnly? time) => time is { } t ? Time(t) : BlankTime;
}
