"""Web pages as saved from a government site: the article body only, as paragraphs and table rows.

A saved page carries the site's chrome — navigation, breadcrumbs, search, share buttons, related links,
footers with the site's 主办单位 and ICP number — whose words (单位, 责任, 部门) would be read as
obligations. We drop what is chrome by tag and by class/id, then keep the element that holds most of the
page's paragraph text: government CMSs all wrap the article in one container (``TRS_Editor``, ``zoom``,
``article``…), whatever it is called.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from polkg.loaders.inputs.source import Builder, GridCell, Source, fill_down

_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
                "select", "input", "textarea", "svg", "template", "object", "embed", "link", "meta")
_CHROME_WORDS = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|footer|foot|header|head|top|topbar|banner|breadcrumbs?|crumbs?|location|"
    r"position|share|bdshare|sidebar|side|toolbar|login|search|copyright|related|friendlinks?|links|pager|"
    r"pagination|print|fontsize|font|qrcode|ewm|wzfx|fx|tools?)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
_BLOCKS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
           "h1", "h2", "h3", "h4", "h5", "h6", "center", "td", "th", "tr", "hr"}


def read(path: Path, text: str) -> Source:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    title = _title(soup)
    _drop_chrome(soup)
    body = _article(soup)
    out = Builder()
    walker = _Walker(out)
    if title and title not in body.get_text():
        out.paragraph(title, paragraph=0)
    walker.walk(body)
    walker.flush()
    return out.source(path, "html")


def _title(soup: Any) -> str:
    """The article's title as the site states it (its ``ArticleTitle`` meta, else ``<title>``)."""
    meta = soup.find("meta", attrs={"name": re.compile("^articletitle$", re.IGNORECASE)})
    if meta is not None and meta.get("content"):
        return str(meta["content"]).strip()
    if soup.title is not None and soup.title.string:
        # "标题_网站名" or "标题 - 网站名": the site's name is not part of the title
        return re.split(r"\s*[_|｜]\s*|\s+-\s+", str(soup.title.string).strip())[0]
    return ""


def _drop_chrome(soup: Any) -> None:
    for tag in soup.find_all(_CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body"):
            continue
        attrs = tag.attrs or {}
        names = " ".join([*attrs.get("class", []), str(attrs.get("id", ""))])
        if names.strip() and _CHROME_WORDS.search(names) and not _holds_article(tag):
            tag.decompose()


def _holds_article(tag: Any) -> bool:
    """A container named like chrome (``main-head``…) but holding the article's paragraphs is kept."""
    return len(tag.find_all("p")) >= 3 or tag.find("table") is not None


def _article(soup: Any) -> Any:
    """The element whose own text — its paragraphs, tables and bare text lines (old sites separate
    paragraphs with ``<br>`` inside one cell) — is the largest on the page."""
    candidates = {p.parent for p in soup.find_all(["p", "table"]) if p.parent is not None}
    candidates |= {t.parent for t in soup.find_all(string=True) if t.parent is not None and len(t.strip()) >= 10}
    best, best_len = None, 0
    for parent in candidates:
        if parent.name in ("html", "[document]", "head", "title"):
            continue
        size = sum(_own_text(child) for child in parent.children)
        if size > best_len:
            best, best_len = parent, size
    return best or soup.body or soup


#: a table cell holding more text than this is page layout (the article inside a layout table), not data
LAYOUT_CELL = 500


def _own_text(node: Any) -> int:
    name = getattr(node, "name", None)
    if name is None:
        return len(str(node).strip())
    if name == "p":
        return len(node.get_text(strip=True))
    if name == "table":
        sizes = [len(td.get_text(strip=True)) for td in node.find_all(["td", "th"])]
        return sum(n for n in sizes if n <= LAYOUT_CELL)
    return 0


class _Walker:
    """Writes an element tree as paragraphs (one per block) and tables (one line per row)."""

    def __init__(self, out: Builder) -> None:
        self.out = out
        self.line: list[str] = []
        self.paragraphs = 0

    def walk(self, el: Any) -> None:
        for child in el.children:
            name = getattr(child, "name", None)
            if name is None:
                self.line.append(re.sub(r"\s+", " ", str(child)))
            elif name == "br":
                self.flush()
            elif name == "table":
                self.flush()
                self.out.table(table_rows(child))
            elif name in _BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    def flush(self) -> None:
        text = "".join(self.line).strip()
        self.line = []
        if text:
            self.paragraphs += 1
            self.out.paragraph(text, paragraph=self.paragraphs)


def table_rows(table: Any) -> list[list[GridCell]]:
    """The grid of an HTML table: ``colspan`` leaves the spanned columns empty, ``rowspan`` fills down."""
    grid: list[list[GridCell | None]] = []
    pending: dict[int, int] = {}  # column → rows still covered by a rowspan from above
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        row: list[GridCell | None] = []
        col = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            while pending.get(col, 0) > 0:
                row.append(None)
                pending[col] -= 1
                col += 1
            span = _int(td.get("colspan"))
            down = _int(td.get("rowspan"))
            row.append(GridCell(td.get_text("\n", strip=True)))
            row.extend([GridCell("")] * (span - 1))
            for c in range(col, col + span):
                if down > 1:
                    pending[c] = down - 1
            col += span
        while pending.get(col, 0) > 0:
            row.append(None)
            pending[col] -= 1
            col += 1
        grid.append(row)
    return fill_down(grid)


def _int(v: Any) -> int:
    try:
        return max(1, int(str(v)))
    except (TypeError, ValueError):
        return 1
