using Cairn.Extraction;
using Cairn.Sources;

namespace Cairn.Tests.Extraction.Offline;

/// <summary>What a source states about a person becomes that person's fact, under their full name; nothing else does.</summary>
public sealed class PersonFactTests
{
    [Fact]
    public async Task A_clause_with_an_opener_then_as_and_a_role_word_is_read_in_time()
    {
        const string said = "Yes and as you say industry specialists delivering some of those things put them more into context";
        // Found on AMI read as captions: the role patterns' lazy word loop sent .NET's generated regex into a loop
        // that never returned, and the whole ingest hung on one unpunctuated sentence.
        var run = Task.Run(() => Docs.Extract(Docs.Transcript(("Ana Ruiz", said), ("Marcus Lee", "Right."))));

        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) == run, "extraction did not finish");
    }

    [Fact]
    public void Roles_said_in_an_introduction_are_the_named_peoples_facts_with_the_accounts_our()
    {
        var e = Docs.Extract(Docs.Titled("Northwind Robotics POC kickoff",
            ("Priya Raman", "Morning everyone. Tom runs infrastructure for our training cluster, and Dana is our procurement lead."),
            ("Tom Becker", "We have about 2,400 GPUs today."),
            ("Dana Whitfield", "Hello."),
            ("Jason Vallery", "Sounds good.")));

        Assert.Equal("Northwind Robotics", e.Account);
        Assert.Equal(
            ["Tom Becker runs infrastructure for Northwind Robotics's training cluster.", "Dana Whitfield is the procurement lead at Northwind Robotics.", "We have about 2,400 GPUs today."],
            e.KeyFacts.Select(f => f.Text));
        Assert.All(e.KeyFacts.Take(2), f => Assert.Equal("Priya Raman", f.Evidence.Speaker));
    }

    [Fact]
    public void What_a_speaker_says_of_themselves_is_their_fact_in_the_third_person()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Jason Vallery", "Thanks for joining, Maria."),
            ("Maria Chen", "Happy to. I'm the CFO, and I own any budget over 200K."),
            ("Jason Vallery", "Good to know.")));

        Assert.Contains("Maria Chen is the CFO.", e.KeyFacts.Select(f => f.Text));
        Assert.Contains("Maria Chen owns any budget over 200K.", e.KeyFacts.Select(f => f.Text));
        Assert.DoesNotContain(e.KeyFacts, f => f.Text.StartsWith("I'm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("As the procurement lead at Initech I need the SOC 2 report before we sign.", "Dana Whitfield is the procurement lead at Initech.")]
    [InlineData("So as head of procurement, I have to see the order form first.", "Dana Whitfield is the head of procurement.")]
    [InlineData("As our CFO, I sign anything over 200K.", "Dana Whitfield is the CFO at Initech.")]
    [InlineData("I'm the security architect on our side.", "Dana Whitfield is the security architect at Initech.")]
    public void The_role_a_speaker_speaks_as_is_their_fact(string said, string fact)
    {
        var e = Docs.Extract(Docs.Titled("Initech security review",
            ("Jason Vallery", "Thanks for joining, Dana."),
            ("Dana Whitfield", said),
            ("Jason Vallery", "Understood.")));

        Assert.Contains(fact, e.KeyFacts.Select(f => f.Text));
    }

    [Theory]
    [InlineData("As I said, the lead time is six weeks.")]
    [InlineData("As a result, I moved the deadline to Friday.")]
    [InlineData("As the lead at the moment I think we wait.")]
    public void As_without_a_role_before_I_states_no_role(string said)
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Jason Vallery", "Thanks for joining, Dana."),
            ("Dana Whitfield", said),
            ("Jason Vallery", "Understood.")));

        Assert.DoesNotContain(e.KeyFacts, f => f.Text.StartsWith("Dana Whitfield is", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_name_said_later_is_written_as_the_participants_full_name()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Jason Vallery", "Who signs off on this?"),
            ("Tom Becker", "Maria owns any budget over 200K, so she has to see it."),
            ("Maria Chen", "That's right.")));

        Assert.Contains(e.KeyFacts, f => f.Text.StartsWith("Maria Chen owns any budget over 200K", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bob runs the data platform for the whole region.")] // nobody called Bob was there or is known
    [InlineData("I think Maria owns the budget for this.")] // hedged
    [InlineData("Does Maria own the budget for this?")] // a question
    public void Unresolved_hedged_or_asked_roles_are_nobodys_fact(string said)
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Jason Vallery", "Let's get started."),
            ("Tom Becker", said),
            ("Maria Chen", "Okay.")));

        Assert.All(e.KeyFacts, f => Assert.Equal(said, f.Text)); // at most kept as said, never rewritten as someone's
    }

    [Fact]
    public void A_speaker_labelled_by_the_role_they_state_adds_nothing()
    {
        var e = Docs.Extract(Docs.Transcript(
            ("Project Manager", "Okay. I'm Laura and I'm the project manager."),
            ("Marketing", "Hi.")));

        Assert.DoesNotContain(e.KeyFacts, f => f.Text.Contains("project manager", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_email_gives_the_other_sides_addresses_and_the_senders_signature_title()
    {
        var email = Docs.Email("Priya Raman", ["Jason Vallery"], "Thanks for the draft. We need the quota feature by March.", ["Omar Haddad"]);
        var parts = email.Email! with { Signature = "Best,\nPriya Raman\nDirector of Infrastructure | Contoso\n+1 555 0100" };
        var e = Docs.Extract(email with { Email = parts });

        var facts = e.KeyFacts.Select(f => f.Text).ToList();
        Assert.Contains("Priya Raman's email is priya.raman@contoso.example.", facts);
        Assert.Contains("Omar Haddad's email is omar.haddad@contoso.example.", facts);
        Assert.DoesNotContain(facts, f => f.StartsWith("Jason Vallery", StringComparison.Ordinal)); // the vault owner's own address is no fact
        Assert.Contains("Priya Raman is the Director of Infrastructure at Contoso.", facts);
        Assert.Equal("Director of Infrastructure | Contoso", e.KeyFacts.Single(f => f.Text.Contains("Director", StringComparison.Ordinal)).Evidence.Quote);
    }

    [Fact]
    public void Someone_at_our_own_domain_is_no_address_fact()
    {
        // Marcus is copied from the owner's own domain: a colleague, though no config names him one.
        var email = Docs.Email("Priya Raman", ["Jason Vallery"], "Thanks for the draft. We need the quota feature by March.");
        var e = Docs.Extract(email with { Email = email.Email! with { Cc = [new Participant("Marcus Lee", "marcus.lee@example.com")] } });

        var facts = e.KeyFacts.Select(f => f.Text).ToList();
        Assert.Contains("Priya Raman's email is priya.raman@contoso.example.", facts);
        Assert.DoesNotContain(facts, f => f.StartsWith("Marcus Lee", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signature_that_signs_off_with_the_first_name_before_the_full_one_still_gives_the_title()
    {
        var email = Docs.Email("Priya Raman", ["Jason Vallery"], "Thanks for the draft. We need the quota feature by March.");
        var e = Docs.Extract(email with { Email = email.Email! with { Signature = "Best,\nPriya\n\nPriya Raman\nDirector of Clinical Operations | Contoso Health" } });

        Assert.Contains("Priya Raman is the Director of Clinical Operations at Contoso Health.", e.KeyFacts.Select(f => f.Text));
    }

    [Fact]
    public void A_signature_without_a_title_states_no_role()
    {
        var email = Docs.Email("Priya Raman", ["Jason Vallery"], "Thanks for the draft. We need the quota feature by March.");
        var e = Docs.Extract(email with { Email = email.Email! with { Signature = "Best,\nPriya\n+1 555 0100" } });

        Assert.DoesNotContain(e.KeyFacts, f => f.Text.StartsWith("Priya Raman is", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dana Whitfield", "procurement lead", "Northwind Robotics", "Dana Whitfield is the procurement lead at Northwind Robotics.")]
    [InlineData("Maria Chen", "the CFO", null, "Maria Chen is the CFO.")]
    [InlineData("Priya Raman", "Director of IT", "Contoso", "Priya Raman is the Director of IT at Contoso.")]
    public void A_role_statement_reads_back_as_written(string person, string title, string? company, string line)
    {
        Assert.Equal(line, PersonStatement.RoleOf(person, title, company));
        var role = PersonStatement.ReadRole(line, person)!;
        Assert.Equal(title.Replace("the ", string.Empty, StringComparison.Ordinal), role.Title);
        Assert.Equal(company, role.Company);
    }

    [Theory]
    [InlineData("Hannah Okafor is worried about the renewal.")] // "is" but no role
    [InlineData("Hannah Okafor is the one who decides.")] // no role noun
    [InlineData("Contoso is the lead account this quarter.")] // someone else
    public void Other_lines_state_no_role(string line) =>
        Assert.Null(PersonStatement.ReadRole(line, "Hannah Okafor"));

    [Fact]
    public void An_email_statement_reads_back_as_written()
    {
        var line = PersonStatement.EmailOf("Hannah Okafor", "hannah.okafor@fabrikam.example");
        Assert.Equal("hannah.okafor@fabrikam.example", PersonStatement.ReadEmail(line, "Hannah Okafor"));
        Assert.Null(PersonStatement.ReadEmail("Hannah Okafor's email is down.", "Hannah Okafor"));
        Assert.Null(PersonStatement.ReadEmail(line, "Hannah"));
    }
}
