using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ttpcov.Cli.Tests.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over <see cref="ClientWebSocket"/>: sends commands and awaits their
/// answers by id, and keeps every event (console calls, log entries, dialogs, page load) for the test to inspect.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;
    private int _nextId;

    public ConcurrentQueue<(string Method, JsonElement Params)> Events { get; } = new();

    public static async Task<CdpConnection> ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var connection = new CdpConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(endpoint, cancellationToken);
        connection._reader = Task.Run(connection.ReadLoopAsync, CancellationToken.None);
        return connection;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        using var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        var result = await answer.Task;
        return result;
    }

    /// <summary>Waits (bounded by the token) until an event of that method has arrived.</summary>
    public async Task WaitForEventAsync(string method, CancellationToken cancellationToken)
    {
        while (!Events.Any(e => e.Method == method))
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(e);
            }
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var answer))
        {
            if (message.TryGetProperty("error", out var error))
            {
                answer.TrySetException(new InvalidOperationException("CDP error: " + error.GetRawText()));
            }
            else
            {
                answer.TrySetResult(message.GetProperty("result"));
            }
        }
        else if (message.TryGetProperty("method", out var method))
        {
            Events.Enqueue((method.GetString()!, message.TryGetProperty("params", out var p) ? p : default));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }
}
