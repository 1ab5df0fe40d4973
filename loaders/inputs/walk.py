"""Which files a command line names: files as given, directories for the documents in them.

A directory stands for every file in it whose name says it is a document (``-r`` descends into
subdirectories); everything else in it is named as skipped, with the reason, so that nothing is dropped
silently. Names only choose the files: what each file *is* is decided from its bytes
(:mod:`polkg.loaders.inputs.sniff`).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from polkg.errors import PolkgError

#: names that announce a document; .doc/.wps/.rtf are taken so that the user hears how to convert them
DOCUMENT_SUFFIXES = (".txt", ".text", ".pdf", ".docx", ".htm", ".html", ".shtml", ".xhtml", ".doc", ".wps", ".rtf")


@dataclass(frozen=True)
class Problem:
    """A path that was not read, and why (one line)."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Selection:
    """The files to read, what a directory held that is not a document, and paths that could not be used."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)


def select(paths: Iterable[str], recursive: bool = False) -> Selection:
    """The files ``paths`` name. Problems are collected, not raised, so the caller can keep going."""
    out = Selection()
    seen: set[tuple[int, int]] = set()
    given = list(paths)
    if not given:
        raise PolkgError("no input files given")
    for p in map(Path, given):
        try:
            st = p.stat()
        except OSError as e:
            out.failed.append(Problem(p, _os_reason(e, p)))
            continue
        if os.path.isdir(p):
            before = len(out.files)
            _walk(p, recursive, out, seen)
            if len(out.files) == before and not any(f.path == p for f in out.failed):
                out.failed.append(Problem(p, "no documents in this directory (.txt, .pdf, .docx, .html)"
                                          + ("" if recursive else "; -r reads its subdirectories")))
        elif (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            out.files.append(p)
    _check_stems(out.files)
    return out


def _walk(d: Path, recursive: bool, out: Selection, seen: set[tuple[int, int]]) -> None:
    st = d.stat()
    if (st.st_dev, st.st_ino) in seen:
        out.skipped.append(Problem(d, "symbolic link loop (directory already read)"))
        return
    seen.add((st.st_dev, st.st_ino))
    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except OSError as e:
        out.failed.append(Problem(d, _os_reason(e, d, directory=True)))
        return
    for entry in entries:
        p = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            fst = p.stat()
        except OSError as e:
            out.failed.append(Problem(p, _os_reason(e, p)))
            continue
        if is_dir:
            if recursive:
                _walk(p, recursive, out, seen)
            else:
                out.skipped.append(Problem(p, "a subdirectory (-r reads subdirectories)"))
        elif not entry.is_file():
            out.skipped.append(Problem(p, "not a regular file"))
        elif p.suffix.lower() not in DOCUMENT_SUFFIXES:
            out.skipped.append(Problem(p, f"not a document type we read ({p.suffix or 'no extension'})"))
        elif (fst.st_dev, fst.st_ino) not in seen:
            seen.add((fst.st_dev, fst.st_ino))
            out.files.append(p)


def _os_reason(e: OSError, p: Path, directory: bool = False) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if e.errno == errno.ENOENT:
        return "broken symbolic link (its target does not exist)" if p.is_symlink() else "no such file"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied" + (" (cannot list this directory)" if directory else "")
    return f"cannot read: {e.strerror}"


def _check_stems(files: list[Path]) -> None:
    """Document ids come from file names: two files with one stem would overwrite each other."""
    by_stem: dict[str, Path] = {}
    for f in files:
        other = by_stem.setdefault(f.stem, f)
        if other != f:
            raise PolkgError(f"{other} and {f} share the name {f.stem!r}; document ids come from file names, "
                             "rename one")
