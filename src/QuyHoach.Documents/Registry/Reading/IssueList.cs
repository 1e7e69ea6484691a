namespace QuyHoach.Documents.Registry.Reading;

/// <summary>
/// Collects every issue of a file. Past <see cref="ImportLimits.MaxIssues"/> only the count grows, and one closing
/// issue says how many were left out: a 50,000-row file of bad dates must not produce a report nobody can open.
/// </summary>
internal sealed class IssueList(int max)
{
    private readonly List<ImportIssue> issues = [];
    private int omitted;

    public void Add(ImportIssue issue)
    {
        if (issues.Count < max)
        {
            issues.Add(issue);
        }
        else
        {
            omitted++;
        }
    }

    public IReadOnlyList<ImportIssue> ToList() => omitted == 0
        ? issues
        : [.. issues, new ImportIssue("", 0, "", $"Còn {omitted.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} lỗi khác chưa hiển thị; hãy sửa các lỗi trên rồi tải lên lại.")];
}
