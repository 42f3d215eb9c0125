using System.Net.Sockets;

namespace Cairn.Cli.Providers;

/// <summary>
/// Opens (and closes) one TCP connection to the model's endpoint before a run touches any source, so a server
/// that is not running or a host that does not resolve is one clear line up front rather than every source
/// falling back one by one. Nothing is sent.
/// </summary>
public static class EndpointProbe
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    public static async Task CheckAsync(Uri endpoint, TimeSpan wait, CancellationToken token)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(wait);
        using var socket = new TcpClient();
        try
        {
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            throw new CairnUsageException($"llm endpoint {endpoint} cannot be reached: {Reason(ex)}");
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            throw new CairnUsageException($"llm endpoint {endpoint} did not answer within {wait.TotalSeconds:0} s");
        }
    }

    private static string Reason(SocketException ex) => ex.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "the connection was refused (is the server running?)",
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "the host name does not resolve",
        _ => ex.Message,
    };
}
