using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Sources;
using MimeKit;

namespace Cairn.Bench.Extraction;

/// <summary>Stand-in until Cairn.Sources.SourceReader lands: just enough of txt, vtt and eml for the eval.</summary>
internal static partial class InterimSourceReader
{
    public static SourceDocument Read(string path)
    {
        var name = Path.GetFileName(path);
        var date = FileDate().Match(name) is { Success: true } m ? DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var title = Path.GetFileNameWithoutExtension(name);
        title = FileDate().Replace(title, string.Empty).Trim(' ', '-');
        if (name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
        {
            var msg = MimeMessage.Load(path);
            Participant P(MailboxAddress a) => new(a.Name ?? a.Address, a.Address);
            var text = msg.TextBody ?? string.Empty;
            var from = P(msg.From.Mailboxes.First());
            var to = msg.To.Mailboxes.Select(P).ToList();
            var cc = msg.Cc.Mailboxes.Select(P).ToList();
            var email = new EmailParts(from, to, cc, msg.Subject ?? title, text, null, null);
            return new SourceDocument(name, "eml", SourceKind.Email, msg.Subject ?? title, date, [from, .. to, .. cc], [], text, email);
        }

        var lines = File.ReadAllLines(path);
        var utterances = new List<Utterance>();
        var participants = new List<Participant>();
        if (name.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase))
        {
            TimeSpan? start = null;
            foreach (var line in lines)
            {
                if (Cue().Match(line) is { Success: true } cue)
                {
                    start = TimeSpan.Parse(cue.Groups[1].Value, CultureInfo.InvariantCulture);
                }
                else if (Voice().Match(line) is { Success: true } v)
                {
                    utterances.Add(new Utterance(v.Groups[1].Value, start, v.Groups[2].Value));
                }
            }
        }
        else
        {
            string? speaker = null;
            TimeSpan? start = null;
            foreach (var line in lines)
            {
                if (line.StartsWith("Participants:", StringComparison.OrdinalIgnoreCase))
                {
                    participants.AddRange(line[13..].Split(',').Select(p => new Participant(p.Trim())));
                }
                else if (SpeakerLine().Match(line) is { Success: true } s)
                {
                    speaker = s.Groups[1].Value.Trim();
                    var parts = s.Groups[2].Value.Split(':').Select(int.Parse).ToArray();
                    start = parts.Length == 2 ? new TimeSpan(0, parts[0], parts[1]) : new TimeSpan(parts[0], parts[1], parts[2]);
                }
                else if (speaker is not null && line.Trim().Length > 0)
                {
                    utterances.Add(new Utterance(speaker, start, line.Trim()));
                    speaker = null;
                }
            }
        }

        return new SourceDocument(name, Path.GetExtension(name).TrimStart('.'), SourceKind.Transcript, title, date, participants, utterances);
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex FileDate();

    [GeneratedRegex(@"^(\d{2}:\d{2}:\d{2})\.\d{3} -->")]
    private static partial Regex Cue();

    [GeneratedRegex(@"^<v ([^>]+)>(.*?)(?:</v>)?$")]
    private static partial Regex Voice();

    [GeneratedRegex(@"^([A-Z][\w.' -]+?)\s{2,}(\d{1,2}:\d{2}(?::\d{2})?)\s*$")]
    private static partial Regex SpeakerLine();
}
