using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Documents.Minutes;

/// <summary>
/// Biên bản kiểm phiếu: the tally minutes of one ballot step, on portrait A4 in the issuing body's layout (Party:
/// HD 36-HD/VPTW; State: NĐ 30/2020). Counts, the threshold and its base, every candidate's votes and ratio, whether
/// the result is sealed (R-DISC-1), and the counting committee's signatures.
/// </summary>
public static class TallyMinutesDocument
{
    public static void Write(Stream output, TallyMinutes minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, "Biên bản kiểm phiếu");
        var width = document.Layout.TextWidthTwips;
        document.Append(OfficialHeading.Create(minutes.Body, minutes.Date, minutes.Number, width));
        document.Append(DocumentTitle.Create(minutes.Body.Kind, "BIÊN BẢN KIỂM PHIẾU",
            $"Giới thiệu nhân sự quy hoạch {minutes.Scope}, nhiệm kỳ {minutes.PlannedTerm}", width));

        document.Append(Paragraphs.Body(
            $"Hôm nay, vào hồi {VietnameseDate.Time(minutes.Start)}, {VietnameseDate.Long(minutes.Date)}, tại {minutes.Venue}, " +
            $"{minutes.Conference} tiến hành bỏ phiếu kín giới thiệu nhân sự quy hoạch {minutes.Scope} nhiệm kỳ {minutes.PlannedTerm}."));
        document.Append(Paragraphs.Body(TextFormat.Plain.ToRun("Chủ trì hội nghị: "), TextFormat.Plain.ToRun($"đồng chí {minutes.Chair.FullName}, {minutes.Chair.Position}.")));

        document.Append(Paragraphs.Body("1. Ban kiểm phiếu", TextFormat.Strong));
        document.Append(Paragraphs.Body($"Hội nghị đã bầu Ban kiểm phiếu gồm {Count(minutes.CountingCommittee.Count)} đồng chí:"));
        foreach (var member in minutes.CountingCommittee)
        {
            document.Append(Paragraphs.Body($"- Đồng chí {member.FullName}, {member.Position} - {TallyText.Of(member.Role)}."));
        }

        var counts = minutes.Counts;
        document.Append(Paragraphs.Body("2. Số người tham dự và số phiếu", TextFormat.Strong));
        document.Append(Paragraphs.Body($"- Tổng số người được triệu tập: {counts.Convened} người; có mặt: {counts.Present} người; vắng mặt: {counts.Convened - counts.Present} người."));
        document.Append(Paragraphs.Body($"- Số phiếu phát ra: {counts.Issued} phiếu; số phiếu thu vào: {counts.Returned} phiếu."));
        document.Append(Paragraphs.Body($"- Số phiếu hợp lệ: {counts.Valid} phiếu; số phiếu không hợp lệ: {counts.Invalid} phiếu."));

        document.Append(Paragraphs.Body("3. Kết quả kiểm phiếu", TextFormat.Strong));
        document.Append(Paragraphs.Body(
            TextFormat.Emphasis.ToRun("Nguyên tắc lựa chọn, giới thiệu: "),
            TextFormat.Plain.ToRun($"nhân sự được lựa chọn, giới thiệu phải đạt tỉ lệ phiếu đồng ý {minutes.Threshold}. " +
                $"Tỉ lệ dưới đây tính so với {TallyText.Of(minutes.Base)} ({minutes.BaseCount} người).")));
        document.Append(Paragraphs.Body("Kết quả cụ thể như sau:"));
        document.Append(TallyCandidateTable.Create(minutes, width));
        document.Append(Paragraphs.Body(minutes.Announced ? TallyText.Announced : TallyText.Sealed, new TextFormat(Bold: true, Italic: true)));
        document.Append(Paragraphs.Body(
            $"Biên bản kết thúc vào hồi {VietnameseDate.Time(minutes.End)} cùng ngày, đã được đọc lại cho các thành viên Ban kiểm phiếu nghe và nhất trí ký tên."));
        document.Append(Paragraphs.Blank());
        document.Append(SignatureBlock.Create(Signatures(minutes.CountingCommittee), width));
        if (minutes.Footnote is { } footnote)
        {
            document.Append(Paragraphs.Blank());
            document.Append(Paragraphs.Body(footnote, new TextFormat(Italic: true)));
        }

        if (minutes.Scans is { } scans)
        {
            TallyScansSection.Append(document, scans);
        }
    }

    /// <summary>Ủy viên on the left, the Trưởng ban on the right, as minutes are signed.</summary>
    private static List<SignatureColumn> Signatures(IReadOnlyList<CountingMember> committee)
    {
        var members = committee.Where(m => m.Role == CountingRole.Member).Select(m => m.FullName).ToList();
        var heads = committee.Where(m => m.Role == CountingRole.Head).Select(m => m.FullName).ToList();
        var columns = new List<SignatureColumn>();
        if (members.Count > 0)
        {
            columns.Add(new SignatureColumn(["Các ủy viên Ban kiểm phiếu"], members));
        }

        columns.Add(new SignatureColumn(["Trưởng ban kiểm phiếu"], heads));
        return columns;
    }

    /// <summary>"03": counts of people in running text take two digits below ten, as the seeds write "04 bước".</summary>
    private static string Count(int n) => n.ToString(n < 10 ? "D2" : "D", CultureInfo.InvariantCulture);
}
