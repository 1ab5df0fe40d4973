"""Which loaders exist, and picking the one that fits a text.

The obligation engine (:mod:`polkg.loaders.engine`, registered as ``generic``) reads every plan; a
dedicated loader takes a document only when it is sure the text is its layout (a score of at least
:data:`MIN_SCORE`): the two PDF-flattened table layouts with their repair rules, bundles of district
plans in one file (``bracket``), a division written as paragraphs each followed by its unit line
(``resp_lines``). Each is an adapter: it segments its layout, and every unit, role, leader, division and
deadline it reports is read by the engine's vocabulary (:mod:`polkg.loaders.tables`, :mod:`polkg.loaders.marks`,
:mod:`polkg.nlp.deadlines`). Action plans whose measures mostly name nobody are the engine's too:
there is no reader of their own. Order matters only for ties.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from polkg.loaders.base import Loader

#: module names under polkg.loaders, each exposing ``LOADER``
LOADER_MODULES: tuple[str, ...] = (
    "bracket",  # 〔牵头单位：…；责任单位：…〕 after each task (district implementation plans)
    "resp_lines",  # paragraphs followed by 责任单位：A、B，C。 lines (each line read by the engine)
    "progress_table",  # 具体工作任务 / 省级牵头部门 / 牵头厅领导 / 责任部门 / 推进情况 tables
    "plan_table",  # 序号 / 重点工作任务 / 具体工作措施 / 完成时限 / 牵头部门 / … tables
    "generic",  # the obligation engine: every layout and responsibility style
)

#: below this score a dedicated loader is not trusted and the engine reads the text
MIN_SCORE = 0.9


def loaders() -> list[Loader]:
    return list(_loaders())


@cache
def _loaders() -> tuple[Loader, ...]:
    """The loaders, imported once (every file's detection asks for them)."""
    return tuple(import_module(f"polkg.loaders.{name}").LOADER for name in LOADER_MODULES)


def by_name(name: str) -> Loader:
    for loader in loaders():
        if loader.name == name:
            return loader
    raise KeyError(name)


def detect(text: str) -> Loader:
    """The loader whose format the text fits best (the first of a tie); the generic loader when none fits
    well. A loader whose ``ceiling`` (the highest score it ever gives) cannot beat the best score so far is
    not asked: a table reader's scan of every row is skipped once a layout has scored all it can."""
    best_score, best = -1.0, None
    for loader in loaders():
        if loader.ceiling <= best_score:
            continue
        score = loader.score(text)
        if score > best_score:
            best_score, best = score, loader
    if best is None or best_score < MIN_SCORE:
        return by_name("generic")
    return best
