using System.Text;
using Ledger.Cli.Commands.Reports;
using Ledger.Cli.Commands.Setup;
using Ledger.Cli.Commands.Vouchers;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Hosting;

/// <summary>The vledger command tree, and the one place where failures become exit codes.</summary>
internal static class VledgerApp
{
    public static int Run(string[] args, CliContext context)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliContext), context);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("vledger");
            config.ConfigureConsole(Output.Console(context.Out));
            config.PropagateExceptions();
            // An unknown option is a mistake to report, not something to pass along silently.
            config.Settings.StrictParsing = true;
            config.AddCommand<InitCommand>("init");
            config.AddBranch("demo", demo =>
            {
                demo.SetDefaultCommand<DemoCommand>();
                demo.AddCommand<DemoGenerateCommand>("generate");
            });
            config.AddBranch("village", village =>
            {
                village.AddCommand<VillageAddCommand>("add");
                village.AddCommand<VillageListCommand>("list");
            });
            config.AddBranch("user", user =>
            {
                user.AddCommand<UserAddCommand>("add");
                user.AddCommand<UserListCommand>("list");
            });
            config.AddBranch("account", account =>
            {
                account.AddCommand<AccountAddCommand>("add");
                account.AddCommand<AccountListCommand>("list");
                account.AddCommand<AccountMarkCommand>("mark");
            });
            config.AddBranch("import", import =>
            {
                import.AddCommand<ImportVillagesCommand>("villages");
                import.AddCommand<Commands.Import.ImportVouchersCommand>("vouchers");
                import.AddCommand<Commands.Import.ImportAccountsCommand>("accounts");
                import.AddCommand<Commands.Import.ImportOpeningCommand>("opening");
                import.AddCommand<Commands.Import.ImportBudgetCommand>("budget");
                import.AddCommand<Commands.Shares.ImportMembersCommand>("members");
                import.AddCommand<Commands.Bank.ImportBankStatementCommand>("bank-statement");
                import.AddCommand<Commands.Contracts.ImportContractsCommand>("contracts");
            });
            config.AddBranch("voucher", voucher =>
            {
                voucher.AddCommand<VoucherAddCommand>("add");
                voucher.AddCommand<VoucherListCommand>("list");
                voucher.AddCommand<VoucherShowCommand>("show");
                voucher.AddCommand<VoucherApproveCommand>("approve");
                voucher.AddCommand<VoucherRejectCommand>("reject");
                voucher.AddCommand<VoucherPostCommand>("post");
                voucher.AddCommand<VoucherReverseCommand>("reverse");
                voucher.AddCommand<VoucherWithdrawCommand>("withdraw");
                voucher.AddCommand<VoucherEditCommand>("edit");
                voucher.AddCommand<VoucherTransferCommand>("transfer");
            });
            config.AddBranch("policy", policy =>
            {
                policy.AddCommand<Commands.Approval.PolicyImportCommand>("import");
                policy.AddCommand<Commands.Approval.PolicyShowCommand>("show");
            });
            config.AddBranch("approvals", approvals =>
            {
                approvals.AddCommand<Commands.Approval.ApprovalsPendingCommand>("pending");
                approvals.AddCommand<Commands.Approval.ApprovalsRunCommand>("run");
            });
            config.AddBranch("period", period =>
            {
                period.AddCommand<Commands.Periods.PeriodCloseCommand>("close");
                period.AddCommand<Commands.Periods.PeriodReopenCommand>("reopen");
                period.AddCommand<Commands.Periods.PeriodStatusCommand>("status");
            });
            config.AddBranch("year", year => year.AddCommand<Commands.Periods.YearCloseCommand>("close"));
            config.AddBranch("budget", budget =>
            {
                budget.AddCommand<Commands.Budgets.BudgetApproveCommand>("approve");
                budget.AddCommand<Commands.Budgets.BudgetAdjustCommand>("adjust");
                budget.AddCommand<Commands.Budgets.BudgetShowCommand>("show");
            });
            config.AddBranch("report", report =>
            {
                report.AddCommand<TrialBalanceCommand>("trial-balance");
                report.AddCommand<BalanceSheetCommand>("balance-sheet");
                report.AddCommand<IncomeCommand>("income");
                report.AddCommand<Commands.Budgets.BudgetReportCommand>("budget");
                report.AddCommand<LedgerReportCommand>("ledger");
                report.AddCommand<TownshipReportCommand>("township");
                report.AddCommand<TransparencyCommand>("transparency");
                report.AddCommand<AuditReportCommand>("audit");
                report.AddCommand<Commands.Bank.BankReconciliationCommand>("bank-reconciliation");
                report.AddCommand<Commands.Contracts.ContractsReportCommand>("contracts");
            });
            config.AddBranch("bank", bank =>
            {
                bank.AddCommand<Commands.Bank.BankMatchCommand>("match");
                bank.AddCommand<Commands.Bank.BankUnmatchCommand>("unmatch");
            });
            config.AddBranch("shares", shares =>
            {
                shares.AddBranch("classes", classes => classes.AddCommand<Commands.Shares.SharesClassesImportCommand>("import"));
                shares.AddCommand<Commands.Shares.SharesFixCommand>("fix");
                shares.AddCommand<Commands.Shares.SharesEventCommand>("event");
                shares.AddCommand<Commands.Shares.SharesRegisterCommand>("register");
            });
            config.AddBranch("dividends", dividends =>
            {
                dividends.AddCommand<Commands.Shares.DividendsPlanCommand>("plan");
                dividends.AddCommand<Commands.Shares.DividendsApproveCommand>("approve");
                dividends.AddCommand<Commands.Shares.DividendsPostCommand>("post");
            });
            config.AddBranch("export", export => export.AddCommand<ExportLedgerCommand>("ledger"));
            config.AddCommand<Commands.Integrity.VerifyCommand>("verify");
            config.AddCommand<Commands.Integrity.BackupCommand>("backup");
            config.AddCommand<Commands.Integrity.RestoreCommand>("restore");
            config.AddCommand<Commands.Integrity.LogCommand>("log");
        });
        try
        {
            return app.Run(args);
        }
        catch (Exception e) when (e is CommandAppException or UsageException)
        {
            context.Error.WriteLine($"vledger: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 26 })
        {
            context.Error.WriteLine("vledger: the store is not a vledger SQLite file (file is not a database)");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"vledger: internal error, a bug in vledger: {e.GetType().Name}: {e.Message}");
            if (context.Variable("VLEDGER_VERBOSE") is not null)
            {
                context.Error.WriteLine(e.ToString());
            }
            return ExitCodes.Bug;
        }
    }
}
