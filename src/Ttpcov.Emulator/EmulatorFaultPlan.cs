namespace Ttpcov.Emulator;

/// <summary>
/// A sequence of faults: "the next N query requests get X", then "the next M get Y", then normal answers
/// (or one fault forever). Only requests that pass the path and authentication checks consume the plan.
/// </summary>
public sealed class EmulatorFaultPlan
{
    private readonly Lock gate = new();
    private readonly List<(EmulatorFault? Fault, int Remaining)> steps = [];
    private EmulatorFault? always;
    private int injected;

    /// <summary>How many requests got a fault so far.</summary>
    public int Injected => Volatile.Read(ref injected);

    /// <summary>The next <paramref name="count"/> query requests (after earlier steps) get <paramref name="fault"/>.</summary>
    public EmulatorFaultPlan Then(EmulatorFault fault, int count = 1)
    {
        lock (gate)
        {
            steps.Add((fault, count));
        }

        return this;
    }

    /// <summary>The next <paramref name="count"/> query requests (after earlier steps) are answered normally.</summary>
    public EmulatorFaultPlan ThenNormal(int count)
    {
        lock (gate)
        {
            steps.Add((null, count));
        }

        return this;
    }

    /// <summary>Every query request after the queued steps gets <paramref name="fault"/>.</summary>
    public EmulatorFaultPlan Always(EmulatorFault fault)
    {
        lock (gate)
        {
            always = fault;
        }

        return this;
    }

    public void Clear()
    {
        lock (gate)
        {
            steps.Clear();
            always = null;
        }
    }

    internal EmulatorFault? Next()
    {
        lock (gate)
        {
            while (steps.Count > 0)
            {
                var (fault, remaining) = steps[0];
                if (remaining <= 1)
                {
                    steps.RemoveAt(0);
                }
                else
                {
                    steps[0] = (fault, remaining - 1);
                }

                if (remaining > 0)
                {
                    injected += fault is null ? 0 : 1;
                    return fault;
                }
            }

            injected += always is null ? 0 : 1;
            return always;
        }
    }
}
