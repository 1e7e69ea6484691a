namespace QuyHoach.Domain.Voting;

/// <summary>Một lần nhập biên bản kiểm phiếu: the ballot counts and the agree votes per line as one member entered them.</summary>
/// <param name="Issued">Số phiếu phát ra.</param>
/// <param name="Returned">Số phiếu thu vào.</param>
/// <param name="Valid">Số phiếu hợp lệ.</param>
/// <param name="Invalid">Số phiếu không hợp lệ.</param>
/// <param name="Agree">Agree votes by line id.</param>
public sealed record TallyEntrySheet(int Issued, int Returned, int Valid, int Invalid, IReadOnlyDictionary<string, int> Agree);

/// <summary>A line of the ballot as the comparison labels it.</summary>
/// <param name="Id">The line's id, the key of <see cref="TallyEntrySheet.Agree"/>.</param>
/// <param name="FullName">Họ và tên on the ballot.</param>
public sealed record BallotLine(string Id, string FullName);

/// <summary>One field where two entries differ.</summary>
/// <param name="Field">The field, in Vietnamese (e.g. "Số phiếu hợp lệ", "Đồng ý: Nguyễn Văn A").</param>
/// <param name="First">The first entry's number.</param>
/// <param name="Second">The second entry's number.</param>
public sealed record TallyDifference(string Field, int First, int Second);

/// <summary>
/// Đối chiếu hai lần nhập (R-SECRET-1, double entry): two members of the counting committee enter the paper tally
/// separately; the two entries reconcile only when every count and every line's agree votes are equal. The same
/// comparison shows a correction's before and after.
/// </summary>
public static class TallyReconciliation
{
    /// <summary>Every field where <paramref name="first"/> and <paramref name="second"/> differ, counts first, then the
    /// lines in ballot order; empty when they reconcile.</summary>
    public static IReadOnlyList<TallyDifference> Compare(TallyEntrySheet first, TallyEntrySheet second, IReadOnlyList<BallotLine> lines)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(lines);
        var differences = new List<TallyDifference>();
        void Field(string label, int a, int b)
        {
            if (a != b)
            {
                differences.Add(new TallyDifference(label, a, b));
            }
        }

        Field("Số phiếu phát ra", first.Issued, second.Issued);
        Field("Số phiếu thu vào", first.Returned, second.Returned);
        Field("Số phiếu hợp lệ", first.Valid, second.Valid);
        Field("Số phiếu không hợp lệ", first.Invalid, second.Invalid);
        foreach (var line in lines)
        {
            Field($"Đồng ý: {line.FullName}", first.Agree[line.Id], second.Agree[line.Id]);
        }

        return differences;
    }

    /// <summary>True when the two entries agree on every count and line.</summary>
    public static bool Reconciles(TallyEntrySheet first, TallyEntrySheet second, IReadOnlyList<BallotLine> lines) => Compare(first, second, lines).Count == 0;
}
