namespace QuyHoach.Cli.Tests;

/// <summary>
/// The worked examples in docs/rules/ stay true: each <c>$ ./qh …</c> line in a page is run and its stdout must be
/// the line written under it, with exit code 0.
/// </summary>
public class DocsExamplesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "docs-rules");

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var page in Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(page);
            for (var i = 0; i + 1 < lines.Length; i++)
            {
                if (lines[i].StartsWith("$ ./qh ", StringComparison.Ordinal))
                {
                    data.Add(Path.GetFileName(page), i + 1, lines[i]["$ ./qh ".Length..], lines[i + 1]);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Examples_WorkedExamplePages_EachFamilyHasSome()
    {
        var pages = Examples().Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["age.md", "votes.md", "working-days.md"], pages);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_RunAsWritten_PrintsTheDocumentedOutput(string page, int line, string command, string expected)
    {
        var (exit, output, error) = await CliRunner.Run(command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(exit == 0, $"{page}:{line}: exit {exit}: {error}");
        Assert.Equal(expected, output);
    }
}
