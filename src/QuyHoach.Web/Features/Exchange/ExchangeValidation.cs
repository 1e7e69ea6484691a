using System.Globalization;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Identification;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// Checks each record of an exchange file before anything is compared (R-XCH-2): a valid personal identification
/// number that agrees with the record's sex and birth year (R-PIN-1), once in the file (R-PIN-2), a name, a sex, a
/// birth date and well-formed dates. Every problem names the line where its record starts.
/// </summary>
public static class ExchangeValidation
{
    private const int MaxTextLength = 200;

    /// <summary>The records cleaned (digits-only numbers, NFC names), and every problem.</summary>
    public static (IReadOnlyList<LinedRecord> Records, IReadOnlyList<string> Problems) Check(IReadOnlyList<LinedRecord> records, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(records);
        var problems = new List<string>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var cleaned = new List<LinedRecord>(records.Count);
        foreach (var (line, raw) in records)
        {
            void Problem(string text) => problems.Add(string.Create(CultureInfo.InvariantCulture, $"Dòng {line}: {text}"));
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
                Problem("thiếu Họ và tên hoặc họ tên không hợp lệ.");
            }

            if (sex is null)
            {
                Problem($"Giới tính \"{record.Sex}\" không hợp lệ; chỉ nhận {ExchangeFormats.Male} hoặc {ExchangeFormats.Female}.");
            }

            if (birth is null || birth.Value.Year > today.Year)
            {
                Problem($"Ngày sinh \"{record.BirthDate}\" không hợp lệ; ghi yyyy-MM-dd, yyyy-MM hoặc yyyy.");
            }

            if (record.PersonalIdNumber is not { } number)
            {
                Problem("thiếu Số định danh cá nhân: hồ sơ trao đổi được nhận biết bằng số này.");
            }
            else if (sex is { } s && birth is { } b && PersonalIdNumber.Problem(number, s, b.Year) is { } problem)
            {
                Problem($"Số định danh cá nhân không đúng: {problem}.");
            }
            else if (!firstLine.TryAdd(number, line))
            {
                Problem($"Số định danh cá nhân {number} trùng với hồ sơ ở dòng {firstLine[number]}.");
            }

            foreach (var (label, value) in new[] { ("Ngày vào Đảng", record.PartyJoinedOn), ("Ngày mất", record.DiedOn) })
            {
                if (!string.IsNullOrWhiteSpace(value) && ExchangeFormats.ParseDay(value) is null)
                {
                    Problem($"{label} \"{value}\" không hợp lệ; ghi yyyy-MM-dd.");
                }
                else if (ExchangeFormats.ParseDay(value) > today)
                {
                    Problem($"{label} {ExchangeFormats.Display(value)} sau ngày hôm nay.");
                }
            }

            if ((record.Ethnicity?.Length ?? 0) > MaxTextLength || (record.Hometown?.Length ?? 0) > MaxTextLength)
            {
                Problem($"Dân tộc hoặc Quê quán dài quá {MaxTextLength} ký tự.");
            }

            cleaned.Add(new LinedRecord(line, record));
        }

        return (cleaned, problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
