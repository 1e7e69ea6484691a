using Xunit.Abstractions;

namespace QuyHoach.Web.Tests.Architecture;

/// <summary>
/// No feature folder of the Web project uses a feature folder that uses it back, directly or through others
/// (docs/adr/0010), and none uses Hosting, which uses them all: what features share lives in the planning kernel
/// (Features/Planning), which uses no feature that uses it, and each feature registers its own handlers. The table of
/// who uses whom is printed for the ADR.
/// </summary>
public sealed class FolderCycleTests(ITestOutputHelper output)
{
    private static readonly FolderGraph Graph = FolderGraph.Of(typeof(Program).Assembly);

    [Fact]
    public void FeatureFolders_UsingEachOther_FormNoLoop()
    {
        output.WriteLine(Graph.Table());
        var cycles = Graph.Cycles(folder => folder.StartsWith("Features/", StringComparison.Ordinal));
        Assert.True(cycles.Count == 0, "Folders that use each other in a loop:\n" + string.Join('\n', cycles));
    }

    /// <summary>
    /// Hosting wires every feature up, so no feature may use Hosting back (the sign-in lockout numbers, for one, live
    /// in Features/Account and Hosting reads them from there).
    /// </summary>
    [Fact]
    public void HostingAndFeatureFolders_UsingEachOther_FormNoLoop()
    {
        var cycles = Graph.Cycles(folder => folder == "Hosting" || folder.StartsWith("Features/", StringComparison.Ordinal));
        Assert.True(cycles.Count == 0, "Folders that use each other in a loop:\n" + string.Join('\n', cycles));
    }
}
