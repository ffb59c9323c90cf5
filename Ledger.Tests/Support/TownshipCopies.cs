namespace Ledger.Tests.Support;

/// <summary>
/// A fixture whose tests each run on their own copy of one township, built once for the fixture (<see cref="CliRunner.Copy"/>),
/// so that what one test writes is not there for the next and no test pays for building it again.
/// </summary>
public abstract class TownshipCopies
{
    /// <summary>The township as built once: V001 and V002, the contract's users, and what <see cref="Prepare"/> adds.</summary>
    protected CliRunner Township { get; private set; } = null!;

    /// <summary>The copy the current test runs on.</summary>
    protected CliRunner Cli { get; private set; } = null!;

    /// <summary>Adds to <see cref="Township"/> what this fixture's tests start from.</summary>
    protected virtual void Prepare()
    {
    }

    [OneTimeSetUp]
    public void BuildTownship()
    {
        Township = new CliRunner().WithTownship();
        Prepare();
    }

    [OneTimeTearDown]
    public void RemoveTownship() => Township.Dispose();

    [SetUp]
    public void CopyTownship() => Cli = Township.Copy();

    [TearDown]
    public void RemoveCopy() => Cli.Dispose();
}
