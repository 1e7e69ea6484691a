using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>
/// Kiểm tra biên bản kiểm phiếu: checks that a tally sheet is arithmetically consistent and reports every problem.
/// </summary>
/// <remarks>
/// Checks: no negative number; at least one convened; present ≤ convened; issued ≤ present (one ballot per person
/// present); at least one ballot issued when anyone is present (a sheet of 0 issued with people present accounts for
/// nobody: it is a sheet left blank, not a vote); returned ≤ issued; returned = valid + invalid; each candidate's agree ≤ valid; no candidate twice.
/// An empty list means the sheet is consistent; it says nothing about quorum or thresholds.
/// </remarks>
public static class TallyRule
{
    /// <summary>R-SECRET-1: the tally sheet of docs/rules/votes.md; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-SECRET-1");

    /// <summary>Every problem with <paramref name="sheet"/>, in Vietnamese; empty when consistent.</summary>
    public static IReadOnlyList<VoteProblem> Validate(TallySheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var problems = new List<VoteProblem>();
        void Negative(int value, string label)
        {
            if (value < 0)
            {
                problems.Add(new VoteProblem("NEGATIVE", $"{label} không được âm (đã nhập {value})."));
            }
        }

        Negative(sheet.Convened, "Số người được triệu tập");
        Negative(sheet.Present, "Số người có mặt");
        Negative(sheet.Issued, "Số phiếu phát ra");
        Negative(sheet.Returned, "Số phiếu thu vào");
        Negative(sheet.Valid, "Số phiếu hợp lệ");
        Negative(sheet.Invalid, "Số phiếu không hợp lệ");
        if (sheet.Convened == 0)
        {
            problems.Add(new VoteProblem("NO_CONVENED", "Số người được triệu tập phải lớn hơn 0."));
        }

        Check(problems, sheet.Present <= sheet.Convened, "PRESENT_EXCEEDS_CONVENED", $"Số người có mặt ({sheet.Present}) lớn hơn số người được triệu tập ({sheet.Convened}).");
        Check(problems, sheet.Issued <= sheet.Present, "ISSUED_EXCEEDS_PRESENT", $"Số phiếu phát ra ({sheet.Issued}) lớn hơn số người có mặt ({sheet.Present}).");
        Check(problems, sheet.Present <= 0 || sheet.Issued >= 1, "NONE_ISSUED", $"Số phiếu phát ra phải từ 1 trở lên khi có {sheet.Present} người có mặt (đã nhập {sheet.Issued}).");
        Check(problems, sheet.Returned <= sheet.Issued, "RETURNED_EXCEEDS_ISSUED", $"Số phiếu thu vào ({sheet.Returned}) lớn hơn số phiếu phát ra ({sheet.Issued}).");
        Check(problems, sheet.Returned == checked(sheet.Valid + sheet.Invalid), "RETURNED_NOT_VALID_PLUS_INVALID", $"Số phiếu thu vào ({sheet.Returned}) khác tổng phiếu hợp lệ và không hợp lệ ({sheet.Valid} + {sheet.Invalid}).");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in sheet.Candidates)
        {
            Check(problems, seen.Add(c.Id), "DUPLICATE_CANDIDATE", $"Người \"{c.Id}\" xuất hiện nhiều lần trong biên bản.");
            Negative(c.Agree, $"Số phiếu đồng ý của \"{c.Id}\"");
            Check(problems, c.Agree <= sheet.Valid, "AGREE_EXCEEDS_VALID", $"Số phiếu đồng ý của \"{c.Id}\" ({c.Agree}) lớn hơn số phiếu hợp lệ ({sheet.Valid}).");
        }

        return problems;
    }

    private static void Check(List<VoteProblem> problems, bool ok, string code, string message)
    {
        if (!ok)
        {
            problems.Add(new VoteProblem(code, message));
        }
    }
}
