namespace Cairn.Notes;

/// <summary>
/// The frontmatter properties Cairn writes and reads back (docs/note-format.md), and how a value is read when
/// it may be written more than one way.
/// </summary>
public static class NoteProperties
{
    public const string Type = "type";
    public const string Title = "title";
    public const string Date = "date";
    public const string Account = "account";
    public const string Participants = "participants";
    public const string Topics = "topics";
    public const string Source = "source";
    public const string SourceRef = "source_ref";
    public const string Aliases = "aliases";
    public const string Tags = "tags";
    public const string Created = "created";

    /// <summary>The note's <c>account</c> property, with a <c>[[link]]</c> value read as its target.</summary>
    public static string? AccountOf(NoteDocument note)
    {
        var account = note.Frontmatter.GetString(Account)?.Trim();
        if (account is not null && account.StartsWith("[[", StringComparison.Ordinal) && account.EndsWith("]]", StringComparison.Ordinal))
        {
            account = account[2..^2].Split('|')[0];
        }

        return string.IsNullOrWhiteSpace(account) ? null : account;
    }
}
