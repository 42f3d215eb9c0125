using System.Text;
using Cairn.Cli;

Console.OutputEncoding = Encoding.UTF8;
var context = new CliContext(Console.Out, Console.Error, TimeProvider.System) { FileSystem = KillSwitchFileSystem.FromEnvironment() };
return CairnApp.Run(args, context);
