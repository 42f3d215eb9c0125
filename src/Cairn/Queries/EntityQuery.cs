using Cairn.Index;
using Cairn.Notes;

namespace Cairn.Queries;

/// <summary>
/// An entity by the name a person typed: its name or an alias, any case, with or without <c>@</c> or <c>[[ ]]</c>.
/// Its meetings are <see cref="MeetingReads"/>'; the people list is <see cref="EntityReads.People"/>.
/// </summary>
public static class EntityQuery
{
    /// <summary>The entity named <paramref name="name"/> (name or alias); people before companies before projects when several match.</summary>
    public static EntityRef? Find(VaultIndex index, string name)
    {
        var key = name.Trim().TrimStart('@').Replace("[[", string.Empty, StringComparison.Ordinal).Replace("]]", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return EntityReads.ByKey(index, key).OrderBy(e => e.Kind switch { "person" => 0, "company" => 1, _ => 2 }).FirstOrDefault();
    }
}
