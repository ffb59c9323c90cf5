using Ledger.Core.Shares;
using Ledger.Tests.Support;

namespace Ledger.Tests.Shares;

public sealed class IdNumberTests
{
    [TestCase("11010519491231002X")]
    [TestCase("11010519491231002x")]
    [TestCase("33042419700808567X")]
    [TestCase("440524188001010014")]
    [TestCase("330424700808567")]
    public void Accepts_an_ID_number_whose_check_digit_and_date_of_birth_hold(string id) =>
        Assert.That(IdNumber.Problem(id), Is.Null);

    [TestCase("110105194912310021", "X")]
    [TestCase("330424197008085674", "X")]
    public void Refuses_an_ID_number_whose_check_digit_is_wrong_naming_the_right_one(string id, string expected) =>
        Assert.That(IdNumber.Problem(id)!.Zh, Does.Contain($"校验位应为 {expected}"));

    [TestCase("33042419700230567X")]
    [TestCase("3304241970080856")]
    [TestCase("33042419700808567A")]
    [TestCase("330424701308567")]
    [TestCase("")]
    public void Refuses_an_ID_number_of_the_wrong_length_form_or_date(string id) =>
        Assert.That(IdNumber.Problem(id), Is.Not.Null);

    [Test]
    public void Importing_members_refuses_a_wrong_ID_number_with_its_row_and_writes_nothing()
    {
        using var cli = new CliRunner().WithTownship();
        File.WriteAllText(cli.PathOf("classes.csv"), "股份类型,权重\n人口股,1\n");
        cli.Ok("shares", "classes", "import", "classes.csv", "--user", "zhao");
        File.WriteAllText(cli.PathOf("members.csv"), "户号,姓名,身份证号,股份类型,股数\nH001,沈建国,33042419700808567X,人口股,3\nH002,王秀英,330424197008085674,人口股,2\n");

        var result = cli.Run("import", "members", "members.csv", "--book", "V001/collective", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("members.csv:3").And.Contain("check digit X").And.Not.Contain("members.csv:2"));
        Assert.That(cli.Run("shares", "register", "--book", "V001/collective", "--date", "2024-12-31", "--format", "json").Output, Does.Not.Contain("H001"));
    }
}
