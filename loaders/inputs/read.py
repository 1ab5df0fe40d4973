"""One file to one :class:`Source`, whatever its format; one line saying why when it cannot be read."""

from __future__ import annotations

import re
from pathlib import Path

from polkg.errors import PolkgError
from polkg.loaders.inputs import sniff
from polkg.loaders.inputs.source import Source

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
    return source


def _read(path: Path) -> Source:
    data = sniff.read_bytes(path)
    if not data.strip():
        raise PolkgError("empty file")
    kind = sniff.kind_of(data)
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
