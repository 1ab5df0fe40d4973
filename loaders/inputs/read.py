"""One file to one :class:`Source`, whatever its format; one line saying why when it cannot be read."""

from __future__ import annotations

import re
from pathlib import Path

from polkg.errors import PolkgError
from polkg.loaders.inputs import sniff
from polkg.loaders.inputs.source import Source

#: The most text polkg reads from one file, and the longest line (paragraph) it accepts. The longest plan we
#: know is under 1 million characters and its longest paragraph under 5,000; some reader stages still grow
#: faster than their input on one very long line (see benchmarks/bench_inputs.py), so beyond these a file
#: is refused at once, with one line, instead of hanging.
MAX_CHARS = 2_000_000
MAX_LINE = 100_000

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)
#: what a page declares, and the codec that reads it (GB2312 and GBK pages are GB18030 in practice)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def read_source(path: Path) -> Source:
    """The text of ``path`` and where each part of it came from.

    Raises :class:`PolkgError` with the path and the reason, and for formats we do not read, what to do
    (convert a legacy .doc with LibreOffice, OCR a scanned PDF).
    """
    try:
        source = _read(path)
    except PolkgError as e:
        raise PolkgError(f"{path}: {e}") from None
    if not source.text.strip():
        raise PolkgError(f"{path}: empty file" if source.kind == "text" else f"{path}: no text in this {source.kind}")
    check_size(path, source.text)
    return source


def check_size(path: Path, text: str) -> None:
    """Refuse, in one line and in linear time, text longer than :data:`MAX_CHARS` or with a line longer than
    :data:`MAX_LINE`."""
    if len(text) > MAX_CHARS:
        raise PolkgError(f"{path}: {len(text):,} characters of text, more than the {MAX_CHARS:,} polkg reads from "
                         "one file; split it into its plans")
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE:
            raise PolkgError(f"{path}: line {number} is {len(line):,} characters long, more than the {MAX_LINE:,} "
                             "polkg reads as one paragraph; is this a plan? (break it into paragraphs)")


def _read(path: Path) -> Source:
    data = sniff.read_bytes(path)
    if not data.strip():
        raise PolkgError("empty file")
    kind = sniff.kind_of(data)
    if kind == "text" and len(data) > 4 * MAX_CHARS:  # refused before decoding: no encoding packs 4 bytes in less
        raise PolkgError(f"{len(data):,} bytes of text, more than the {MAX_CHARS:,} characters polkg reads from one "
                         "file; split it into its plans")
    if kind == "pdf":
        from polkg.loaders.inputs import pdf

        return pdf.read(path, data)
    if kind == "docx":
        from polkg.loaders.inputs import docx

        return docx.read(path, data)
    hint = _declared_charset(data)
    text, encoding = sniff.decode(data, hint)
    if hint is not None or sniff.looks_html(text):
        from polkg.loaders.inputs import html

        source = html.read(path, text)
    else:
        source = Source(path=path, kind="text", text=text)
    source.encoding = encoding
    return source


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` near its top, as a Python codec name."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return _CHARSET_ALIASES.get(name, name)
