using System.Text.RegularExpressions;

namespace Ledger.Cli.Hosting;

/// <summary>
/// The command-line parser's own messages, in Chinese. The parser speaks English only, and a clerk who mistyped an
/// option must read what went wrong in the language of the rest of the interface.
/// </summary>
internal static partial class ParseErrors
{
    public static string InChinese(string message)
    {
        foreach (var (pattern, chinese) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return chinese(match);
            }
        }
        return $"命令行有误：{message}（vledger --help 查看用法）";
    }

    private static string Option(string name) => name.Length == 1 ? $"-{name}" : $"--{name}";

    private static readonly (Regex Pattern, Func<Match, string> Chinese)[] Known =
    [
        (UnknownOption(), m => $"未知选项 {Option(m.Groups[1].Value)}（vledger … --help 列出这个命令的选项）"),
        (UnknownCommand(), m => $"未知命令“{m.Groups[1].Value}”（vledger --help 列出全部命令）"),
        (MissingArgument(), m => $"命令 {m.Groups[1].Value} 缺少参数 <{m.Groups[2].Value}>"),
        (MissingValue(), m => $"选项 {Option(m.Groups[1].Value)} 缺少值"),
        (NotConvertible(), m => $"“{m.Groups[1].Value}”不是有效的值"),
        (UnexpectedArgument(), m => $"多余的参数“{m.Groups[1].Value}”"),
    ];

    [GeneratedRegex(@"^Unknown option '(.+)'\.?$")]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Unknown command '(.+)'\.?$")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex(@"^Command '(.+)' is missing required argument '(.+)'\.?$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Option '(.+)' is defined but no value has been provided\.?$")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^Failed to convert '(.*)' to")]
    private static partial Regex NotConvertible();

    [GeneratedRegex(@"^Could not match '(.+)' with an argument\.?$")]
    private static partial Regex UnexpectedArgument();
}
