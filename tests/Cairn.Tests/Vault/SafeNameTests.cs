using System.Text;
using Cairn.Vault;
using FsCheck;
using FsCheck.Fluent;

namespace Cairn.Tests.Vault;

public sealed class SafeNameTests
{
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '#', '^', '[', ']'];

    [Theory]
    [InlineData("Q3 Pricing Review", "Q3 Pricing Review")]
    [InlineData("../../x", "x")]
    [InlineData("..", "Untitled")]
    [InlineData("[[x]]", "x")]
    [InlineData("#^|", "Untitled")]
    [InlineData("a#b^c|d", "a b c d")]
    [InlineData("Acme: Q3 / Q4?", "Acme Q3 Q4")]
    [InlineData("1:1 with Marcus", "1-1 with Marcus")]
    [InlineData("Standup 10:30", "Standup 10-30")]
    [InlineData("CON", "CON_")]
    [InlineData("con.txt", "con_.txt")]
    [InlineData("LPT9", "LPT9_")]
    [InlineData("COM1.md", "COM1_.md")]
    [InlineData("Console", "Console")]
    [InlineData(".hidden", "hidden")]
    [InlineData("trailing. . ", "trailing")]
    [InlineData("a\0b", "a b")]
    [InlineData("line\nbreak\ttab", "line break tab")]
    [InlineData("50%% off", "50% off")]
    [InlineData("  spaced   out  ", "spaced out")]
    [InlineData("", "Untitled")]
    [InlineData("   ", "Untitled")]
    public void Cleans_hostile_names(string input, string expected) => Assert.Equal(expected, SafeName.For(input));

    [Fact]
    public void Null_is_untitled() => Assert.Equal("Untitled", SafeName.For(null));

    [Fact]
    public void Keeps_emoji_and_accents_in_nfc()
    {
        var decomposed = "Jose\u0301 \U0001F680 Launch";
        var result = SafeName.For(decomposed);
        Assert.Equal("Jos\u00e9 \U0001F680 Launch", result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Drops_bidi_marks_but_keeps_zero_width_joiners()
    {
        Assert.Equal("evilexe.md", SafeName.For("evil\u202Eexe.md"));
        Assert.Equal("\u05e9\u05dc\u05d5\u05dd", SafeName.For("\u200F\u05e9\u05dc\u05d5\u05dd\u200E"));
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
        Assert.Equal(family, SafeName.For(family));
    }

    [Fact]
    public void Caps_long_names_in_utf8_bytes_on_a_character_boundary()
    {
        var result = SafeName.For(new string('a', 500));
        Assert.Equal(120, result.Length);

        var emoji = string.Concat(Enumerable.Repeat("\U0001F680", 100));
        var cut = SafeName.For(emoji);
        Assert.True(Encoding.UTF8.GetByteCount(cut) <= 120);
        Assert.Equal(30, cut.EnumerateRunes().Count());
        Assert.False(char.IsHighSurrogate(cut[^1]));
    }

    [Fact]
    public void Noncharacters_that_break_normalisation_become_replacement_characters()
    {
        // Found by the property test: string.Normalize throws on U+FFFE.
        Assert.Equal("a\uFFFDb\uFFFDc", SafeName.For("a\uFFFEb\uFDD0c"));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        var result = SafeName.For("a\uD800b");
        Assert.Equal("a\uFFFDb", result);
    }

    [Fact]
    public void Any_string_becomes_a_safe_stable_name() =>
        Check.QuickThrowOnFailure(Prop.ForAll(HostileStrings(), input =>
        {
            var name = SafeName.For(input);
            return IsPortable(name) && SafeName.For(name) == name;
        }));

    internal static Arbitrary<string> HostileStrings()
    {
        var pieces = Gen.OneOf(
            Gen.Elements("a", "Z", "7", " ", ".", "..", "/", "\\", ":", "*", "?", "\"", "<", ">", "|", "#", "^", "[", "]", "%", "%%",
                "\0", "\n", "\t", "\u202E", "\u200F", "\u00a0", "\uD83D", "\uDE80", "\U0001F680", "e\u0301", "\u200D", "CON", "nul",
                "COM1", "lpt9", ".txt", "\u05e9", "\u4e2d", "\uFEFF", "\u0085", "\u2028"),
            Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()));
        return Gen.ListOf(pieces).Select(list => string.Concat(list)).ToArbitrary();
    }

    private static bool IsPortable(string name)
    {
        return name.Length > 0
            && name.IndexOfAny(Forbidden) < 0
            && !name.Contains("%%", StringComparison.Ordinal)
            && !name.Any(char.IsControl)
            && !name.StartsWith('.') && !name.EndsWith('.') && !name.StartsWith(' ') && !name.EndsWith(' ')
            && !SafeName.IsReserved(name)
            && Encoding.UTF8.GetByteCount(name) <= SafeName.DefaultMaxBytes
            && name.IsNormalized(NormalizationForm.FormC)
            && !HasLoneSurrogate(name);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                return true;
            }

            if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
