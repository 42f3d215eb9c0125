using System.Text.RegularExpressions;

namespace Cairn.Extraction.Offline;

/// <summary>
/// Turns a name as said ("Dana", "jason", "Jason Vallery", an alias) into a full name, using the meeting's
/// participants first, then the vault's known people. Ambiguous or unknown short names resolve to nothing.
/// </summary>
internal sealed partial class PeopleDirectory
{
    private static readonly HashSet<string> RoleFiller = new(StringComparer.OrdinalIgnoreCase) { "the", "our", "my", "your", "a", "an", "and", "so", "now", "then", "okay", "um", "uh" };

    private readonly List<string> participants = [];
    private readonly List<KnownEntity> known = [];
    private readonly Dictionary<string, string> aliases = new(StringComparer.OrdinalIgnoreCase);

    public PeopleDirectory(IEnumerable<string> participantNames, ExtractionContext context)
    {
        Owner = context.OwnerName;
        foreach (var entity in context.KnownEntities.Where(e => e.Kind == EntityKind.Person))
        {
            known.Add(entity);
            foreach (var alias in entity.Aliases)
            {
                aliases.TryAdd(alias, entity.Name);
            }
        }

        foreach (var name in participantNames)
        {
            var canonical = Canonical(name);
            if (!participants.Contains(canonical, StringComparer.OrdinalIgnoreCase))
            {
                participants.Add(canonical);
            }
        }
    }

    public string Owner { get; }

    public IReadOnlyList<string> Participants => participants;

    /// <summary>A participant or speaker label as the vault knows it: the known person's name, the owner's full name.</summary>
    public string Canonical(string name)
    {
        var trimmed = name.Trim();
        if (aliases.TryGetValue(trimmed, out var viaAlias))
        {
            return viaAlias;
        }

        var knownMatch = known.FirstOrDefault(k => k.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase));
        if (knownMatch is not null)
        {
            return knownMatch.Name;
        }

        if (Owner.Length > 0 && (Owner.Equals(trimmed, StringComparison.OrdinalIgnoreCase) || PersonName.IsFirstNameOf(trimmed, Owner) && !trimmed.Contains(' ')))
        {
            return Owner;
        }

        return trimmed;
    }

    /// <summary>The full name a mention refers to, or null where it is unknown or could be two people.</summary>
    public string? Resolve(string mention)
    {
        var name = mention.Trim();
        if (name.Length == 0)
        {
            return null;
        }

        var exact = participants.FirstOrDefault(p => p.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        if (aliases.TryGetValue(name, out var alias))
        {
            return alias;
        }

        if (Owner.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return Owner;
        }

        var byFirst = participants.Where(p => PersonName.IsFirstNameOf(name, p)).ToList();
        if (byFirst.Count == 1)
        {
            return byFirst[0];
        }

        if (byFirst.Count > 1)
        {
            return null;
        }

        var knownNames = known.Select(k => k.Name).Append(Owner).Where(n => n.Length > 0).Distinct().ToList();
        var exactKnown = knownNames.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (exactKnown is not null)
        {
            return exactKnown;
        }

        var knownFirst = knownNames.Where(k => PersonName.IsFirstNameOf(name, k)).ToList();
        return knownFirst.Count == 1 ? knownFirst[0] : null;
    }

    public bool IsPersonName(string mention) => Resolve(mention) is not null;

    /// <summary>
    /// A participant named by a role or part of one, as speakers labelled "User Interface Designer" are
    /// addressed: "the user interface designer", "interface", "marketing". Null unless exactly one
    /// participant's label holds every word.
    /// </summary>
    public string? ResolveRole(string mention)
    {
        if (Resolve(mention) is { } direct)
        {
            return participants.Contains(direct, StringComparer.OrdinalIgnoreCase) ? direct : null;
        }

        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !RoleFiller.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var matches = participants.Where(p => words.All(w => p.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>A short name two participants answer to ("Tom" with Tom Becker and Tom Okafor in the room).</summary>
    public bool IsAmbiguous(string mention) => participants.Count(p => PersonName.IsFirstNameOf(mention.Trim(), p)) > 1;

    /// <summary>
    /// Speakers labelled by role or number who say their name ("I'm Laura and I'm the project manager")
    /// are known by that name from then on.
    /// </summary>
    public void LearnIntroductions(IEnumerable<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            var speaker = participants.FirstOrDefault(p => p.Equals(s.Speaker, StringComparison.OrdinalIgnoreCase));
            if (speaker is null)
            {
                continue;
            }

            foreach (Match m in Introduction().Matches(s.Text))
            {
                var name = m.Groups["name"].Value;
                if (!PersonName.IsFirstNameOf(name, speaker) && !participants.Contains(name, StringComparer.OrdinalIgnoreCase)
                    && !participants.Any(p => PersonName.IsFirstNameOf(name, p)))
                {
                    aliases.TryAdd(name, speaker);
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:I'm|I am|my name is|my name's)\s+(?<name>\p{Lu}\p{Ll}{2,})(?=\s*(?:[,.!]|$|\band\b|\bfrom\b|\bhere\b))")]
    private static partial Regex Introduction();
}
