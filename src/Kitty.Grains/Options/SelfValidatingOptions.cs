using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kitty.Grains.Options;

/// <summary>
/// Options classes of Kitty.Functions check themselves (their <c>Validate()</c> throws ArgumentOutOfRangeException);
/// this binds one to its configuration section and turns that check into a start-up failure naming the section.
/// </summary>
internal static class SelfValidatingOptions
{
    public const string FunctionsSection = "Kitty:Functions";
    public const string TypeScriptSection = "Kitty:TypeScript";
    public const string RuntimesSection = "Kitty:Runtimes";

    public static void Add<TOptions>(IServiceCollection services, string section, Action<TOptions> validate)
        where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new Validator<TOptions>(section, validate)));
    }

    private sealed class Validator<TOptions>(string section, Action<TOptions> validate) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            try
            {
                validate(options);
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentOutOfRangeException e)
            {
                return ValidateOptionsResult.Fail($"{section}: {e.Message}");
            }
        }
    }
}
