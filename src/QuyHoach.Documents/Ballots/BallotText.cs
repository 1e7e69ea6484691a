namespace QuyHoach.Documents.Ballots;

/// <summary>Lời in trên phiếu: the ballot's title, instruction and table headers, from its kind and rule-set data.</summary>
public static class BallotText
{
    /// <summary>Tên phiếu.</summary>
    public static string Title(BallotPaperKind kind) => kind switch
    {
        BallotPaperKind.Nomination => "PHIẾU GIỚI THIỆU",
        BallotPaperKind.Removal => "PHIẾU BIỂU QUYẾT",
    };

    /// <summary>The line under the title naming what is voted on.</summary>
    public static string Subject(BallotPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.Kind switch
        {
            BallotPaperKind.Nomination => $"Quy hoạch chức danh {paper.TitleName}",
            BallotPaperKind.Removal => $"Đưa ra khỏi quy hoạch chức danh {paper.TitleName}",
        };
    }

    /// <summary>Hướng dẫn ghi phiếu: how to mark, the quota (R-BAL-1) and the write-in lines where allowed.</summary>
    public static string Instruction(BallotPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var parts = new List<string>();
        switch (paper.Kind)
        {
            case BallotPaperKind.Nomination:
                parts.Add("Đồng ý giới thiệu người nào thì đánh dấu X vào ô ở cột \"Đồng ý\" cùng dòng với người đó.");
                parts.Add($"Giới thiệu không quá {paper.Quota} người"
                    + (paper.OverQuotaInvalid ? "; phiếu giới thiệu quá số người này là phiếu không hợp lệ." : "."));
                if (paper.WriteInLines > 0)
                {
                    parts.Add("Giới thiệu người ngoài danh sách thì ghi họ và tên, chức vụ vào dòng để trống và đánh dấu vào ô cùng dòng.");
                }

                break;
            case BallotPaperKind.Removal:
                parts.Add("Đồng ý đưa người nào ra khỏi quy hoạch thì đánh dấu X vào ô ở cột \"Đồng ý\" cùng dòng với người đó.");
                break;
        }

        parts.Add("Không ký tên, không ghi thêm dấu hiệu riêng trên phiếu.");
        return string.Join(' ', parts);
    }

    /// <summary>The table's column headers.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["STT", "Họ và tên", "Chức vụ hiện tại", "Đồng ý"];

    /// <summary>The text of a write-in line.</summary>
    public const string WriteInLine = "Họ và tên, chức vụ: ....................................................................................";

    /// <summary>The reminder at the top of a following page.</summary>
    public static string Continuation(BallotPaper paper) => $"{Title(paper.Kind)} - {Subject(paper)} (tiếp theo)";

    /// <summary>Trang x/y.</summary>
    public static string PageLabel(int page, int pages) => $"Trang {page}/{pages}";
}
