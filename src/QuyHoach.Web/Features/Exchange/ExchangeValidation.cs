using System.Globalization;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Identification;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// Checks each record of an exchange file before anything is compared (R-XCH-2): a valid personal identification
/// number that agrees with the record's sex and birth year (R-PIN-1), once in the file (R-PIN-2), a name, a sex, a
/// birth date and well-formed dates. Every problem names its place: the line where a JSON record starts, the row and
/// column of a workbook's cell (<see cref="ExchangePlaces"/>).
/// </summary>
public static class ExchangeValidation
{
    private const int MaxTextLength = 200;

    private const string Number = "Số định danh cá nhân";

    /// <summary>The records cleaned (digits-only numbers, NFC names), and every problem.</summary>
    public static (IReadOnlyList<LinedRecord> Records, IReadOnlyList<string> Problems) Check(IReadOnlyList<LinedRecord> records, DateOnly today, ExchangePlaces? places = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        places ??= ExchangePlaces.Json;
        var problems = new List<string>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var cleaned = new List<LinedRecord>(records.Count);
        foreach (var (line, raw) in records)
        {
            void Problem(string field, string text) => problems.Add($"{places.Of(line, field)}: {text}");
            var sex = ExchangeFormats.ParseSex(raw.Sex);
            var birth = ExchangeFormats.ParsePartial(raw.BirthDate);
            var record = raw with
            {
                Sex = sex is { } known ? ExchangeFormats.Sex(known) : raw.Sex,
                BirthDate = birth is { } born ? ExchangeFormats.Date(born) : raw.BirthDate,
                PersonalIdNumber = PersonalIdNumber.Normalise(raw.PersonalIdNumber),
                FullName = string.IsNullOrWhiteSpace(raw.FullName) ? null : VietnameseText.Clean(raw.FullName),
                Ethnicity = Blank(raw.Ethnicity),
                Hometown = Blank(raw.Hometown),
            };
            if (record.FullName is null || record.FullName.Length > MaxTextLength || record.FullName.Any(char.IsDigit))
            {
                Problem("Họ và tên", "thiếu Họ và tên hoặc họ tên không hợp lệ.");
            }

            if (sex is null)
            {
                Problem("Giới tính", $"Giới tính \"{record.Sex}\" không hợp lệ; chỉ nhận {ExchangeFormats.Male} hoặc {ExchangeFormats.Female}.");
            }

            if (birth is null || birth.Value.Year > today.Year)
            {
                Problem("Ngày sinh", $"Ngày sinh \"{record.BirthDate}\" không hợp lệ; {places.PartialDateHint}.");
            }

            if (record.PersonalIdNumber is not { } number)
            {
                Problem(Number, "thiếu Số định danh cá nhân: hồ sơ trao đổi được nhận biết bằng số này.");
            }
            else if (sex is { } s && birth is { } b && PersonalIdNumber.Problem(number, s, b.Year) is { } problem)
            {
                Problem(Number, $"Số định danh cá nhân không đúng: {problem}.");
            }
            else if (!firstLine.TryAdd(number, line))
            {
                Problem(Number, $"Số định danh cá nhân {number} trùng với hồ sơ ở dòng {firstLine[number]}.");
            }

            foreach (var (label, value) in new[] { ("Ngày vào Đảng", record.PartyJoinedOn), ("Ngày mất", record.DiedOn) })
            {
                if (!string.IsNullOrWhiteSpace(value) && ExchangeFormats.ParseDay(value) is null)
                {
                    Problem(label, $"{label} \"{value}\" không hợp lệ; {places.DayHint}.");
                }
                else if (ExchangeFormats.ParseDay(value) > today)
                {
                    Problem(label, $"{label} {ExchangeFormats.Display(value)} sau ngày hôm nay.");
                }
            }

            foreach (var (label, value) in new[] { ("Dân tộc", record.Ethnicity), ("Quê quán", record.Hometown) })
            {
                if ((value?.Length ?? 0) > MaxTextLength)
                {
                    Problem(label, $"{label} dài quá {MaxTextLength} ký tự.");
                }
            }

            cleaned.Add(new LinedRecord(line, record));
        }

        return (cleaned, problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>How a problem names its place in an uploaded file: <paramref name="Of"/> gives it from the record's line
/// (or row) and the field's Vietnamese name; the hints say how the file writes a date.</summary>
public sealed record ExchangePlaces(Func<int, string, string> Of, string PartialDateHint, string DayHint)
{
    /// <summary>A JSON file: the line where the record starts; dates in ISO 8601.</summary>
    public static ExchangePlaces Json { get; } = new(
        (line, _) => string.Create(CultureInfo.InvariantCulture, $"Dòng {line}"), "ghi yyyy-MM-dd, yyyy-MM hoặc yyyy", "ghi yyyy-MM-dd");
}
