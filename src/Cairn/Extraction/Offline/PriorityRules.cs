using System.Text.RegularExpressions;
using Cairn.Notes;

namespace Cairn.Extraction.Offline;

/// <summary>A task's priority, only from the source's own words (urgent, ASAP, top priority, must, no rush).</summary>
internal static partial class PriorityRules
{
    public static TaskPriority From(string text)
    {
        if (Highest().IsMatch(text))
        {
            return TaskPriority.Highest;
        }

        if (High().IsMatch(text))
        {
            return TaskPriority.High;
        }

        if (Medium().IsMatch(text))
        {
            return TaskPriority.Medium;
        }

        return Low().IsMatch(text) ? TaskPriority.Low : TaskPriority.None;
    }

    [GeneratedRegex(@"\b(?:top priority|highest priority|number one priority|critical|blocker|drop everything)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Highest();

    [GeneratedRegex(@"\b(?:urgent(?:ly)?|asap|a\.s\.a\.p|as soon as (?:possible|you can)|immediately|right away|high priority|must|critical path|time[- ]sensitive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex High();

    [GeneratedRegex(@"\b(?:medium priority|important)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Medium();

    [GeneratedRegex(@"\b(?:no rush|low priority|when you (?:get|have) a (?:chance|minute)|nice to have|whenever|eventually|at some point)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Low();
}
