using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("在一级科目或明细科目下增设明细科目，如 10201 银行存款-农商行；--all-books 一次增设到所有（或 --kind 所指类型的）账套。",
    "Add a sub-account under a level-1 account or another sub-account, e.g. 10201 银行存款-农商行; --all-books adds it to every book (of --kind) at once.")]
internal sealed class AccountAddCommand(CliContext context) : LedgerCommand<AccountAddCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--book <BOOK>")]
        [Says("增设到这一账套，例如 V001/collective。", "The book to add it to, e.g. V001/collective.")]
        public string? Book { get; init; }

        [CommandOption("--all-books")]
        [Says("增设到每个账套（可用 --kind 限定类型）：全部成功或全部不改；已有同编码同名称科目的账套跳过并列出。",
            "Add it to every book (of --kind): all or nothing; books that already have it under the same code and name are skipped and listed.")]
        public bool AllBooks { get; init; }

        [CommandOption("--kind <KIND>")]
        [Says("与 --all-books 同用：collective（合作社）或 committee（村委会）。", "With --all-books: collective or committee.")]
        public string? Kind { get; init; }

        [Says("科目编码，如 10201", "The account code, e.g. 10201")]
        [CommandArgument(0, "<CODE>")]
        public string Code { get; init; } = "";

        [Says("科目名称，如 银行存款-农商行", "The account's name, e.g. 银行存款-农商行")]
        [CommandArgument(1, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandOption("--non-distributable")]
        [Says("其收入永不用于分红的收入科目（征地补偿、专项补助）。", "An income account whose income is never paid out as dividends (land compensation, earmarked subsidies).")]
        public bool NonDistributable { get; init; }
    }

    protected override int Run(Settings settings)
    {
        if (settings.AllBooks)
        {
            return RunForEveryBook(settings);
        }
        if (settings.Kind is not null)
        {
            throw new UsageException(new Text("--kind 只与 --all-books 同用", "--kind goes with --all-books only"));
        }
        var book = RequiredBook(settings.Book);
        return WithSession(settings, session =>
        {
            var result = session.Accounts.AddSubAccount(book, settings.Code, settings.Name, settings.NonDistributable);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh
                ? $"已在 {book} 添加科目 {result.Value.Code} {result.Value.Name}"
                : $"Added account {result.Value.Code} {result.Value.Name} to {book}");
            return ExitCodes.Done;
        });
    }

    private int RunForEveryBook(Settings settings)
    {
        if (settings.Book is not null)
        {
            throw new UsageException(new Text("--book 与 --all-books 只能二选一", "give --book or --all-books, not both"));
        }
        BookKind? kind = null;
        if (settings.Kind is not null)
        {
            kind = BookKindNames.TryParse(settings.Kind, out var parsed)
                ? parsed
                : throw new UsageException(new Text($"--kind：账套类型“{settings.Kind}”无效，应为 collective（合作社）或 committee（村委会）",
                    $"--kind: '{settings.Kind}' is not a book kind: collective or committee"));
        }
        return WithSession(settings, session =>
        {
            var result = session.Accounts.AddSubAccountToEveryBook(kind, settings.Code, settings.Name, settings.NonDistributable);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var rollout = result.Value;
            var zh = LanguageOf(settings) == Language.Zh;
            var account = $"{rollout.Account.Code} {rollout.Account.Name}";
            Context.Out.WriteLine((zh, rollout.Added.Count) switch
            {
                (true, 0) => $"没有账套需要增设科目 {account}",
                (true, _) => $"已在 {rollout.Added.Count} 个账套添加科目 {account}：{string.Join("、", rollout.Added)}",
                (false, 0) => $"No book needed account {account}",
                (false, _) => $"Added account {account} to {rollout.Added.Count} books: {string.Join(", ", rollout.Added)}",
            });
            if (rollout.AlreadyThere.Count > 0)
            {
                Context.Out.WriteLine(zh
                    ? $"{rollout.AlreadyThere.Count} 个账套已有此科目，未改动：{string.Join("、", rollout.AlreadyThere)}"
                    : $"{rollout.AlreadyThere.Count} books already had it and were left as they were: {string.Join(", ", rollout.AlreadyThere)}");
            }
            return ExitCodes.Done;
        });
    }
}
