using MimeKit;

namespace Cairn.Sources;

/// <summary>
/// An <c>.eml</c> message through MimeKit: sender and recipients as participants, the Date header, the subject
/// as title, and the body (plain, or HTML turned to text) split into new text, quoted thread and signature.
/// </summary>
internal static class EmailReader
{
    public static SourceReadResult Read(string fileName, byte[] content)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            return SourceReadResult.Fail(fileName, $"not a readable email message: {ex.Message}");
        }

        if (!message.Headers.Contains(HeaderId.From) && !message.Headers.Contains(HeaderId.Subject) && !message.Headers.Contains(HeaderId.Date))
        {
            return SourceReadResult.Fail(fileName, "not an email message: no From, Subject or Date header");
        }

        var from = Participants(message.From).FirstOrDefault() ?? new Participant("Unknown sender");
        var to = Participants(message.To);
        var cc = Participants(message.Cc);
        var body = BodyText(message);
        var split = EmailBodySplitter.Split(body);
        var subject = message.Subject ?? string.Empty;
        var parts = new EmailParts(from, to, cc, subject, split.NewText, split.Quoted, split.Signature);
        DateOnly? date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue
            ? DateOnly.FromDateTime(message.Date.DateTime)
            : null;
        var metadata = new Dictionary<string, string> { ["layout"] = message.HtmlBody is not null && message.TextBody is null ? "html" : "plain" };
        if (message.MessageId is { Length: > 0 } id)
        {
            metadata["message_id"] = id;
        }

        return SourceReadResult.Ok(new SourceDocument(
            fileName,
            "eml",
            SourceKind.Email,
            DocumentAssembly.TitleOrFileName(EmailSubject.WithoutReplyPrefixes(subject), fileName),
            date,
            Distinct([from, .. to, .. cc]),
            [],
            body,
            parts,
            metadata));
    }

    private static string BodyText(MimeMessage message)
    {
        if (message.TextBody is { } plain)
        {
            return TextDecoder.NormalizeLineEnds(plain).Trim();
        }

        return message.HtmlBody is { } html ? HtmlText.ToPlainText(html).Trim() : string.Empty;
    }

    private static List<Participant> Participants(InternetAddressList list) =>
        list.Mailboxes.Select(m => new Participant(NameOf(m), string.IsNullOrWhiteSpace(m.Address) ? null : m.Address)).ToList();

    /// <summary>
    /// The display name, as people say it (Outlook's directory order <c>Tanaka, Hiroshi</c> → <c>Hiroshi Tanaka</c>);
    /// without one, the address' local part as a name (<c>lena.park</c> → <c>Lena Park</c>).
    /// </summary>
    private static string NameOf(MailboxAddress mailbox)
    {
        if (!string.IsNullOrWhiteSpace(mailbox.Name))
        {
            return SpeakerNames.GivenNameFirst(SpeakerNames.Clean(mailbox.Name.Trim('"', '\'', ' ')));
        }

        var local = mailbox.LocalPart ?? mailbox.Address ?? "unknown";
        var words = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var name = string.Join(' ', words);
        return name.Length == 0 ? local : name;
    }

    private static List<Participant> Distinct(IEnumerable<Participant> people)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return people.Where(p => seen.Add(p.Email ?? p.Name)).ToList();
    }
}
