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

        Assert.NotEmpty(DecisionRules.PhraseLists);
        foreach (var list in DecisionRules.PhraseLists)
        {
            Assert.All(list.Phrases, p => Assert.False(Metacharacter().IsMatch(p) || p.Length == 0, $"decision rule: '{p}'"));
        }
    }

    [Fact]
    public void A_rule_without_phrases_is_always_seen_and_one_with_phrases_only_where_they_are()
    {
        var index = new TriggerIndex([null, new TriggerPhrases("off the table|a go"), null]);

        Assert.Equal(0b101UL, index.Scan("Nothing to see here."));
        Assert.Equal(0b111UL, index.Scan("The launch is A GO."));
    }

    [Theory]
    [InlineData("Sure, I'll book the room.", true)]
    [InlineData("sure, i'll book the room.", true)]
    [InlineData("The room is booked.", false)]
    public void The_prefilter_finds_any_phrase_whatever_the_case(string text, bool expected)
    {
        var firstPerson = Array.FindIndex(ActionItemRules.Rules, r => r.Name == "first person");
        Assert.Equal(expected, (ActionItemRules.Triggers.Scan(text) & (1UL << firstPerson)) != 0);
    }

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "Sure, I'll book the room.",
            "ı'll book the room.", // a dotless i folds to I, as an ordinal ignore-case search has it
            "I'd be glad to",
            "Leave the quote with me",
            "Next steps: Tom sends the sheet",
            "",
            "x",
            "’ll and ’s",
        };
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "Extraction"), "*.txt"))
        {
            foreach (var line in File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void One_scan_finds_each_rules_phrases_as_a_search_for_each_phrase_would(string text)
    {
        var rules = ActionItemRules.Rules;
        var seen = ActionItemRules.Triggers.Scan(text);
        for (var i = 0; i < rules.Length; i++)
        {
            var expected = rules[i].Triggers.Phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
            Assert.True(expected == ((seen & (1UL << i)) != 0), $"{rules[i].Name}: expected {expected} in '{text}'");
        }
    }

    [GeneratedRegex(@"[\\()\[\]{}?*+.|^$]")]
    private static partial Regex Metacharacter();
}
