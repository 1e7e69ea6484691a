using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QuyHoach.Data.Identity;

namespace QuyHoach.Testing;

/// <summary>
/// The work factor of the passwords the tests make: Identity's PBKDF2 at 1,000 iterations instead of its default
/// 100,000. Tests sign in and create accounts several hundred times a run, and each hash at the default costs about
/// 46 ms of CPU on the CI machine (about an eighth of the Web tests' CPU). Only the test factory lowers it; the app
/// itself keeps Identity's default, and an account hashed more cheaply is hashed again at the default on its next
/// sign-in (ReferenceDeploymentTests checks both on the real processes).
/// </summary>
public static class TestPasswordHashing
{
    public const int Iterations = 1_000;

    /// <summary>The hasher the test factory gives the app, for hashes written by a test directly.</summary>
    public static PasswordHasher<AppUser> Hasher { get; } = new(Options.Create(new PasswordHasherOptions { IterationCount = Iterations }));

    /// <summary>The iteration count of an Identity version 3 hash (format byte 0x01, then the PRF and the count,
    /// big-endian).</summary>
    public static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        return bytes[0] == 0x01
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4))
            : throw new InvalidOperationException("Not an Identity version 3 password hash.");
    }
}
