using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands;

/// <summary>The options every command takes (../shared/contract.md, "Conventions").</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Says("账库：文件，或 postgres://用户[:密码]@主机[:端口]/数据库；默认当前目录的 vledger.db，或环境变量 VLEDGER_DB。", "The store: a file, or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE; default vledger.db here, or VLEDGER_DB.")]
    public string? Db { get; init; }

    [CommandOption("--user <NAME>")]
    [Says("操作人；或环境变量 VLEDGER_USER。凡改动数据的命令都必须有。", "Who acts; or VLEDGER_USER. Required by every command that changes data.")]
    public string? User { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Says("table、json 或 csv。", "table, json or csv.")]
    public string? Format { get; init; }

    [CommandOption("--lang <LANG>")]
    [Says("zh 或 en；默认中文，LANG 以 en 开头时为英文。", "zh or en; default zh when LANG starts with zh.")]
    public string? Lang { get; init; }

    [CommandOption("--password-stdin")]
    [Says("从标准输入读密码，一行一个（密码从不写在命令行上）：改动数据的命令读操作人的密码作为身份证明；init 读第一个管理员的，user add 和 user reset-password 读该用户的新密码（管理员须已登录或用 VLEDGER_PASSWORD）；login 读登录者的；passwd 读两行，旧密码和新密码。",
        "Read passwords from standard input, one per line (never on the command line): a changing command reads the acting user's, as proof; init the first admin's; user add and user reset-password the user's new one (the admin proves themselves by login or VLEDGER_PASSWORD); login the one logging in's; passwd two lines, the old and the new.")]
    public bool PasswordStdin { get; init; }

    [CommandOption("--out <FILE>")]
    [Says("把列表或报表写入文件，而不是输出到屏幕。", "Write the listing or report to a file instead of stdout.")]
    public string? Out { get; init; }
}
