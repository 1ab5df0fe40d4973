"""``polkg load``/``extract`` on directories and mixed files, and ``polkg show``, run as users run them."""

from __future__ import annotations

import json
from pathlib import Path

from polkg import contract
from polkg.pipeline import Pipeline
from tests.test_cli import polkg, stats
from tests.test_inputs import RESP_LINES, make_docx

OLE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)


def test_load_names_skipped_files_and_fails_on_a_bad_one_unless_keep_going(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "city.txt").write_text(RESP_LINES.read_text(encoding="utf-8"), encoding="utf-8")
    (plans / "notes.md").write_text("# notes\n", encoding="utf-8")
    (plans / "old.doc").write_bytes(OLE_DOC)
    (plans / "title_only.txt").write_text("关于印发某市大气污染防治方案的通知\n", encoding="utf-8")
    store = tmp_path / "store"

    res = polkg("load", str(plans), store=store, check=False)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert f"polkg: skipped: {plans / 'notes.md'}: not a document type we read (.md)" in res.stderr
    assert f"polkg: error: {plans / 'old.doc'}: legacy Word" in res.stderr and "soffice" in res.stderr
    assert stats(store)["labels"] == {}  # nothing written

    res = polkg("load", "--keep-going", str(plans), store=store, check=False)
    assert res.returncode == 1
    assert "loaded 2 files: 2 documents" in res.stdout
    assert f"polkg: warning: {plans / 'title_only.txt'}: no obligations found" in res.stderr
    assert f"polkg: error: {plans / 'old.doc'}: legacy Word" in res.stderr
    assert res.stderr.rstrip().endswith("polkg: error: 1 of 3 inputs failed (listed above)")


def test_show_prints_where_a_task_was_read_from(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "plan.docx"
    make_docx(path)
    store = tmp_path / "store"
    polkg("load", str(path), store=store)
    tasks = [json.loads(line) for line in contract.lines(pipeline.extract_file(path))]
    merged = next(t for t in tasks if t.get("kind") == "task" and t["text"].startswith("强化渣土"))
    out = polkg("show", merged["id"], store=store).stdout
    assert "plan.docx (docx), table 1 row 3 column 1" in out
    assert "(lead, merged cell)" in out
    assert f"offsets   {merged['span'][0]}–{merged['span'][1]}" in out
    marked = [line for line in out.splitlines() if line.startswith(">")]
    assert len(marked) == 1 and "强化渣土运输车辆全密闭管理。 │ 市住房城乡建设局 │ 市公安局" in marked[0]

    res = polkg("show", "task:nope", store=store, check=False)
    assert res.returncode == 1 and res.stderr.count("\n") == 1 and "no task with id 'task:nope'" in res.stderr
