using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// The certificate that encrypts the Data Protection key ring at rest. The keys live in the database (so every
/// instance signs and reads the same cookies and antiforgery tokens), but they also decrypt the authenticator keys
/// stored there: encrypted with this certificate, a database dump or backup alone gives neither (docs/security.md).
/// It is a file of the data folder (<c>keys/data-protection.pfx</c>, owner-only) or the file named by
/// <c>DataProtection:CertificateFile</c>; every instance over one database needs the same file. Made on first start.
/// </summary>
public sealed class KeyRingCertificate
{
    public const string SettingName = "DataProtection:CertificateFile";
    public const string DefaultFileName = "data-protection.pfx";

    public KeyRingCertificate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Folder = KeysFolder(configuration);
        FilePath = configuration[SettingName] is { Length: > 0 } file ? file : Path.Combine(Folder, DefaultFileName);
        Certificate = LoadOrCreate(FilePath);
    }

    /// <summary>The data folder's <c>keys/</c>, where the key ring's files were before migration 0020.</summary>
    public string Folder { get; }

    public string FilePath { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>The data folder's <c>keys/</c> (<c>QUYHOACH_DATA</c>, else <c>.data</c> in the working folder).</summary>
    public static string KeysFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataFolder = configuration["QUYHOACH_DATA"] is { Length: > 0 } folder ? folder : Path.Combine(Environment.CurrentDirectory, ".data");
        return Path.Combine(dataFolder, "keys");
    }

    private static X509Certificate2 LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>Writes a new self-signed certificate, readable by its owner only; another instance starting on the
    /// same folder at the same moment may win the race, and its file is the one used.</summary>
    private static void TryCreate(string path)
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=QuyHoach Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var bytes = certificate.Export(X509ContentType.Pkcs12);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            file.Write(bytes);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made by another instance in the meantime.
        }
    }
}
