using System.Globalization;

namespace Cairn.Commit;

/// <summary>
/// The LLM's replies by request key (<see cref="Extraction.Llm.LlmExtractor.Key"/>): they cost money and time to
/// get again, so they live in the precious store. Callable from several extraction tasks at once.
/// </summary>
public sealed partial class StateStore : Extraction.Llm.ILlmReplyCache
{
    private readonly Lock replies = new();

    public string? Get(string key)
    {
        lock (replies)
        {
            using var command = Command("SELECT reply FROM llm_replies WHERE key = $key");
            command.Parameters.AddWithValue("$key", key);
            return command.ExecuteScalar() as string;
        }
    }

    public void Put(string key, string reply)
    {
        lock (replies)
        {
            using var command = Command("INSERT OR REPLACE INTO llm_replies(key, reply, stored_at) VALUES ($key, $reply, $at)");
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$reply", reply);
            command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
    }
}
