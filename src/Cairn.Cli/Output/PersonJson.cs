using Cairn.Index;

namespace Cairn.Cli.Output;

/// <summary>One person of <c>cairn people --json</c>: the note, last contact and the days since, meetings, open tasks owned.</summary>
internal sealed record PersonJson(string Name, string Path, string? LastContact, int? DaysSince, int Meetings, int OpenTasks)
{
    public static PersonJson From(PersonRow r, int? daysSince) => new(r.Name, r.Path, r.LastContact, daysSince, r.Meetings, r.OpenTasks);
}
