"""The records that flow from loaders to the graph.

A loader reads one source file and returns an :class:`Extraction`: the plans (Documents) the file holds,
their Tasks with the unit mentions each task names, and the quantitative Targets. Everything carries a
character span into the source file so that any answer can be traced to the sentence it came from.

Resolution (canonical units, regions, rivers, topics) fills the optional fields; :mod:`polkg.graph.build`
turns the result into graph nodes and edges.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["lead", "responsible", "assist"]
Level = Literal["national", "province", "city", "district", "township", "unknown"]
Direction = Literal["decrease", "increase", "at_least", "at_most", "reach"]
# "named": the source names units; "none": it names nobody (an orphan obligation, a finding);
# "unknown": the cell that would name them is empty because of a merged table cell.
UnitStatus = Literal["named", "none", "unknown"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def assign(record: Record, **values: Any) -> None:
    """Set fields of ``record`` to values already of their types, as :meth:`BaseModel.model_construct` sets them,
    without validating each again: the pipeline enriches every task and unit of a file with what the resolver
    and the tagger computed, and a validated assignment costs ten times a plain one."""
    record.__dict__.update(values)
    record.__pydantic_fields_set__.update(values)


class Span(Record):
    """Half-open character offsets ``[start, end)`` into the source file's text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class UnitMention(Record):
    """One unit named for a task, as written, with its role and position in the list."""

    mention: str  # as written, whitespace removed
    role: Role
    rank: int = Field(ge=1)  # 1-based position among all units named for the task
    span: Span | None = None
    canonical: str | None = None  # filled by the resolver
    unit_id: str | None = None  # filled by the resolver
    inherited: bool = False  # copied from the row above (merged table cell), not written on this row


class Progress(Record):
    """A progress statement on a task (a 推进情况 cell), attributed to the division that reported it."""

    text: str
    period: str  # e.g. "2017-Q2"
    reporter: str | None = None  # division as written, e.g. 水处
    span: Span


class Location(Record):
    """Where a task is in the file it was read from, beyond its offsets into the extracted text."""

    file: str  # file name as loaded
    path: str = ""  # absolute path when read, so the passage can be shown again
    kind: str = "text"  # text, pdf, docx, html
    encoding: str | None = None  # of a text or HTML file
    page: int | None = None  # 1-based, PDF
    paragraph: int | None = None  # 1-based, DOCX body paragraph or HTML block
    table: int | None = None  # 1-based, PDF/DOCX/HTML table, with row and column of the task text
    row: int | None = None
    column: int | None = None


class Step(Record):
    """A dated step of a task (``2019年6月前建立台账``): a window query finds the task by any of them."""

    text: str  # as written
    due: str  # ISO date


class Task(Record):
    """One obligation: what must be done, with the units named for it."""

    doc: str  # source file stem
    plan: int = Field(ge=0)  # index of the plan (Document) within the file
    text: str
    section: list[str] = Field(default_factory=list)  # heading path, plan title first
    span: Span
    quote: str = ""  # the source text of the whole obligation incl. its unit bracket/line
    units: list[UnitMention] = Field(default_factory=list)
    unit_status: UnitStatus = "named"
    leaders: list[str] = Field(default_factory=list)  # people named as responsible
    divisions: list[str] = Field(default_factory=list)  # internal divisions (处/室) named as responsible
    deadline: str | None = None  # as written
    due: str | None = None  # ISO date, when it can be resolved
    open_ended: bool = False  # 长期实施 / 长期坚持
    steps: list[Step] = Field(default_factory=list)  # every dated step the text sets (the deadline among them)
    progress: list[Progress] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    rivers: list[str] = Field(default_factory=list)  # as written
    regions: list[str] = Field(default_factory=list)  # as written
    notes: list[str] = Field(default_factory=list)  # what the loader could not settle
    location: Location | None = None  # set by polkg.loaders.inputs.place


class Target(Record):
    """A quantitative commitment."""

    doc: str
    plan: int = Field(ge=0)
    text: str
    metric: str
    value: float
    unit: str
    direction: Direction
    baseline_year: int | None = None
    year: int | None = None
    region: str | None = None  # as written; None means the plan's own jurisdiction
    topics: list[str] = Field(default_factory=list)
    span: Span
    task_index: int | None = None  # index into Extraction.tasks of the task that states it


class Citation(Record):
    """A document cited by a plan: a 《title》 and/or a 〔year〕number 文号."""

    title: str | None = None
    number: str | None = None
    span: Span


class Document(Record):
    """One plan. A source file may hold several (a bundle of implementation plans, or a cover letter
    with its attachment)."""

    doc: str  # source file stem
    plan: int = Field(ge=0)
    title: str
    span: Span
    file: str = ""  # file name as loaded
    number: str | None = None  # 文号, e.g. 川办发〔2021〕82号
    issuer: str | None = None
    date: str | None = None  # ISO date of issue
    year: int | None = None  # the year the plan is for: 年底前 resolves to its 31 December
    level: Level = "unknown"
    kind: str | None = None  # 分工方案 / 行动计划 / 通报 / 作战计划 / 实施方案 ...
    jurisdiction: str | None = None  # region name the plan governs, e.g. 乐山市市中区
    level_word: str | None = None  # its own level word (县, 区, 旗) where its place is unknown: a county stays 县
    format: str = ""  # loader that read it
    cites: list[Citation] = Field(default_factory=list)
    convention: str | None = None  # e.g. "first group leads" when the document declares it
    committees: list[str] = Field(default_factory=list)  # the committees it sets up (成立X领导小组): X领导小组
    short_names: dict[str, str] = Field(default_factory=dict)  # 成立X办公室（简称Y）: Y → the body X it sets up


class Unattributed(Record):
    """A stretch of text that looks like an obligation or a unit list but could not be attributed."""

    doc: str
    reason: str
    span: Span
    quote: str


class Extraction(Record):
    """Everything read from one source file."""

    doc: str  # file stem
    file: str
    format: str
    documents: list[Document]
    tasks: list[Task] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    unattributed: list[Unattributed] = Field(default_factory=list)
