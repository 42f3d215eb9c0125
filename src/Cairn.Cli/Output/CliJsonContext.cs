using System.Text.Json.Serialization;
using Cairn.Cli.Mcp;
using Cairn.Commit;
using Cairn.Extraction;
using Cairn.Ingest;
using Cairn.Notes;
using Cairn.Queries;
using Cairn.Sources;

namespace Cairn.Cli.Output;

/// <summary>
/// Every shape the command line and the MCP server write as JSON, with its serializer generated at compile time:
/// snake_case names, enums as kebab-case strings, null members written. No reflection at run time, so the JSON is
/// the same in a native (AOT) build, and a type left off this list does not compile where it is written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    Converters =
    [
        typeof(KebabCaseEnumConverter<CheckSeverity>), typeof(KebabCaseEnumConverter<RunStatus>), typeof(KebabCaseEnumConverter<TaskPriority>),
        typeof(KebabCaseEnumConverter<EntityKind>), typeof(KebabCaseEnumConverter<MeetingType>), typeof(KebabCaseEnumConverter<IngestStatus>),
        typeof(KebabCaseEnumConverter<SourceKind>),
    ])]
[JsonSerializable(typeof(AskJson))]
// Nested shapes of the same name (BriefJson.Meeting, PipelineJson.Meeting) need names of their own here.
[JsonSerializable(typeof(BriefJson.Item), TypeInfoPropertyName = "BriefItem")]
[JsonSerializable(typeof(IReadOnlyList<BriefJson.Item>), TypeInfoPropertyName = "BriefItems")]
[JsonSerializable(typeof(BriefJson.Meeting), TypeInfoPropertyName = "BriefMeeting")]
[JsonSerializable(typeof(IReadOnlyList<BriefJson.Meeting>), TypeInfoPropertyName = "BriefMeetings")]
[JsonSerializable(typeof(ExtractView.Item), TypeInfoPropertyName = "ExtractItem")]
[JsonSerializable(typeof(IReadOnlyList<ExtractView.Item>), TypeInfoPropertyName = "ExtractItems")]
[JsonSerializable(typeof(PipelineJson.Meeting), TypeInfoPropertyName = "PipelineMeeting")]
[JsonSerializable(typeof(IReadOnlyList<PipelineJson.Meeting>), TypeInfoPropertyName = "PipelineMeetings")]
[JsonSerializable(typeof(BriefJson))]
[JsonSerializable(typeof(DemoJson))]
[JsonSerializable(typeof(DoneJson))]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(ExtractView))]
[JsonSerializable(typeof(IndexJson))]
[JsonSerializable(typeof(IngestItemJson))]
[JsonSerializable(typeof(IEnumerable<IngestItemJson>))]
[JsonSerializable(typeof(InitJson))]
[JsonSerializable(typeof(InspectView))]
[JsonSerializable(typeof(IEnumerable<PersonJson>))]
[JsonSerializable(typeof(PipelineJson))]
[JsonSerializable(typeof(IEnumerable<ProblemJson>))]
[JsonSerializable(typeof(RebuildJson))]
[JsonSerializable(typeof(IEnumerable<RunJson>))]
[JsonSerializable(typeof(IEnumerable<SearchHitJson>))]
[JsonSerializable(typeof(ShowJson))]
[JsonSerializable(typeof(IEnumerable<TaskView>))]
[JsonSerializable(typeof(UndoJson))]
[JsonSerializable(typeof(VersionJson))]
[JsonSerializable(typeof(EntityDetails))]
[JsonSerializable(typeof(IngestedText))]
[JsonSerializable(typeof(MeetingList))]
[JsonSerializable(typeof(NoteHits))]
[JsonSerializable(typeof(NoteText))]
[JsonSerializable(typeof(TaskDone))]
[JsonSerializable(typeof(TaskList))]
[JsonSerializable(typeof(CheckSeverity))]
[JsonSerializable(typeof(RunStatus))]
[JsonSerializable(typeof(TaskPriority))]
[JsonSerializable(typeof(EntityKind))]
[JsonSerializable(typeof(MeetingType))]
[JsonSerializable(typeof(IngestStatus))]
[JsonSerializable(typeof(SourceKind))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
