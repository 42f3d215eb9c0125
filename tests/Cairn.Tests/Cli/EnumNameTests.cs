using System.Text.Json;
using Cairn.Cli.Output;
using Cairn.Commit;
using Cairn.Extraction;
using Cairn.Ingest;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Sources;

namespace Cairn.Tests.Cli;

public sealed class EnumNameTests
{
    public static TheoryData<Enum> Shown() =>
        new([
            .. Enum.GetValues<CheckSeverity>().Cast<Enum>(),
            .. Enum.GetValues<RunStatus>().Cast<Enum>(),
            .. Enum.GetValues<TaskPriority>().Cast<Enum>(),
            .. Enum.GetValues<EntityKind>().Cast<Enum>(),
            .. Enum.GetValues<MeetingType>().Cast<Enum>(),
            .. Enum.GetValues<IngestStatus>().Cast<Enum>(),
            .. Enum.GetValues<SourceKind>().Cast<Enum>(),
        ]);

    // A table and the JSON of one command name a value alike: "one-on-one" in both, never "oneonone" in one.
    [Theory]
    [MemberData(nameof(Shown))]
    public void The_terminal_names_an_enum_value_as_the_json_does(Enum value)
    {
        var json = JsonSerializer.Serialize(value, value.GetType(), JsonOutput.Options).Trim('"');

        Assert.Equal(json, Named(value));
    }

    [Fact]
    public void A_meeting_type_of_two_words_is_kebab_cased_as_the_notes_route_it() =>
        Assert.Equal(Cairn.Vault.CairnConfig.RoutingKey(MeetingType.OneOnOne), EnumName.Of(MeetingType.OneOnOne));

    private static string Named(Enum value) =>
        (string)typeof(EnumName).GetMethod(nameof(EnumName.Of))!.MakeGenericMethod(value.GetType()).Invoke(null, [value])!;
}
