using System.CommandLine;
using Cairn.Cli.Output;
using Cairn.Sources;
using Spectre.Console;

namespace Cairn.Cli.Commands;

/// <summary><c>cairn inspect FILE</c>: what Cairn reads in one source, before any extraction.</summary>
public sealed class InspectCommand : ICliCommand
{
    private const int Preview = 10;

    public Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The source file (txt, md, vtt, srt, docx, eml, json)" };
        var command = new Command("inspect", "Show what Cairn reads in one source: format, kind, title, date, participants, utterances");
        command.Arguments.Add(file);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var result = SourceReader.ReadFile(path);
            if (result.Document is not { } document)
            {
                context.Error($"{path}: {result.Error!.Problem}");
                return ExitCodes.Failed;
            }

            if (context.IsJson(parse))
            {
                JsonOutput.Write(context.Stdout, InspectView.From(document), CliJsonContext.Default.InspectView);
            }
            else
            {
                Render(context.Console, document);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, SourceDocument document)
    {
        // "key: value" lines rather than a grid: a grid pads every cell to its column, leaving trailing spaces.
        Field(console, "format", document.Format);
        Field(console, "kind", EnumName.Of(document.Kind));
        Field(console, "title", document.Title);
        Field(console, "date", (document.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(unknown)")
            + (document.DateFrom == DateOrigin.Source ? string.Empty : $" ({document.DateFallback ?? string.Empty})"));
        Field(console, "participants", string.Join(", ", document.Participants.Select(Describe)));
        Field(console, "utterances", document.Utterances.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        if (document.Utterances.Count > 0)
        {
            var table = new Table().AddColumn("start").AddColumn("speaker").AddColumn("text");
            foreach (var utterance in document.Utterances.Take(Preview))
            {
                table.AddRow(
                    utterance.Start is { } start ? Timestamps.Format(start) : "",
                    Markup.Escape(utterance.Speaker),
                    Markup.Escape(Shorten(utterance.Text, 100)));
            }

            console.Write(table);
            if (document.Utterances.Count > Preview)
            {
                console.MarkupLine($"[dim]… {document.Utterances.Count - Preview} more[/]");
            }
        }

        if (document.Email is { } email)
        {
            console.MarkupLine($"[bold]new text[/]\n{Markup.Escape(Shorten(email.NewText, 1200))}");
            console.MarkupLine($"[dim]quoted: {(email.QuotedText is null ? "none" : $"{email.QuotedText.Split('\n').Length} lines")}, signature: {Markup.Escape(email.Signature?.Replace('\n', ' ') ?? "none")}[/]");
        }
        else if (document.Body is { Length: > 0 } body)
        {
            console.MarkupLine($"[bold]body[/]\n{Markup.Escape(Shorten(body, 1200))}");
        }
    }

    private static void Field(IAnsiConsole console, string name, string value) =>
        console.MarkupLine($"[bold]{name}:[/] {Markup.Escape(value)}".TrimEnd());

    private static string Describe(Participant p) => p.Email is null ? p.Name : $"{p.Name} <{p.Email}>";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
