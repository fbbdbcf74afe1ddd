using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Reads a stream ahead on a worker thread — used for gzip, so decompression runs on one core while parsing runs on
/// another. Recycles <see cref="Depth"/> + 2 chunks of <see cref="ChunkSize"/> bytes (no large-object garbage); an error of the inner stream
/// is rethrown by <see cref="Read(Span{byte})"/> in order. Disposing stops the worker, then disposes the inner stream.
/// </summary>
internal sealed class ReadAheadStream : Stream
{
    private const int ChunkSize = 256 * 1024;
    private const int Depth = 4;
    private readonly BlockingCollection<(byte[] Data, int Length, ExceptionDispatchInfo? Error)> _chunks = new(Depth);
    private readonly BlockingCollection<byte[]> _free = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Stream _inner;
    private readonly Task _worker;
    private byte[]? _held;
    private ReadOnlyMemory<byte> _current;
    private bool _ended;

    public ReadAheadStream(Stream inner)
    {
        _inner = inner;
        for (var i = 0; i < Depth + 2; i++)
        {
            _free.Add(new byte[ChunkSize]);
        }

        _worker = Task.Factory.StartNew(() => Fill(inner), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_current.IsEmpty && !_ended)
        {
            if (_held is { } done)
            {
                _free.Add(done);
            }

            var (data, length, error) = _chunks.Take();
            error?.Throw();
            _held = data;
            _ended = length == 0;
            _current = data.AsMemory(0, length);
        }

        var n = Math.Min(buffer.Length, _current.Length);
        _current.Span[..n].CopyTo(buffer);
        _current = _current[n..];
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            _worker.Wait(CancellationToken.None);
            _chunks.Dispose();
            _free.Dispose();
            _stop.Dispose();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Fill(Stream inner)
    {
        try
        {
            while (true)
            {
                var data = _free.Take(_stop.Token);
                var length = inner.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
                _chunks.Add((data, length, null), _stop.Token);
                if (length == 0)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _chunks.Add(([], 0, ExceptionDispatchInfo.Capture(ex)));
        }
    }
}
