using QuyHoach.Documents.Registry.Columns;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>
/// docs/import/registry-template.md must show every sheet and column exactly as the column definitions say, so the
/// documentation cannot drift from the template and the reader.
/// </summary>
public class TemplateDocumentationTests
{
    private static readonly Lazy<string> Document = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "QuyHoach.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return File.ReadAllText(Path.Combine(directory.FullName, "docs", "import", "registry-template.md"));
    });

    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var sheet in RegistrySheets.All)
        {
            foreach (var column in sheet.Columns)
            {
                data.Add(sheet.Name, column.Header);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void Documentation_Column_ListedWithItsGuideAndExample(string sheetName, string header)
    {
        var sheet = RegistrySheets.All.Single(s => s.Name == sheetName);
        var column = sheet.Columns.Single(c => c.Header == header);
        var section = Document.Value[Document.Value.IndexOf($"### Sheet `{sheet.Name}`", StringComparison.Ordinal)..];
        var line = $"| {column.Header} | {(column.Required ? "Có" : "Không")} | {column.Guide} | {column.Example} |";
        Assert.Contains(line, section, StringComparison.Ordinal);
    }

    [Fact]
    public void Documentation_EverySheet_HasASection()
    {
        foreach (var sheet in RegistrySheets.All)
        {
            Assert.Contains($"### Sheet `{sheet.Name}` ({sheet.Title}", Document.Value, StringComparison.Ordinal);
        }
    }
}
