using Cairn.Extraction;
using Cairn.Notes;

namespace Cairn.Synthesis;

/// <summary>
/// A person's role, company and email as the newest source that states each one says it (<see cref="PersonStatement"/>
/// lines in a meeting's Key Information), with the meeting it came from. Nothing is inferred: a person no source
/// describes has none. <see cref="CompanyStem"/> is the company's note when a meeting links one by that name.
/// </summary>
public sealed record PersonDetails(string? Role, string? Company, string? CompanyStem, string? Email, MeetingNoteView? RoleSource, MeetingNoteView? EmailSource)
{
    public static readonly PersonDetails None = new(null, null, null, null, null, null);

    /// <param name="meetings">The meetings that link the person, newest first.</param>
    public static PersonDetails For(EntitySubject subject, IReadOnlyList<MeetingNoteView> meetings)
    {
        if (subject.Kind != EntityKind.Person)
        {
            return None;
        }

        var role = meetings.SelectMany(m => m.KeyFacts.Select(f => (Meeting: m, Role: PersonStatement.ReadRole(f, subject.Name))))
            .FirstOrDefault(r => r.Role is not null);
        var email = meetings.SelectMany(m => m.KeyFacts.Select(f => (Meeting: m, Address: PersonStatement.ReadEmail(f, subject.Name))))
            .FirstOrDefault(e => e.Address is not null);
        var company = role.Role?.Company;
        var stem = company is null ? null
            : meetings.SelectMany(m => m.Related).FirstOrDefault(r => CompanyName.IsSameCompany(r, company));
        return new PersonDetails(role.Role?.Title, company, stem, email.Address, role.Meeting, email.Meeting);
    }

    /// <summary>Profile lines: what the sources state, each with the meeting that states it.</summary>
    public IEnumerable<string> ProfileLines()
    {
        if (Role is not null && RoleSource is not null)
        {
            var at = Company is null ? string.Empty : " at " + CompanyText;
            yield return $"- **Role**: {MarkdownText.Inline(Role)}{at} ({EntityProfile.Dated(RoleSource)})";
        }

        if (Email is not null && EmailSource is not null)
        {
            yield return $"- **Email**: {MarkdownText.Name(Email)} ({EntityProfile.Dated(EmailSource)})";
        }
    }

    /// <summary>The company as a link when its note exists, else as text.</summary>
    public string? CompanyText => Company is null ? null : CompanyStem is null ? MarkdownText.Name(Company) : MarkdownText.Link(CompanyStem, Company);
}
