using System.Text.Json;
using Cairn.Notes;

namespace Cairn.Tests.Notes;

/// <summary>
/// The Tasks plugin's own test vectors (tests/data/conformance/obsidian-tasks/vectors.jsonl), one case per
/// vector id. Only the emoji format is claimed: Cairn does not read the Dataview field format.
/// </summary>
public sealed class TasksPluginVectorTests
{
    public static TheoryData<string> EmojiVectors => ConformanceData.VectorIds("tasksPluginEmoji");

    [Theory]
    [MemberData(nameof(EmojiVectors))]
    public void Emoji_vector_parses_and_round_trips_like_the_plugin(string id)
    {
        var vector = ConformanceData.Vector(id);
        var input = vector.GetProperty("line").GetString()!;
        var isBody = vector.GetProperty("scope").GetString() == "body";
        var globalFilter = vector.TryGetProperty("settings", out var settings) && settings.TryGetProperty("globalFilter", out var gf)
            ? gf.GetString()
            : null;
        var options = new TaskParseOptions { GlobalFilter = globalFilter };
        var expect = vector.GetProperty("expect");

        var parsed = TaskLine.TryParse(isBody ? "- [ ] " + input : input, options, out var task);

        var expectTask = !expect.TryGetProperty("isTask", out var isTask) || isTask.GetBoolean();
        Assert.Equal(expectTask, parsed);
        if (!parsed)
        {
            return;
        }

        foreach (var property in expect.EnumerateObject())
        {
            var actual = Actual(task, property.Name, globalFilter);
            var expected = Expected(property.Value);
            Assert.True(expected == actual, $"{id} {property.Name}: expected <{expected}> but was <{actual}>");
        }
    }

    private static string Expected(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.Array => string.Join("|", value.EnumerateArray().Select(v => v.GetString())),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => value.GetString() ?? string.Empty,
    };

    private static string Actual(TaskLine task, string key, string? globalFilter) => key switch
    {
        "isTask" => "True",
        "description" => task.Description,
        "status" => task.StatusChar.ToString(),
        "statusType" => task.Status switch
        {
            TaskLineStatus.Done => "DONE",
            TaskLineStatus.Cancelled => "CANCELLED",
            TaskLineStatus.InProgress => "IN_PROGRESS",
            _ => "TODO",
        },
        "statusName" => task.Status switch
        {
            TaskLineStatus.Todo => "Todo",
            TaskLineStatus.Done => "Done",
            TaskLineStatus.InProgress => "In Progress",
            TaskLineStatus.Cancelled => "Cancelled",
            _ => "Unknown",
        },
        "priority" => task.Priority.ToString().ToLowerInvariant(),
        "created" => Date(task.Created),
        "start" => Date(task.Start),
        "scheduled" => Date(task.Scheduled),
        "due" => Date(task.Due),
        "done" => Date(task.Done),
        "cancelled" => Date(task.Cancelled),
        "recurrence" => task.Recurrence ?? string.Empty,
        "onCompletion" => task.OnCompletion ?? string.Empty,
        "id" => task.Id ?? string.Empty,
        "dependsOn" => string.Join("|", task.DependsOn),
        "tags" => string.Join("|", task.Tags.Where(t => t != globalFilter)),
        "blockLink" => task.BlockId is null ? string.Empty : " ^" + task.BlockId,
        "indentation" => task.Indentation,
        "listMarker" => task.ListMarker,
        "serialized" => task.Format(),
        _ => throw new InvalidOperationException($"Unknown expectation '{key}'"),
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? string.Empty;
}
