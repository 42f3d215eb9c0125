using Cairn.Notes;

namespace Cairn.Cli;

/// <summary>
/// The parser of every date option and tool argument (<c>--due-before</c>, <c>--since</c>, <c>--until</c>, the
/// MCP tools' dates): <c>YYYY-MM-DD</c> as notes write it (<see cref="IsoDate"/>), and one message when it is not.
/// </summary>
internal static class DateOption
{
    /// <summary>The date, null when the option was not given; a <see cref="CairnUsageException"/> when it is no date.</summary>
    public static DateOnly? Parse(string option, string? value) =>
        value is null ? null
        : IsoDate.TryParse(value, out var date) ? date
        : throw new CairnUsageException(Problem(option, value));

    public static bool TryParse(string value, out DateOnly date) => IsoDate.TryParse(value, out date);

    /// <summary>"--since: 'next week' is not a date (YYYY-MM-DD)".</summary>
    public static string Problem(string option, string value) => $"{option}: '{value}' is not a date (YYYY-MM-DD)";
}
