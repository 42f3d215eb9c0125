using Microsoft.Extensions.AI;

namespace Cairn.Tests.Fakes;

/// <summary>
/// An <see cref="IChatClient"/> that answers from a script, in order, and keeps every request it was sent. A step
/// is a reply text, an exception to throw (a provider error, a timeout), or a function of the messages, which
/// answers every request from then on. Past the script it throws.
/// </summary>
internal sealed class ScriptedChatClient(params object[] script) : IChatClient
{
    private readonly Queue<object> steps = new(script);
    private readonly Lock gate = new();

    public List<(List<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        object step;
        lock (gate)
        {
            Requests.Add((messages.ToList(), options));
            step = steps.Count == 0 ? new InvalidOperationException("the script has no more replies")
                : steps.Peek() is Func<List<ChatMessage>, string> ? steps.Peek()
                : steps.Dequeue();
        }

        if (step is Exception ex)
        {
            throw ex;
        }

        var text = step is Func<List<ChatMessage>, string> answer ? answer(messages.ToList()) : (string)step;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            Usage = new UsageDetails { InputTokenCount = 1000, OutputTokenCount = 100 },
        });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Cairn never streams");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
