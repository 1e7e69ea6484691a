using System.Reflection;
using System.Text.RegularExpressions;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Tests.Conventions;

public partial class DomainPurityTests
{
    private static readonly Assembly Domain = typeof(LegalBasis).Assembly;

    [Fact]
    public void DomainAssembly_References_OnlyBcl()
    {
        var foreign = Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !(n == "netstandard" || n == "mscorlib" || n == "System" || n.StartsWith("System.", StringComparison.Ordinal)))
            .ToArray();
        Assert.Empty(foreign);
    }

    [GeneratedRegex(@"\b(DateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)|TimeProvider|Environment\s*\.\s*TickCount|Stopwatch)\b")]
    private static partial Regex ClockPattern();

    [Fact]
    public void DomainSource_ReadsNo_Clock()
    {
        var offenders = DomainSource.Files().Where(f => ClockPattern().IsMatch(f.Text)).Select(f => f.Relative).ToArray();
        Assert.NotEmpty(DomainSource.Files());
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\b(double|float|decimal|Double|Single|Decimal|Math\.Round|MathF)\b")]
    private static partial Regex FloatingPattern();

    // Integer arithmetic everywhere; only the lunar-calendar astronomy may use floating point.
    [Fact]
    public void DomainSource_UsesNo_FloatingPointOutsideCalendarAstronomy()
    {
        var offenders = DomainSource.Files()
            .Where(f => !(f.Relative.StartsWith("Calendar/", StringComparison.Ordinal) && AstronomyFile().IsMatch(f.Relative)))
            .Where(f => FloatingPattern().IsMatch(StripComments(f.Text)))
            .Select(f => f.Relative)
            .ToArray();
        Assert.Empty(offenders);
    }

    [GeneratedRegex("(?i)(astronom|lunar|sun|moon)")]
    private static partial Regex AstronomyFile();

    private static string StripComments(string text) => Regex.Replace(text, @"//.*$", string.Empty, RegexOptions.Multiline);

    /// <summary>
    /// Every public static class named <c>…Rule</c> or <c>…Policy</c> cites its legal basis: a public static
    /// <see cref="LegalBasis"/> property named <c>Basis</c>, or (for rules that apply several bases) named
    /// <c>…Basis</c>, e.g. <c>PartyBasis</c>.
    /// </summary>
    [Fact]
    public void RulesAndPolicies_Expose_LegalBasis()
    {
        var rules = Domain.GetExportedTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && (t.Name.EndsWith("Rule", StringComparison.Ordinal) || t.Name.EndsWith("Policy", StringComparison.Ordinal)))
            .ToArray();
        Assert.NotEmpty(rules);
        var missing = rules
            .Where(t => !t.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Any(p => p.PropertyType == typeof(LegalBasis) && p.Name.EndsWith("Basis", StringComparison.Ordinal) && p.GetValue(null) is LegalBasis { RuleId.Length: > 0 }))
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(missing);
    }
}
