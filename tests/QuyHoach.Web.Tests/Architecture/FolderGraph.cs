using System.Reflection;
using System.Reflection.Emit;

namespace QuyHoach.Web.Tests.Architecture;

/// <summary>
/// Which folder of the Web project uses which, read from the compiled assembly: every type a type names in its
/// signatures, fields, locals and method bodies (the IL's type, method and field tokens, so a static call such as
/// <c>RoundScope.LoadAsync</c> or a component such as <c>&lt;RefusalAlert /&gt;</c> counts). A folder is
/// <c>Features/X</c> (sub-folders such as <c>Pages</c> belong to it), <c>Hosting</c> or <c>Components</c>; compiler-made
/// types (lambdas, async state machines) belong to the type that declares them.
/// </summary>
internal sealed class FolderGraph
{
    private const string Root = "QuyHoach.Web.";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private FolderGraph(SortedDictionary<string, SortedDictionary<string, string>> edges) => Edges = edges;

    /// <summary>Folder → the folders it uses, each with one example (using type → used type).</summary>
    public SortedDictionary<string, SortedDictionary<string, string>> Edges { get; }

    public static FolderGraph Of(Assembly assembly)
    {
        var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (FolderOf(type) is not { } from)
            {
                continue;
            }

            var uses = edges.TryGetValue(from, out var known) ? known : edges[from] = new(StringComparer.Ordinal);
            foreach (var used in ReferencedTypes(type).SelectMany(Parts).Where(t => t.Assembly == assembly).Distinct())
            {
                if (FolderOf(used) is { } to && to != from && !uses.ContainsKey(to))
                {
                    uses[to] = $"{Outermost(type).Name} → {Outermost(used).Name}";
                }
            }
        }

        return new FolderGraph(edges);
    }

    /// <summary>
    /// Every loop of folders that use each other (a strongly connected group of two or more) among the folders
    /// <paramref name="among"/> accepts, as text.
    /// </summary>
    public IReadOnlyList<string> Cycles(Func<string, bool> among)
    {
        var cycles = new List<string>();
        foreach (var group in StronglyConnected(among).Where(g => g.Count > 1))
        {
            var members = group.ToHashSet(StringComparer.Ordinal);
            var links = group.SelectMany(from => Edges[from].Where(e => members.Contains(e.Key)).Select(e => $"{from} → {e.Key} ({e.Value})"));
            cycles.Add(string.Join("; ", links));
        }

        return cycles;
    }

    /// <summary>The edges as a Markdown table: folder | folders it uses.</summary>
    public string Table() => string.Join('\n', Edges.Select(e => $"| {e.Key} | {string.Join(", ", e.Value.Keys)} |"));

    private static string? FolderOf(Type type)
    {
        var ns = Outermost(type).Namespace;
        if (ns is null || !ns.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns[Root.Length..].Split('.');
        return parts[0] == "Features" ? parts.Length > 1 ? "Features/" + parts[1] : null : parts[0];
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>A type and what it is made of: element types and generic arguments.</summary>
    private static IEnumerable<Type> Parts(Type type)
    {
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var part in Parts(element))
            {
                yield return part;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var part in type.GetGenericArguments().SelectMany(Parts))
            {
                yield return part;
            }
        }
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var face in type.GetInterfaces())
        {
            yield return face;
        }

        foreach (var attribute in type.GetCustomAttributesData())
        {
            yield return attribute.AttributeType;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in BodyTypes(method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types a method body names: its locals and every type, method or field token of its IL.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body?.GetILAsByteArray() is not { } il)
        {
            return [];
        }

        var found = body.LocalVariables.Select(l => l.LocalType).ToList();
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? unchecked((short)(0xFE00 | il[at + 1])) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    found.AddRange(TypesOf(method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)));
                    at += 4;
                    break;
                default:
                    at += 4;
                    break;
            }
        }

        return found;
    }

    private static IEnumerable<Type> TypesOf(MemberInfo? member) => member switch
    {
        Type type => [type],
        FieldInfo field => [field.DeclaringType!, field.FieldType],
        MethodInfo method => [method.DeclaringType!, method.ReturnType, .. method.IsGenericMethod ? method.GetGenericArguments() : []],
        ConstructorInfo constructor => [constructor.DeclaringType!],
        _ => [],
    };

    /// <summary>Tarjan's strongly connected components over <see cref="Edges"/>.</summary>
    private List<List<string>> StronglyConnected(Func<string, bool> among)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in (Edges.TryGetValue(node, out var uses) ? uses.Keys.ToList() : []).Where(among))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != node);
                group.Sort(StringComparer.Ordinal);
                groups.Add(group);
            }
        }

        foreach (var node in Edges.Keys.Where(among).Where(n => !index.ContainsKey(n)).ToList())
        {
            Visit(node);
        }

        return groups;
    }
}
