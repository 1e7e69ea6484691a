namespace QuyHoach.Web.Features.Shell;

/// <summary>
/// Độ dài ô nhập: the one Vietnamese message for a text longer than its column holds, given before anything reaches
/// the database (a 3,000-character round name was a 500). The limits are the columns' own (the EF configuration and
/// the SQL migrations), named once by each handler next to the field.
/// </summary>
public static class TextLimits
{
    /// <summary>The message when <paramref name="value"/> (trimmed) is longer than <paramref name="max"/>; else null.</summary>
    public static string? Problem(string? value, int max, string label)
    {
        var length = value?.Trim().Length ?? 0;
        return length <= max
            ? null
            : string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"{label} dài {length:N0} ký tự, vượt quá {max:N0} ký tự cho phép; hãy rút gọn rồi gửi lại.");
    }
}
