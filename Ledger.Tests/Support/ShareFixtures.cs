using System.Text;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Shares;

namespace Ledger.Tests.Support;

/// <summary>A charter and a small register for the share tests: four households, two classes.</summary>
public static class ShareFixtures
{
    public const string Classes = "股份类型,权重\n人口股,1\n农龄股,0.5\n";

    /// <summary>H001 3 人口股 + 10 农龄股 (8 weighted); H002 2 + 4 (4); H003 2 人口股 (2); H004 1 人口股 (1).</summary>
    public const string Members = """
        东风村股份经济合作社股权登记表
        户号,姓名,身份证号,股份类型,股数
        H001,沈建国,330407195001011234,人口股,3
        H001,沈建国,330407195001011234,农龄股,10
        H002,王秀英,330400196203154321,人口股,2
        H002,王秀英,330400196203154321,农龄股,4
        H003,陈志明,33042419700808567X,人口股,2
        H004,张桂芳,330405198512120011,人口股,1
        """;

    public static MemoryStream Sheet(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Classes by zhao, the register by wang, fixed on 2020-12-31 by zhao.</summary>
    public static void FixedRegister(TestLedger ledger, BookRef? book = null)
    {
        Register(ledger, book);
        TestLedger.Ok(ledger.As("zhao").Shares.Fix(book ?? TestLedger.Collective, new DateOnly(2020, 12, 31)));
    }

    public static void Register(TestLedger ledger, BookRef? book = null)
    {
        TestLedger.Ok(ledger.As("zhao").Shares.ImportClasses("classes.csv", Sheet(Classes)));
        TestLedger.Ok(ledger.As("wang").Shares.ImportMembers("members.csv", Sheet(Members), book ?? TestLedger.Collective));
    }

    public static Result<ShareEvent> Inherit(TestLedger ledger, string from, string to, long units, string date, string? className = null) =>
        ledger.As("wang").Shares.Record(TestLedger.Collective, ShareEventKind.Inheritance, from, to, units,
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), className);
}
