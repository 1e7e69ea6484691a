using System.Buffers.Binary;
using System.Text;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>Edits a zip in place to build lying archives (APPNOTE.TXT §4.3.7 local header, §4.3.12 central directory).</summary>
public static class ZipPatch
{
    /// <summary>Makes the named entry declare a smaller uncompressed size than its data inflates to.</summary>
    public static void DeclareUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var found = false;
        for (var at = 0; at + 46 <= zip.Length; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) != 0x02014B50)
            {
                continue;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
            var name = Encoding.UTF8.GetString(zip, at + 46, nameLength);
            if (name.TrimStart('/') != entryName)
            {
                continue;
            }

            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), size);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 42));
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(local + 22), size);
            found = true;
        }

        Assert.True(found, entryName + " not in the zip");
    }
}
