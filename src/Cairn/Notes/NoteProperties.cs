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
    public const string LastContact = "last_contact";

    /// <summary>
    /// A name written as an Obsidian property link (<c>"[[Lena Park]]"</c>, <c>"[[Lena Park (Contoso)|Lena Park]]"</c>)
    /// read as the name it shows; any other value as it is, trimmed. <c>participants</c> and <c>account</c> are
    /// written as links (docs/note-format.md); Cairn.Index.NoteReads.LinkedNameSql is the same rule in SQL.
    /// </summary>
    public static string LinkedName(string value)
    {
        var text = value.Trim();
        if (!text.StartsWith("[[", StringComparison.Ordinal) || !text.EndsWith("]]", StringComparison.Ordinal) || text.Length < 4)
        {
            return text;
        }

        var inner = text[2..^2];
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        return (bar >= 0 ? inner[(bar + 1)..] : inner).Trim();
    }

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
