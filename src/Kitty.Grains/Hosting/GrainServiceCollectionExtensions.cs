using Kitty.Functions;
using Kitty.Functions.TypeScript;
using Kitty.Functions.Packages;
using Kitty.Grains.Functions.Execution;
using Kitty.Grains.Ids;
using Kitty.Grains.Notifications;
using Kitty.Grains.Options;
using Kitty.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Hosting;

public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// The services Kitty's grains need. <paramref name="nodeId"/> (0..31) must differ between silos of
    /// one cluster: it keeps their ids apart.
    /// </summary>
    public static IServiceCollection AddKittyGrains(this IServiceCollection services, int nodeId)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdGenerator>(sp => new SnowflakeIdGenerator(nodeId, sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<PresenceOptions>().BindConfiguration(PresenceOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PresenceOptions>, PresenceOptionsValidator>());
        services.AddOptions<RealtimeFanoutOptions>().BindConfiguration(RealtimeFanoutOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RealtimeFanoutOptions>, RealtimeFanoutOptionsValidator>());
        SelfValidatingOptions.Add<FunctionRunnerOptions>(services, SelfValidatingOptions.FunctionsSection, options => options.Validate());
        services.TryAddSingleton(sp => new FunctionRunner(sp.GetRequiredService<IOptions<FunctionRunnerOptions>>().Value));
        services.TryAddSingleton<FunctionInvocationRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<FunctionInvocationRecorder>());
        SelfValidatingOptions.Add<TypeScriptCompilerOptions>(services, SelfValidatingOptions.TypeScriptSection, options => options.Validate());
        services.TryAddSingleton<ITypeScriptCompiler>(sp => new TypeScriptCompiler(sp.GetRequiredService<IOptions<TypeScriptCompilerOptions>>().Value));
        SelfValidatingOptions.Add<RuntimePackagesOptions>(services, SelfValidatingOptions.RuntimesSection, options => options.Validate());
        services.TryAddSingleton(sp => new NpmInstaller(sp.GetRequiredService<IOptions<RuntimePackagesOptions>>().Value));
        services.TryAddSingleton<ChatFunctionInvoker>();
        services.TryAddSingleton<ISessionAuthenticator, FunctionSessionAuthenticator>();
        services.TryAddSingleton<INotificationHook, FunctionNotificationHook>();
        return services;
    }
}
