using Cairn.Cli;
using Cairn.Tests.Fakes;

namespace Cairn.Tests.Cli;

/// <summary>Every date option is read by one parser: the same format, the same one-line refusal, the usage exit code.</summary>
public sealed class DateOptionTests : IDisposable
{
    private readonly TempDirectory vault = new();

    public DateOptionTests() => Assert.Equal(0, CliRunner.Run("init", "--vault", vault.Path).ExitCode);

    public void Dispose() => vault.Dispose();

    [Theory]
    [InlineData("tasks", "--due-before")]
    [InlineData("search", "--since", "pilot")]
    [InlineData("ask", "--since", "what did we decide")]
    [InlineData("ask", "--until", "what did we decide")]
    public void A_date_that_is_not_one_is_refused_in_one_line(string verb, string option, string? text = null)
    {
        foreach (var bad in new[] { "next week", "2025-02-30", "2025-1-5" })
        {
            var args = new List<string> { verb };
            if (text is not null)
            {
                args.Add(text);
            }

            args.AddRange([option, bad, "--vault", vault.Path]);
            var result = CliRunner.Run([.. args]);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Equal($"error: {option}: '{bad}' is not a date (YYYY-MM-DD)", result.Stderr.Trim());
        }
    }

    [Theory]
    [InlineData("2025-11-20", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("20251120", false)]
    public void Reads_the_notes_date_format(string text, bool isDate) => Assert.Equal(isDate, DateOption.TryParse(text, out _));
}
