namespace Kitty.LoadTests;

/// <summary>A call as one load item: a failure is counted (the first few printed), never thrown into the loop.</summary>
internal sealed class CountedCalls
{
    private const int Printed = 5;
    private int _errors;

    public int Errors => Volatile.Read(ref _errors);

    public async Task<bool> AttemptAsync(Func<Task<bool>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (Interlocked.Increment(ref _errors) <= Printed) Console.Error.WriteLine($"Call failed: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }
}
