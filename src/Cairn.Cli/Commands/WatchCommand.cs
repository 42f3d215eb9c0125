using System.CommandLine;
using System.Runtime.InteropServices;
using Cairn.Cli.Watching;
using Cairn.Ingest;

namespace Cairn.Cli.Commands;

/// <summary>
/// <c>cairn watch [--settle MS]</c>: ingests files as they arrive in the Inbox, each once it has stopped changing,
/// until Ctrl+C or SIGTERM; the batch in progress finishes first, then it exits 0.
/// </summary>
public sealed class WatchCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var settle = new Option<int>("--settle")
        {
            Description = "Milliseconds a file's size and write time must hold before it is ingested",
            DefaultValueFactory = _ => (int)InboxWatch.DefaultSettle.TotalMilliseconds,
            CustomParser = WholeNumber.Of("--settle", "milliseconds"),
        };
        settle.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--settle must be 0 or more milliseconds");
            }
        });
        var command = new Command("watch", "Ingest files as they arrive in the Inbox, until Ctrl+C") { settle };

        // A synchronous action on purpose: System.CommandLine's own Ctrl+C handling for async actions ends the
        // process (exit 130) two seconds after the signal, which could cut a batch short.
        command.SetAction(parse =>
        {
            var options = new WatchOptions(context.VaultPath(parse), TimeSpan.FromMilliseconds(parse.GetValue(settle)), context.IsJson(parse));
            using var stop = new CancellationTokenSource();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
            return new WatchLoop(context, options).RunAsync(context.Time, null, stop.Token).GetAwaiter().GetResult();
        });
        return command;
    }

    /// <summary>The first signal asks the loop to stop after its batch; a second one is let through and ends the process.</summary>
    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = !stop.IsCancellationRequested;
        stop.Cancel();
    }
}
