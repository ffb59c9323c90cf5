using System.ComponentModel;
using Ledger.Core;
using Spectre.Console;

namespace Ledger.Cli.Hosting;

/// <summary>
/// A command's or option's description in both languages; help shows the one of <see cref="CliLanguage.Current"/>.
/// Help pages read descriptions as markup, so the text is escaped here: a bracket in a description (an optional
/// part, "[:project]") is shown as written instead of failing the whole page.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
internal sealed class SaysAttribute(string zh, string en) : DescriptionAttribute
{
    public Ledger.Core.Text Text { get; } = new(zh, en);

    public override string Description => Markup.Escape(Text.In(CliLanguage.Current));
}
