using Spectre.Console.Cli;

namespace Ledger.Cli.Hosting;

/// <summary>
/// The smallest registrar Spectre.Console.Cli needs to hand each command its <see cref="CliContext"/>: registered
/// types and instances (several per service, resolved as the last one or as an IEnumerable of all), and
/// constructor injection from them.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object?>>> _factories = new();

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, () => lazy.Value);
    }

    public ITypeResolver Build() => this;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }
        if (_factories.TryGetValue(type, out var factories))
        {
            return factories[^1]();
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = _factories.TryGetValue(element, out var registered) ? registered.Select(f => f()).ToList() : [];
            var array = Array.CreateInstance(element, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                array.SetValue(all[i], i);
            }
            return array;
        }
        return Create(type);
    }

    private void Add(Type service, Func<object?> factory)
    {
        if (!_factories.TryGetValue(service, out var list))
        {
            list = [];
            _factories[service] = list;
        }
        list.Add(factory);
    }

    private object? Create(Type type)
    {
        if (type.IsAbstract || type.IsInterface)
        {
            return null;
        }
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null)
        {
            return null;
        }
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return arguments.Any(a => a is null) ? null : constructor.Invoke(arguments);
    }
}
