using System.Text;
using Ledger.Cli.Hosting;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return VledgerApp.Run(args, CliContext.FromProcess());
