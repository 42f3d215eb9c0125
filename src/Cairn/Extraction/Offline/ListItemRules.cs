using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// The tasks written notes mark as such: a list item that names its owner the way minutes do ("Dana: send the TCO
/// model by Friday", "Jason to schedule the review", "@Dana send …"), an open checkbox, and a bullet under an
/// action heading. Prose is left to <see cref="ActionItemRules"/>.
/// </summary>
internal static partial class ListItemRules
{
    /// <summary>An item that opens with its owner's name (whether it names a person is the owner resolver's call).</summary>
    public static ActionCandidate? Named(Sentence sentence, string cleaned)
    {
        if (sentence.Mark is ListMark.None or ListMark.DoneBox)
        {
            return null;
        }

        var m = OwnerFirst().Match(cleaned);
        if (!m.Success)
        {
            m = OwnerLast().Match(cleaned);
        }

        return m.Success && IsMarkedTask(sentence, m.Groups["clause"].Value) && (!m.Groups["nominal"].Success || IsActionItem(sentence))
            ? new ActionCandidate(CommitmentKind.Marker, m.Groups["clause"].Value.Trim(), sentence, m.Groups["name"].Value)
            : null;
    }

    /// <summary>
    /// Whether the writer marked the item as a task (an open checkbox, a bullet under "Next steps"): only then does
    /// "Dev: Quayside questionnaire back by the 22nd", a name and a noun phrase with no verb, say who owns the thing;
    /// a plain bullet "Halden: Pilot in February" is a note about Halden.
    /// </summary>
    private static bool IsActionItem(Sentence sentence) => sentence.Mark == ListMark.OpenBox || sentence.UnderActionHeading;

    /// <summary>An open checkbox, or a bullet under an action heading, that names no owner: a task all the same.</summary>
    public static ActionCandidate? Marked(Sentence sentence, string cleaned)
    {
        var marked = sentence.Mark == ListMark.OpenBox || (sentence.Mark == ListMark.Bullet && sentence.UnderActionHeading);
        return marked && IsMarkedTask(sentence, cleaned) ? new ActionCandidate(CommitmentKind.Marker, cleaned.Trim(), sentence) : null;
    }

    /// <summary>A checkbox is a task by the writer's mark (any words); a bullet must read as work.</summary>
    private static bool IsMarkedTask(Sentence sentence, string clause) =>
        sentence.Mark == ListMark.OpenBox ? Word().IsMatch(clause) : ActionItemRules.IsTask(clause, CommitmentKind.Marker);

    // "Dana: send …", "Dana Whitfield to send …", "@Dana send …", "Dana will send …", "Dana — send …" (a spaced dash is the
    // colon of hand-written lists); after "Dana:" also a noun phrase that opens with a name of its own ("Dana: Quayside
    // questionnaire back by the 22nd"), the clause marked "nominal".
    [GeneratedRegex(@"^(?:@(?<name>\p{Lu}[\w'-]+(?: \p{Lu}[\w'-]+)?)\s*:?|(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?)(?:\s*:|\s+[-–—]|\s+to|\s+will))\s+(?<clause>[a-z].*)$|^(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?)(?:\s*:|\s+[-–—])\s+(?<clause>(?<nominal>\p{Lu}).*)$")]
    private static partial Regex OwnerFirst();

    // "Send the TCO model by Friday @Dana", "Send the TCO model (Dana)", "Send the TCO model - Dana"
    [GeneratedRegex(@"^(?<clause>\p{L}.*?)\s*(?:@(?<name>\p{Lu}[\w'-]+(?: \p{Lu}[\w'-]+)?)|\((?:owner:\s*)?(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?)\)|\s[-–—]\s+(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\w'-]+)?))[.!]?$")]
    private static partial Regex OwnerLast();

    [GeneratedRegex(@"\w")]
    private static partial Regex Word();
}
