"""Files as researchers have them: encodings, PDF, DOCX, saved web pages, and what is refused and how.

Each rich format is checked against its text equivalent: the same obligations, units and roles. Fixtures
are made here (DOCX with python-docx, HTML, re-encoded corpus files) or shipped small with the script
that made them (``tests/fixtures/inputs/make_pdf.py``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import docx
import pytest

from polkg import api, contract
from polkg.errors import PolkgError
from polkg.graph.build import build
from polkg.graph.model import Extraction
from polkg.loaders.inputs import read_source
from polkg.loaders.inputs.read import MAX_LINE
from polkg.loaders.inputs.walk import select
from polkg.pipeline import Pipeline
from tests.conftest import CORPUS, ROOT
from tests.helpers import roles, task_with

INPUTS = ROOT / "tests" / "fixtures" / "inputs"
SMALL = CORPUS / "000_58d12171dcf85779.txt"
RESP_LINES = ROOT / "tests" / "fixtures" / "city_resp_lines.txt"


def obligations(x: Extraction) -> list[tuple[str, list[tuple[str, str]], str | None]]:
    """What two readings of one plan must agree on: each task's text, its units with roles, its deadline."""
    return [(t.text, [(u.mention, u.role) for u in t.units], t.deadline) for t in x.tasks]


def graph_of(x: Extraction, pipeline: Pipeline) -> tuple[dict[str, Any], dict[Any, Any]]:
    """The nodes and edges the extraction builds, without the file's absolute path."""
    batch = build([x], pipeline.resolver)
    nodes = {k: (n.label, {p: v for p, v in n.props.items() if p != "path"}) for k, n in batch.nodes.items()}
    edges = {k: e.props for k, e in batch.edges.items()}
    return nodes, edges


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_a_corpus_file_in_another_encoding_gives_the_same_graph(tmp_path: Path, pipeline: Pipeline,
                                                                encoding: str) -> None:
    copy = tmp_path / SMALL.name
    copy.write_bytes(SMALL.read_text(encoding="utf-8").encode(encoding))
    original, other = pipeline.extract_file(SMALL), pipeline.extract_file(copy)
    assert len(original.tasks) > 10
    assert list(contract.lines(other)) == list(contract.lines(original))
    assert graph_of(other, pipeline) == graph_of(original, pipeline)
    assert read_source(copy).encoding == encoding


def test_gbk_fixture_reads(tmp_path: Path, pipeline: Pipeline) -> None:
    copy = tmp_path / RESP_LINES.name
    copy.write_bytes(RESP_LINES.read_text(encoding="utf-8").encode("gbk"))
    assert obligations(pipeline.extract_file(copy)) == obligations(pipeline.extract_file(RESP_LINES))


# ------------------------------------------------------------------ DOCX

DOCX_ROWS = [
    ("工作任务", "牵头单位", "责任单位", "完成时限"),
    ("开展建筑工地扬尘专项整治。", "市住房城乡建设局", "市城管局\n市交通运输局", "2024年底前"),
    ("强化渣土运输车辆全密闭管理。", None, "市公安局", "长期坚持"),
    ("完成重点行业挥发性有机物综合治理。", "市生态环境局", "市经济和信息化局", "2024年10月底前"),
]


def make_docx(path: Path) -> None:
    """A responsibility table whose lead cell is merged over two rows, after a numbered heading."""
    d = docx.Document()
    d.add_paragraph("某市大气污染防治重点任务分工方案")
    d.add_paragraph("为持续改善环境空气质量，制定本方案。")
    d.add_paragraph("重点任务分工", style="List Number")
    table = d.add_table(rows=len(DOCX_ROWS), cols=4)
    for r, row in enumerate(DOCX_ROWS):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    table.cell(1, 1).merge(table.cell(2, 1))
    d.save(str(path))


