namespace Ledger.Tests.Support;

/// <summary>A township whose year comes from `demo generate`, imported, approved and posted through the command line.</summary>
public static class GeneratedTownship
{
    /// <summary>
    /// Generates <paramref name="vouchers"/> vouchers for <paramref name="villages"/> villages into data/, and posts
    /// them into a new store in the runner's folder, with 10201 under the bank account of every book.
    /// </summary>
    public static CliRunner WithGeneratedYear(this CliRunner cli, int vouchers, int villages, int seed)
    {
        cli.Ok("demo", "generate", "--vouchers", $"{vouchers}", "--villages", $"{villages}", "--seed", $"{seed}", "--out", "data");
        cli.Ok("init", "--township", "330424101", "--name", "基准镇", "--admin", "admin", "--no-passwords");
        cli.Ok("import", "villages", "data/villages.csv", "--user", "admin");
        File.WriteAllText(cli.PathOf("accounts.csv"), "科目编码,科目名称\n10201,银行存款-基本户\n");
        foreach (var village in Enumerable.Range(1, villages).Select(n => $"V{n:000}"))
        {
            cli.Ok("import", "accounts", "accounts.csv", "--book", $"{village}/collective", "--user", "admin");
            cli.Ok("import", "accounts", "accounts.csv", "--book", $"{village}/committee", "--user", "admin");
        }
        cli.Ok("user", "add", "clerk", "--role", "clerk", "--user", "admin");
        cli.Ok("user", "add", "reviewer", "--role", "township-reviewer", "--user", "admin");
        cli.Ok("user", "add", "accountant", "--role", "township-accountant", "--user", "admin");
        File.WriteAllText(cli.PathOf("policy.json"), TestLedger.LenientPolicy);
        cli.Ok("policy", "import", "policy.json", "--user", "admin");
        cli.Ok("import", "vouchers", $"data/vouchers-{vouchers}.csv", "--user", "clerk");
        cli.Ok("approvals", "run", "--period", "2024", "--approve", "--user", "reviewer");
        cli.Ok("voucher", "post", "--period", "2024", "--user", "accountant");
        return cli;
    }
}
