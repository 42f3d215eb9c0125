using Cairn.Extraction;
using Cairn.Resolution;
using Cairn.Vault;

namespace Cairn.Ingest;

/// <summary>
/// What the extractor may know of a vault: the owner, the People and Companies notes with their aliases, and the
/// organization from config.yaml. The one place that builds an <see cref="ExtractionContext"/> from a vault, so
/// <c>ingest</c> and <c>extract</c> resolve "Lior" to "Lior Genzel" alike.
/// </summary>
public static class VaultKnowledge
{
    /// <summary>The vault's entity notes, the owner among the people.</summary>
    public static EntityDirectory Entities(VaultPaths paths, CairnConfig config, string owner)
    {
        var entities = new EntityDirectory(EntityNoteScanner.Scan(paths, config.Folders));
        entities.AddPerson(owner);
        return entities;
    }

    /// <summary>What the extractor may know of this vault: its people and companies, and who "us" is (config <c>organization:</c>).</summary>
    public static ExtractionContext ContextFor(EntityDirectory entities, CairnConfig config, string owner) =>
        config.Organization.Inform(entities.ContextFor(owner));
}
