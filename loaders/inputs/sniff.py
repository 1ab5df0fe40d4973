"""What a file is, judged by its bytes, and the text of a plain-text file in whatever encoding it uses.

File names lie (an HTML page saved as ``.txt``, a ``.doc`` that is really HTML or RTF), so every input is
sniffed. Anything that is not a supported document gets one line naming what to do with it.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from pathlib import Path

from polkg.errors import PolkgError

CONVERT_DOC = "convert it first, e.g. soffice --headless --convert-to docx FILE (LibreOffice)"

#: byte signatures of files that are not plain text, and what to say about each
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", f"legacy Word/Excel/WPS file (.doc, .xls, .wps): {CONVERT_DOC}"),
    (b"{\\rtf", f"RTF document: {CONVERT_DOC}"),
    (b"\x89PNG", "an image (PNG), not a document: run OCR first"),
    (b"\xff\xd8\xff", "an image (JPEG), not a document: run OCR first"),
    (b"GIF8", "an image (GIF), not a document: run OCR first"),
    (b"II*\x00", "an image (TIFF), not a document: run OCR first"),
    (b"MM\x00*", "an image (TIFF), not a document: run OCR first"),
    (b"Rar!", "a RAR archive: unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive: unpack it first"),
    (b"\x1f\x8b", "a gzip archive: unpack it first"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: control characters that never occur in a text document (tab, newlines, form feed and vertical tab do)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
                         re.IGNORECASE | re.DOTALL)
#: a share of characters that a mis-decoded file shows (replacement, private use) above which we refuse
_GARBLE = re.compile(r"[\ufffd\ue000-\uf8ff]")


def kind_of(data: bytes) -> str:
    """``pdf``, ``docx``, ``html`` or ``text``; raises :class:`PolkgError` for anything else."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise PolkgError(what)
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        raise PolkgError("a damaged ZIP or Office file; open and save it again as DOCX") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise PolkgError("an Excel workbook: save the sheet as CSV-free text or PDF, or paste it into a DOCX")
    if "content.xml" in names:
        raise PolkgError(f"an OpenDocument file: {CONVERT_DOC}")
    raise PolkgError("a ZIP archive: unpack it first")


def looks_html(text: str) -> bool:
    """Whether decoded text is an HTML page (whatever the file is called)."""
    return bool(_HTML_START.match(text[:4096]))


def decode(data: bytes, hint: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was in: a BOM, then UTF-8, then ``hint`` (an HTML page's
    declared charset), then GB18030 (which reads GBK and GB2312 too), then charset-normalizer's guess.

    Raises :class:`PolkgError` for binary data: a NUL byte or a control character anywhere.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return check_text(_strict(data, enc), enc), enc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise PolkgError(f"binary data (a NUL byte at offset {nul}), not a text document")
    for enc in ["utf-8", *([hint] if hint else []), "gb18030"]:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if enc == "utf-8" or not _garbled(text):
            return check_text(text, enc), enc
    return _guess(data)


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise PolkgError(f"not valid {enc} text (byte {e.start}) although it starts with a {enc} mark") from None


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1 << 20]).best()
    if best is None or best.encoding is None:
        raise PolkgError("not text in any encoding we know (UTF-8, UTF-16, GB18030/GBK, Big5)")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise PolkgError(f"not text in any encoding we know (looks like {best.encoding} but is not)") from None
    return check_text(text, best.encoding), best.encoding


def _garbled(text: str) -> bool:
    return len(_GARBLE.findall(text[:1 << 16])) > 8


def check_text(text: str, enc: str) -> str:
    """``text`` unchanged, or a :class:`PolkgError` naming the first control character (binary data)."""
    bad = _CONTROL.search(text)
    if bad:
        ch = ord(bad.group())
        raise PolkgError(f"binary data (control character U+{ch:04X} at character {bad.start()} as {enc}), "
                         "not a text document")
    return text


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or one line saying why they cannot be had."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PolkgError("no such file") from None
    except IsADirectoryError:
        raise PolkgError("is a directory") from None
    except PermissionError:
        raise PolkgError("permission denied") from None
    except OSError as e:
        if e.errno == 40:  # ELOOP
            raise PolkgError("symbolic link loop") from None
        raise PolkgError(f"cannot read: {e.strerror}") from None
