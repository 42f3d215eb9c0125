using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>The <c>&lt;name&gt;.error.md</c> written beside a source moved to <c>_failed/</c>.</summary>
public static class ErrorNote
{
    public static string Render(string sourceName, string reason, DateOnly date)
    {
        var oneLine = string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return $"""
            ---
            {NoteProperties.Type}: cairn-error
            {NoteProperties.Source}: {YamlScalar.DoubleQuoted(sourceName)}
            failed: {IsoDate.Format(date)}
            {NoteProperties.Tags}:
              - cairn/failed
            ---
            # Could not process {sourceName}

            {(oneLine.Length == 0 ? "No reason was given." : oneLine)}

            Fix the problem, then move `{sourceName}` back into the Inbox to try again.

            """;
    }
}
