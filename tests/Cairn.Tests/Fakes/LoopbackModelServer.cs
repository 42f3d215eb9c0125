using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Cairn.Tests.Fakes;

/// <summary>
/// A model server on 127.0.0.1 that speaks OpenAI chat completions (<c>POST …/chat/completions</c>) and Anthropic
/// messages (<c>POST …/v1/messages</c>) and answers with the replies queued in order, so the real SDK clients,
/// the resilience handler and the extractor run end to end. Every request is kept for the test to read.
/// </summary>
internal sealed class LoopbackModelServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ScriptedReply> replies = new();
    private readonly Task loop;

    public LoopbackModelServer()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string OpenAIEndpoint => $"http://127.0.0.1:{Port}/v1";

    public string AnthropicEndpoint => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Queues a reply; when the queue is empty the server answers 500.</summary>
    public LoopbackModelServer Then(ScriptedReply reply)
    {
        replies.Enqueue(reply);
        return this;
    }

    public LoopbackModelServer ThenOpenAI(string content, int tokensIn = 100, int tokensOut = 20) =>
        Then(new ScriptedReply(200, OpenAIBody(content, tokensIn, tokensOut)));

    public LoopbackModelServer ThenAnthropic(string content, int tokensIn = 100, int tokensOut = 20) =>
        Then(new ScriptedReply(200, AnthropicBody(content, tokensIn, tokensOut)));

    public static string OpenAIBody(string content, int tokensIn, int tokensOut) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-recorded",
        @object = "chat.completion",
        created = 1764000000,
        model = "recorded-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = tokensIn, completion_tokens = tokensOut, total_tokens = tokensIn + tokensOut },
    });

    public static string AnthropicBody(string content, int tokensIn, int tokensOut) => JsonSerializer.Serialize(new
    {
        id = "msg_recorded",
        type = "message",
        role = "assistant",
        model = "recorded-model",
        content = new[] { new { type = "text", text = content } },
        stop_reason = "end_turn",
        stop_sequence = (string?)null,
        usage = new { input_tokens = tokensIn, output_tokens = tokensOut },
    });

    public void Dispose()
    {
        if (!listener.IsListening)
        {
            return;
        }

        // Close alone: on Linux, Stop already unbinds the port, and Close after it looked the endpoint up again,
        // binding the port anew, which failed "Address already in use" when another test had taken it meanwhile.
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by the listener closing under it.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body));
        var reply = replies.TryDequeue(out var next) ? next : new ScriptedReply(500, "{\"error\":{\"message\":\"no reply queued\"}}");
        try
        {
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a timeout test): nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>One answer the loopback server gives: status, body, extra headers, and how long it waits first.</summary>
internal sealed record ScriptedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

/// <summary>A request the loopback server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
