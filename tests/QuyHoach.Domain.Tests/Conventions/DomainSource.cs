namespace QuyHoach.Domain.Tests.Conventions;

/// <summary>The Domain source files, found by walking up from the test binaries to the folder holding QuyHoach.slnx.</summary>
internal static class DomainSource
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<(string Relative, string Text)> Files() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src", "QuyHoach.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Path.Combine(Root, "src", "QuyHoach.Domain"), f).Replace('\\', '/'), File.ReadAllText(f)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuyHoach.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("QuyHoach.slnx not found above " + AppContext.BaseDirectory);
    }
}
