using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace IntegrationContracts.Shared.Manifest;

/// <summary>
/// Reads the <c>[assembly: AssemblyMetadata(key, value)]</c> entries the generator embedded, straight from the
/// metadata tables: the assembly is never loaded, so no user code runs during the build.
/// </summary>
internal static class AssemblyManifestReader
{
    private const string MetadataAttributeNamespace = "System.Reflection";
    private const string MetadataAttributeName = "AssemblyMetadataAttribute";

    /// <summary>The values of every <c>AssemblyMetadata</c> entry whose key starts with <paramref name="keyPrefix"/>.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static IReadOnlyDictionary<string, string> Read(string assemblyPath, string keyPrefix)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("The file has no .NET metadata.", assemblyPath);
        }

        var metadata = pe.GetMetadataReader();
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(metadata, attribute))
            {
                continue;
            }

            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.Length < 2 || blob.ReadUInt16() != 0x0001)
            {
                continue;
            }

            var key = blob.ReadSerializedString();
            var value = blob.ReadSerializedString();
            if (key is not null && value is not null && key.StartsWith(keyPrefix, StringComparison.Ordinal))
            {
                entries[key] = value;
            }
        }

        return entries;
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle type;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                break;
            default:
                return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => Is(metadata, metadata.GetTypeReference((TypeReferenceHandle)type)),
            HandleKind.TypeDefinition => Is(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)type)),
            _ => false,
        };
    }

    private static bool Is(MetadataReader metadata, TypeReference type) =>
        metadata.StringComparer.Equals(type.Name, MetadataAttributeName)
        && metadata.StringComparer.Equals(type.Namespace, MetadataAttributeNamespace);

    private static bool Is(MetadataReader metadata, TypeDefinition type) =>
        metadata.StringComparer.Equals(type.Name, MetadataAttributeName)
        && metadata.StringComparer.Equals(type.Namespace, MetadataAttributeNamespace);
}
