using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Storage;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Integrity;

[Says("把乡镇的 SQLite 账库迁入空的 PostgreSQL 数据库：复制、核验，并比对每个账套每年的科目余额表，一致才算成功。",
    "Copy a township's SQLite store into an empty PostgreSQL database: copied, verified, and every book's trial balance of every year compared on both sides before it reports success.")]
internal sealed class MigrateCommand(CliContext context) : LedgerCommand<MigrateCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--from <FILE>")]
        [Says("迁出的 SQLite 账库文件", "The SQLite store to copy")]
        public string? From { get; init; }

        [CommandOption("--to <URL>")]
        [Says("迁入的空数据库：postgres://用户[:密码]@主机[:端口]/数据库", "The empty database to copy into: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")]
        public string? To { get; init; }
    }

    protected override string? NamedStore(Settings settings) =>
        settings.From ?? throw new UsageException(new Text("migrate 需要 --from：迁出的 SQLite 账库文件", "migrate needs --from: the SQLite store to copy"));

    protected override int Run(Settings settings)
    {
        var named = settings.To ?? throw new UsageException(new Text("migrate 需要 --to：迁入的 PostgreSQL 数据库，postgres://用户@主机/数据库", "migrate needs --to: the PostgreSQL database, postgres://USER@HOST/DATABASE"));
        if (StoreAddress.IsPostgresUrl(settings.From ?? ""))
        {
            throw new UsageException(new Text("--from 应为 SQLite 账库文件", "--from takes a SQLite store file"));
        }
        var target = StoreAddress.IsPostgresUrl(named) ? StoreAddress.ParsePostgres(named) : null;
        if (target is null || target.IsRefused)
        {
            throw new UsageException(new Text($"--to：{target?.Refusals[0].Message.Zh ?? "应为 postgres://用户@主机/数据库"}", $"--to: {target?.Refusals[0].Message.En ?? "takes postgres://USER@HOST/DATABASE"}"));
        }
        return WithSession(settings, session =>
        {
            var migrated = session.Migration.CopyTo(target.Value);
            if (migrated.IsRefused)
            {
                return Refused(migrated, settings);
            }
            var report = migrated.Value;
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh
                ? $"已迁入 {report.Target}：{report.Tables} 张表 {report.Rows} 行；核验通过（{report.Verified.Books} 个账套、{report.Verified.VouchersSealed} 张已记账凭证），{report.TrialBalancesCompared} 份年度科目余额表两边一致"
                : $"Copied into {report.Target}: {report.Tables} tables, {report.Rows} rows; it verifies (book chains: {report.Verified.Books}, posted vouchers: {report.Verified.VouchersSealed}), and the trial balances of {report.TrialBalancesCompared} book-years agree on both sides");
            return ExitCodes.Done;
        });
    }
}
