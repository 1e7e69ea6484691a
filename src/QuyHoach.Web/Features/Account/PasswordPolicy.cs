using System.Reflection;
using System.Text;

namespace QuyHoach.Web.Features.Account;

/// <summary>
/// What Identity's length and character rules do not catch (docs/security.md): a password that contains the account name or
/// the product name, a common password (the list in common-passwords.txt, Vietnamese ones included) possibly with
/// digits or symbols added at either end, or one made of fewer than four different characters. Compared without
/// case, diacritics, spaces or punctuation, so "Quy Hoạch 2026" is the product name too.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    /// <summary>Identity's RequiredLength (AuthSetup).</summary>
    public const int MinimumLength = 12;

    private const int MinimumDistinct = 4;
    private static readonly string[] ProductNames = ["quyhoach"];
    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problem = Check(user.UserName, password ?? "");
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = problem }));
    }

    /// <summary>The Vietnamese reason <paramref name="password"/> is refused, or null when it is acceptable.</summary>
    public static string? Check(string? userName, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var folded = Fold(password);
        var name = Fold(userName ?? "");
        if (name.Length >= 3 && folded.Contains(name, StringComparison.Ordinal))
        {
            return "Mật khẩu không được chứa tên đăng nhập.";
        }

        if (ProductNames.Any(p => folded.Contains(p, StringComparison.Ordinal)))
        {
            return "Mật khẩu không được chứa tên phần mềm (QuyHoach).";
        }

        var stem = folded.Trim("0123456789".ToCharArray());
        if (Common.Value.Contains(folded) || Common.Value.Contains(stem))
        {
            return "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.";
        }

        return password.Distinct().Count() < MinimumDistinct
            ? $"Mật khẩu phải có ít nhất {MinimumDistinct} ký tự khác nhau."
            : null;
    }

    /// <summary>Lower case, no diacritics (đ is d), letters and digits only.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QuyHoach.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(Fold(line));
            }
        }

        return set;
    }
}
