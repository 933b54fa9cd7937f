using System.Reflection;

namespace Kitty.Api.Tests.Pipeline;

/// <summary>
/// An <see cref="IGrainFactory"/> whose grains answer from a table of handlers keyed by
/// "Interface.Method"; a call nobody handles fails the request with a 500, which a test notices.
/// </summary>
public class FakeGrainFactory : DispatchProxy
{
    internal Dictionary<string, Func<object, object?[], object?>> Handlers { get; private set; } = [];

    public static IGrainFactory Create(Dictionary<string, Func<object, object?[], object?>> handlers)
    {
        var factory = Create<IGrainFactory, FakeGrainFactory>();
        ((FakeGrainFactory)(object)factory).Handlers = handlers;
        return factory;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method is null || method.Name != nameof(IGrainFactory.GetGrain) || !method.IsGenericMethod)
        {
            throw new NotSupportedException(method?.Name);
        }

        var grainInterface = method.GetGenericArguments()[0];
        var grain = Create(grainInterface, typeof(FakeGrain));
        ((FakeGrain)grain).Bind(grainInterface.Name, args![0]!, Handlers);
        return grain;
    }
}

/// <summary>One fake grain activation: its key and the shared handlers.</summary>
public class FakeGrain : DispatchProxy
{
    private string name = "";
    private object key = 0L;
    private Dictionary<string, Func<object, object?[], object?>> handlers = [];

    internal void Bind(string grainInterface, object grainKey, Dictionary<string, Func<object, object?[], object?>> table)
    {
        name = grainInterface;
        key = grainKey;
        handlers = table;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        var id = $"{name}.{method!.Name}";
        if (!handlers.TryGetValue(id, out var handler))
        {
            throw new NotImplementedException(id);
        }

        try
        {
            return handler(key, args ?? []);
        }
        catch (Exception exception)
        {
            // Grain calls fail through their task, as Orleans does.
            var result = typeof(Task).GetMethod(nameof(Task.FromException), 1, [typeof(Exception)])!
                .MakeGenericMethod(method.ReturnType.GetGenericArguments().DefaultIfEmpty(typeof(object)).First());
            return method.ReturnType == typeof(Task) ? Task.FromException(exception) : result.Invoke(null, [exception]);
        }
    }
}
