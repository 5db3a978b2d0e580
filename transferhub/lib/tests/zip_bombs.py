"""Build zip archives whose members inflate far beyond their size, cheaply, for tests."""

import struct
import zlib

MIB = 1024 * 1024


def deflated_zeros(head: bytes, mib: int) -> tuple[bytes, int]:
    """Return raw deflate data of `head` and `mib` MiB of zero bytes, and their CRC-32.

    After a full flush the compressor starts afresh, so every MiB compresses to the same bytes:
    one is compressed and repeated.
    """
    chunk = bytes(MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(head)
    for _ in range(mib):
        crc = zlib.crc32(chunk, crc)
    return start + block * mib + compressor.flush(), crc


def zip_with_bomb(
    members: dict[str, bytes], *, bomb: str, mib: int, head: bytes = b"", first: bool = False
) -> bytes:
    """A zip of the given members plus `bomb`: `head` and then `mib` MiB of zeros (1 KB a MiB)."""
    entries = []
    deflated, crc = deflated_zeros(head, mib)
    bomb_entry = (bomb, deflated, crc, len(head) + mib * MIB)
    if first:
        entries.append(bomb_entry)
    for name, data in members.items():
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = compressor.compress(data) + compressor.flush()
        entries.append((name, packed, zlib.crc32(data), len(data)))
    if not first:
        entries.append(bomb_entry)
    out, directory = bytearray(), bytearray()
    for name, packed, crc, size in entries:
        raw_name = name.encode()
        offset = len(out)
        fields = (20, 0, 8, 0, 0x21, crc, len(packed), size, len(raw_name))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + raw_name + packed
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset
        )
        directory += raw_name
    start = len(out)
    out += directory
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), start, 0
    )
    return bytes(out)
