using Cairn.Sources;

namespace Cairn.Extraction;

/// <summary>
/// A transcript an app recorded on its user's machine labels that user "You" (Granola: the microphone) and everyone
/// heard through the speakers "Guest". In a vault the user is its owner, so "You" is the owner's name; "Guest" is
/// the one person the source lists besides the owner, and stays a label that names nobody when it lists more.
/// Without a "You" the labels are left as written ("Guest" alone says nothing about who recorded).
/// </summary>
public static class RecordingUser
{
    private const string You = "You";
    private const string Guest = "Guest";

    public static SourceDocument Named(SourceDocument document, string ownerName)
    {
        if (ownerName.Length == 0 || !document.Utterances.Any(u => Is(u.Speaker, You)))
        {
            return document;
        }

        var others = document.Participants
            .Where(p => !Is(p.Name, You) && !Is(p.Name, Guest) && !Is(p.Name, ownerName) && !PersonName.IsFirstNameOf(p.Name, ownerName))
            .ToList();
        var guest = others.Count == 1 ? others[0].Name : Guest;
        return document with
        {
            Utterances = [.. document.Utterances.Select(u => Is(u.Speaker, You) ? u with { Speaker = ownerName } : Is(u.Speaker, Guest) ? u with { Speaker = guest } : u)],
        };
    }

    private static bool Is(string label, string name) => label.Trim().Equals(name, StringComparison.OrdinalIgnoreCase);
}
