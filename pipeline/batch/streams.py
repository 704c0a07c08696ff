"""Byte streams for the readers: compressed files opened as streams, and lines read with a
size limit applied before anything is parsed.

- ``.gz``, ``.bz2`` and ``.zst`` are decompressed block by block, never whole: a small
  archive that expands to gigabytes costs one block of memory, plus at most one line.
- A truncated archive raises ``TruncatedArchive`` where it ends (gzip and bz2 say so
  themselves; a zstd frame that never ends is checked here), so the reader can give one
  error row for the rest instead of stopping silently.
- ``bounded_lines`` splits on ``\\n``, ``\\r\\n`` or a lone ``\\r`` (old Mac and some
  spreadsheet exports) and hands a line over the limit on as ``TOO_LONG`` without ever
  holding more than the limit of it.
"""

from __future__ import annotations

import bz2
import gzip
import io
import re
from pathlib import Path
from typing import IO, Callable, Iterator

BLOCK = 1 << 16
BOM = b"\xef\xbb\xbf"  # the UTF-8 byte-order mark Excel writes at the start of "CSV UTF-8"
_LINE_END = re.compile(rb"\r\n|\r|\n")


class TruncatedArchive(EOFError):
    """A compressed input that ends in the middle of its data."""


class _TooLong:
    """Stands for a line longer than the limit (its bytes were skipped)."""

    def __repr__(self) -> str:
        return "TOO_LONG"


TOO_LONG = _TooLong()


def line_limit(max_chars: int) -> int:
    """The longest input line worth parsing when articles may have ``max_chars`` characters:
    JSON may write each character as a 6-byte ``\\uXXXX`` escape, and 1 MiB is left for the
    other fields. A longer line cannot hold an article within the limit."""
    return 6 * max_chars + (1 << 20)


class _ZstdStream(io.RawIOBase):
    """A zstd file decompressed as it is read, frame after frame; raises TruncatedArchive
    when the file ends inside a frame (zstandard's own reader returns a short read)."""

    def __init__(self, raw: IO[bytes]) -> None:
        import zstandard

        self._raw, self._zstd = raw, zstandard
        self._decompressor = zstandard.ZstdDecompressor().decompressobj()
        self._buffer = b""
        self._in_frame = False

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray) -> int:  # type: ignore[override]
        while not self._buffer:
            compressed = self._raw.read(BLOCK)
            if not compressed:
                if self._in_frame:
                    raise TruncatedArchive("the zstd archive ends in the middle of a frame (truncated?)")
                return 0
            self._buffer = self._feed(compressed)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size

    def _feed(self, compressed: bytes) -> bytes:
        output = []
        while compressed:
            self._in_frame = True
            output.append(self._decompressor.decompress(compressed))
            if not self._decompressor.eof:
                break
            self._in_frame = False  # a frame ended: the bytes after it start the next one
            compressed = self._decompressor.unused_data
            self._decompressor = self._zstd.ZstdDecompressor().decompressobj()
        return b"".join(output)


COMPRESSIONS: dict[str, Callable[[IO[bytes]], IO[bytes]]] = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw),
    ".bz2": lambda raw: bz2.BZ2File(raw),
    ".zst": lambda raw: io.BufferedReader(_ZstdStream(raw), BLOCK),
}


def decompressed(raw: IO[bytes], path: Path) -> IO[bytes]:
    """``raw`` decompressed as its file name says (or as it is)."""
    opener = COMPRESSIONS.get(path.suffix.lower())
    return opener(raw) if opener else raw


def read_block(handle: IO[bytes], size: int = BLOCK) -> bytes:
    """One block (at most one read underneath, so that the data before the end of a truncated
    archive comes out before the error); that end as TruncatedArchive."""
    try:
        return handle.read1(size) if hasattr(handle, "read1") else handle.read(size)
    except EOFError as error:
        raise TruncatedArchive(f"the archive ends early (truncated?): {error}") from None


def bounded_lines(handle: IO[bytes], limit: int) -> Iterator[bytes | _TooLong]:
    """The lines of ``handle`` with their line ends, a first BOM removed; a line longer
    than ``limit`` bytes comes out as ``TOO_LONG`` and its bytes are dropped as read.
    Each byte is looked at once: the search for line ends starts where the last one stopped."""
    pending = bytearray()  # the start of the line being read (never a line end, but a final \r)
    skipping, first = False, True
    while block := read_block(handle):
        if first:
            block, first = block.removeprefix(BOM), False
        scan_from = max(len(pending) - 1, 0)  # a \r left at the end may be the first half of \r\n
        pending += block
        start = 0
        for end in _LINE_END.finditer(pending, scan_from):
            if end.group() == b"\r" and end.end() == len(pending):
                break  # wait for the next block: \r\n or a lone \r
            if skipping:
                skipping = False
            else:
                yield bytes(pending[start : end.end()])
            start = end.end()
        del pending[:start]
        if len(pending) > limit and not skipping:
            yield TOO_LONG
            skipping = True
        if skipping:  # keep nothing of a line being skipped, but a \r that may end it
            del pending[: -1 if pending.endswith(b"\r") else len(pending)]
    if pending and not skipping:
        yield bytes(pending)
