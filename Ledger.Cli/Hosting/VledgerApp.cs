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
    /// <summary>The options every command takes, each with its value.</summary>
    private static readonly HashSet<string> Conventions = ["--db", "--user", "--format", "--lang", "--out"];

    /// <summary>The conventions that are flags, taking no value.</summary>
    private static readonly HashSet<string> ConventionFlags = ["--password-stdin"];

    /// <summary>
    /// The contract lets the conventions stand before the command, as with git (vledger --db town.db report …); the
    /// parser takes options only after the command's words, so those in front are moved behind them.
    /// </summary>
    public static string[] WithConventionsLast(string[] args)
    {
        var leading = new List<string>();
        var i = 0;
        while (i < args.Length)
        {
            var name = args[i].Split('=', 2)[0];
            if (ConventionFlags.Contains(name))
            {
                leading.Add(args[i++]);
                continue;
            }
            if (!Conventions.Contains(name))
            {
                break;
            }
            var takesNext = !args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length;
            leading.AddRange(args.Skip(i).Take(takesNext ? 2 : 1));
            i += takesNext ? 2 : 1;
        }
        return leading.Count == 0 || i == args.Length ? args : [.. args.Skip(i), .. leading];
    }

    public static int Run(string[] args, CliContext context)
    {
        var language = CliLanguage.OfArguments(args, context.Variable("LANG"));
        CliLanguage.Current = language;
        string Say(string zh, string en) => language == Language.Zh ? zh : en;
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliContext), context);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("vledger");
            // Spectre's own words on a help page (用法, 选项, 命令) come from its zh-Hans resources.
            config.Settings.Culture = System.Globalization.CultureInfo.GetCultureInfo(language == Language.Zh ? "zh-Hans" : "en");
            config.ConfigureConsole(Output.Console(context.Out));
            config.PropagateExceptions();
            // An unknown option is a mistake to report, not something to pass along silently.
            config.Settings.StrictParsing = true;
            config.AddCommand<InitCommand>("init");
            config.AddCommand<LoginCommand>("login");
            config.AddCommand<LogoutCommand>("logout");
            config.AddCommand<PasswdCommand>("passwd");
            config.AddBranch("passwords", passwords =>
            {
                passwords.SetDescription(Say("密码：为只凭用户名操作的乡镇启用密码", "Passwords: turn them on for a township that has acted by name"));
                passwords.AddCommand<PasswordsEnableCommand>("enable");
            });
            config.AddBranch("demo", demo =>
            {
                demo.SetDescription(Say("演示乡镇：建一个演示库，看科目余额表、公开榜、收益分配方案、银行对账和全镇汇总", "The demo township: a demo store with its trial balance, board, dividend plan, bank reconciliation and township view"));
                demo.SetDefaultCommand<DemoCommand>();
                demo.AddCommand<DemoGenerateCommand>("generate");
            });
            config.AddBranch("village", village =>
            {
                village.SetDescription(Say("村：新增、列出（每村两本账）", "Villages: add and list (two books each)"));
                village.AddCommand<VillageAddCommand>("add");
                village.AddCommand<VillageListCommand>("list");
            });
            config.AddBranch("user", user =>
            {
                user.SetDescription(Say("用户与角色", "Users and their roles"));
                user.AddCommand<UserAddCommand>("add");
                user.AddCommand<UserListCommand>("list");
                user.AddCommand<UserResetPasswordCommand>("reset-password");
            });
            config.AddBranch("account", account =>
            {
                account.SetDescription(Say("会计科目：增设明细科目、列出、标记", "The chart of accounts: add sub-accounts, list, mark"));
                account.AddCommand<AccountAddCommand>("add");
                account.AddCommand<AccountListCommand>("list");
                account.AddCommand<AccountMarkCommand>("mark");
            });
            config.AddBranch("import", import =>
            {
                import.SetDescription(Say("导入表格：凭证、期初余额、预算、科目、成员、银行对账单、合同", "Import spreadsheets: vouchers, opening balances, budgets, accounts, members, bank statements, contracts"));
                import.AddCommand<ImportVillagesCommand>("villages");
                import.AddCommand<Commands.Import.ImportVouchersCommand>("vouchers");
                import.AddCommand<Commands.Import.ImportAccountsCommand>("accounts");
                import.AddCommand<Commands.Import.ImportOpeningCommand>("opening");
                import.AddCommand<Commands.Import.ImportBudgetCommand>("budget");
                import.AddCommand<Commands.Shares.ImportMembersCommand>("members");
                import.AddCommand<Commands.Bank.ImportBankStatementCommand>("bank-statement");
                import.AddCommand<Commands.Contracts.ImportContractsCommand>("contracts");
                import.AddCommand<Commands.Import.ImportInventoryCommand>("inventory");
            });
            config.AddBranch("voucher", voucher =>
            {
                voucher.SetDescription(Say("记账凭证：录入、查询、审批、退回、记账、冲销、两账划转", "Vouchers: add, list, show, approve, reject, post, reverse, transfer between the books"));
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
                policy.SetDescription(Say("审批规则：导入、查看", "The approval policy: import and show"));
                policy.AddCommand<Commands.Approval.PolicyImportCommand>("import");
                policy.AddCommand<Commands.Approval.PolicyShowCommand>("show");
            });
            config.AddBranch("approvals", approvals =>
            {
                approvals.SetDescription(Say("按月审批：待审批、批量审批", "The monthly approval run: pending and run"));
                approvals.AddCommand<Commands.Approval.ApprovalsPendingCommand>("pending");
                approvals.AddCommand<Commands.Approval.ApprovalsRunCommand>("run");
            });
            config.AddBranch("period", period =>
            {
                period.SetDescription(Say("会计期间：结账、反结账、结账检查、结账情况", "Accounting months: close, reopen, check, status"));
                period.AddCommand<Commands.Periods.PeriodCloseCommand>("close");
                period.AddCommand<Commands.Periods.PeriodReopenCommand>("reopen");
                period.AddCommand<Commands.Periods.PeriodCheckCommand>("check");
                period.AddCommand<Commands.Periods.PeriodStatusCommand>("status");
            });
            config.AddBranch("year", year =>
            {
                year.SetDescription(Say("年度结账", "Closing the year"));
                year.AddCommand<Commands.Periods.YearCloseCommand>("close");
            });
            config.AddBranch("budget", budget =>
            {
                budget.SetDescription(Say("预算：审批、调整、查看", "Budgets: approve, adjust, show"));
                budget.AddCommand<Commands.Budgets.BudgetApproveCommand>("approve");
                budget.AddCommand<Commands.Budgets.BudgetAdjustCommand>("adjust");
                budget.AddCommand<Commands.Budgets.BudgetShowCommand>("show");
            });
            config.AddBranch("report", report =>
            {
                report.SetDescription(Say("报表：科目余额表、资产负债表、收益及收益分配表、明细账、公开榜、审计、全镇汇总……", "Reports: trial balance, balance sheet, income, ledger, board, audit, township view …"));
                report.AddCommand<TrialBalanceCommand>("trial-balance");
                report.AddCommand<BalanceSheetCommand>("balance-sheet");
                report.AddCommand<IncomeCommand>("income");
                report.AddCommand<SummaryCommand>("summary");
                report.AddCommand<StatsCommand>("stats");
                report.AddCommand<InventoryReportCommand>("inventory");
                report.AddCommand<Commands.Budgets.BudgetReportCommand>("budget");
                report.AddCommand<LedgerReportCommand>("ledger");
                report.AddCommand<JournalReportCommand>("journal");
                report.AddCommand<TownshipReportCommand>("township");
                report.AddCommand<TransparencyCommand>("transparency");
                report.AddCommand<AuditReportCommand>("audit");
                report.AddCommand<Commands.Bank.BankReconciliationCommand>("bank-reconciliation");
                report.AddCommand<Commands.Contracts.ContractsReportCommand>("contracts");
                report.AddCommand<Commands.Dimensions.DimensionReportCommand>("dimension");
                report.AddCommand<Commands.Dimensions.AgeingCommand>("ageing");
                report.AddCommand<Commands.Dimensions.StatementOfAccountCommand>("statement-of-account");
                report.AddCommand<Commands.Dimensions.ProjectsReportCommand>("projects");
            });
            config.AddBranch("print", print =>
            {
                print.SetDescription(Say("打印（PDF，供纸质档案装订）：记账凭证、凭证封面、日记账、账簿、会计报表", "Print (PDF, for the paper archive): vouchers, covers, journals, ledgers and statements"));
                print.AddCommand<Commands.Print.PrintVouchersCommand>("vouchers");
                print.AddCommand<Commands.Print.PrintCoverCommand>("cover");
                print.AddCommand<Commands.Print.PrintJournalCommand>("journal");
                print.AddCommand<Commands.Print.PrintLedgerCommand>("ledger");
                print.AddCommand<Commands.Print.PrintStatementsCommand>("statements");
            });
            config.AddBranch("bank", bank =>
            {
                bank.SetDescription(Say("银行对账：勾对、取消勾对", "Bank matching: match and unmatch"));
                bank.AddCommand<Commands.Bank.BankMatchCommand>("match");
                bank.AddCommand<Commands.Bank.BankUnmatchCommand>("unmatch");
            });
            config.AddBranch("shares", shares =>
            {
                shares.SetDescription(Say("股权：股份类型、股权固化、股权变动、股权登记簿", "Shares: classes, fixing, events, the register"));
                shares.AddBranch("classes", classes =>
                {
                    classes.SetDescription(Say("股份类型（人口股、农龄股……）及权重", "Share classes (人口股, 农龄股, …) and their weights"));
                    classes.AddCommand<Commands.Shares.SharesClassesImportCommand>("import");
                });
                shares.AddCommand<Commands.Shares.SharesFixCommand>("fix");
                shares.AddCommand<Commands.Shares.SharesEventCommand>("event");
                shares.AddCommand<Commands.Shares.SharesRegisterCommand>("register");
            });
            config.AddBranch("dividends", dividends =>
            {
                dividends.SetDescription(Say("收益分配：方案、审批、记账", "Dividends: plan, approve, post"));
                dividends.AddCommand<Commands.Shares.DividendsPlanCommand>("plan");
                dividends.AddCommand<Commands.Shares.DividendsApproveCommand>("approve");
                dividends.AddCommand<Commands.Shares.DividendsPostCommand>("post");
            });
            config.AddBranch("export", export =>
            {
                export.SetDescription(Say("导出给 ledger-cli、hledger 的日记账", "Export a journal for ledger-cli and hledger"));
                export.AddCommand<ExportLedgerCommand>("ledger");
            });
            config.AddCommand<Commands.Integrity.VerifyCommand>("verify");
            config.AddCommand<Commands.Integrity.BackupCommand>("backup");
            config.AddCommand<Commands.Integrity.RestoreCommand>("restore");
            config.AddCommand<Commands.Integrity.LogCommand>("log");
            config.AddCommand<Commands.Integrity.MigrateCommand>("migrate");
        });
        try
        {
            return app.Run(WithConventionsLast(args));
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"vledger: {e.Text.In(language)}");
            return ExitCodes.Usage;
        }
        catch (Rendering.Pdf.PdfFontMissingException e)
        {
            // The machine lacks a package, not vledger a feature: the message names the package, as for a missing file.
            context.Error.WriteLine($"vledger: {e.Text.In(language)}");
            return ExitCodes.Usage;
        }
        catch (CommandAppException e)
        {
            context.Error.WriteLine($"vledger: {(language == Language.Zh ? ParseErrors.InChinese(e.Message) : e.Message)}");
            return ExitCodes.Usage;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is "42501")
        {
            // The role may connect but not make or change the store's tables: on PostgreSQL 15 and later only the
            // database's owner creates tables in its public schema.
            context.Error.WriteLine(Say($"vledger: PostgreSQL 不允许这个用户这样做：{e.MessageText}（账库应由数据库的所有者建立和使用）", $"vledger: PostgreSQL does not let this user do that: {e.MessageText} (the store should be made and used by the database's owner)"));
            return ExitCodes.Usage;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is "28P01" or "28000" or "3D000")
        {
            // The server refused the connection: wrong password, no such role or database, no right to it. Its own
            // message names the user or database, never the password.
            context.Error.WriteLine(Say($"vledger: PostgreSQL 拒绝连接：{e.MessageText}", $"vledger: PostgreSQL refused the connection: {e.MessageText}"));
            return ExitCodes.Usage;
        }
        catch (Npgsql.NpgsqlException e) when (e is not Npgsql.PostgresException)
        {
            context.Error.WriteLine(Say($"vledger: 连不上 PostgreSQL 服务器：{e.InnerException?.Message ?? e.Message}", $"vledger: cannot reach the PostgreSQL server: {e.InnerException?.Message ?? e.Message}"));
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 26 })
        {
            context.Error.WriteLine(Say("vledger: 这个文件不是 vledger 的 SQLite 账库（file is not a database）", "vledger: the store is not a vledger SQLite file (file is not a database)"));
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            context.Error.WriteLine(Say($"vledger: 内部错误，这是 vledger 的缺陷，请报告：{e.GetType().Name}: {e.Message}", $"vledger: internal error, a bug in vledger: {e.GetType().Name}: {e.Message}"));
            if (context.Variable("VLEDGER_VERBOSE") is not null)
            {
                context.Error.WriteLine(e.ToString());
            }
            return ExitCodes.Bug;
        }
    }
}
