namespace Ledger.Core.Identity;

/// <summary>What a password must be: long enough, and not the user's own name.</summary>
public static class PasswordRules
{
    public const int LengthMin = 8;

    public const int LengthMax = 256;

    /// <summary>How many of letters, digits and symbols a password mixes at least.</summary>
    private const int KindsMin = 2;

    /// <summary>The shortest user name that a password may not contain anywhere.</summary>
    private const int NameInPasswordLengthMin = 3;

    /// <summary>Null when <paramref name="password"/> may be <paramref name="userName"/>'s, else why not.</summary>
    public static Refusal? Check(string userName, string password)
    {
        if (password.Length < LengthMin)
        {
            return Refusal.Of("password.short", $"{userName} 的密码太短：至少 {LengthMin} 个字符", $"{userName}'s password is too short: at least {LengthMin} characters");
        }
        if (password.Length > LengthMax)
        {
            return Refusal.Of("password.long", $"{userName} 的密码太长：至多 {LengthMax} 个字符", $"{userName}'s password is too long: at most {LengthMax} characters");
        }
        if (new[] { password.Any(char.IsLetter), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) }.Count(kind => kind) < KindsMin)
        {
            return Refusal.Of("password.simple", $"{userName} 的密码太简单：字母、数字、符号至少要有两种", $"{userName}'s password is too simple: it needs at least two of letters, digits and symbols");
        }
        // A name of one or two letters (li, he) is in too many good passwords to refuse them all; the name itself never is.
        if (password.Equals(userName, StringComparison.OrdinalIgnoreCase)
            || (userName.Length >= NameInPasswordLengthMin && password.Contains(userName, StringComparison.OrdinalIgnoreCase)))
        {
            return Refusal.Of("password.name", $"{userName} 的密码不能包含用户名本身", $"{userName}'s password may not contain the user's own name");
        }
        return null;
    }
}
