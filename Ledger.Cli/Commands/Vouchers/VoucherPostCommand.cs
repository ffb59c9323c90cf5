using System.ComponentModel;
using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Description("Post every approved voucher of the period in date order, numbering them per book and month.")]
internal sealed class VoucherPostCommand(CliContext context) : LedgerCommand<VoucherPostCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var period = RequiredPeriod(settings.Period);
        var book = OptionalBook(settings.Book);
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Post(period, book);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var zh = LanguageOf(settings) == Ledger.Core.Language.Zh;
            foreach (var group in result.Value.GroupBy(p => (p.Book, p.Number.Month)))
            {
                var first = group.Min(p => p.Number.Sequence);
                var last = group.Max(p => p.Number.Sequence);
                Context.Out.WriteLine(zh
                    ? $"{group.Key.Book} {group.Key.Month}：记账 {group.Count()} 张，记-{first} 至 记-{last}"
                    : $"{group.Key.Book} {group.Key.Month}: posted {group.Count()} vouchers, 记-{first} to 记-{last}");
            }
            Context.Out.WriteLine(zh ? $"共记账 {result.Value.Count} 张凭证" : $"Posted {result.Value.Count} vouchers in all");
            return ExitCodes.Done;
        });
    }
}