def docx_text() -> str:
    """The DOCX written as text: numbering rendered, the table as tab-separated rows, the merged cell filled."""
    rows = ["\t".join((v or DOCX_ROWS[1][1]).replace("\n", " ") for v in row) for row in DOCX_ROWS]
    head = ["某市大气污染防治重点任务分工方案", "为持续改善环境空气质量，制定本方案。", "1.重点任务分工"]
    return "\n".join([*head, *rows]) + "\n"


def test_docx_table_with_merged_cells_gives_the_unit_per_row_and_role(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "plan.docx"
    make_docx(path)
    source = read_source(path)
    assert source.kind == "docx" and source.text == docx_text()
    x = pipeline.extract_source(source)
    assert roles(task_with(x, "开展建筑工地")) == {
        "lead": ["市住房城乡建设局"], "responsible": ["市城管局", "市交通运输局"], "assist": []}
    merged = task_with(x, "强化渣土")
    assert roles(merged) == {"lead": ["市住房城乡建设局"], "responsible": ["市公安局"], "assist": []}
    assert [u.inherited for u in merged.units] == [True, False]
    assert not any(u.inherited for t in x.tasks if t is not merged for u in t.units)
    assert roles(task_with(x, "完成重点行业"))["lead"] == ["市生态环境局"]
    assert merged.location is not None
    where = merged.location
    assert (where.kind, where.table, where.row, where.column) == ("docx", 1, 3, 1)
    text = tmp_path / "plan_text.txt"
    text.write_text(docx_text(), encoding="utf-8")
    assert obligations(x) == obligations(pipeline.extract_file(text))


# ------------------------------------------------------------------ PDF


def test_pdf_table_and_chinese_text(pipeline: Pipeline) -> None:
    source = read_source(INPUTS / "table_plan.pdf")
    assert source.kind == "pdf"
    assert "- 1 -" not in source.text  # the page number is not text of the plan
    x = pipeline.extract_source(source)
    equivalent = pipeline.extract_file(INPUTS / "table_plan.txt")
    rows = [t for t in x.tasks if t.location is not None and t.location.table]  # the text around it has duties too
    assert len(rows) == 4 and obligations(x) == obligations(equivalent)
    first = task_with(x, "开展建筑工地扬尘专项整治")
    assert roles(first) == {"lead": ["市住房城乡建设局"], "responsible": [], "assist": ["市城管局", "市交通运输局"]}
    assert first.deadline == "2024年底前"
    merged = task_with(x, "强化渣土运输车辆")
    assert roles(merged)["lead"] == ["市住房城乡建设局"] and merged.units[0].inherited
    assert merged.location is not None
    assert (merged.location.page, merged.location.table, merged.location.row) == (1, 1, 3)
    assert roles(task_with(x, "完成重点行业"))["lead"] == ["市生态环境局"]
    continued = task_with(x, "推进餐饮油烟治理")  # the table goes on at the top of page 2, header not repeated
    assert roles(continued) == {"lead": ["市城管局"], "responsible": [], "assist": ["市市场监管局"]}
    assert continued.location is not None
    assert (continued.location.page, continued.location.table, continued.location.row) == (2, 1, 5)


def minimal_pdf(content: bytes = b"") -> bytes:
    """A valid one-page PDF whose page draws ``content`` (nothing: a page with no text layer, like a scan)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


# ------------------------------------------------------------------ HTML

CHROME = """<div class="top-nav"><a href="/">首页</a><a href="/zw">政务公开</a><a>责任单位名录</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div id="search"><form><input name="q"><button>搜索</button></form></div>"""
FOOTER = """<div class="bdshare">分享到：微信 微博</div>
<div class="related"><h3>相关链接</h3><ul><li><a>市住房城乡建设局负责全市扬尘治理工作的通知</a></li></ul></div>
<footer><p>主办单位：某市人民政府办公室 承办单位：市大数据中心</p><p>蜀ICP备00000000号</p></footer>"""


def saved_page(text: str, charset: str = "utf-8") -> str:
    """A government page as a browser saves it: the plan's lines as paragraphs among the site's chrome."""
    title, *body = [ln for ln in text.splitlines() if ln.strip()]
    paragraphs = "\n".join(f"<p>{ln}</p>" for ln in body)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_某市人民政府</title>'
            f'<meta name="ArticleTitle" content="{title}"><script>var x = "牵头单位";</script></head><body>'
            f'{CHROME}<div class="main"><div class="article"><h1>{title}</h1><div class="TRS_Editor">'
            f"{paragraphs}</div></div></div>{FOOTER}</body></html>")


@pytest.mark.parametrize(("name", "charset"), [("page.html", "utf-8"), ("page_saved_as.txt", "gb2312")])
def test_html_page_gives_the_article_only(tmp_path: Path, pipeline: Pipeline, name: str, charset: str) -> None:
    text = RESP_LINES.read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(saved_page(text, charset).encode("gb18030" if charset == "gb2312" else charset))
    source = read_source(path)
    assert source.kind == "html"
    for chrome in ("首页", "当前位置", "搜索", "分享到", "相关链接", "主办单位", "ICP", "var x"):
        assert chrome not in source.text
    x, equivalent = pipeline.extract_source(source), pipeline.extract_file(RESP_LINES)
    assert len(x.tasks) > 3 and obligations(x) == obligations(equivalent)
    assert x.documents[0].title == equivalent.documents[0].title
    assert all(t.location is not None and t.location.paragraph for t in x.tasks)


def test_html_page_laid_out_in_a_table_with_br_lines(tmp_path: Path, pipeline: Pipeline) -> None:
    """Older sites: the whole page is a layout table and the article one cell of ``<br>``-separated lines."""
    text = RESP_LINES.read_text(encoding="utf-8")
    title, *body = [ln for ln in text.splitlines() if ln.strip()]
    path = tmp_path / "old_site.htm"
    path.write_text(f"<html><head><title>{title}</title></head><body><table><tr><td><a>首页</a> | <a>机构设置</a> | "
                    "<a>政务公开</a></td></tr><tr><td>" + "<br>".join([title, *body]) + "</td></tr><tr><td>"
                    "版权所有：某市人民政府办公室 技术支持：某公司</td></tr></table></body></html>", encoding="utf-8")
    source = read_source(path)
    assert "首页" not in source.text and "版权所有" not in source.text
    assert obligations(pipeline.extract_source(source)) == obligations(pipeline.extract_file(RESP_LINES))


def test_html_table_with_rowspan_fills_down(tmp_path: Path, pipeline: Pipeline) -> None:
    rows = "".join(f"<tr>{''.join(cells)}</tr>" for cells in [
        ["<th>工作任务</th>", "<th>牵头单位</th>", "<th>配合单位</th>"],
        ["<td>开展建筑工地扬尘专项整治。</td>", '<td rowspan="2">市住房城乡建设局</td>', "<td>市城管局</td>"],
        ["<td>强化渣土运输车辆全密闭管理。</td>", "<td>市公安局</td>"],
    ])
    path = tmp_path / "table.html"
    path.write_text(f"<html><body><div><h1>某市扬尘治理分工方案</h1><p>一、重点任务</p><table>{rows}</table>"
                    "</div></body></html>", encoding="utf-8")
    x = pipeline.extract_file(path)
    merged = task_with(x, "强化渣土")
    assert roles(merged) == {"lead": ["市住房城乡建设局"], "responsible": [], "assist": ["市公安局"]}
    assert merged.units[0].inherited and not merged.units[1].inherited


# ------------------------------------------------------------------ refused inputs


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("late_nul.txt", "责任单位：市环保局。\n".encode() * 500 + b"\x00tail", "NUL byte at offset 15500"),
        ("bell.txt", "责任单位：市环保局。\x07\n".encode(), "control character U+0007"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "soffice --headless --convert-to docx"),
        ("plan.rtf", b"{\\rtf1\\ansi plan}", "RTF document: convert it first"),
        ("scan.pdf", minimal_pdf(), "no text layer (a scan?): run OCR first"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<<", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04garbage", "damaged ZIP"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "an image (PNG)"),
        ("empty.txt", b" \n\n", "empty file"),
    ],
)
def test_unreadable_inputs_say_what_to_do_in_one_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PolkgError) as e:
        read_source(path)
    assert str(e.value).startswith(f"{path}: ") and message in str(e.value) and "\n" not in str(e.value)


def test_a_huge_single_line_file_is_refused_at_once(tmp_path: Path) -> None:
    """The guard for issue 14's 50 MB single-line file: refused in one line, in time linear in its size."""
    path = tmp_path / "huge.txt"
    path.write_bytes("加强扬尘治理，".encode() * (50_000_000 // 21))
    began = time.perf_counter()
    with pytest.raises(PolkgError, match="more than the 2,000,000 characters"):
        read_source(path)
    long_line = tmp_path / "long.txt"
    long_line.write_text("标题\n" + "加强扬尘治理，" * (MAX_LINE // 7 + 1) + "\n", encoding="utf-8")
    with pytest.raises(PolkgError, match="line 2 is 100,002 characters long"):
        read_source(long_line)
    assert time.perf_counter() - began < 5


# ------------------------------------------------------------------ directories


def test_a_directory_names_what_it_skips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.PDF").write_bytes(b"")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.docx").write_bytes(b"")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    flat = select([str(tmp_path)])
    assert [p.name for p in flat.files] == ["a.txt", "b.PDF"]
    assert {p.path.name: p.reason for p in flat.skipped} == {
        "notes.md": "not a document type we read (.md)", "sub": "a subdirectory (-r reads subdirectories)"}
    deep = select([str(tmp_path)], recursive=True)
    assert [p.name for p in deep.files] == ["a.txt", "b.PDF", "c.docx"]
    assert [(p.path.name, p.reason) for p in deep.skipped if p.path.name == "loop"] == [
        ("loop", "symbolic link loop (directory already read)")]


def test_symlink_loops_and_unreadable_directories_get_their_own_message(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path) == locked:  # root reads any directory: simulate what a user gets
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = select([str(loop), str(dangling), str(locked), str(tmp_path / "missing.txt")])
    assert [str(p) for p in found.failed] == [
        f"{loop}: symbolic link loop",
        f"{dangling}: broken symbolic link (its target does not exist)",
        f"{locked}: permission denied (cannot list this directory)",
        f"{tmp_path / 'missing.txt'}: no such file",
    ]


def test_keep_going_reads_the_rest_and_a_plan_with_no_obligations_is_a_warning(tmp_path: Path,
                                                                               pipeline: Pipeline) -> None:
    (tmp_path / "a_plan.txt").write_text(RESP_LINES.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b_old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (tmp_path / "c_title.txt").write_text("关于印发某市大气污染防治方案的通知\n", encoding="utf-8")
    with pytest.raises(PolkgError, match=r"b_old\.doc: legacy Word"):
        api.read([str(tmp_path)], pipeline)
    told: list[tuple[str, str]] = []
    got = api.read([str(tmp_path)], pipeline, keep_going=True, notify=lambda kind, p: told.append((kind, p.path.name)))
    assert [x.doc for x in got.extractions] == ["a_plan", "c_title"]
    assert told == [("error", "b_old.doc"), ("warning", "c_title.txt")]
    strict = api.read([str(tmp_path)], pipeline, keep_going=True, strict=True)
    assert [x.doc for x in strict.extractions] == ["a_plan"]
    assert [p.path.name for p in strict.failed] == ["b_old.doc", "c_title.txt"]


def test_word_numbering_is_rendered_as_plans_write_it() -> None:
    from polkg.loaders.inputs.docx import render_number

    assert [render_number(n, "chineseCounting") for n in (1, 10, 12, 20, 35)] == ["一", "十", "十二", "二十", "三十五"]
    assert render_number(3, "decimalEnclosedCircle") == "③"
    assert render_number(4, "upperRoman") == "IV" and render_number(2, "lowerLetter") == "b"
