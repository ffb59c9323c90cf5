namespace Ledger.Tests.Support;

/// <summary>
/// A fixture whose tests read the demo township (vledger-demo.db), built once for the fixture by `vledger demo`.
/// Its tests only read: a test that writes builds its own store.
/// </summary>
public abstract class DemoStore
{
    protected CliRunner Demo { get; private set; } = null!;

    [OneTimeSetUp]
    public void BuildDemo()
    {
        Demo = new CliRunner();
        Demo.Ok("demo");
    }

    [OneTimeTearDown]
    public void RemoveDemo() => Demo.Dispose();
}
