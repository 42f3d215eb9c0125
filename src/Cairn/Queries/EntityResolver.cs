using Cairn.Index;

namespace Cairn.Queries;

/// <summary>
/// The one way a name typed by a person becomes an entity (<c>show</c>, <c>brief</c>, <c>tasks --owner</c>):
/// its name or an alias, case-insensitive; else the only entity with that word in its name ("hannah" is Hannah
/// Okafor when no other Hannah is known); else nothing, with the closest names to suggest.
/// </summary>
public static class EntityResolver
{
    public static EntityMatch Resolve(VaultIndex index, string wanted)
    {
        if (EntityQuery.Find(index, wanted) is { } exact)
        {
            return new EntityMatch(exact, []);
        }

        var named = EntitySuggestions.ByWord(index, wanted);
        if (named.Count == 1 && EntityQuery.Find(index, named[0]) is { } only)
        {
            return new EntityMatch(only, []);
        }

        return new EntityMatch(null, named.Count > 1 ? [.. named.Take(3)] : EntitySuggestions.For(index, wanted));
    }
}
