using System.Text.RegularExpressions;
using Cairn.Extraction.Offline;

namespace Cairn.Tests.Extraction.Offline;

public sealed partial class TriggerPhrasesTests
{
    [Fact]
    public void Every_trigger_phrase_is_a_literal_so_the_prefilter_is_exact()
    {
        // A regex metacharacter in a phrase would make the pattern match text the prefilter's literal search misses.
        foreach (var rule in ActionItemRules.Rules)
        {
            Assert.All(rule.Triggers.Phrases, p => Assert.False(Metacharacter().IsMatch(p) || p.Length == 0, $"{rule.Name}: '{p}'"));
        }
    }

    [Theory]
    [InlineData("Sure, I'll book the room.", true)]
    [InlineData("sure, i'll book the room.", true)]
    [InlineData("The room is booked.", false)]
    public void The_prefilter_finds_any_phrase_whatever_the_case(string text, bool expected)
    {
        var firstPerson = ActionItemRules.Rules.Single(r => r.Name == "first person");
        Assert.Equal(expected, firstPerson.Triggers.MayMatch(text));
    }

    [GeneratedRegex(@"[\\()\[\]{}?*+.|^$]")]
    private static partial Regex Metacharacter();
}
