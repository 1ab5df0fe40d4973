"""Bundles of district implementation plans, each obligation closed by a bracket naming its units: an adapter.

Plans of a district (several per file, see :mod:`polkg.loaders.plans`) write their tasks as paragraphs or
numbered items, each closed by ``〔牵头单位：A、B；责任单位：C〕`` or ``〔责任单位：…〕``. This module only
recognises the layout (so a bundle of plans is split into its plans, one Document each) and hands the text to
the obligation engine (:func:`polkg.loaders.engine.read`): every unit, role, scope (a heading's lead-only bracket,
a standing remark ``以下均需X负责，不再列出``), deadline and target decision is the engine's, as for any layout.
"""

from __future__ import annotations

from polkg.graph.model import Extraction, Task
from polkg.loaders import engine, marks, styles
from polkg.loaders.styles import Para
from polkg.loaders.text import compact, heading_level, item_marker

#: at least this many bracketed paragraphs before the format is considered at all
MIN_BRACKETS = 3
#: punctuation left between a bracket and the next task
GLUE = "。；;，, "


def section_brackets(text: str, paras: list[Para]) -> bool:
    """Whether a heading holding only its title and a labelled unit bracket stands over deeper numbered items
    (（十）提升城市美誉度（牵头单位：X） / 39.…（责任单位：Y））: a plan of sections, not a bundle of bracket plans."""
    levels = [heading_level(text[p.start : p.end]) for p in paras]  # each paragraph's read once
    for para, depth, below in zip(paras, levels, levels[1:], strict=False):  # each with the next one's level
        if depth is None:  # no heading: its brackets are not looked for
            continue
        s = text[para.start : para.end]
        found = styles.inline_brackets(s)
        if not found or compact(s[found[-1][1] :]).strip(GLUE):
            continue
        if below is not None and below > depth:
            return True
    return False


class BracketLoader:
    name = "bracket"
    ceiling = 0.95  # the most score() gives

    def score(self, text: str) -> float:
        """High when many body paragraphs end in a labelled unit bracket."""
        label = styles.label_pattern()
        if not label.search(text):  # no unit label anywhere: no bracket holds one
            return 0.0
        paras = [p for p in styles.paragraphs(text) if "\t" not in text[p.start : p.end]]
        # a paragraph without a label has no labelled bracket: the bracket scan only where one may be
        n = sum(1 for p in paras
                if label.search(text, p.start, p.end) and styles.inline_brackets(text[p.start : p.end]))
        if n < MIN_BRACKETS:
            return 0.05 * n
        body = sum(1 for p in paras if len(compact(text[p.start : p.end])) >= styles.MIN_CUT)
        if not body:
            return 0.05 * n
        if styles.detect_convention(text):  # 分号前为牵头单位: one plan with a convention, not a bundle
            return 0.5
        if section_brackets(text, paras):  # a heading's bracket over the items below it: one plan of sections
            return 0.5
        return min(self.ceiling, 0.2 + 1.5 * n / body)

    def load(self, text: str, doc: str) -> Extraction:
        """The engine's reading, plan by plan (``…等九个实施方案`` bundles nine). In this layout every
        obligation is closed by the bracket naming its units, so an item the engine found naming nobody (总体要求,
        保障措施 prose, an attachment's table title) is no task, as ANNOTATION.md keys doc 004, except under a
        heading announcing tasks (二、目标任务); the engine has already listed it as unattributed."""
        x = engine.read(text, doc, self.name, split=True)
        x.tasks = [t for t in x.tasks if t.units or _under_task_heading(t)]
        return x


def _under_task_heading(task: Task) -> bool:
    """Whether the nearest heading over ``task`` announces tasks (二、目标任务), or its text opens with one (a
    heading line the engine joined to the paragraph after it)."""
    if len(task.section) > 1 and marks.task_section(task.section[-1]):
        return True
    body = compact(task.text)
    marker = item_marker(body)
    return marker is not None and body[marker[1] :].startswith(marks.words().task_sections)


LOADER = BracketLoader()
