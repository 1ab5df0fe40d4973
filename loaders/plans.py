"""Splitting a file into its plans: a district often publishes several implementation plans in one file.

Each plan opens with a title line that ends in a plan kind (实施方案 / 工作方案 / 行动计划 / 作战计划 …), is
not a sentence and not a numbered heading. A title broken over two lines (``…整治攻坚战`` + ``实施方案``) is
joined. A bundle cover (``…等九个`` + ``实施方案``, or a title directly followed by another title, as in a
table of contents) is not a plan. Everything after a title up to the next plan's title belongs to that plan,
including its attachments (附件1 … 台账 tables), whose titles are not plan titles.

Any loader can use :func:`split` (offsets and titles) or :func:`documents` (ready-made Documents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from polkg import data
from polkg.graph.model import Document, Span
from polkg.loaders import styles
from polkg.loaders.text import Line, compact, heading_level, lines, trimmed_span

#: characters that make a line a sentence or a label rather than a title
SENTENCE_MARKS = "，。；：:,;！？!?"
#: a short note in brackets after a title: its edition or period
EDITION = re.compile(r"[（(][^（）()]{1,12}[）)]$")


@dataclass(frozen=True)
class TitleVocab:
    """The ``[titles]`` table of ``data/plans.toml``."""

    kinds: tuple[str, ...]
    bundle: re.Pattern[str]
    min_title: int
    max_title: int
    max_head: int
    max_tail: int


@cache
def vocab() -> TitleVocab:
    raw = data.read("plans.toml")["titles"]
    return TitleVocab(
        kinds=tuple(raw["kinds"]),
        bundle=re.compile(raw["bundle"]),
        min_title=int(raw["min_title"]),
        max_title=int(raw["max_title"]),
        max_head=int(raw["max_head"]),
        max_tail=int(raw["max_tail"]),
    )


@dataclass(frozen=True)
class Plan:
    """One plan of a file: its index, title, the title's span and the whole plan's span."""

    index: int
    title: str
    title_span: Span
    span: Span

    def document(self, doc: str, fmt: str = "") -> Document:
        return Document(doc=doc, plan=self.index, title=self.title, span=self.span, format=fmt)


@dataclass(frozen=True)
class Title:
    """A title found in the text (possibly two lines joined)."""

    text: str
    span: Span


def bare(line: Line) -> str:
    """The line without whitespace and Markdown emphasis (``# 标题``, ``**标题**``)."""
    return compact(line.text).strip("#*")


def title_like(line: Line) -> bool:
    """A short stand-alone line that is neither a sentence, a heading, a table row nor an attachment label."""
    s = bare(line)
    return (
        bool(s)
        and "\t" not in line.text
        and not any(c in s for c in SENTENCE_MARKS)
        and heading_level(s) is None
        and not s.startswith("附件")
    )


def ends_in_kind(line: Line) -> bool:
    """Whether the line ends in a plan kind, before a note on edition or period (``（征求意见稿）``)."""
    s = EDITION.sub("", bare(line))
    return s.endswith(vocab().kinds)


def broken_head(prev: Line, line: Line) -> bool:
    """Whether ``prev`` is the first half of a title whose short second half (``实施方案``) is ``line``."""
    v = vocab()
    return (
        len(bare(line)) <= v.max_tail and title_like(prev) and not ends_in_kind(prev) and len(bare(prev)) <= v.max_head
    )


def titles(text: str) -> list[Title]:
    """Every title line of the text, a broken title joined with its head line."""
    rows = [ln for ln in lines(text) if ln.stripped]
    out: list[Title] = []
    for i, ln in enumerate(rows):
        if not (title_like(ln) and ends_in_kind(ln)):
            continue
        span = ln.span()
        if i > 0 and broken_head(rows[i - 1], ln):
            span = Span(start=rows[i - 1].span().start, end=span.end)
        title = compact(text[span.start : span.end]).replace("*", "").lstrip("#")
        if vocab().min_title <= len(title) <= vocab().max_title:
            out.append(Title(title, span))
    return out


def is_cover(title: Title, following: Title | None, text: str) -> bool:
    """A bundle title (``…等九个实施方案``), or a title followed directly by another one (a cover or a table
    of contents): a plan's title is followed by its text."""
    if vocab().bundle.search(title.text):
        return True
    return following is not None and not text[title.span.end : following.span.start].strip()


def split(text: str) -> list[Plan]:
    """The plans of ``text`` in order; one plan (titled as :func:`styles.plan_title` finds) when none is found."""
    found = titles(text)
    kept: list[Title] = []
    for i, t in enumerate(found):
        if not is_cover(t, found[i + 1] if i + 1 < len(found) else None, text):
            kept.append(t)
    if not kept:
        title, span = styles.plan_title(text)
        return [Plan(0, title, span, trimmed_span(text, span.start, len(text)))]
    out: list[Plan] = []
    for i, t in enumerate(kept):
        end = kept[i + 1].span.start if i + 1 < len(kept) else len(text)
        out.append(Plan(i, t.text, t.span, trimmed_span(text, t.span.start, end)))
    return out


def documents(text: str, doc: str, fmt: str = "") -> list[Document]:
    """A Document for each plan of ``text``."""
    return [p.document(doc, fmt) for p in split(text)]
