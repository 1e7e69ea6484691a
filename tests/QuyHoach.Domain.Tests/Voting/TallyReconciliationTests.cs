using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

public class TallyReconciliationTests
{
    private static readonly BallotLine[] Lines = [new("1", "Nguyễn Văn An"), new("2", "Trần Thị Bình")];

    private static TallyEntrySheet Sheet(int issued, int returned, int valid, int invalid, int an, int binh) =>
        new(issued, returned, valid, invalid, new Dictionary<string, int> { ["1"] = an, ["2"] = binh });

    /// <summary>Two entries reconcile only when every count and every line agree; each difference is named in Vietnamese.</summary>
    public static TheoryData<string, TallyEntrySheet, string> Cases() => new()
    {
        { "equal", Sheet(12, 12, 11, 1, 8, 5), "" },
        { "issued differs", Sheet(11, 11, 10, 1, 8, 5), "Số phiếu phát ra 12≠11; Số phiếu thu vào 12≠11; Số phiếu hợp lệ 11≠10" },
        { "invalid differs", Sheet(12, 12, 10, 2, 8, 5), "Số phiếu hợp lệ 11≠10; Số phiếu không hợp lệ 1≠2" },
        { "one line differs", Sheet(12, 12, 11, 1, 8, 6), "Đồng ý: Trần Thị Bình 5≠6" },
        { "lines swapped", Sheet(12, 12, 11, 1, 5, 8), "Đồng ý: Nguyễn Văn An 8≠5; Đồng ý: Trần Thị Bình 5≠8" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_SecondEntry_DifferencesFieldByField(string name, TallyEntrySheet second, string expected)
    {
        var first = Sheet(12, 12, 11, 1, 8, 5);
        var differences = TallyReconciliation.Compare(first, second, Lines);
        Assert.Equal(expected, string.Join("; ", differences.Select(d => $"{d.Field} {d.First}≠{d.Second}")));
        Assert.Equal(expected.Length == 0, TallyReconciliation.Reconciles(first, second, Lines));
        Assert.NotNull(name);
    }
}
