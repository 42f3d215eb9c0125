using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Sources;

/// <summary>
/// Zoom chat logs: the client's "Save chat" (<c>10:00:38 From Robin to Everyone:</c> then a tab-indented message;
/// older clients on one line <c>10:00:38\t From  Robin : message</c>) and the web portal's recording chat
/// (<c>00:00:38\tRobin:\tmessage</c>, time since the recording started). Each message is an utterance.
/// </summary>
internal static partial class ZoomChatReader
{
    public static SourceDocument? Read(string fileName, string text)
    {
        var lines = text.Split('\n');
        var firstLine = Array.Find(lines, l => l.Trim().Length > 0) ?? string.Empty;
        var layout = SavedChat().IsMatch(firstLine) ? "zoom-saved-chat"
            : OneLineChat().IsMatch(firstLine) ? "zoom-saved-chat-v1"
            : CloudChat().IsMatch(firstLine) ? "zoom-cloud-chat"
            : null;
        if (layout is null)
        {
            return null;
        }

        var messages = new List<Utterance>();
        foreach (var line in lines)
        {
            if (SavedChat().Match(line) is { Success: true } saved)
            {
                messages.Add(new Utterance(SpeakerNames.Clean(saved.Groups["name"].Value), null, string.Empty));
            }
            else if (OneLineChat().Match(line) is { Success: true } one)
            {
                messages.Add(new Utterance(SpeakerNames.Clean(one.Groups["name"].Value), null, one.Groups["text"].Value.Trim()));
            }
            else if (CloudChat().Match(line) is { Success: true } cloud)
            {
                Timestamps.TryParse(cloud.Groups["t"].Value, out var elapsed);
                messages.Add(new Utterance(SpeakerNames.Clean(cloud.Groups["name"].Value), elapsed, cloud.Groups["text"].Value.Trim()));
            }
            else if (messages.Count > 0 && line.Trim().Length > 0)
            {
                messages[^1] = messages[^1] with { Text = UtteranceMerger.Join(messages[^1].Text, line.Trim()) };
            }
        }

        messages.RemoveAll(m => m.Text.Length == 0);
        if (messages.Count == 0)
        {
            return null;
        }

        var metadata = new Dictionary<string, string>
        {
            ["layout"] = layout,
            ["segments"] = messages.Count.ToString(CultureInfo.InvariantCulture),
        };
        return DocumentAssembly.Transcript(fileName, $"txt/{layout}", SourceHeader.Empty, messages, metadata);
    }

    // "10:01:31 From Nick to Robin(Direct Message):" and "10:00:38 From  John Doe  to  Everyone:"
    [GeneratedRegex(@"^\d{1,2}:\d{2}:\d{2}\s+From\s+(?<name>.{1,80}?)\s+to\s+.{1,80}?:\s*$")]
    private static partial Regex SavedChat();

    // "10:00:38\t From  Name : message" and "… From Name to Name(Direct Message) : message"
    [GeneratedRegex(@"^\d{1,2}:\d{2}:\d{2}\t\s*From\s+(?<name>.{1,80}?)(?:\s+to\s+.{1,80}?)?\s+:\s(?<text>.*)$")]
    private static partial Regex OneLineChat();

    // "00:00:38\tRobin:\tmessage"
    [GeneratedRegex(@"^(?<t>\d{1,2}:\d{2}:\d{2})\t(?<name>[^\t]{1,80}?):\t(?<text>.*)$")]
    private static partial Regex CloudChat();
}
