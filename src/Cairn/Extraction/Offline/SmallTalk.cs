using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Talk about the meeting itself (agenda, time left, slides, screens), greetings and backchannel: what a
/// meeting is made of but never what it was about.
/// </summary>
internal static partial class SmallTalk
{
    /// <summary>Agenda, time-boxes, "give me two minutes", slides and screen sharing.</summary>
    public static bool IsMeetingTalk(string cleaned) => MeetingTalk().IsMatch(cleaned);

    /// <summary>Meeting talk, a greeting or thanks, or a reply that only acknowledges ("that's great to hear").</summary>
    public static bool IsSmallTalk(string cleaned) => MeetingTalk().IsMatch(cleaned) || Greeting().IsMatch(cleaned) || Backchannel().IsMatch(cleaned);

    [GeneratedRegex(@"\b(?:on (?:my|the|our) (?:list|agenda)|agenda|give me (?:a|an|\w+) (?:sec|second|seconds|minute|minutes)|minutes? (?:left|over|late|early|to go)|(?:this|the|our) (?:call|meeting|sync|slot|session) (?:should |will |is going to )?(?:take|last|run)s?\b|(?:share|sharing) (?:my|the|your) screen|can (?:you|everyone) (?:all )?(?:hear|see) (?:me|my)|(?:next|last|previous|first) (?:slide|page)|(?:go|jump|skip|turn|back) to (?:slide|page))", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingTalk();

    [GeneratedRegex(@"\b(?:thanks?(?: you)?(?: all| everyone| both)? for (?:joining|making time|coming|your time)|good (?:morning|afternoon|evening)|morning (?:all|everyone)|hi (?:all|everyone|both)|hello (?:all|everyone)|let's (?:get started|get going|begin|start)|nice to (?:meet|see) you|great to (?:meet|see) you|talk soon|see you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(?:(?:okay|ok|yeah|yes|right|sure|great|good|perfect|cool|alright|so),?\s+)*(?:that's|that is|sounds|makes|it's) (?:great|good|fine|sense|perfect|interesting|fair|right)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Backchannel();
}
