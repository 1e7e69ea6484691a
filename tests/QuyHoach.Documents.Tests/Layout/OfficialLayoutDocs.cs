using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Tests.Decisions;
using QuyHoach.Documents.Tests.Minutes;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Layout;

/// <summary>Every Word document the app writes, in a Party and a State body's layout, as bytes.</summary>
internal static class OfficialLayoutDocs
{
    /// <summary>The kind of document (its title line) of each, by name.</summary>
    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>
    {
        ["minutes"] = "BIÊN BẢN KIỂM PHIẾU",
        ["tally-summary"] = "BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU",
        ["submission"] = "TỜ TRÌNH",
        ["approval"] = "QUYẾT ĐỊNH",
        ["removal"] = "QUYẾT ĐỊNH",
        ["summary-list"] = SummaryListColumns.Title,
        ["notice"] = "THÔNG BÁO",
        ["report"] = "BÁO CÁO",
    };

    /// <summary>The documents that carry a trích yếu under their kind (the summary list has a plain subtitle).</summary>
    public static IReadOnlyList<string> WithSubject { get; } = ["minutes", "tally-summary", "submission", "approval", "removal", "notice", "report"];

    public static IEnumerable<object[]> All() =>
        from name in Kinds.Keys from kind in new[] { BodyKind.Party, BodyKind.State } select new object[] { name, kind };

    public static IEnumerable<object[]> Subjects() =>
        from name in WithSubject from kind in new[] { BodyKind.Party, BodyKind.State } select new object[] { name, kind };

    public static byte[] Write(string name, BodyKind kind)
    {
        var unit = kind == BodyKind.Party ? SeedDecisions.PartyUnit : SeedDecisions.StateUnit;
        using var stream = new MemoryStream();
        switch (name)
        {
            case "minutes": TallyMinutesDocument.Write(stream, SeedTally.KeyCadres(unit)); break;
            case "tally-summary": TallySummaryDocument.Write(stream, SeedSummary.Build(unit)); break;
            case "submission": SubmissionDocument.Write(stream, SeedDecisions.Submission(unit)); break;
            case "approval": ApprovalDecisionDocument.Write(stream, SeedDecisions.Approval(kind == BodyKind.Party ? null : unit)); break;
            case "removal": RemovalDecisionDocument.Write(stream, SeedDecisions.Removal(kind == BodyKind.Party ? null : unit)); break;
            case "summary-list": SummaryListDocument.Write(stream, SeedDecisions.SummaryList(unit)); break;
            case "notice": DisclosureNoticeDocument.Write(stream, SeedDecisions.Notice() with { Body = unit }); break;
            case "report": HigherLevelReportDocument.Write(stream, SeedDecisions.Report() with { Body = unit }); break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }

        return stream.ToArray();
    }
}
