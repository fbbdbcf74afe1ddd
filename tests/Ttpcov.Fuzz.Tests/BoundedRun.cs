namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Runs one fuzz case on its own thread and fails it when it hangs (no end within a generous timeout) or allocates far
/// more than its input warrants. A case that throws is not a failure here: the oracle judges the exception.
/// </summary>
public static class BoundedRun
{
    /// <summary>Hang detection only: a case normally takes milliseconds.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Bytes a case may allocate: a fixed allowance plus this many times its input.</summary>
    public const long FixedAllowance = 64L << 20;

    public const long PerInputByte = 200;

    public static Outcome<T> Execute<T>(Func<T> action, long inputLength)
    {
        Outcome<T>? outcome = null;
        long allocated = 0;
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                outcome = new Outcome<T>(action(), null);
            }
            catch (Exception ex)
            {
                outcome = new Outcome<T>(default, ex);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: 16 << 20) { IsBackground = true };
        thread.Start();
        if (!thread.Join(Timeout))
        {
            throw new TimeoutException($"hang: the case ran for more than {Timeout.TotalSeconds:0} s on {inputLength} bytes of input");
        }

        var limit = FixedAllowance + (PerInputByte * inputLength);
        if (allocated > limit)
        {
            throw new InsufficientMemoryException($"unbounded memory: the case allocated {allocated:N0} bytes for {inputLength:N0} bytes of input (limit {limit:N0})");
        }

        return outcome!;
    }
}
