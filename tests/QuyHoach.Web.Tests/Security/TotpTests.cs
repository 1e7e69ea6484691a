using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>The test helper itself, against the SHA-1 vectors of RFC 6238 appendix B (last six digits).</summary>
public sealed class TotpTests
{
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890" in base32

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_RfcVectors_Match(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
}
