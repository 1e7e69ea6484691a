using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using static QuyHoach.Web.Tests.Conformance.GeneratedDocument;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>One rule of the official layout: where it comes from, which documents it binds, and the check (null when met).</summary>
internal sealed record LayoutRule(string Id, string Source, Func<GeneratedDocument, bool> Applies, Func<GeneratedDocument, string?> Failure)
{
    public override string ToString() => $"{Id} ({Source})";
}

/// <summary>
/// The rules of Hướng dẫn 36-HD/VPTW (Party documents) and Nghị định 30/2020/NĐ-CP (State documents) that the generated
/// documents apply, one row each, checked on the Word XML (and the PDF's text).
/// </summary>
internal static partial class LayoutRules
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<LayoutRule> All { get; } =
    [
        new("quoc-hieu", "NĐ 30 Phụ lục I mục II.1", d => !d.Party, d =>
        {
            var right = Right(d);
            return right.Count >= 2 && right[0].InnerText == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && Bold(right[0])
                && right[1].InnerText == "Độc lập - Tự do - Hạnh phúc" && Bold(right[1]) && Underlined(right[1])
                ? null : $"Quốc hiệu, Tiêu ngữ: {string.Join(" / ", right.Select(p => p.InnerText))}";
        }),
        new("tieu-de-dang", "HD 36 mục 1.1", d => d.Party, d =>
        {
            var right = Right(d);
            return right.Count >= 1 && right[0].InnerText == "ĐẢNG CỘNG SẢN VIỆT NAM" && Bold(right[0]) && Underlined(right[0])
                ? null : $"tiêu đề: {string.Join(" / ", right.Select(p => p.InnerText))}";
        }),
        new("co-quan-ban-hanh", "HD 36 mục 1.2; NĐ 30 Phụ lục I mục II.2", _ => true, d =>
        {
            var left = Lines(d.Heading.Elements<TableRow>().First().Elements<TableCell>().First()).TakeWhile(l => l != "*" && l.Length > 0).ToList();
            return left.SequenceEqual(d.Issuer) ? null : $"cơ quan ban hành \"{string.Join(" / ", left)}\", cần \"{string.Join(" / ", d.Issuer)}\"";
        }),
        new("ten-co-quan-in-dam", "HD 36 mục 1.2; NĐ 30 Phụ lục I mục II.2", _ => true, d =>
        {
            var left = d.Heading.Elements<TableRow>().First().Elements<TableCell>().First().Elements<Paragraph>().Where(p => p.InnerText.Length > 0 && p.InnerText != "*").ToList();
            var name = left[^1];
            return Bold(name) && name.InnerText == name.InnerText.ToUpper(Vietnamese) && left.SkipLast(1).All(p => !Bold(p))
                ? null : "tên cơ quan ban hành phải in hoa, đậm; cơ quan cấp trên in hoa, đứng";
        }),
        new("dau-sao-hoac-gach", "HD 36 mục 1.2 (dấu *); NĐ 30 (đường kẻ ngang)", _ => true, d =>
        {
            var cell = d.Heading.Elements<TableRow>().First().Elements<TableCell>().First().Elements<Paragraph>().ToList();
            var afterName = cell.SkipWhile(p => p.InnerText.Length > 0 && p.InnerText != "*").FirstOrDefault();
            return d.Party
                ? afterName?.InnerText == "*" ? null : "thiếu dấu * dưới tên cơ quan"
                : afterName?.ParagraphProperties?.ParagraphBorders is not null ? null : "thiếu đường kẻ dưới tên cơ quan";
        }),
        new("khong-ghi-dien-quan-ly", "HD 36 mục 1.2; NĐ 30 Điều 8 (tên cơ quan, không phải diện quản lý)", _ => true, d =>
            d.AllText.FirstOrDefault(t => t.Contains("Diện ", StringComparison.OrdinalIgnoreCase) && t.Contains("quản lý", StringComparison.OrdinalIgnoreCase)) is { } line
                ? $"ghi diện quản lý thay tên cơ quan: \"{line}\"" : null),
        new("so-ky-hieu", "HD 36 mục 1.3 (Số 12-QĐ/TU); NĐ 30 Phụ lục I mục II.3 (Số: 12/QĐ-SCT)", _ => true, d =>
        {
            var number = NumberLine(d);
            if (d.Series is null)
            {
                return number.Length == 0 ? null : $"danh sách kèm theo không mang số: \"{number}\"";
            }

            var pattern = d.Party ? $@"^Số (\d+| +)-{d.Series}/[A-ZĐ]+$" : $@"^Số: ?(\d+| +)/{d.Series}-[A-ZĐ]+$";
            return Regex.IsMatch(number, pattern) ? null : $"số \"{number}\" không theo mẫu {pattern}";
        }),
        new("dia-danh-ngay-thang", "HD 36 mục 1.4; NĐ 30 Phụ lục I mục II.4", _ => true, d =>
        {
            var line = d.Heading.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(1).Elements<Paragraph>().First();
            var pattern = $@"^{Regex.Escape(d.Place)}, ngày (0[1-9]|[12]\d|3[01]) tháng ([1-9]|1[0-2]|0[12]) năm \d{{4}}$";
            return Regex.IsMatch(line.InnerText, pattern) && Italic(line) ? null : $"địa danh, ngày tháng \"{line.InnerText}\"";
        }),
        new("ten-loai-van-ban", "HD 36 mục 1.5; NĐ 30 Phụ lục I mục II.5", _ => true, d =>
            d.Paragraphs.FirstOrDefault(p => p.InnerText.Length > 0) is { } title && title.InnerText == d.Title && Bold(title) && Centred(title)
                ? null : $"tên loại văn bản phải là \"{d.Title}\", in hoa, đậm, căn giữa"),
        new("trich-yeu", "HD 36 mục 1.5; NĐ 30 Phụ lục I mục II.5 (trích yếu về quy hoạch cán bộ)", d => d.IsLetter, d =>
        {
            var subject = d.Paragraphs.Where(p => p.InnerText.Length > 0).ElementAtOrDefault(1);
            return subject is not null && subject.InnerText.StartsWith("Về việc ", StringComparison.Ordinal) && subject.InnerText.Contains("quy hoạch cán bộ chức danh", StringComparison.Ordinal)
                && subject.InnerText.Contains(", nhiệm kỳ ", StringComparison.Ordinal) && Bold(subject) && Centred(subject)
                ? null : $"trích yếu \"{subject?.InnerText}\"";
        }),
        new("tham-quyen-ban-hanh", "HD 36 mục 1.6; NĐ 30 Phụ lục I mục II.6", d => d.IsDecision, d =>
        {
            var texts = d.Paragraphs.Select(p => p.InnerText).ToList();
            var first = texts.FindIndex(t => t.Contains("Căn cứ", StringComparison.Ordinal));
            var line = first > 0 ? d.Paragraphs[first - 1] : null;
            return line is not null && line.InnerText == d.Authority && Bold(line) && Centred(line) ? null : $"thẩm quyền ban hành \"{line?.InnerText}\", cần \"{d.Authority}\"";
        }),
        new("can-cu", "HD 36 mục 1.6 (- Căn cứ …;); NĐ 30 Phụ lục I mục II.6 (Căn cứ …; in nghiêng)", d => d.IsDecision || d.Kind == GeneratedKind.Submission, d =>
        {
            var bases = Bases(d);
            if (bases.Count == 0)
            {
                return "không có căn cứ";
            }

            var prefix = d.Party ? "- Căn cứ " : "Căn cứ ";
            return bases.FirstOrDefault(p => !p.InnerText.StartsWith(prefix, StringComparison.Ordinal) || !p.InnerText.EndsWith(';') || (!d.Party && !Italic(p))) is { } bad
                ? $"căn cứ \"{bad.InnerText}\"" : null;
        }),
        new("can-cu-dieu-le-dang", "HD 36 mục 1.6 (quyết định của cấp ủy căn cứ Điều lệ Đảng)", d => d.IsDecision && d.Party, d =>
            Bases(d).Any(p => p.InnerText == "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;") ? null : "thiếu căn cứ Điều lệ Đảng"),
        new("xet-de-nghi", "HD 36 mục 1.6; NĐ 30 Phụ lục I (Theo/Xét đề nghị của …)", d => d.IsDecision, d =>
        {
            var after = d.Paragraphs.SkipWhile(p => !p.InnerText.Contains("Căn cứ", StringComparison.Ordinal)).SkipWhile(p => p.InnerText.Contains("Căn cứ", StringComparison.Ordinal)).FirstOrDefault();
            var expected = d.Party ? @"^- Xét đề nghị của .+,$" : @"^Xét đề nghị của .+\.$";
            return after is not null && Regex.IsMatch(after.InnerText, expected) ? null : $"dòng sau căn cứ \"{after?.InnerText}\"";
        }),
        new("chu-ky", "HD 36 mục 1.8 (T/M tập thể); NĐ 30 Điều 13 (chức vụ, KT.)", d => d.IsLetter, d =>
        {
            var signer = d.Foot?.Descendants<TableRow>().First().Elements<TableCell>().ElementAt(1).Elements<Paragraph>().TakeWhile(p => p.InnerText.Length > 0).ToList();
            if (signer is null || signer.Count == 0 || !signer.All(Bold))
            {
                return "thiếu khối chữ ký in đậm";
            }

            var lines = signer.Select(p => p.InnerText).ToList();
            return d.SignerHeadings is null || lines.SequenceEqual(d.SignerHeadings) ? null : $"chữ ký \"{string.Join(" / ", lines)}\", cần \"{string.Join(" / ", d.SignerHeadings)}\"";
        }),
        new("chuc-vu-khong-ghi-ten-co-quan", "NĐ 30 Điều 13 khoản 1 (chức vụ, không ghi tên cơ quan)", d => d.IsLetter, d =>
        {
            var name = d.Issuer[^1];
            var signer = d.Foot?.Descendants<TableRow>().First().Elements<TableCell>().ElementAt(1).Elements<Paragraph>().Select(p => p.InnerText).ToList() ?? [];
            return signer.FirstOrDefault(l => l.Contains(name, StringComparison.Ordinal)) is { } line ? $"chức vụ ghi tên cơ quan: \"{line}\"" : null;
        }),
        new("noi-nhan", "HD 36 mục 1.9; NĐ 30 Phụ lục I mục II.9", d => d.IsLetter, d =>
        {
            var cell = d.Foot?.Descendants<TableRow>().First().Elements<TableCell>().First().Elements<Paragraph>().ToList();
            if (cell is null || cell.Count < 2 || !Bold(cell[0]) || !Italic(cell[0]))
            {
                return "thiếu \"Nơi nhận:\" in đậm nghiêng";
            }

            var lines = cell.Skip(1).Select(p => p.InnerText).ToList();
            var separator = d.Party ? ',' : ';';
            var ok = lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)) && lines.SkipLast(1).All(l => l.EndsWith(separator)) && lines[^1].EndsWith('.');
            return ok ? null : $"nơi nhận \"{string.Join(" | ", lines)}\"";
        }),
        new("kinh-gui", "NĐ 30 Phụ lục III (tờ trình, báo cáo gửi cấp trên)", d => d.Kind is GeneratedKind.Submission or GeneratedKind.Report, d =>
            d.Paragraphs.FirstOrDefault(p => p.InnerText.StartsWith("Kính gửi: ", StringComparison.Ordinal)) is { } line && !line.InnerText.Contains("Diện", StringComparison.Ordinal)
                ? null : "thiếu \"Kính gửi:\" tên cơ quan nhận"),
        new("khong-lap-tu", "soạn thảo (không lặp cụm từ)", _ => true, d =>
            d.AllText.FirstOrDefault(t => Repeated().IsMatch(t)) is { } line ? $"lặp cụm từ: \"{Repeated().Match(line).Value}\"" : null),
        new("khong-ma-noi-bo", "soạn thảo (không có mã quy tắc, mã nội bộ)", _ => true, d =>
            d.AllText.Concat([d.PdfText ?? ""]).FirstOrDefault(t => Code().IsMatch(t)) is { } line ? $"mã nội bộ: \"{Code().Match(line).Value}\"" : null),
        new("khong-dinh-chu", "soạn thảo (không ngắt dòng giữa câu làm dính chữ)", _ => true, d =>
            d.Paragraphs.FirstOrDefault(p => p.Descendants<Break>().Any(b => b.Type is null) && p.Ancestors<Table>().FirstOrDefault() is null) is { } line
                ? $"ngắt dòng trong đoạn: \"{line.InnerText}\"" : null),
        new("khong-dinh-tu", "soạn thảo (mỗi chữ cách nhau; không có hai tiếng viết liền, không có hai đoạn chữ liền nhau không cách)", _ => true, d =>
            RunTogether(d) is { } joined ? $"dính chữ: \"{joined}\"" : null),
        new("xep-thu", "biên bản kiểm phiếu (xếp thứ theo số phiếu đồng ý, bằng phiếu cùng thứ)", d => d.Kind == GeneratedKind.Minutes, d =>
        {
            var table = d.Body.Descendants<Table>().FirstOrDefault(t => t.Elements<TableRow>().FirstOrDefault()?.Elements<TableCell>().Any(c => c.InnerText == "Xếp thứ") == true);
            if (table is null)
            {
                return "không có cột \"Xếp thứ\"";
            }

            var groups = new List<List<(int Votes, string Rank)>>();
            foreach (var row in table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()))
            {
                if (row.Count < 10 || groups.Count == 0)
                {
                    groups.Add([]);
                }

                if (row.Count >= 10)
                {
                    groups[^1].Add((int.Parse(row[6], CultureInfo.InvariantCulture), row[9]));
                }
            }

            var wrong = groups.SelectMany(g => g.Where(c => c.Rank != (1 + g.Count(o => o.Votes > c.Votes)).ToString(CultureInfo.InvariantCulture))).ToList();
            return groups.Sum(g => g.Count) > 0 && wrong.Count == 0 ? null : $"xếp thứ sai hoặc để trống: {string.Join(", ", wrong.Select(c => $"{c.Votes} phiếu → \"{c.Rank}\""))}";
        }),
        new("phong-chu", "NĐ 30 Điều 8 (Times New Roman, Unicode TCVN 6909:2001); HD 36", _ => true, d =>
        {
            var fonts = d.Styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts;
            return fonts is { Ascii.Value: "Times New Roman", HighAnsi.Value: "Times New Roman", EastAsia.Value: "Times New Roman", ComplexScript.Value: "Times New Roman" }
                ? null : "phông chữ mặc định không phải Times New Roman cho mọi hệ chữ";
        }),
        new("co-chu-noi-dung", "NĐ 30 Phụ lục I (nội dung 13–14)", _ => true, d =>
            d.Styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value is "26" or "28" ? null : "cỡ chữ nội dung phải 13–14"),
        new("kho-giay-le", "NĐ 30 Phụ lục I mục I.3 (A4; lề trên, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm)", _ => true, d =>
        {
            var size = d.Section.GetFirstChild<PageSize>()!;
            var margin = d.Section.GetFirstChild<PageMargin>()!;
            var (w, h) = ((int)size.Width!.Value, (int)size.Height!.Value);
            var a4 = (Math.Min(w, h), Math.Max(w, h)) == (11906, 16838);
            var ok = a4 && Between(margin.Top!.Value, 20, 25) && Between(margin.Bottom!.Value, 20, 25) && Between((int)margin.Left!.Value, 30, 35) && Between((int)margin.Right!.Value, 15, 20);
            return ok ? null : $"khổ {w}x{h}, lề {margin.Top}/{margin.Bottom}/{margin.Left}/{margin.Right}";
        }),
        new("so-trang", "NĐ 30 Phụ lục I mục II.12; HD 36 (số trang giữa lề trên, không đánh ở trang đầu)", d => d.PdfText is null, d =>
        {
            var first = d.Headers.GetValueOrDefault("First");
            var numbered = d.Headers.GetValueOrDefault("Default")?.Elements<Paragraph>().ToList() ?? [];
            var page = numbered.Count == 1 && Centred(numbered[0]) && numbered[0].Descendants<Text>().All(t => t.Text.Trim().All(char.IsAsciiDigit))
                && numbered[0].Descendants<FieldCode>().Any(f => f.Text.Trim() == "PAGE");
            return d.Section.GetFirstChild<TitlePage>() is not null && first is not null && first.InnerText.Trim().Length == 0
                && !first.Descendants<FieldCode>().Any() && page
                ? null : "số trang phải là trường PAGE căn giữa lề trên, từ trang 2";
        }),
        new("co-chu-ten-loai", "HD 36 Phụ lục (tên loại 15–16, đậm); NĐ 30 Phụ lục I (tên loại 13–14, đậm)", d => d.PdfText is null, d =>
        {
            var title = d.Paragraphs.First(p => p.InnerText.Length > 0);
            var size = FirstRun(title)?.FontSize?.Val?.Value;
            return (d.Party ? size is "30" or "32" : size is "26" or "28") ? null : $"cỡ chữ tên loại văn bản {size} nửa điểm";
        }),
        new("gach-duoi-trich-yeu", "HD 36 (dấu gạch nối dưới trích yếu); NĐ 30 Phụ lục I mục II.5 (đường kẻ ngang 1/3–1/2 dòng)", d => d.IsLetter && d.PdfText is null, d =>
        {
            var mark = d.Paragraphs.Where(p => p.InnerText.Length > 0 || p.ParagraphProperties?.ParagraphBorders is not null).ElementAtOrDefault(2);
            return d.Party
                ? mark?.InnerText == "-----" ? null : $"dưới trích yếu cần \"-----\", có \"{mark?.InnerText}\""
                : mark?.InnerText.Length == 0 && mark.ParagraphProperties?.ParagraphBorders?.TopBorder is not null
                    && mark.ParagraphProperties.Indentation is { } side && side.Left?.Value == side.Right?.Value && side.Left?.Value != "0" ? null : "thiếu đường kẻ dưới trích yếu";
        }),
        new("pdf-phong-chu", "NĐ 30 Điều 8 (phông Times New Roman hoặc tương đương, nhúng vào tệp)", d => d.PdfFonts is not null, d =>
        {
            var fonts = d.PdfFonts!.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            return fonts.Count > 0 && fonts.All(l => Regex.IsMatch(l, @"^[A-Z]{6}\+(Liberation ?Serif|Tinos)") && Regex.IsMatch(l, @"\syes\s+(yes|no)\s+(yes|no)\s+\d+"))
                ? null : $"phông PDF: {string.Join(" | ", fonts)}";
        }),
        new("pdf-so-trang", "NĐ 30 Phụ lục I mục II.12 (chỉ số trang, ở lề trên)", d => d.PdfText is not null, d =>
            Regex.IsMatch(d.PdfText!, @"Trang \d+/\d+") ? "bản PDF ghi \"Trang x/y\" ở chân trang" : null),
        new("pdf-noi-dung", "bản PDF cùng nội dung: cơ quan ban hành, tên văn bản", d => d.PdfText is not null, d =>
        {
            var text = Regex.Replace(d.PdfText!, @"\s+", " ");
            return d.Issuer.All(l => text.Contains(l, StringComparison.Ordinal)) && text.Contains(d.Title, StringComparison.Ordinal)
                ? null : "bản PDF thiếu cơ quan ban hành hoặc tên văn bản";
        }),
    ];

    /// <summary>The heading's right cell.</summary>
    private static List<Paragraph> Right(GeneratedDocument d) =>
        [.. d.Heading.Elements<TableRow>().First().Elements<TableCell>().ElementAt(1).Elements<Paragraph>()];

    private static string NumberLine(GeneratedDocument d) =>
        d.Heading.Elements<TableRow>().ElementAt(1).Elements<TableCell>().First().InnerText;

    private static List<Paragraph> Bases(GeneratedDocument d) =>
        [.. d.Paragraphs.Where(p => p.InnerText.StartsWith("Căn cứ", StringComparison.Ordinal) || p.InnerText.StartsWith("- Căn cứ", StringComparison.Ordinal))];

    /// <summary>
    /// The first place where words run together: two runs of a paragraph with no space between a letter and a letter
    /// ("tương đương|nhiệm kỳ"), or a word in small letters or in capitals of two syllables (Vietnamese writes one syllable
    /// a word: a vowel, a consonant, then a vowel again, as in "đươngnhiệm"; names and borrowed words such as "Internet"
    /// are capitalised and not counted), or a capital after a small letter ("đươngNhiệm"); null when none.
    /// </summary>
    private static string? RunTogether(GeneratedDocument d)
    {
        foreach (var paragraph in d.Body.Descendants<Paragraph>())
        {
            var runs = paragraph.Elements<Run>().Select(r => r.InnerText).Where(t => t.Length > 0).ToList();
            for (var i = 1; i < runs.Count; i++)
            {
                if (char.IsLetter(runs[i - 1][^1]) && char.IsLetter(runs[i][0]))
                {
                    return $"{runs[i - 1]}|{runs[i]}";
                }
            }
        }

        var words = d.AllText.Append(d.PdfText ?? "").SelectMany(t => Word().Matches(t)).Select(m => m.Value);
        return words.FirstOrDefault(w => (!Capitalised(w) && TwoSyllables().IsMatch(Fold(w))) || Regex.IsMatch(w, @"\p{Ll}\p{Lu}"));
    }

    /// <summary>A name or a word borrowed whole ("Internet"): a capital then small letters, not counted in syllables.</summary>
    private static bool Capitalised(string word) => char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    /// <summary>Lower case without diacritics, "đ" as "d": the letters whose vowels and consonants are counted.</summary>
    private static string Fold(string word) =>
        new([.. word.ToLower(Vietnamese).Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+[^aeiouy]+[aeiouy]")]
    private static partial Regex TwoSyllables();

    /// <summary>Twips between <paramref name="low"/> and <paramref name="high"/> millimetres (rounded as Word stores them).</summary>
    private static bool Between(int twips, int low, int high) => twips >= (low * 14400 / 254) - 2 && twips <= (high * 14400 / 254) + 2;

    /// <summary>A phrase of two to eight words said twice in a row ("danh sách danh sách").</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])((?:[\p{L}\d]+ ){1,7}[\p{L}\d]+) (?:và )?\1(?![\p{L}\d])")]
    private static partial Regex Repeated();

    /// <summary>Rule ids, GUIDs and rule-set keys.</summary>
    [GeneratedRegex(@"\bR-[A-Z]+(-[A-Z0-9]+)*\b|[0-9a-f]{8}-[0-9a-f]{4}-|\bqd(50|377)\b")]
    private static partial Regex Code();
}
