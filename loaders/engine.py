"""The obligation reader: one engine for every plan, whatever its layout.

A plan is read in four steps, the same for every style:

1. **Segment** the text into items: headings of any depth (``第一部分``, ``一、``, ``（一）``, ``1.``, ``（1）``,
   ``①``, ``第X条``), paragraphs (rejoined across page breaks) and table rows (:mod:`polkg.loaders.tables`).
2. **Find responsibility marks** wherever they stand (:mod:`polkg.loaders.marks`): a bracket closing an
   item (``（X负责，Y配合）``, ``〔牵头单位：X；责任单位：Y〕``, mismatched brackets too), role lines after an
   item in any order (``牵头单位：`` / ``配合单位：`` / ``牵头负责领导：``), an attribution sentence
   (``由X负责，Y配合。``), the item's own subject (``市X局：负责…``, ``各有关部门要…``, ``X牵头，…``).
3. **Attach** each mark to the items it closes: everything since the previous mark or heading, the
   heading's title sentence included when the item is the heading's first body. A mark is never a task
   of its own. A labelled block that carries its own text (问题 / 整改措施 / 责任单位 / 责任人 / 整改时限) is
   one task, as is a table row.
4. **Apply the document's conventions**: ``排在首位的为牵头单位`` (the first group of a bare list leads),
   a lead on a heading (``（X总牵头）``) for the items under it, and standing lines
   (``以下各项工作均需X落实，不再列出``) adding units to every later item.

Items that name nobody are kept when they read like obligations: orphan tasks (``unit_status="none"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from polkg import data
from polkg.graph.model import Document, Extraction, Role, Span, Task, Unattributed
from polkg.loaders import marks, plans, styles, tables
from polkg.loaders.marks import Mark
from polkg.loaders.styles import Found, Para, clean
from polkg.loaders.text import (
    alternation,
    brackets,
    compact,
    item_marker,
    restore_extraction,
    small_number,
    split_top_level,
    trimmed_span,
    view,
)
from polkg.nlp import deadlines

#: a signature line above a date is at most this long; a salutation line at most MAX_SALUTATION
MAX_SIGNATURE = 30
MAX_SIGNERS = 2
MAX_SALUTATION = 120
#: a paragraph with at least this many labels (of units and of text, leaders or deadlines) is a block
MIN_INLINE_FIELDS = 3
#: a clause cut (at a comma) leaves at least this much before it
MIN_CLAUSE_CUT = 12
#: a clause saying when a duty is done (检查结束后，) before its subject is at most this long
MAX_WHEN = 20
#: a heading at most this long naming no duty (a site, a river, a project) before its mark names what the items
#: under it are about: the mark covers them
MAX_NAME_HEADING = 16
#: a heading this short (after its marker) names a section, not a duty
MAX_NAME_TITLE = 4
#: a run of unit lines after at least this many task lines is a column of a table flattened column-wise
MIN_COLUMN = 3
MAX_CELL = 60
#: a text cell of a column-wise table may run to this length: a cell holds no full stop, a paragraph does
MAX_COLUMN_CELL = 120
#: the depth of a body paragraph (not a numbered item), and of a labelled record waiting for its units
BODY = 99
#: a list of at least this many numbered siblings, three in four of them obligations, is a list of obligations
MIN_LISTED = 4
RECORD = -1
#: a paragraph at most this long that holds a standing line is only that line
STANDING_LINE = 60
#: a heading whose first sentence is at most this long and is all the line holds is a title, not a task
MAX_TITLE = 40
#: a line that only names an office heading its items: a full name, a branch of a bureau in a development zone
#: included (阜新市生态环境局高新技术产业开发区分局), is at most this long
MAX_UNIT_LINE = 30
#: a sentence's subject and its verb are read within this many characters (a window, so a paragraph with many
#: sentences is read in linear time)
SUBJECT_WINDOW = 200
#: (a PDF's text may give the full stop as a Latin ``.``: 建设.太原市要… — a stop between two words of running text,
#: never a numbering mark's, 1. or 二.)
_SENTENCE_END = re.compile(
    r"[。！？!?；;]|(?<![一二三四五六七八九十\d\sA-Za-z])(?<=[\u4e00-\u9fff）)”])[.．](?=\s*[\u4e00-\u9fff（(“])"
)
#: the end of a line of a roster (组员：各驻镇单位、…两委干部; 龐家偉 南康鎮黨委委員、副鎮長): names and posts, no
#: clause; the line after it opens a sentence of its own, though the two were joined as one cut paragraph
_AFTER_ROSTER = re.compile(
    r"(?m)^(?=[^，。；,;\n]*(?:[：:]|\s))[^，。；,;\n]{2,60}(?:长|书记|主任|委员|干部|成员|负责人)[ \t]*\n(?=\S)"
)
#: words of a clause: a unit list before a comma never holds one (要, 将, 对, 进行…)
_CLAUSE_WORDS = re.compile(r"要|将|应|须|对|进行|负责|开展|推进|加强|落实")
#: an enumerator opening a sentence of running prose (一是…, 四是…, 一要…, 三要…, 二是要…), as a report or
#: minutes may write it after who speaks (会议强调，一是…; 常务副县长王某作表态发言，一是…)
_SAID = r"(?:[^，。；,;：:]{0,24}(?:要求|强调|指出|提出|表态发言)[，,：:]\s*)?"
_ENUMERATED = re.compile(rf"^{_SAID}(?P<n>[一二三四五六七八九十]{{1,3}})(?:是要|是|要)(?![求素点])")
#: a directive naming nobody opening running prose (会议要求，要提高思想认识，推动工作落实。): the minutes' title for
#: the duty of whoever the next sentence names
#: a measure a report lists as done or planned (一是强化组织领导。), not a speaker's must (一是要…, 一要…)
_REPORTED_MEASURE = re.compile(r"^[一二三四五六七八九十]{1,3}是(?!要)")
_DIRECTIVE = re.compile(rf"^{_SAID}要(?![求素点])")
#: words quoted after a colon (批示：“…”, 要求：“…”) open a sentence of their own
_QUOTED = re.compile(r"[：:]\s*[“「『]")


@dataclass
class Item:
    """Text waiting for the mark that closes it."""

    start: int
    end: int
    section: list[str]
    title: bool = False  # a heading line holding only its title
    depth: int = 99  # BODY for a paragraph under a heading
    own: Mark | None = None  # units the item names itself (its subject)
    short: bool = False  # a heading line holding one short sentence
    deadline: str | None = None  # a record's own 整改时限
    leaders: list[str] = field(default_factory=list)  # a record's own 责任人


#: the continuation of a time-limit cell on the next line is this short at most (底前, 坚持, 月底前完成)
MAX_DEADLINE_TAIL = 6
#: the tasks a time-limit cell may have been given to (the rows a merged cell covers)
MAX_DEADLINE_TASKS = 8


@dataclass
class Scope:
    """Units a heading gives the items under it."""

    depth: int
    found: list[Found]
    deadline: str | None = None
    leaders: list[str] = field(default_factory=list)
    row: bool = False  # the merged first cell of a table flattened one cell per line
    named: bool = False  # named by a heading's own title (省编办牵头的工作, 区委职责)
    #: a paragraph announcing its subject's duties (第三条 X…主要职责是：) covers the items after it, whatever their
    #: marker's nominal depth: until a sibling of that paragraph, or a heading above the first item under it
    until: int | None = None
    under: int | None = None
    #: a responsibility letter's holder (部门(单位)：X): its items are X's, but it makes no line a duty
    letter: bool = False
    #: only for the items that name nobody themselves: the body a notice set up, over its 工作职责; a site's
    #: 责任单位 on its heading
    fallback: bool = False
    #: a deadline a heading gives its items (（一）动员部署阶段（2023年3月）): only theirs when they write none
    weak: bool = False
    phase: bool = False  # given by a phase line (第一阶段：…（2023年3月）): the next one replaces it
    #: a labelled block's deadline and people, written before its measures (up to the next block)
    block: bool = False
    #: a lead said to be over the whole section (X总牵头): the items' own leads do not replace it
    overall: bool = False

    def kept_under(self, depth: int) -> bool:
        """Whether a heading of ``depth`` stays inside this scope."""
        if self.until is None:
            return self.depth < depth
        if self.under is None:
            self.under = depth
        return depth != self.until and depth >= self.under


@dataclass
class Engine:
    """State while walking one plan's paragraphs."""

    text: str
    doc: str
    title: str
    convention: str | None
    plan: int = 0
    convention_from: int = 0  # the document's convention holds from here (declared with 下同 mid-document)
    tasks: list[Task] = field(default_factory=list)
    unattributed: list[Unattributed] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    pending: list[Item] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    standing: list[Found] = field(default_factory=list)
    fields: Mark | None = None  # consecutive role/field lines being collected
    table: tables.Table | None = None
    row_leaders: list[str] = field(default_factory=list)  # the leader cell of the last such row (merged below)
    last_row: Task | None = None  # the last row of a space-separated table (its unit cell may go on below)
    row_cells: bool = False  # whether that row's unit cell went on over lines of its own
    last_closed: list[Task] = field(default_factory=list)
    #: a role line that closed a heading's lead-in, waiting for the numbered items under it (then theirs too)
    section_mark: tuple[int, Mark] | None = None
    label: str | None = None  # the label of the line before, when it stood alone
    columns_run: list[tables.Column] = field(default_factory=list)
    columns: list[tables.Column] = field(default_factory=list)  # a table flattened one cell per line
    units_since_text: int = 0
    #: the tasks a column of unit lines is being spread over, and the unit cells so far
    column: tuple[list[Task], list[list[Found]]] | None = None
    rows_numbered: bool = False
    row_start: int | None = None  # where the current numbered row's cells start among the pending items
    #: units of the current rectification block (问题 … 责任单位 … 整改措施 …), None outside blocks
    block_units: list[Found] | None = None
    #: the people of the current block (its 责任人), wherever in the block they stand: before or after its measures
    block_leaders: list[str] = field(default_factory=list)
    #: people named in the current paragraph (副市长张某某…批示), with where each is named
    people: list[tuple[str, int]] = field(default_factory=list)
    upcoming: str = ""  # the next paragraph's text (a unit line followed by its duties: 市教育局 / 负责…)
    after: str = ""  # the paragraph after that (市卫生局 / 2011年重点工作目标责任书 / 1、…)
    title_next: bool = False  # the next line titles a unit heading's items: no obligation of its own
    founded: Found | None = None  # the body the notice sets up (成立…领导小组), whose 工作职责 the items may list
    #: a line of units only whose duties follow on the next line (市教育局 / 负责全市中小学安全工作。)
    duty_subject: Mark | None = None
    duty_people: list[str] = field(default_factory=list)  # 组长：王某 刘某 / 负责全面统筹…: the duty's leaders
    #: the unit a paragraph reports acting right before enumerated measures on lines of their own (今年以来，某镇…。 /
    #: 一是… / 二是…): each measure naming nobody is its duty, as in one paragraph
    enum_owner: Mark | None = None
    row_lead: bool = False  # whether the last line was a unit cell opening a row (no text since)
    opened_rows: bool = False  # whether the table's unit cells open their rows (序号 | 责任单位 | 建设内容 | …)
    row_item: Item | None = None  # the text cell of the row a unit cell opened (the cells after it are its columns)
    last_number: int | None = None  # the last 序号 cell read
    row_rest: bool = False  # whether the cells of that row's later columns (an amount, a deadline) have begun
    here: str = ""  # the paragraph being fed (the one that ends a run of field lines)
    last_line: str = ""  # the paragraph fed before it, compacted (a cell whose time limit goes on below)
    row_units: list[Found] = field(default_factory=list)  # the unit cell of the last row of a one-cell-per-line table
    in_roster: bool = False  # whether the last line was a line of a body's roster (组 长：X(…) / 成 员：…)
    #: the columns of a table whose header ran together with no separator (…牵头单位责任单位完成时限): its rows
    #: end in their unit and date cells, glued to the text
    glued: list[tables.Column | None] | None = None
    glued_people: set[str] = field(default_factory=set)  # the leaders its rows named (a name seen is a person)

    # ------------------------------------------------------------ walking

    def section(self) -> list[str]:
        return [self.title, *(t for _, t in self.headings)]

    def feed(self, para: Para) -> None:
        s = self.text[para.start : para.end]
        self.here = s
        before, self.last_line = self.last_line, compact(s)
        if self.deadline_goes_on(before, self.last_line):
            return
        self.founded = marks.founded_body(s, para.start) or self.founded
        parts = inline_fields(s, para.start) or inline_items(s, para.start)
        if len(parts) > 1:  # 问题…。整改目标：…责任单位：…责任人：…整改时限：… written as one paragraph
            for part in parts:
                self.feed(part)
            return
        run_on = glued_items(s, para.start)
        if run_on:  # …如下：28.…；29.…: each item on a line of its own, the intro's unit over those naming none
            self.feed_list(run_on)
            return
        pairs = marks.cell_pairs(s)
        if pairs:  # |问题|X|整改责任单位|Y|整改措施|…|: a labelled block flattened onto one row, a field per pair
            for a, b in pairs:
                self.feed(Para(para.start + a, para.start + b))
            return
        as_field = marks.cell_label(s)  # 整改责任单位|X: a label cell and its value, not a table's header row
        mark = self.field_line(as_field, para.start) if as_field is not None else None
        if mark is not None:
            if mark or mark.deadline or mark.texts:
                self.on_field(mark)
            return  # 联系电话 | …: a field naming no role is nobody's task
        glued = tables.glued_header(s) if self.table is None else None
        if glued is not None:  # the header is no task; the rows below end in the cells it names
            self.flush()
            self.glued = glued
            return
        head = tables.glued_header_before_rows(s) if self.table is None else None
        if head is not None:  # 序号…配合单位1推进…: the header runs into its first row
            self.flush()
            self.glued = head[0]
            self.feed(Para(para.start + head[1], para.end))
            return
        self.glued_below(s)
        row = tables.row_of(self.text, para, self.table, self.upcoming)
        if row is not None:
            self.end_fields()
            self.label = None  # a rule line ends a header: the cell below is no label's value
            self.on_row(row)
            return
        if self.table is not None and self.table.sep is None and re.fullmatch(r"[\d.．、]{1,4}", compact(s)):
            # 序号 涉及部门 职责分工 on one line, then each cell on a line of its own: a one-cell-per-line table
            self.columns, self.table = [k for k in self.table.kinds if k is not None], None
        if self.table is not None:
            if self.row_overflow(s, para.start):
                return
            if tables.continues(s):  # a section row or a page number inside the table
                marker = item_marker(s)
                if marker is not None:
                    self.on_row(tables.Row(heading=(marker[0], styles.heading_title(s))))
                return
            self.table = None
        if self.label_only(s):
            return
        if self.roster_line(s):
            return
        heads = marks.duty_head(s) if self._opens_duties() else []
        if heads:  # 组长：王某 刘某 / 负责全面统筹…: the people lead the duties below the line
            self.flush()
            self.duty_people = heads
            return
        holder = marks.holder(s, para.start) if not self.tasks and not self.pending else None
        if holder is not None:  # 部门(单位)：X  责任人：Y atop a responsibility letter: the whole letter is X's
            self.scopes.append(Scope(-1, holder.found, leaders=holder.leaders, letter=True))
            return
        mark = chief_line(s, para.start) or self.field_line(s, para.start)
        if mark is not None:
            if mark or mark.deadline:
                self.on_field(mark)
            elif self.measures_follow(s):
                self.open_measures()
            return  # a field naming no role (厅内分工：…, 联系人：…) is nobody's task
        self.end_fields()
        standing, here = marks.standing_units(s, para.start)
        if standing and len(compact(s)) <= STANDING_LINE:
            self.standing = standing
            return
        if standing and here:
            self.standing = standing
        self.on_paragraph(para, s)
        if standing:
            self.standing = standing

    def feed_list(self, parts: list[tuple[Para, list[Found]]]) -> None:
        """The items of a numbered list run together in one paragraph, read as if each stood on its own line; the
        unit the list's intro names owns the items of its run that name nobody (a scope, over that run only)."""
        scope: Scope | None = None
        for part, owner in parts:
            if scope is not None and scope.found is not owner:
                self.flush()
                self.scopes = [sc for sc in self.scopes if sc is not scope]
                scope = None
            if owner and scope is None:
                self.flush()  # the items before the intro are no part of its list
                scope = Scope(-1, owner, fallback=True)
                self.scopes.append(scope)
            self.feed(part)
        if scope is not None:
            self.flush()
            self.scopes = [sc for sc in self.scopes if sc is not scope]

    def on_paragraph(self, para: Para, s: str) -> None:
        label, self.label = self.label, None
        year = tables.deadline_cell(s, column=any(c.kind == "deadline" for c in self.columns))
        if year is not None and year.isdigit() and self.last_closed:  # 2020 under 完成时限, not a 序号
            for task in self.last_closed:
                task.deadline = task.deadline or year
            return
        if label == "other" and len(compact(s)) <= tables.MAX_SECTION_ROW:
            return  # the value under 联系电话 / 备注 on a line of its own is nobody's task
        if label == "deadline" and year is not None and self.pending:  # 整改时限 / 2020年12月 on lines of their own
            self.pending[-1].deadline = year
            if self.block_units is not None:  # a rectification block's 整改时限 covers its measures too
                self.scopes.append(Scope(self.headings[-1][0] if self.headings else -1, [], year))
            return
        if re.fullmatch(r"[\d.．、]{1,4}", compact(s)) and not self.amount_cell(s):
            self.units_since_text = 0  # the 序号 cell of a table flattened one cell per line: a new row
            self.rows_numbered = True
            self.end_fields()
            if self.role_columns()[0]:
                self.flush()  # 序号 | 涉及部门 | 职责分工: the row above took its units from its own first cells
            self.pending = [it for it in self.pending if not it.title]  # a title above rows is a section
            self.row_start = len(self.pending)
            return
        if self.people_line(s, label):
            return
        self.label = label
        marker = item_marker(s)
        if marker is not None:
            self.on_heading(para, *marker)
            return
        phase = deadlines.phase_line(s)
        if phase is not None:  # 第二阶段：集中整治（2023年4月—10月）: a heading without a marker, dating what follows
            self.flush()
            self.scopes = [sc for sc in self.scopes if not sc.phase]
            self.scopes.append(Scope(self.headings[-1][0] if self.headings else -1, [], phase, weak=True, phase=True))
            return
        label_before = self.label
        if self.title_next:
            self.title_next = False
            return
        named = self.unit_heading(s, para.start)
        if named:  # 市卫生局 / (a title) / 1、… 2、…: the items below are that unit's until the next such line
            self.flush()
            self.scopes = [sc for sc in self.scopes if not sc.named]
            self.scopes.append(Scope(self.unit_heading_depth(), named, named=True))
            self.title_next = not _numbered_text(self.upcoming)
            return
        if self.table is None and not self.columns and self.attribution(s, para.start):
            return
        bare = self.bare_line(s, para.start)
        if bare is not None and bare.found and label_before is None and self._opens_duties():
            self.flush()  # 市教育局 / 负责全市中小学安全工作。: the unit is the subject of the duties below it
            self.duty_subject = bare
            return
        if bare is not None:
            if bare.found:  # (an empty mark: a first cell that covers the rows below, already in scope)
                self.unit_cell(bare)
            return
        if self.row_cell(s):
            return
        deadline = tables.deadline_cell(s)
        if deadline is not None and self.pending and self.merged_unit_cell():
            # 5 / 建设X。 / 县Y局 / 5月底前 / 建设Z。 / 12月底前: a second line of the row with no unit cell of
            # its own (merged with the one above): the row's units, its own deadline
            self.close(Mark(found=list(self.row_units), deadline=deadline))
            return
        if deadline is not None and self.last_closed:
            for task in self.last_closed:
                task.deadline = task.deadline or deadline
            return
        self.on_body(para.start, para.end, None)

    def deadline_goes_on(self, before: str, line: str) -> bool:
        """A time-limit cell broken over two lines (``2023年6月`` / ``底前``, ``长期`` / ``坚持``): the second part
        completes the deadline the first gave the tasks just read; it is no task of its own."""
        if not before or not 0 < len(line) <= MAX_DEADLINE_TAIL or item_marker(line) is not None:
            return False
        whole = deadlines.find_deadline(before + line)
        if whole is None or not whole.endswith(line) or len(whole) <= len(deadlines.find_deadline(before) or ""):
            return False
        recent = self.tasks[-MAX_DEADLINE_TASKS:]
        tasks = [t for t in recent if t.deadline is not None and compact(t.deadline) == before]
        for task in tasks:
            task.deadline = before + line
        return bool(tasks)

    def merged_unit_cell(self) -> bool:
        """Whether the text cells waiting stand in a row whose unit cell is merged with the row above's: a
        one-cell-per-line table whose columns run task, units, deadline, and a deadline cell came after text with
        no unit cell since the last row's (the caller has the deadline cell)."""
        kinds = [c.kind for c in self.columns]
        if not self.row_units or self.units_since_text or "deadline" not in kinds:
            return False
        # (民生实事 | 责任单位 | 完成时限: a task column the vocabulary does not name stands before the units)
        task, due = kinds.index("task") if "task" in kinds else 0, kinds.index("deadline")
        return any(k == "role" for k in kinds[task:due]) and not any(it.title for it in self.pending)

    def amount_cell(self, s: str) -> bool:
        """A number in a row its unit cell opened that is not the next row's 序号 (1000 after 3): an amount."""
        flat = compact(s).rstrip(".．、")
        number = int(flat) if flat.isdigit() else None
        if self.row_item is None or self.row_item not in self.pending:
            self.last_number = number if number is not None else self.last_number
            return False
        if number is not None and (self.last_number is None or number == self.last_number + 1):
            self.last_number = number
            return False
        return True

    def row_cell(self, s: str) -> bool:
        """A later cell of a row its unit cell opened (序号 | 责任单位 | 建设内容 | 总投资 | 目标进度): an amount, or
        a progress cell giving the row its deadline, and whatever follows them; none is a task of its own."""
        item = self.row_item
        if item is None or item not in self.pending:
            return False
        flat = compact(s)
        if re.fullmatch(r"[\d.,，%‰（）()万亿元]+", flat):
            self.row_rest = True  # (the cells after an amount are later columns too)
            return True
        due = tables.deadline_cell(s) or deadlines.find_deadline(s)
        if due is None:
            return self.row_rest
        item.deadline = item.deadline or due
        self.row_rest = True
        return True

    def unit_heading(self, s: str, at: int) -> list[Found]:
        """A line that only names an office, outside any table, with numbered items right below it (or below a
        title line under it): a heading without a marker, whose items are that office's duties."""
        if self.table is not None or self.columns or self.label is not None or len(compact(s)) > MAX_UNIT_LINE:
            return []
        below = self.upcoming
        if not _numbered_text(below):
            title = compact(below)
            if not title or _SENTENCE_END.search(title) or len(title) > MAX_TITLE or not _numbered_text(self.after):
                return []
        return marks.heading_unit(s, at)

    def unit_heading_depth(self) -> int:
        """The depth a unit line heads its items at: that of the last heading above the items below it. A unit
        line repeated between sibling items (the office's name as a page header, ``…分局`` / ``（五）负责…``)
        heads the items after it, so it sits above their marker's depth, not at the depth of the sibling before."""
        below = item_marker(self.upcoming.strip()) or item_marker(self.after.strip())
        depths = [d for d, _ in self.headings if below is None or d < below[0]]
        return depths[-1] if depths else -1

    def _opens_duties(self) -> bool:
        """Whether the next paragraph is a duty with no subject of its own (``负责…``)."""
        return compact(self.upcoming).startswith(marks.DUTY_OPENERS)

    def label_only(self, s: str) -> bool:
        """A label on a line of its own (``责任单位`` then the units on the next line), or a header cell of a
        table flattened one cell per line: remembered, so the next line is read as its value."""
        flat = _ALIAS_AFTER.sub("", compact(s).rstrip("：:"))  # 牵头部门 (责任单位): the label, its other name aside
        marker = item_marker(flat)
        if marker is not None:  # 二、责任单位 / 横州市党委、人民政府: a heading that is only a role label is one
            kind = marks.words().labels.get(flat[marker[1] :])
            if kind not in styles.ROLES:
                return False
            self.label = kind
            if self.block_units is None:  # 二、责任单位 in a report on a rectification: the block's units, for
                self.block_units = []  # the measures under 三、整改情况 too
                self.block_leaders = []
            return True
        kind = marks.words().labels.get(flat)
        col = tables.column_kind(flat) if len(flat) <= tables.MAX_CELL_HEADER else None
        if kind is None and col is None:
            if len(flat) > tables.MAX_CELL_HEADER:
                self.columns_run = []
            return False
        if col is not None:
            if col.kind == "role" and self.pending:  # 责任单位 after text cells: a table flattened column-wise,
                self.rows_numbered = False  # whatever numbers stood in the columns before
            if not self.columns_run and (col.kind == "number" or kind is None):
                self.flush()  # 序号 (or a header word that is no label) opens a table: the prose above is done
            self.columns_run.append(col)
            if any(c.kind in ("role", "leader") for c in self.columns_run):
                self.columns = list(self.columns_run)
        self.label = kind if kind is not None else (col.role if col is not None and col.kind == "role" else None)
        if len(self.columns_run) > 1 and col is not None:
            self.label = None  # a cell of a header flattened one cell per line labels a column, not the next line
        if kind == "task":
            self.open_measures()  # (the fields above may be the block's units, before its measures)
            starts = flat in marks.words().block_start
            if self.block_units or starts:
                self.flush()  # what came before belongs to the block before (or to no block)
            if starts or self.block_units is None:
                self.block_units, self.block_leaders = [], []
        return True

    def unit_cell(self, mark: Mark) -> None:
        """A line that is only units. After several task lines, a run of single-unit lines is a column of a
        table flattened column by column: the units go to the tasks by position (the last unit to the last
        task; a unit merged over the first rows covers them)."""
        single = len(mark.found) == 1
        short = all(len(compact(self.text[it.start : it.end])) <= MAX_COLUMN_CELL
                    and "。" not in self.text[it.start : it.end] for it in self.pending)  # task cells, not paragraphs
        numbered = self.rows_numbered  # 序号 cells start the rows: the table is flattened row by row
        if self.pending and single and short and not numbered and len(self.pending) >= MIN_COLUMN:
            self.close(mark, merge=True)
            self.column = ([*self.last_closed], [mark.found])
            return
        # a later cell of the column may name several units (市人力资源社会保障局、团市委): its own row's
        if not self.pending and self.column is not None and self.column[0] == self.last_closed:
            tasks, cells = self.column
            cells.append(mark.found)
            if len(cells) <= len(tasks):
                self.spread(tasks, cells)
                return
        self.column = None
        self.join_row_cells()
        if self.pending:
            self.row_units = list(mark.found)
        self.close(mark, merge=True)

    def join_row_cells(self) -> None:
        """The text cells of one numbered row (名称 | 工作任务, 试点任务 | 细化措施) are one task: what stands
        between its 序号 cell and its first unit cell."""
        at, self.row_start = self.row_start, None
        if at is None or len(self.pending) - at < 2:
            return
        cells = self.pending[at:]
        first, last = cells[0], cells[-1]
        own = next((it.own for it in cells if it.own is not None), None)
        self.pending[at:] = [Item(first.start, last.end, first.section, depth=first.depth, own=own)]

    def spread(self, tasks: list[Task], cells: list[list[Found]]) -> None:
        """Units of a column, right-aligned on its tasks; the first unit covers the rows before."""
        lead = len(tasks) - len(cells)
        for i, task in enumerate(tasks):
            found = cells[max(0, i - lead)]
            task.units = styles.mentions(found)
            task.unit_status = "named"

    def role_columns(self) -> tuple[list[Role], list[Role]]:
        """The roles of a one-cell-per-line table's columns before and after its task column."""
        cols = self.columns
        task_at = next((i for i, c in enumerate(cols) if c.kind == "task"), None)
        roles = [(i, c.role) for i, c in enumerate(cols) if c.kind == "role" and c.role is not None]
        if task_at is None:
            return [], [r for _, r in roles]
        return [r for i, r in roles if i < task_at], [r for i, r in roles if i > task_at]

    def cell_units(self, s: str, at: int, role: Role) -> list[Found] | None:
        """The units of a cell on its own line(s); a name broken over lines (市政/府办/公厅) is one unit."""
        lines = [line for line in s.strip().splitlines() if line.strip()]
        broken = len(lines) == 2 and tables.broken_unit(*lines)  # 区新兴产业 / 服务中心
        if broken or ("\n" in s.strip() and all(tables.fragment(line) for line in s.strip().splitlines())):
            flat = compact(s)
            sp = trimmed_span(self.text, at, at + len(s))
            return [Found(flat, role, sp.start, sp.end)] if marks.is_unit(flat) else None
        if _aliased(compact(s)):
            sp = trimmed_span(self.text, at, at + len(s))
            return [Found(compact(s), role, sp.start, sp.end)]
        return marks.unit_names(s, at, role)

    def roster_line(self, s: str) -> bool:
        """A line of the roster of a body the plan sets up (``特成立X领导小组`` / ``组 长：李某(副镇长)`` /
        ``成 员：…``): no task, its people the leaders of the sentence that set the body up."""
        people = marks.roster_people(s, ranked=not self.in_roster)
        self.in_roster = False
        if not people:
            return False
        founding = next((it for it in reversed(self.pending)
                         if not it.title and self._founds(it.start, it.end)), None)
        if founding is not None:
            founding.leaders = _unique([*founding.leaders, *people])
        else:
            task = next((t for t in reversed(self.tasks) if self._founds(t.span.start, t.span.end)), None)
            if task is None:
                return False
            task.leaders = _unique([*task.leaders, *people])
        self.in_roster = True
        return True

    def _founds(self, start: int, end: int) -> bool:
        return marks.founded_body(self.text[start:end], start) is not None

    def people_line(self, s: str, label: str | None) -> bool:
        """Names on a line of their own under a leader label or in a table's leader column: the leaders of
        the items just closed."""
        if not (label == "leader" or any(c.kind == "leader" for c in self.columns)):
            return False
        if tables.deadline_cell(s) is not None:  # 6月底前 in the next column: a deadline, nobody's name
            return False
        if self.pending and self.leader_before_units():  # 任务 | 牵头领导 | 责任单位: the row is still open
            people = marks.people(s)
            self.pending[-1].leaders = _unique([*self.pending[-1].leaders, *people])
            return bool(people)
        if not self.last_closed:
            return False
        # people with their ranks (区交通运输厅党组成员、副厅长 李华强, 张某 副市长): the people; under a 责任人 label
        # the value names people whatever it holds
        short = len(compact(s)) <= MAX_CELL
        ranked = short and marks.named_with_rank(s)
        people = marks.leaders(s) if ranked else marks.people(s)
        if not people and label == "leader" and short:
            people = marks.leaders(s)
        for task in self.last_closed if people else []:
            task.leaders = _unique([*task.leaders, *people])
        if people and self.block_units:  # 责任人 before the block's 整改目标/整改措施: theirs too
            self.block_leaders = _unique([*self.block_leaders, *people])
        return bool(people)

    def merged_leaders(self, task: Task) -> None:
        """In a one-cell-per-line table with a leader column before its units, a row whose leader cell is
        empty shares the leader of the row above (a merged cell)."""
        if not self.leader_before_units():
            return
        if task.leaders:
            self.row_leaders = list(task.leaders)
        else:
            task.leaders = list(self.row_leaders)

    def leader_before_units(self) -> bool:
        """Whether the table's leader column stands before its unit columns (the row's units follow its leader)."""
        kinds = [c.kind for c in self.columns]
        return "leader" in kinds and "role" in kinds and kinds.index("leader") < max(
            i for i, k in enumerate(kinds) if k == "role")

    def attribution(self, s: str, at: int) -> bool:
        """A paragraph that only says who does the item above it (``…。`` / ``此项工作由X负责组织，Y具体实施。``):
        it closes that item as a bracket would; no task of its own. True when it did."""
        said = marks.attribution_line(s, at, self.convention_at(at)) if self.pending else None
        if said is None or all(it.title for it in self.pending):
            return False
        self.close(said)
        return True

    def bare_line(self, s: str, at: int) -> Mark | None:
        """A line that is only a unit list (the value under a label line or a table cell of its own):
        a mark, its role from the label or the table's column order, else 责任单位."""
        if len(compact(s)) > tables.MAX_UNIT_LINE:
            return None
        inner = s.strip().strip("|│").strip()  # one cell of a table flattened between | marks
        if any(sep in inner for sep in tables.SEPARATORS[1:]):
            return None  # a row of several cells (│ │ │个乡（镇）、11个行政村 │处 │): no unit list of its own
        if inner and inner != s:
            at, s = at + s.index(inner), inner
        role = self.label if self.label in styles.ROLES else None
        before, after = self.role_columns()
        # 序号 | 项目 | 责任单位 | 建设内容: with every unit column before the task column of numbered rows, each
        # unit cell opens its row's text (what the row above left waiting is done)
        opens = role is None and bool(before) and not after and self.rows_numbered
        leading = role is None and bool(before) and (not self.pending or opens)
        leading = leading and (self.units_since_text >= len(after) or not self.last_closed)
        if leading:
            role = before[0]  # 牵头单位 | 目标任务 | 责任单位: the row's first cell, for the rows below it
        if role is None:
            n = self.units_since_text
            role = after[n] if n < len(after) else (after[-1] if after else "responsible")
        found = self.cell_units(s, at, role)
        if found is None:
            return None
        if leading:  # a merged first cell: it covers the rows until the next one
            depth = self.headings[-1][0] if self.headings else -1
            rows = [sc for sc in self.scopes if sc.row]
            self.opened_rows = self.opened_rows or opens
            if opens and self.row_start is not None:  # 1 / 完善交通基础设施 / …: the row's 项目 cells name it
                for item in self.pending[self.row_start :]:
                    item.title = True
                self.row_start = None
            if opens and self.pending:
                self.flush()
            elif opens and rows and self.row_lead:  # 区综合行政执法局 / 区公建中心: one cell, two units
                rows[-1].found = [*rows[-1].found, *found]
                return Mark()
            self.scopes = [sc for sc in self.scopes if not sc.row]
            self.scopes.append(Scope(depth, found, row=True))
            self.units_since_text = 0
            self.row_lead = True
            return Mark()
        first, by_unit, rest = styles.convention_roles(self.convention_at(at), role)
        if first and role == "responsible":
            found = styles.unit_list(s, at, rest, first_leads=True, first_unit=by_unit)
        self.units_since_text += 1
        mark = Mark(found=found, start=at, end=at + len(s))
        if self.block_units is not None and self.label in styles.ROLES:
            self.block_units.extend(found)
        self.label = None
        return mark

    def convention_at(self, at: int) -> str | None:
        """The document's convention for a list at ``at``: none above a 下同 declaration."""
        return self.convention if at >= self.convention_from else None

    def field_line(self, s: str, at: int) -> Mark | None:
        """A line that starts with a label (``牵头单位：…``, ``责任人：…``, ``问题：…``), its marker set aside."""
        marker = item_marker(s)
        skip = marker[1] if marker is not None else 0
        found = marks.labels(s[skip:])
        if not found or compact(s[skip : skip + found[0].start]).strip("（(〔[【"):
            return None
        return marks.labelled(s[skip:], at + skip, self.convention_at(at), lead_at=found[0].start)

    # ------------------------------------------------------------ headings and bodies

    def on_heading(self, para: Para, depth: int, marker_end: int) -> None:
        s = self.text[para.start : para.end]
        # a one-sentence heading with deeper headings under it is a section title, not an obligation
        self.pending = [it for it in self.pending if not (it.short and it.depth < depth and it is self.pending[-1])]
        first = _SENTENCE_END.search(s, marker_end)
        head_end = first.end() if first else len(s)
        title = compact(s[marker_end:head_end]).rstrip("。：:")
        scope = marks.heading_units(title, para.start + marker_end) or self.title_duties(title)
        founded = not scope and self.founded is not None and _DUTY_SECTION.match(title) is not None
        if founded and self.founded is not None:
            scope = [self.founded]  # 成立…领导小组 / 二、明确工作职责 / 1、…: the body set up does them
        if not scope and not s[head_end:].strip():  # 一、镇河湖长制办公室：, the items under it its duties
            scope = marks.heading_unit(s[marker_end:head_end], para.start + marker_end, self._opens_duties())
        declared = [] if scope else declared_duties(s[marker_end:], para.start + marker_end)
        siblings = [it for it in self.pending if it.depth != BODY]
        scoped = any(sc.depth >= depth and not sc.weak for sc in self.scopes)  # the sibling before named its own lead
        if not siblings or scoped or scope or any(it.depth > depth for it in siblings):
            self.flush()  # numbered siblings (with their bodies) may share one role line after them
        self.headings = [h for h in self.headings if h[0] < depth]
        self.scopes = [sc for sc in self.scopes if sc.kept_under(depth)]
        if self.section_mark is not None and self.section_mark[0] < depth:
            top, mark = self.section_mark
            self.scopes.append(Scope(top, mark.found, leaders=mark.leaders))
        self.section_mark = None
        self.headings.append((depth, styles.heading_title(_drop_brackets(s[:head_end]))))
        if scope:  # the nearest heading naming whose items they are replaces one further up
            self.scopes = [sc for sc in self.scopes if not sc.named]
            self.scopes.append(Scope(depth, scope, named=True, fallback=founded))
        if declared:
            self.scopes.append(Scope(depth, declared, until=depth))
        period = deadlines.heading_period(_with_bracket(title, s[head_end:]))
        if period:  # （一）动员部署阶段（2010年9月10日至9月17日）: the time of the items under it
            self.scopes.append(Scope(depth, [], period, weak=True))
        leader = marks.heading_leader(title)
        if leader:
            self.scopes.append(Scope(depth, [], leaders=[leader]))
        # the item keeps its marker: ①负责受理… is how the plan writes the obligation
        start = para.start + len(s) - len(s.lstrip())
        rest = s[head_end:].strip()
        title_only = not rest and first is None and len(compact(s[marker_end:])) <= MAX_TITLE
        if title_only and not _has_mark(s[marker_end:]):
            sp = trimmed_span(self.text, start, para.end)
            own = marks.subject(self.text[sp.start : sp.end], sp.start)
            self.pending.append(Item(sp.start, sp.end, self.section()[:-1], title=True, depth=depth, own=own))
            self.units_since_text = 0
            return
        self.on_body(start, para.end, depth)
        last = self.pending[-1] if self.pending else None
        if last is not None and last.start == start and not rest and head_end - marker_end <= MAX_TITLE:
            last.short = True

    def on_body(self, start: int, end: int, depth: int | None) -> None:
        """A paragraph (or a heading with its text): brackets and attribution sentences close items."""
        s = self.text[start:end]
        rows = tables.glued_rows(s, self.glued, self.glued_people) if self.glued is not None else []
        if rows:  # …服务。张菁民政局各街道4优化养老服务…: each row's cells end where the next row's number opens it
            bounds = [0, *rows, len(s)]
            for k in range(len(bounds) - 1):
                self.on_body(start + bounds[k], start + bounds[k + 1], depth if k == 0 else None)
            return
        tail = tables.glued_tail(s, start, self.glued, self.glued_people) if self.glued is not None else None
        if tail is not None:  # …进行督办。市行政审批局市司法局…2022年9月底: the row's text, then its cells
            self.flush()  # a row is one line: what stood above it is no part of it
            self.glued_people.update(tail.leaders)
            bounds = [0, *_subject_sentences(s[: tail.cut], start), tail.cut]
            for k in range(len(bounds) - 1):
                self.on_body(start + bounds[k], start + bounds[k + 1], depth if k == 0 else None)
            mark = Mark(found=tail.found, leaders=tail.leaders, deadline=tail.deadline, start=start + tail.cut, end=end)
            self.close(mark, row=True)
            return
        if self.attribution(s, start):
            return
        split = tables.division_field(s)
        if split is not None:  # …(省环保厅牵头)厅内分工：规财处牵头，水处配合。: the divisions of what it closes
            a, b, names = split
            closed = len(self.tasks)
            self.on_body(start, start + a, depth)
            for task in self.tasks[closed:] or self.last_closed:
                task.divisions = _unique([*task.divisions, *names])
            if compact(s[b:]):
                self.on_body(start + b, end, None)
            return
        self.people = [(name, start + at) for name, at in marks.named_people(s)]
        pos = 0
        for a, b, mark in self.closing_marks(s, start):
            piece = trimmed_span(self.text, start + pos, start + a)
            own = self.text[piece.start : piece.end].lstrip("。；;，, ")
            if compact(own) and _lead_only(mark):
                # （一）…建设。太原市要…。大同、晋中两市要…。（省住建厅牵头）: a mark naming only the lead leads each
                # unit's own duty in the item; the units that act are theirs
                cuts = [0, *_subject_sentences(self.text[piece.start : piece.end], piece.start)]
                cuts.append(piece.end - piece.start)
                for k in range(len(cuts) - 1):
                    self.add_pending(piece.start + cuts[k], piece.start + cuts[k + 1], depth if k == 0 else None)
            elif compact(own):
                self.add_pending(piece.start, piece.end, depth)
            self.flush_before_chain()
            heading_scope = depth is not None and self._is_title_mark(s, a, b, mark)
            if depth is not None and self._section_mark(s, a, b, depth):
                self.pending = [it for it in self.pending if it.start != piece.start]
                self.flush()
                self.heading_scopes(depth, mark)
                pos = b
                continue
            self.close(mark, heading_scope=heading_scope)
            standing, here = marks.standing_units(s[a:b], start + a)
            if standing and not here:  # 〔…。以下各项工作均需X落实，不再列出。〕: the next measure after it too
                self.standing = standing
            pos = b
        rest = trimmed_span(self.text, start + pos, end)
        owner: Mark | None = None  # the unit named before an enumeration: each measure after it is its duty
        pledged: list[str] = []  # 王某作表态发言，一是…；二是…: the person who lists what they will do
        pieces = self.subject_pieces(rest.start, rest.end)
        carried, self.enum_owner = self.enum_owner, None
        if pieces and carried is not None and _ENUMERATED.match(self.text[pieces[0][0] : pieces[0][1]].lstrip()):
            owner = carried  # 今年以来，某镇坚持…。 / 一是… / 二是…: the measures on lines of their own are its
        for k, (a, b) in enumerate(pieces):
            if not compact(self.text[a:b]).strip("。；;，,"):
                continue
            self.add_pending(a, b, depth)
            depth = None
            item = self.pending[-1] if self.pending and self.pending[-1].start == a else None
            if item is None:
                continue
            measures = k + 1 == len(pieces) and _REPORTED_MEASURE.match(self.upcoming.lstrip()) is not None
            if measures and not _ENUMERATED.match(self.text[a:b].lstrip()) and not self._reports_meeting(a, b):
                self.enum_owner = _enumeration_owner(self.text[a:b], a, item.own)
            elif measures and owner is not None:
                self.enum_owner = owner  # 一是… / 二是…: the next line goes on with the same owner
            if _ENUMERATED.match(self.text[a:b].lstrip()):
                if item.own is None and owner is not None:
                    item.own = owner
                if owner is None and not any(f.role != "assist" for f in (item.own.found if item.own else [])):
                    pledged = item.leaders or pledged  # …一是…；二是…会同X…: each pledge the speaker's own
                    item.leaders = item.leaders or list(pledged)
            elif k + 1 < len(pieces) and _ENUMERATED.match(self.text[pieces[k + 1][0] : pieces[k + 1][1]].lstrip()):
                owner = _enumeration_owner(self.text[a:b], a, item.own)
                item.own = item.own or owner

    def _reports_meeting(self, a: int, b: int) -> bool:
        """Whether the paragraph before enumerated lines tells of a meeting (会议原则同意…, …带领…督查): its points are
        what was said there, no unit's measures."""
        paragraph = self.here.lstrip()
        met = marks.meeting_act(paragraph) or marks.meeting_act(self.text[a:b])
        return paragraph.startswith(("会议", "会上")) or met

    def subject_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        return subject_pieces(self.text, start, end)

    def flush_before_chain(self) -> None:
        """A mark inside a paragraph closes its own item: the last numbered item with its body paragraphs
        (and the titles right above it). Earlier numbered items that waited in vain are orphans."""
        heads = [i for i, it in enumerate(self.pending) if it.depth != BODY]
        if not heads:
            return
        i = heads[-1]
        while i > 0 and self.pending[i - 1].title:
            i -= 1
        if i > 0:
            keep = self.pending[i:]
            self.pending = self.pending[:i]
            self.flush()
            self.pending = keep

    def _overall(self, mark: Mark) -> bool:
        """A mark that says its lead is over the whole section (``X总牵头``)."""
        return any(w in self.text[mark.start : mark.end] for w in marks.words().heading_lead)

    def _is_title_mark(self, s: str, a: int, b: int, mark: Mark) -> bool:
        """A mark right after a heading's title with nothing after it: it may cover the items below. It does
        when it says so (总牵头), when it names only a lead (（三）提升城市品质（牵头单位：市住建局）over items
        marked [责任单位：…]: the section's lead leads each of them), or when the title only names a place or a thing,
        no duty (一、南山风景区（责任单位：市旅文局）above the problems found there)."""
        if any(w in s[a:b] for w in marks.words().heading_lead):
            return True
        marker = item_marker(s)
        title = s[marker[1] if marker is not None else 0 : a]
        alone = not compact(s[b:]).strip("。；;，,")
        if alone and marker is not None and _lead_only(mark):
            return True
        return alone and 0 < len(compact(title)) <= MAX_NAME_HEADING and not marks.obligation_like(title)

    def _section_mark(self, s: str, a: int, b: int, depth: int) -> bool:
        """A mark closing a heading that holds only its title, with deeper numbered items on the next line
        (（十）提升城市美誉度（牵头单位：市园林绿化局） / 39.…（责任单位：…）): the heading names a section, its mark
        is the section's, for the items under it; the title is no task of its own."""
        marker = item_marker(s)
        title = s[marker[1] if marker is not None else 0 : a]
        if compact(s[b:]).strip("。；;，,") or not 0 < len(compact(title)) <= MAX_TITLE:
            return False
        if _SENTENCE_END.search(title.rstrip().rstrip("。；;")):
            return False
        below = item_marker(self.upcoming) if self.upcoming.strip() else None
        return below is not None and below[0] > depth

    def heading_scopes(self, depth: int, mark: Mark) -> None:
        """A section's mark over its items: its lead leads every item that names no lead of its own; its other
        units are the units of the items that name none (an item's own 责任单位 replaces them)."""
        leads = [f for f in mark.found if f.role == "lead"]
        rest = [f for f in mark.found if f.role != "lead"]
        overall = self._overall(mark)
        if leads or mark.leaders:
            self.scopes.append(Scope(depth, leads, leaders=mark.leaders, deadline=mark.deadline, overall=overall))
        if rest:
            self.scopes.append(Scope(depth, rest, deadline=None if leads else mark.deadline, fallback=True))

    def add_pending(self, start: int, end: int, depth: int | None) -> None:
        s = self.text[start:end]
        if depth is None:
            self.section_mark = None  # a paragraph after the role line: the line was its item's, not the section's
        opened, self.row_lead = self.row_lead and self.opened_rows, False
        self.units_since_text = 0
        own = (marks.subject(s, start) or marks.addressed_enumeration(s, start) or _subject_after_title(s, start)
               or _subject_in_item(s, start) or _subject_in_measure(s, start) or marks.enumeration_subject(s, start)
               or _reported_subject(s, start))
        opens = compact(s).startswith(marks.DUTY_OPENERS)
        if own is None and self.duty_subject is not None and opens:
            own = self.duty_subject
        heads = self.duty_people if opens else []
        self.duty_subject, self.duty_people = None, []
        listed = marks.listed(s, start) if own is None else None
        own = own or listed
        partners = marks.partners(s, start, own.end if own is not None else start)
        if partners:  # …。会同有关部门拟订…: whoever the item belongs to acts with them
            own = own or Mark(start=start, end=start)
            own.found = [*own.found, *(f for f in partners if f.mention not in {x.mention for x in own.found})]
        # the people it names, else the one whose words it quotes (副市长张某某…批示：“…”)
        people = heads or [name for name, at in self.people if start < at <= end]
        before = [(name, at) for name, at in self.people if at <= start][-1:]
        if not people and before and _QUOTED.search(self.text, before[0][1], start):
            people = [before[0][0]]  # …批示：“…”: the instruction quoted after the person's name is theirs
        self.pending.append(Item(start, end, self.section(), depth=depth if depth is not None else BODY, own=own,
                                 leaders=people))
        if opened:
            self.row_item, self.row_rest = self.pending[-1], False
        if listed is not None:  # 有3项由X牵头，分别是…: the item names its own items and unit; no later mark is its
            self.flush()

    def closing_marks(self, s: str, offset: int) -> list[tuple[int, int, Mark]]:
        """``(start, end, mark)`` of every mark inside a paragraph: brackets holding a mark, and
        sentences that only say who acts (``由X负责，Y配合。``)."""
        out: list[tuple[int, int, Mark]] = []
        for a, b in _brackets(s):
            at_end = not s[b:].strip(" 。；;，,")
            # a bare list closing a sentence mid-paragraph (…排查。（省生态环境厅）落实…。（省农业农村厅）): each
            # names the units of the sentences since the mark before it, as one at the paragraph's end does
            closes = s[:a].rstrip()[-1:] in "。；;" or s[b : b + 1] in ("。", "；", ";")
            closes = closes and not _ALIAS.match(s[a + 1 :])
            mark = marks.mark_of(s[a + 1 : b - 1], offset + a + 1, self.convention_at(offset),
                                 bare=(at_end or closes) and a > 0)
            if mark:
                b2 = b + 1 if b < len(s) and s[b] in "。；;，," else b
                out.append((a, b2, mark))
        if out:
            return out
        labelled_end = -1  # where the last labelled sentence ended
        for a, b in _sentences(s):
            sentence = s[a:b].rstrip("。；;！!")
            inline = marks.labelled(sentence, offset + a, self.convention_at(offset), lead_at=0)
            if inline is not None and not inline and inline.deadline and out and out[-1][1] == a:
                _extend_labelled(out, b, inline)  # …负责。完成时限：6月底前。: the time limit of the mark before
                labelled_end = b
                continue
            mark = (inline or marks.clause_list(sentence, offset + a)
                    or marks.attribution_line(sentence, offset + a, self.convention_at(offset)))
            if inline and out and labelled_end == a:
                _extend_labelled(out, b, inline)
                labelled_end = b
                continue
            labelled_end = b if inline and a > 0 else -1
            if mark and a > 0:
                out.append((a, b, mark))
            elif not mark:
                out.extend((a + c, b, m) for c, m in _agent_tail(sentence, offset + a))
        return out

    # ------------------------------------------------------------ field lines and records

    def on_field(self, mark: Mark) -> None:
        if self.fields is not None and not _repeats(self.fields, mark):
            self.fields.extend(mark)
            return
        if any(x in marks.words().block_start for x in mark.labels):  # 问题二：…: the block before is done
            if self.pending and self.block_units:
                self.flush()  # (the measures of a block whose units stood above them)
            self.scopes = [sc for sc in self.scopes if not sc.block]
            self.block_units = [] if self.block_units else self.block_units
            self.block_leaders = []
        self.end_fields()
        self.fields = mark

    @staticmethod
    def measures_follow(s: str) -> bool:
        """A task label with no value (``整改措施：``): the block's measures are the items below it."""
        found = marks.labels(s)
        return len(found) == 1 and found[0].kind == "task" and not compact(s[found[0].end :])

    def open_measures(self) -> None:
        """``问题：… / 责任单位：X / 责任人：Y / 整改时限：Z / 整改措施： / 1.… 2.…``: a block whose units, people and
        deadline stand before its measures gives them to every measure below, up to the next block."""
        fields = self.fields
        self.end_fields()
        if fields is None or not fields.found:
            return
        self.block_units = list(fields.found)  # (until the next block: its measures are numbered items below)
        self.block_leaders = list(fields.leaders)
        self.scopes.append(Scope(-1, [], fields.deadline, leaders=list(fields.leaders), block=True))

    def end_fields(self) -> None:
        mark, self.fields = self.fields, None
        if mark is None:
            return
        if mark.texts and not mark.found:  # 整改要求：由县环卫站负责清除…: the record names its own units
            mark.found = record_units(self.text, mark.texts)
            own = " ".join(self.text[a:b] for a, b in mark.texts)
            mark.deadline = mark.deadline or (deadlines.find_deadline(own) if mark.found else None)
        if mark.texts and mark.found:
            if self.pending:  # the problem stated before its labelled fields belongs to the same block
                self.close(Mark(found=mark.found, leaders=mark.leaders,
                                deadline=mark.deadline or _leading_date(self.text[slice(*mark.texts[0])]),
                                start=mark.start, end=mark.end))
            a, b = mark.texts[0][0], mark.texts[-1][1]
            text = "\n".join(self.text[x:y] for x, y in mark.texts)
            self.emit(Span(start=a, end=b), text, mark, quote_end=mark.end)
            return
        if self.appointment(mark):
            return
        if mark.texts:  # its units come later (责任单位 after 整改措施): the record waits like any item
            if mark.deadline:  # 整改时限 covers the block's measures too
                self.scopes.append(Scope(self.headings[-1][0] if self.headings else -1, [], mark.deadline))
            sp = trimmed_span(self.text, mark.texts[0][0], mark.texts[-1][1])
            record = Item(sp.start, sp.end, self.section(), depth=RECORD, deadline=mark.deadline, leaders=mark.leaders)
            self.pending.append(record)
            return
        self.close(mark, line=True)

    def appointment(self, mark: Mark) -> bool:
        """Label lines naming people under a heading that names a thing (``（一）长江干流安徽段`` / ``河长：X 省委书记
        副河长：Y 省政府副省长 协助：省水利厅``), with nothing under them: a list of chiefs (河湖长, 林长 名单), one
        task of the heading and its lines, the people its leaders and the units by their label's role. Under a
        heading with items below, the same lines would cover those items instead (a scope)."""
        heads = self.pending[-1:]  # (a section title above the heading is no part of it)
        if not mark.leaders or mark.texts or any(it.depth in (BODY, RECORD) for it in self.pending):
            return False
        here = compact(self.here)
        nxt = item_marker(self.here) if here else None
        note = re.fullmatch(r"[（(].*[）)]", here) is not None  # (河湖长制监督举报电话：…) closing the list
        if here and not note and (nxt is None or (heads and nxt[0] > heads[0].depth)):
            return False  # the lines head the items below them
        title = self.text[heads[0].start : heads[0].end] if heads else ""
        if heads and (marks.obligation_like(title) or self.last_closed):
            return False
        start = heads[0].start if heads else mark.start
        self.pending = []
        self.emit(Span(start=start, end=mark.end), self.text[start : mark.end], mark, mark.end)
        return True

    # ------------------------------------------------------------ table rows

    def glued_below(self, s: str) -> None:
        """A row with no separator under a header read with them (``序号 项目 … 配合单位``, then ``3提升…。张菁民政局
        各街道4推进…``): the cells ran together below the header, and the rows are read as a glued table's."""
        if self.table is None or tables.separator_of(s) is not None or re.search(r"[ \t\u3000]", s.strip()):
            return
        kinds = self.table.kinds
        if tables.glued_rows(s, kinds, self.glued_people) or tables.glued_tail(s, 0, kinds, self.glued_people):
            self.glued, self.table = kinds, None

    def on_row(self, row: tables.Row) -> None:
        if row.header is not None:
            self.flush()
            self.table = row.header
            return
        if row.heading is not None:
            depth, title = row.heading
            self.flush()
            self.headings = [h for h in self.headings if h[0] < depth]
            self.headings.append((depth, title))
            return
        if row.text is None and (row.more is not None or row.found or row.leaders or row.deadline):
            last = self.last_row  # the row above's cells go on
            if last is not None and row.deadline:
                last.deadline = compact(last.deadline or "") + row.deadline
            if last is not None and row.more is not None:
                last.text = clean(last.text + self.text[row.more.start : row.more.end])
                last.quote = self.text[last.span.start : max(row.more.end, last.span.end)].strip()
                last.span = Span(start=last.span.start, end=max(row.more.end, last.span.end))
            if last is not None and (row.found or row.leaders):
                self.merge(last, Mark(found=row.found, leaders=row.leaders))
            return
        if row.text is None:
            return
        mark = Mark(found=row.found, leaders=row.leaders, deadline=row.deadline)
        task = self.emit(row.text, self.text[row.text.start : row.text.end], mark, quote_end=row.end)
        task.section = [*self.section(), *row.section]
        task.divisions = row.divisions
        self.last_row, self.row_cells = task, False

    def row_overflow(self, s: str, at: int) -> bool:
        """A space-separated row whose unit cell broke over lines: a line of units only continues the last
        row's unit cell; after it, a line of free text is the rest of a column after the units (上半年推进情况)."""
        table = self.table
        if table is None or table.sep is not None or self.last_row is None:
            return False
        roles = [k.role for k in table.kinds if k is not None and k.kind == "role" and k.role is not None]
        found = marks.unit_names(s, at, roles[-1] if roles else "responsible") if len(compact(s)) <= MAX_CELL else None
        if found:
            self.merge(self.last_row, Mark(found=found))
            self.row_cells = True
            return True
        if self.row_cells and tables.trailing_columns(table.kinds) > 0 and item_marker(s) is None:
            self.row_cells = False
            return True
        if tables.row_text_goes_on(self.last_row.text, s, table):  # the rest of the row's text cell on a line
            sp = trimmed_span(self.text, at, at + len(s))
            self.on_row(tables.Row(more=sp))
            return True
        return False

    # ------------------------------------------------------------ closing items

    def close(
        self, mark: Mark, heading_scope: bool = False, merge: bool = False, line: bool = False, row: bool = False
    ) -> None:
        """The items since the last mark get the mark's units; the first body under a title-only heading
        takes the heading with it. A table row's cells (``row``) are the row's: a sentence inside its text that
        names its own acting unit (市审改办要…督办) keeps that unit."""
        items = self.pending
        self.pending = []
        if not items:
            if merge or self.units_since_text:  # the next cell of the same row (a table flattened one cell per line)
                for task in self.last_closed:
                    self.merge(task, mark)
            elif not self.last_closed and (mark.found or mark.deadline):
                # a role or deadline line right under a heading covers the items that follow (整改时限：…)
                self.scopes.append(Scope(self.headings[-1][0] if self.headings else -1, mark.found, mark.deadline))
                return
            if not (merge and self.last_closed):
                self.unattributed.append(self.orphan(mark.start, mark.end, "unit line with no task text before it"))
            return
        if mark.deadline and not mark.found and all(it.title for it in items):
            # 一、城区污水治理 / 完成时限：2023年底前 / 1.…: a time-limit line under a heading dates its items too
            self.scopes.append(Scope(items[-1].depth, [], mark.deadline, weak=True))
        below = item_marker(self.here) if line and compact(self.here) else None
        if below is not None and all(it.title for it in items) and below[0] > items[-1].depth:
            # 一、工业污染治理 / 责任单位：X / 1.… 2.…: a role line between a title and its items opens the section
            self.heading_scopes(items[-1].depth, mark)
            return
        if heading_scope and mark.found:
            if any(w in self.text[mark.start : mark.end] for w in marks.words().heading_lead):
                self.scopes.append(Scope(items[-1].depth, mark.found, leaders=mark.leaders, overall=True))
            else:  # its lead leads the items below too; its other units are theirs when they name none
                self.heading_scopes(items[-1].depth, mark)
        elif mark.found and self._overall(mark):  # 一、…工程 / 任务分工：A副省长负责，X总牵头: the heading's items too
            head = next((it.depth for it in items if it.depth not in (BODY, RECORD)), None)
            if head is not None:
                leads = [f for f in mark.found if f.role == "lead"]
                self.scopes.append(Scope(head, leads, leaders=mark.leaders, overall=True))
        # a heading with its lead-in text closed by a role line: the line is the heading's, its items inherit it
        # (一、…工程 / 工作要求：… / 任务分工：X副省长负责，Y总牵头 / 1.… → Y leads item 1 too)
        opened = line and items[0].depth not in (BODY, RECORD) and len(items) > 1
        section = opened and all(it.depth == BODY for it in items[1:]) and not heading_scope
        self.last_closed = []
        merged = _merge_titles(items)
        # a section title above the items a mark closes is not one of them (the last one, closed directly, is)
        merged = [it for k, it in enumerate(merged) if not it.title or k == len(merged) - 1]
        for k, item in enumerate(merged):
            s = self.text[item.start : item.end]
            if (marks.boilerplate(s) or (item.short and _names_only(s))) and not item.own:
                continue  # （二）赣州市。 above a block is its title, not a task
            own_row = row and k > 0 and item.own is not None and bool(item.own.found)
            if own_row or _keeps_own(item, merged[k + 1 :]):
                self.last_closed.append(self.emit(Span(start=item.start, end=item.end), None, Mark(), item.end, item))
                continue
            quote_end = max(mark.end, item.end)
            self.last_closed.append(self.emit(Span(start=item.start, end=item.end), None, mark, quote_end, item))
        if section and (mark.found or mark.leaders):
            self.section_mark = (items[0].depth, mark)

    def flush(self) -> None:
        """Items no mark closed: obligations naming nobody (or only their own subject) are tasks."""
        self.row_item = None
        items = self.pending
        self.pending = []
        self.last_closed = []
        merged = _merge_titles(items)
        # a section title above the items a mark closes is not one of them (the last one, closed directly, is)
        merged = [it for k, it in enumerate(merged) if not it.title or k == len(merged) - 1]
        listed = _listed_duties(self.text, merged)
        for item in merged:
            s = self.text[item.start : item.end]
            if not item.own and not item.title and (marks.framing(s) or marks.boilerplate(s)):
                item = self.past_opening(item) or item
                s = self.text[item.start : item.end]
            scoped = any(not (sc.letter or sc.weak) for sc in self.scopes)
            duty = item.own or scoped or marks.obligation_like(s) or item.depth in listed
            if item.title or marks.boilerplate(s) or (marks.framing(s) and not item.own) or not duty:
                continue
            task = self.emit(Span(start=item.start, end=item.end), None, Mark(), item.end, item)
            measures = self.measures(item) if not task.units else []
            if measures:  # a task chapter's item naming nobody: each of its sentences is a measure of its own
                self.tasks.remove(task)
                for section, span in measures:
                    one = Item(span.start, span.end, section, depth=item.depth, deadline=item.deadline)
                    task = self.emit(span, None, Mark(), span.end, one)
                    if not task.units:
                        self.unattributed.append(self.orphan(span.start, span.end, "obligation without a named unit"))
            elif not task.units:
                self.unattributed.append(self.orphan(item.start, item.end, "obligation without a named unit"))

    def measures(self, item: Item) -> list[tuple[list[str], Span]]:
        """The measures of an item that names nobody under a chapter of tasks (``三、主要任务`` / ``（一）积极应对
        气候变化。启动达峰行动，探索四川路径。制定…方案，实施…行动。推动…``): in a plan's task list each sentence
        is one obligation, as answer keys read prose plans (a clause that commits the government to an action).
        The item's title sentence and the short parallel sub-headings inside it (``启动达峰行动，探索四川路径。``)
        are no measures: they go into the section of the sentences after them. [] when the item stays whole
        (not under a task chapter, or one sentence only)."""
        if item.own is not None or item.title or not any(marks.task_section(h) for h in item.section[1:]):
            return []
        s = self.text[item.start : item.end]
        found = marker_pieces(s)
        out: list[tuple[list[str], Span]] = []
        section, sub, titled = list(item.section), None, False
        head: int | None = None  # where a title or sub-heading waiting for its first measure starts
        for k, (a, b) in enumerate(found):
            piece = s[a:b]
            if k == 0 and len(found) > 1 and _title_sentence(piece):
                titled, head = True, 0
                if compact(piece).rstrip("。") not in compact(section[-1]):
                    section.append(styles.heading_title(piece))
                continue
            if _sub_heading(piece):
                sub, head = styles.heading_title(piece), a if head is None else head
                continue
            # the heading stays in the text of the measure it opens: keys anchor an item at its first words
            span = trimmed_span(self.text, item.start + (a if head is None else head), item.start + b)
            head = None
            out.append(([*section, sub] if sub else section, span))
        return out if len(out) > 1 or (out and titled) else []

    def past_opening(self, item: Item) -> Item | None:
        """An item opening with a news lead or a notice's cover sentence (近日，…研究决定，…。各项目实行周报，…
        要按时上报。; 现将…印发给你们。X将对…开展督查。): its sentences after the opening ones, when they read
        as an obligation of their own; the opening is no part of it."""
        s = self.text[item.start : item.end]
        opens = [(a, b) for a, b in _sentences(s)[1:]]
        purpose = _PURPOSE.match(s.lstrip())
        if purpose is not None:  # 为进一步落实…政策，吉林将积极打造…: the purpose clause, then who will do what
            a = len(s) - len(s.lstrip()) + purpose.end()
            opens.insert(0, (a, a + (_sentences(s[a:])[0][1] if s[a:].strip() else 0)))
        for a, b in opens:
            rest = s[a:]
            if marks.framing(s[a:b]) or marks.boilerplate(s[a:b]):
                continue
            if purpose is not None and a == opens[0][0] and not _WILL.search(s[a:b].split("，")[0].split(",")[0]):
                continue  # …，结合我县实际，制定本方案: no one says what they will do
            if not marks.obligation_like(rest) or marks.boilerplate(rest):
                return None
            sp = trimmed_span(self.text, item.start + a, item.end)
            return Item(sp.start, sp.end, item.section, depth=item.depth, leaders=item.leaders, deadline=item.deadline)
        return None

    def emit(self, span: Span, text: str | None, mark: Mark, quote_end: int, item: Item | None = None) -> Task:
        found = list(mark.found)
        if item is not None and item.own is not None and not found:
            found = list(item.own.found)
        elif item is not None and item.own is not None and _lead_only(mark):  # the lead over the units that act
            leads = {f.mention for f in found}
            found += [f for f in item.own.found if f.role != "lead" and f.mention not in leads]
        own_leaders = item.own.leaders if item is not None and item.own is not None else []
        led, own = any(f.role == "lead" for f in found), bool(found)
        section_lead = False  # a section's lead also listed among the item's own units holds both roles
        for sc in self.scopes:
            if led and not sc.overall:  # an item naming its own lead answers to it, not the heading's
                continue
            if not (sc.fallback and own):  # (一)南康镇政府：… under the body's 工作职责: the item's own
                section_lead = section_lead or (own and any(f.role == "lead" for f in sc.found))
                have = {(f.mention, f.role) for f in found}
                found = [*(f for f in sc.found if (f.mention, f.role) not in have), *found]
        if not found and self.block_units:
            found = list(self.block_units)
        if not found and not self.standing:
            found = [f for f in written_duties(self.text[span.start : span.end], span.start)
                     if not _own_place(f.mention, self.title)]
        elif found:  # …（X负责）。Y配合做好…: a clause saying outright who helps adds its units
            found = _with_helpers(found, written_duties(self.text[span.start : span.end], span.start, helpers=True))
        names = {f.mention for f in found}
        found += [f for f in self.standing if f.mention not in names]
        units = styles.mentions(found, by_role=section_lead)
        task = Task(
            doc=self.doc,
            plan=self.plan,
            text=clean(text if text is not None else self.text[span.start : span.end]),
            section=item.section if item is not None else self.section(),
            span=span,
            quote=self.text[span.start : max(quote_end, span.end)].strip(),
            units=units,
            unit_status="named" if units else "none",
            leaders=_with_posts(_unique([*mark.leaders, *(item.leaders if item else [])]) or self.scope_leaders(),
                                own_leaders),
            deadline=mark.deadline or (item.deadline if item else None) or self.scope_deadline(text, span),
        )
        if not task.leaders and found:  # 县X局、县Y局等部门分管负责同志要…: the units act through that post
            task.leaders = _listed_posts(self.text[span.start : span.end])
        if not task.leaders and self.block_units and self.block_leaders:
            task.leaders = list(self.block_leaders)  # a block's 责任人 answers for each of its measures
        self.merged_leaders(task)
        self.tasks.append(task)
        return task

    def title_duties(self, heading: str) -> list[Found]:
        """A heading ``主要职责`` without a unit: the duties of the unit the plan is about
        (``国务院办公厅主要职责内设机构和人员编制规定``)."""
        if not re.match(r"^(?:主要)?(?:工作)?职责", heading):
            return []
        m = re.match(r"^(?P<units>[^，。；：]{2,30}?)的?(?:主要)?职责", self.title)
        if m is None:
            return []
        at = self.text.find(m.group("units"))  # where the title names the unit
        return marks.unit_names(m.group("units"), max(at, 0), "responsible") or []

    def scope_leaders(self) -> list[str]:
        return next((sc.leaders for sc in reversed(self.scopes) if sc.leaders), [])

    def scope_deadline(self, text: str | None = None, span: Span | None = None) -> str | None:
        """The deadline of the nearest scope that gives one; a heading's period only to an item whose own text
        writes no date (its own one is more precise)."""
        for sc in reversed(self.scopes):
            if not sc.deadline:
                continue
            if sc.weak:
                own = text if text is not None else (self.text[span.start : span.end] if span is not None else "")
                if deadlines.find_deadline(own):
                    continue
            return sc.deadline
        return None

    def merge(self, task: Task, mark: Mark) -> None:
        """A further mark line for a task already closed (配合单位 after 牵头单位 on separate paragraphs)."""
        have = {u.mention for u in task.units}
        extra = styles.mentions(f for f in mark.found if f.mention not in have)
        for u in extra:
            u.rank = len(task.units) + 1
            task.units = [*task.units, u]
        task.leaders = _unique([*task.leaders, *mark.leaders])
        task.deadline = task.deadline or mark.deadline
        task.unit_status = "named" if task.units else task.unit_status

    def orphan(self, start: int, end: int, reason: str) -> Unattributed:
        return Unattributed(doc=self.doc, reason=reason, span=Span(start=start, end=end), quote=self.text[start:end])


# ---------------------------------------------------------------- helpers


#: where a clause may open: after a stop or comma, an item number, an enumerator (一是), 由 or a charge (请)
_CLAUSE_OPEN = re.compile(
    r"(?:^|(?<=[，,；;。：:！!\n]))\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|[一二三四五六七八九十]是"
    r"|第[一二三四五六七八九十百零〇\d]{1,5}条)?\s*(?:由|请)?"
)
#: a gloss right after a subject, before its duty word (本市各级行政执法机关（包括法律法规授权的组织）负责…): what
#: the name covers, no name of its own
_GLOSS = re.compile(r"[（(](?:包括|含|以下简称|简称|即)[^（）()]{1,40}[）)]$")
#: what may stand in a clause's subject: no stop, comma, quote or title mark
_SUBJECT_STOP = re.compile(r"[，,；;。：:！!？?\s“”《》]")
#: a clause's subject set off by a comma before its modal (督查组，要于…)
_SET_OFF = re.compile(r"[，,]\s*(?=要|应当|应|须|必须|务必)")
#: the longest subject read (a list of a dozen units)
MAX_WRITTEN = 80
#: how far into a task's text its written subjects are read: an item names who acts in its first sentences; a
#: subject further on is of a passage run together with the item (a notice's paragraph of many numbered lines)
WRITTEN_REACH = 300


@cache
def _duty_words() -> re.Pattern[str]:
    """Every word that may follow a clause's subject: the duty words of ``[written_duty]``, the modals, manner
    words and acts of ``[clauses]`` and the role verbs, longest first (one vocabulary: styles.toml)."""
    raw = data.read("styles.toml")
    words = {*raw["written_duty"]["words"], *raw["clauses"]["modals"], *raw["clauses"]["manners"],
             *raw["clauses"]["acts"], *(v for v, _ in styles.vocab().verbs)}
    return re.compile(alternation(words))


@cache
def _written_skips() -> tuple[str, ...]:
    """Words between a subject and its role verb (X按职责分工负责, X积极配合, X要全力配合), longest first."""
    raw = data.read("styles.toml")
    words = {*raw["clauses"]["modifiers"], *raw["clauses"]["modals"], *raw["clauses"]["assist_adverbs"],
             *raw["written_duty"]["between"]}
    return tuple(sorted(words, key=len, reverse=True))


def _written_role(rest: str) -> tuple[Role, bool]:
    """The role the words after a subject give it, and whether they say it outright: a role verb after any
    modifiers (牵头 leads, 配合 assists, 负责 is responsible), or ``作为`` + a role label (X作为牵头单位); else
    responsible, not said outright."""
    labelled = re.match(r"作为(?P<label>[^，,；;。]{2,8})", rest)
    if labelled is not None:
        label = next((w for w, _ in sorted(styles.vocab().labels, key=lambda x: -len(x[0]))
                      if labelled.group("label").startswith(w)), None)
        if label is not None:
            return styles.label_role(label), True
        if labelled.group("label").startswith(tuple(data.read("styles.toml")["written_duty"]["subject_labels"])):
            return "responsible", True
    skips = _written_skips()
    while True:
        skip = next((w for w in skips if rest.startswith(w)), None)
        if skip is None:
            break
        rest = rest[len(skip) :]
    verb = next((v for v, _ in sorted(styles.vocab().verbs, key=lambda x: -len(x[0])) if rest.startswith(v)), None)
    if verb is None:
        return "responsible", False
    return dict(styles.vocab().verbs)[verb], True


#: the partners a subject acts together with (X要会同Y、Z，…): they assist
_TOGETHER = re.compile(
    r"^(?:(?:牵头|负责)[，,]?|要|应当|应|须|必须)?会同(?P<units>[^，,；;。：:\s“”]{2,60}?)(?=[，,；;。]|共同|联合|抓紧|开展|组织|做好|加强|对|向|\s)"
)


#: inside a name, words that make it a clause (此次督查由延吉市委, 督察组对遂宁市): never one unit
#: (经 of 经济 and 经开区 is no preposition: 某经济技术开发区要…)
_NOT_IN_WRITTEN = re.compile(r"[由对向把给从按将在的]|经(?!济|开)")
#: the last character of a place's name (宿迁市、淮安市加强…; 我镇积极…): a place alone is no unit
_PLACE_END = "省市县区州盟旗镇乡村"


#: how far into a plan's title its own place may stand (广东省某镇…: after the province's name)
MAX_TITLE_PLACE_AT = 6


def _own_place(name: str, title: str) -> bool:
    """A place that is the plan's own jurisdiction (广东省某镇…计划: 某镇将…): the issuer speaking of itself, as 我镇
    is, names no unit of its own plan; another place it names (a district's zone, a county's town) acts."""
    at = title.find(name)
    return (name[-1] in _PLACE_END or _zone().fullmatch(name) is not None) and 0 <= at <= MAX_TITLE_PLACE_AT


def _generic_place(name: str) -> bool:
    """A kind of place (城市, 中心城区, 有条件的地区), no proper name: ``[written_duty] generic_places``."""
    duty = data.read("styles.toml")["written_duty"]
    kind = next((k for k in sorted(duty["generic_places"], key=len, reverse=True) if name.endswith(k)), None)
    if kind is None:
        return False
    head = name[: -len(kind)]
    return head in ("", *duty["generic_place_modifiers"]) or head.endswith("的")


def _written_name(name: str, place: bool = False) -> bool:
    """Whether a name read before a duty word is a subject; a place's own name (镇, 区, 新城) only with ``place``:
    before a modal (某镇还发动…, 某经济开发区要对标…) a place stands for its government, before a bare verb
    (宿迁市、淮安市加强…) it is a topic."""
    group = name.startswith("各")
    duty = data.read("styles.toml")["written_duty"]
    if place and not group and _generic_place(name):
        return False
    return ((group or place or name[-1] not in _PLACE_END) and not name.startswith("我")
            and not _NOT_IN_WRITTEN.search(name)
            and not name.startswith((*marks.words().not_starts, *duty["not_starts"]))
            and not any(w in name for w in duty["not_in_names"]))


def _clause_subject(s: str, at: int, offset: int) -> tuple[list[Found], int] | None:
    """The units a clause opening at ``at`` names as its subject, and where the words after them start: the
    first duty word after which everything before it reads as unit names (a duty word inside a name, 应 in
    区应急管理局, is passed over)."""
    stop = _SUBJECT_STOP.search(s, at)
    end = min(stop.start() if stop else len(s), at + MAX_WRITTEN + 1)
    for m in _duty_words().finditer(s, at + 2, end + 1):
        if s.startswith(("负责人", "负责同志", "负责领导", "要求"), m.start()):
            continue  # 各站所负责人: a post, no duty; X要求Y…: X asks, Y acts
        gloss = _GLOSS.search(s, at, m.start())
        found = _names_at(s, at, gloss.start() if gloss else m.start(), offset,
                          _place_modal().match(s, m.start()) is not None)
        post = _POST_AFTER.search(s, at, m.start()) if not found else None
        if post is not None and post.end() == m.start() and _place_modal().match(s, m.start()):
            listed = _names_at(s, at, post.start(), offset)
            if len(listed) > 1 or s[at : post.start()].endswith(_LIST_TAILS):  # 市政府负责领导要…: the leaders
                found = [f for f in listed if not _GROUP.match(f.mention)]
        if found:
            return found, m.start()
    set_off = _SET_OFF.match(s, end) if stop is not None and stop.start() == end else None
    if set_off is not None and end - at >= 2:
        found = _names_at(s, at, end, offset)
        if found:
            return found, set_off.end()
    return None


#: the post of the units listed before it (县气象局、县水文局等部门分管负责同志要…): the units are the subject, the
#: post their leader; one unit's leaders (市政府负责领导要…) are people, and so are a group's with 的
#: (各单位的负责同志…)
_POST_AFTER = re.compile(r"(?<!的)(?:主要|分管|相关)?(?:负责同志|负责人|负责领导)")
#: the tail of a list of units (县气象局、县水文局等部门): before a post, the units act through their leaders
_LIST_TAILS = ("等部门", "等单位", "等")
#: the post after a list of units before a modal (…等部门分管负责同志要…)
_LISTED_POST = re.compile(
    r"(?:等部门|等单位|等)(?P<post>(?:主要|分管|相关)?(?:负责同志|负责人|负责领导))(?=要|应|须|必须|务必)"
)


def _listed_posts(s: str) -> list[str]:
    """The posts through which listed units act in a task's text (``X、Y等部门分管负责同志要…``): its leaders."""
    return _unique([m.group("post") for m in _LISTED_POST.finditer(s, 0, WRITTEN_REACH)])


#: a group named by its role, not a unit (各责任单位, 相关部门): before a post, its people are meant
_GROUP = re.compile(r"^(?:各|相关|有关)")


@cache
def _reported() -> re.Pattern[str]:
    return re.compile(data.read("styles.toml")["written_duty"]["reported"])


@cache
def _place_modal() -> re.Pattern[str]:
    """The modals after which a place (a town, a district, a new zone) is the subject that acts."""
    words = data.read("styles.toml")["written_duty"]["place_modals"]
    return re.compile(alternation(words))


@cache
def _zone() -> re.Pattern[str]:
    """A zone's name the unit reader does not know as a unit (某新城, 某某产业园): ``[written_duty] zones``."""
    ends = "|".join(map(re.escape, data.read("styles.toml")["written_duty"]["zones"]))
    return re.compile(rf"[\u4e00-\u9fff]{{2,12}}(?:{ends})")


def _names_at(s: str, a: int, b: int, offset: int, place: bool = False) -> list[Found]:
    found = marks.unit_names(s[a:b], offset + a, "responsible")
    if not found and place and _zone().fullmatch(s, a, b):
        found = [Found(s[a:b], "responsible", offset + a, offset + b)]
    if not found or not all(_written_name(f.mention, place) for f in found):
        return []
    return found


def written_duties(s: str, offset: int, helpers: bool = False) -> list[Found]:
    """The units a task's own text gives a duty to (县气象局、县水文局要…; 省发改委、交通厅负责…; 由X、Y共同负责;
    X、Y按职责分工，…): names (or a list of them) standing as the subject of a duty word at a clause's start. Names
    after 向/对/经/报/按照 stand inside a clause, never at its start, so objects are never read; nor does a name
    inside 《…》 or after 在…领导下. The role is the one the words after the subject say (牵头 leads, 配合 assists,
    作为牵头单位 leads), else responsible. With ``helpers``, only the units a clause says outright help or hold a
    role (X配合做好…, X作为牵头单位, the partners after 会同): the additional actors of a task that has units."""
    out: list[Found] = []
    if helpers and _helper_words().search(s) is None:
        return out  # no word that makes a subject a helper or a partner: its clauses' subjects not read for nothing
    for m in _CLAUSE_OPEN.finditer(s, 0, min(len(s), WRITTEN_REACH)):
        at = m.end()
        if at >= len(s):
            break
        subject = _clause_subject(s, at, offset)
        if subject is None:
            continue
        found, verb_at = subject
        rest = s[verb_at:]
        if _reported().match(rest):
            continue  # …督查室对…开展了专项督查: a report of what was done
        role, said = _written_role(rest)
        have = {f.mention for f in out}
        partners = [f for f in _partners(rest, offset + verb_at) if f.mention not in have]
        if not helpers or (said and role != "responsible") or partners:  # (X会同Y…: X acts in it too, Y assists)
            out += [Found(f.mention, role, f.start, f.end) for f in found if f.mention not in have]
        out += partners
    return out


@cache
def _helper_words() -> re.Pattern[str]:
    """The words without which :func:`written_duties` finds no helper: a role verb other than responsible's (the
    role :func:`_written_role` reads), 作为 (a role label after it) and 会同 (:func:`_partners`)."""
    words = {v for v, role in styles.vocab().verbs if role != "responsible"} | {"作为", "会同"}
    return re.compile(alternation(words))


def _modal_subject(s: str) -> bool:
    """Whether a sentence opens with a written subject of a modal (…。某经济开发区要对标…,
    …。各责任(配合)单位要…): in a chain of such sentences each is the duty of its own subject, so the next subject
    never leaks into it."""
    body = s.lstrip()
    subject = _clause_subject(body, 0, 0)
    return subject is not None and _place_modal().match(body, subject[1]) is not None


def _overlap(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def _with_helpers(found: list[Found], helpers: list[Found]) -> list[Found]:
    """A task's units with the helpers its clauses name outright; a helper written at the same place as a unit but
    longer is that unit's whole name (县委 cut short of 县委组织部 at a verb inside it): it replaces it, role kept."""
    out = list(found)
    for h in helpers:
        short = next((i for i, f in enumerate(out) if f.start == h.start and h.mention.startswith(f.mention)), None)
        if short is not None:
            f = out[short]
            out[short] = Found(h.mention, f.role, h.start, h.end) if len(h.mention) > len(f.mention) else f
        elif not any(h.mention in f.mention or (f.mention in h.mention and _overlap(f, h)) for f in out):
            out.append(h)  # (省委督查室 beside 省委: another unit; 县委组织部 over 县委: the same, written whole)
    return out


def _partners(rest: str, offset: int) -> list[Found]:
    """The units after 会同 right after a written subject (X要会同Y、Z，…): assisting. The longest list that reads
    as names, so a verb inside one (组织 of 区委组织部) ends no list."""
    m = _TOGETHER.match(rest)
    if m is None:
        return []
    a = m.start("units")
    stop = _SUBJECT_STOP.search(rest, a)
    ends = [e.start() for e in _PARTNERS_END.finditer(rest, a + 2, stop.start() if stop else len(rest))]
    for end in [*sorted({m.end("units"), *ends}, reverse=True), *([stop.start()] if stop else [])]:
        found = marks.unit_names(rest[a:end], offset + a, "assist") or []
        if found and all(_written_name(f.mention) for f in found):
            return found
    return []


#: where the partners after 会同 may end: the verb of what they do together
_PARTNERS_END = re.compile(r"共同|联合|抓紧|开展|组织|组成|做好|加强|对|向|研究|制定|推进|督促|指导")


#: …主要职责是： / 各级党委和政府生态环保责任主要包括： (a topic may stand between the unit and its duties)
#: a paragraph owing the duties listed after it (…还承担以下责任：, 应当履行下列职责：)
_DUTIES_OWED = re.compile(r"(?:承担|履行|负有)(?:以下|下列|如下)(?:主要)?(?:工作)?(?:职责|责任)[：:]\s*$")
_DUTIES_FOLLOW = re.compile(r"(?:主要)?(?:工作)?(?:职责|责任)(?:主要)?(?:是|为|如下|包括|有)[：:]\s*$")
#: words between a unit and the 责任 it announces (生态环保 in 各级党委和政府生态环保责任…) are at most this many
MAX_DUTY_TOPIC = 8
#: endings of places, not offices (政府乡 in 各级党委和政府乡村振兴责任… is no unit)
_PLACE_ENDINGS = ("镇", "乡", "乡镇", "街道")


def _subject_sentences(s: str, at: int) -> list[int]:
    """Where a sentence after the first opens with a unit as its subject (``…公布。市X办要按月调度…``):
    inside a table row's text, that sentence is the unit's own duty beside the row's."""
    cuts: list[int] = []
    for a, _ in _sentences(s):
        acts = a > 0 and marks.subject(s[a : a + SUBJECT_WINDOW], at + a) is not None
        # …各县要….全省新建管网700公里.: the whole province's sentence after a unit's own
        if acts or (cuts and _WHOLE_AREA.match(s[a:].lstrip())):
            cuts.append(a)
    return cuts[1:] if cuts and _title_only(s[: cuts[0]], at) else cuts  # （一）加快…。X市要…: the title heads it


#: a sentence about the whole jurisdiction (全省新建…, 全市完成…): after a unit's own sentence, no part of its duty
_WHOLE_AREA = re.compile(r"全(?:省|市|州|盟|县|区|旗|镇|乡)(?!各|所有|范围内的?各)")


def _keeps_own(item: Item, after: list[Item]) -> bool:
    """A body paragraph that names its own acting unit (会议要求，各县级政府要…) keeps it when a mark closes a
    later paragraph only: in running prose (a meeting report, a notice) a closing bracket belongs to the
    paragraph it ends, not to every paragraph since the last heading."""
    own = item.own
    return (
        item.depth == BODY
        and bool(after)
        and all(it.depth == BODY for it in after)
        and own is not None
        and bool(own.found)
    )


def _listed_duties(text: str, items: list[Item]) -> set[int]:
    """Depths at which most numbered siblings read as obligations: a list of measures (十件民生实事, （1）…
    （10）) is one kind of thing, so an item among them with no opening verb (``（5）新建农村公路200公里。``)
    is one as well."""
    by_depth: dict[int, list[bool]] = {}
    for it in items:
        if it.depth < BODY and not it.title:
            by_depth.setdefault(it.depth, []).append(bool(marks.obligation_like(text[it.start : it.end])))
    return {d for d, duties in by_depth.items() if len(duties) >= MIN_LISTED and sum(duties) * 4 >= len(duties) * 3}


def record_units(text: str, texts: list[tuple[int, int]]) -> list[Found]:
    """The units a labelled record's own text names as its subject (``整改要求：由包片单位县气象局负责清除``,
    ``…的要求，由X、Y负责对…``): the first clause, after the label, that opens with a unit or 由 + units."""
    for a, b in texts:
        s = text[a:b]
        colon = re.search("[:：]", s)
        pos = colon.end() if colon else 0
        for m in re.finditer(r"[^，,；;。]+", s[pos:]):
            own = marks.subject(m.group(0), a + pos + m.start())
            if own is not None and own.found:
                return list(own.found)
    return []


def declared_duties(body: str, at: int) -> list[Found]:
    """``第三条 生态环境部贯彻落实…。主要职责是：``: the items under a paragraph that announces its subject's
    duties are that unit's (the subject: the longest unit name the paragraph opens with)."""
    follow = _DUTIES_FOLLOW.search(body)
    if follow is None:
        return _duties_owed(body, at)
    lead = len(body) - len(body.lstrip())
    if "责任" in follow.group():
        return _responsible_for(body[: follow.start()], at)
    return marks.leading_units(body[lead:], at + lead)


def _duties_owed(body: str, at: int) -> list[Found]:
    """``第十条 各级人民政府和有关部门除承担…外，还承担以下责任：``, ``X应当履行下列职责：``: the units the paragraph
    opens with (up to where their predicate starts) owe the items after it."""
    if _DUTIES_OWED.search(body) is None:
        return []
    lead = len(body) - len(body.lstrip())
    head = re.split(r"除|应当|应|还|须|要|[，,：:]|(?:承担|履行|负有)", body[lead:], maxsplit=1)[0]
    return marks.unit_names(head, at + lead, "responsible") or []


def _responsible_for(head: str, at: int) -> list[Found]:
    """The units of ``X（topic）责任主要包括：``: the longest opening that names offices (ends like 政府, 局, 委…), a
    short topic after it (乡村振兴), nothing like a sentence; else nobody (…的责任 after a clause)."""
    lead = len(head) - len(head.lstrip())
    if re.search(r"[，。；]", head):
        return []
    offices = tuple(e for e in marks.words().sentence_units if e not in _PLACE_ENDINGS)
    for end in range(len(head), lead + 1, -1):
        name, topic = head[lead:end], head[end:]
        if len(compact(topic)) > MAX_DUTY_TOPIC or not compact(name).endswith(offices):
            continue
        found = marks.unit_names(name, at + lead, "responsible")
        if found:
            return found
    return []


def _merge_titles(items: list[Item]) -> list[Item]:
    """A title-only heading and the first body under it are one item (the mark covers the title too)."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and (prev.title or prev.short) and item.depth == BODY:
            out[-1] = Item(prev.start, item.end, prev.section, depth=prev.depth, own=prev.own or item.own,
                           leaders=_unique([*prev.leaders, *item.leaders]))  # the people its body names
            continue
        out.append(item)
    return out


def inline_fields(s: str, at: int) -> list[Para]:
    """A paragraph holding a whole labelled block, cut at its labels: the text before the first label,
    then one part per label. Only when the labels give both units and a text, a leader or a deadline."""
    inside = _brackets(s)  # labels inside a bracket are that bracket's mark, not fields of a block
    found = [x for x in marks.labels(s) if x.kind != "other" and not any(a < x.start < b for a, b in inside)]
    kinds = {x.kind for x in found}
    units = {*styles.ROLES, "clauses"}
    if len(found) < MIN_INLINE_FIELDS or not kinds & units or not kinds & {"task", "leader", "deadline"}:
        return []
    cuts = [0, *(x.start for x in found if x.start > 0), len(s)]
    for x in found:  # 部门分工：X牵头，Y配合。 大力推进…: a unit list ends with its sentence, a title follows
        stop = re.search(r"。\s+(?=\S)", s[x.end :]) if x.kind in units else None
        if stop is not None and x.end + stop.end() < min((c for c in cuts if c > x.end), default=len(s)):
            cuts.append(x.end + stop.end())
    cuts.sort()
    out: list[Para] = []
    for a, b in pairwise(cuts):
        sp = trimmed_span(s, a, b, at)
        if sp.end > sp.start:
            out.append(Para(sp.start, sp.end))
    return out


#: an item marker inside a paragraph, after a sentence's end or a closing bracket and a space: the list was
#: flattened onto one line (…负责) 2.落实好… / …通知。 一、加快…  (一)全面…)
_INLINE_ITEM = re.compile(
    r"(?<=[。；;）)\]】〕])[ \t\u3000]+"
    r"(?=(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、](?!\d)))"
)
#: the same after any character and a space (…责任分解 一、某县长牵头重点工作 1.生产总值增长X%；… 责任单位：
#: 县发改局、县财政局 2.落实…): read only in a long paragraph holding many of them, a whole plan served as one line
_LOOSE_ITEM = re.compile(
    r"(?<=[\u4e00-\u9fff。；;）)])[ \t\u3000]+"
    r"(?=(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、](?!\d)))"
)
MIN_LOOSE_ITEMS = 3
MIN_LOOSE_LINE = 300
#: a paragraph is a flattened list when at least this many item markers stand inside it
MIN_INLINE_ITEMS = 2


def inline_items(s: str, at: int) -> list[Para]:
    """A paragraph holding a whole numbered list (a page served as one line): cut before each item marker
    that follows a sentence's end, so each item is read as if it stood on its own line."""
    if s.strip().count("|") > 1 or any(c in s for c in "\t│"):
        return []  # a table row: its cells are read by the table reader (a stray | closing a line is none)
    cuts = [m.end() for m in _INLINE_ITEM.finditer(s) if m.end() > 0]
    if len(cuts) < MIN_INLINE_ITEMS and len(s) >= MIN_LOOSE_LINE:
        loose = [m.end() for m in _LOOSE_ITEM.finditer(s) if m.end() > 0]
        cuts = loose if len(loose) >= MIN_LOOSE_ITEMS else cuts
    if len(cuts) < MIN_INLINE_ITEMS:
        return []
    # …。 63.…。 主要责任部门：X、Y。 八、…: a role line after the items, on the same line, closes them all
    cuts = sorted({*cuts, *(m.end() for m in _inline_role_label().finditer(s) if m.end() > 0)})
    out: list[Para] = []
    for a, b in pairwise([0, *cuts, len(s)]):
        sp = trimmed_span(s, a, b, at)
        if sp.end > sp.start:
            out.append(Para(sp.start, sp.end))
    return out


#: an item marker glued to the sentence end or the colon before it, no space between (…如下：28.…；29.…,
#: ①…。②…, （一）…。（二）…): a numbered list run together in one paragraph, as web pages and PDF copies serve
#: it. A decimal (2.5亿元), a section number (4.3.8) or a date never follows a stop straight away.
_GLUED_ITEM = re.compile(
    r"(?<=[。；;：:！!？?])(?:(?P<num>\d{1,2})[.．、](?![\d.．、])|[（(](?P<pnum>\d{1,2})[）)]"
    r"|[（(](?P<pcn>[一二三四五六七八九十]{1,3})[）)]|(?P<circ>[①-⑳]))"
)


def _glued_number(m: re.Match[str]) -> tuple[str, int | None]:
    """The kind of a glued marker and the number it gives its item."""
    kind = next(k for k in ("num", "pnum", "pcn", "circ") if m.group(k) is not None)
    value = m.group(kind)
    return kind, ord(value) - ord("①") + 1 if kind == "circ" else small_number(value)


def _numbered_run(numbers: list[int]) -> bool:
    """Item numbers that count up, mostly by one (28, 29, 30, 31, 43, 44: a selection keeps its order): a list,
    not figures that happen to follow a stop."""
    steps = [b - a for a, b in pairwise(numbers)]
    return len(numbers) >= MIN_INLINE_ITEMS and all(d > 0 for d in steps) and steps.count(1) * 2 >= len(steps)


def glued_items(s: str, at: int) -> list[tuple[Para, list[Found]]]:
    """A paragraph holding a numbered list run together (``X牵头主办的…如下：28.…；29.…``, ``①…。②…``): one part
    per item, cut before each marker of a run that counts up (the paragraph's own opening marker counted in), each
    part with the units the run's intro names as their owner (the intro, then, a part of its own that is no item:
    it scopes them as a heading would). [] when the paragraph holds no such list."""
    if s.strip().count("|") > 1 or any(c in s for c in "\t│"):
        return []
    if any(x.kind != "other" for x in marks.labels(s)):
        return []  # 整改措施：…1.…2.…: a labelled block's measures are its record, read with its labels
    inside = _brackets(s)
    lead = len(s) - len(s.lstrip())
    runs: dict[str, list[tuple[int, int]]] = {}
    opening = _GLUED_ITEM.match("。" + s[lead:], 1)
    if opening is not None:
        kind, n = _glued_number(opening)
        runs[kind] = [(-1, n or 0)]
    for m in _GLUED_ITEM.finditer(s):
        if not any(a < m.start() < b for a, b in inside):
            kind, n = _glued_number(m)
            runs.setdefault(kind, []).append((m.start(), n or 0))
    owners: dict[int, list[Found]] = {}
    cuts: set[int] = set()
    for run in runs.values():
        here = [a for a, _ in run if a > 0]
        if not here or not _numbered_run([n for _, n in run]):
            continue
        cuts.update(here)
        if run[0][0] < 0:
            continue
        intro = max((x.end() for x in _SENTENCE_END.finditer(s, 0, here[0])), default=lead)
        owner = marks.list_owner(s[intro : here[0]], at + intro)
        if owner:
            for a in here:
                owners[a] = owner
            owners[intro] = []
            cuts.add(intro)
    if not cuts:
        return []
    out: list[tuple[Para, list[Found]]] = []
    for a, b in pairwise([0, *sorted(cuts), len(s)]):
        sp = trimmed_span(s, a, b, at)
        if sp.end > sp.start and not (a in owners and not owners[a]):  # the intro: the list's scope, no item
            out.append((Para(sp.start, sp.end), owners.get(a, [])))
    return out


@cache
def _inline_role_label() -> re.Pattern[str]:
    """A role label (牵头单位：, 主要责任部门：) right after a sentence's end and a space, inside a run-on line."""
    roles = sorted((w for w, kind in marks.words().labels.items() if kind in styles.ROLES and len(w) >= 4),
                   key=len, reverse=True)
    return re.compile(rf"(?<=[。；;])\s+(?=(?:主要|具体)?(?:{'|'.join(map(re.escape, roles))})\s*[：:])")


@cache
def _chief_label() -> re.Pattern[str]:
    return re.compile(rf"(?P<label>{data.read('styles.toml')['fields']['chief']})\s*[：:]")


def chief_line(s: str, at: int) -> Mark | None:
    """A line of a chiefs list (``河长：郑某 省委书记 副河长：张某 省政府副省长 协助：省水利厅``): the people of its
    chief labels (``名字 职务``: the short tokens that are neither a post nor a unit) as leaders, the units after
    its other labels by their role. None when a chief label's value names nobody (``镇级河长：负责…``, a duty)."""
    found = list(_chief_label().finditer(s))
    if not found or compact(s[: found[0].start()]):
        return None
    people: list[str] = []
    for i, m in enumerate(found):
        value = s[m.end() : found[i + 1].start() if i + 1 < len(found) else len(s)]
        rest = next((x for x in marks.labels(value) if x.kind in styles.ROLES), None)
        names = [tok for tok in re.split(r"[\s、，,；;]+", value[: rest.start if rest else len(value)])
                 if 2 <= len(tok) <= 3 and re.fullmatch(r"[\u4e00-\u9fff·]+", tok)
                 and not tok.endswith(marks.words().posts) and not styles.looks_like_unit(tok)]
        if not names:
            return None
        people.extend(names)
    mark = Mark(leaders=_unique(people), start=at, end=at + len(s))
    tail = found[-1].end()
    rest = next((x for x in marks.labels(s[tail:]) if x.kind in styles.ROLES), None)
    if rest is not None:  # 协助：省水利厅: the units that help them
        units = marks.labelled(s[tail + rest.start :], at + tail + rest.start)
        mark.found = list(units.found) if units is not None else []
    return mark


#: the other name in brackets after a label on a line of its own (牵头部门（责任单位）)
_ALIAS_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})[（(][\u4e00-\u9fff]{2,6}[）)]$")


def _aliased(flat: str) -> bool:
    """A cell naming a body by its other name in brackets (``高新园（邹区镇）``): one unit, the bracket a unit."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,10})[（(]([\u4e00-\u9fff]{2,10})[）)]", flat)
    return m is not None and marks.is_unit(m.group(2))


def _numbered_text(s: str) -> bool:
    """A numbered item with text after its marker (``1、上半年开工…``; a bare ``2.`` is a table's 序号 cell)."""
    marker = item_marker(s.strip())
    return marker is not None and bool(compact(s.strip()[marker[1] :]))


def _names_only(s: str) -> bool:
    """A heading that only names a place or a unit (``（二）赣州市。``); a short one opening with a verb of duty
    (``（二）强化宣传。``) names a duty."""
    marker = item_marker(s)
    body = compact(s[marker[1] :] if marker else s).rstrip("。：:")
    short = len(body) <= MAX_NAME_TITLE and not body.startswith(marks.words().not_starts)
    return short or marks.is_unit(body)


def _with_posts(leaders: list[str], posts: list[str]) -> list[str]:
    """Leaders and the posts opening the item's sentence, a post naming a leader already known (钱某某省长 under
    ``一、钱某某省长负责的工作``) not twice."""
    return _unique([*leaders, *(p for p in posts if not any(x in p for x in leaders))])


def _unique(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def _drop_brackets(s: str) -> str:
    """A heading's title without a trailing mark bracket."""
    for a, _ in _brackets(s):
        if marks.mark_of(s[a + 1 :].rstrip("）)〕]】。 "), 0):
            return s[:a]
    return s


def _lead_only(mark: Mark) -> bool:
    """A mark naming only who leads (（牵头单位：X）, （X牵头）): on a heading, the lead of the whole section."""
    return bool(mark.found) and all(f.role == "lead" for f in mark.found)


def _has_mark(s: str) -> bool:
    return any(marks.mark_of(s[a + 1 : b - 1], 0) for a, b in _brackets(s))


_BROKEN_MARKER = re.compile(r"\s*(?P<open>[（(])[一二三四五六七八九十]{1,3}(?=[\u4e00-\u9fff])")


def _brackets(s: str) -> list[tuple[int, int]]:
    """Outermost brackets of a paragraph; a run of closing brackets after one belongs to it (``…配合)]``)."""
    out: list[tuple[int, int]] = []
    broken = _BROKEN_MARKER.match(s)
    if broken and any(a == broken.start("open") and "。" in s[a:b] for a, b in brackets(s, open_end=True)):
        # （二明确村庄建设标准。…（X牵头）: an item marker that lost its closing bracket opens no bracket
        shift = broken.end()
        return [(a + shift, b + shift) for a, b in _brackets(s[shift:])]
    for a, b in brackets(s, open_end=True):
        while b < len(s) and s[b] in "）)〕]】":
            b += 1
        out.append((a, b))
    return out


def _role_group_spans(s: str, start: int) -> list[list[Found]]:
    """The lead/assist group pairs (:func:`marks.role_groups`) of each sentence of ``s``."""
    found = (marks.role_groups(s[a:b], start + a) for a, b in _sentences(s))
    return [f for f in found if f]


_COMMA = re.compile(r"[，,]")
#: a bracket giving a name its short form (…办公室（简称交管办）。): no units of their own
_ALIAS = re.compile(r"\s*(?:以下)?(?:简称|下称|以下称)")


def subject_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph cut where a sentence opens with a unit as its subject (``…。地级以上城市要…``):
    each such sentence starts the obligation of that unit."""
    s = text[start:end]
    # a sentence, or words quoted after a colon (批示：“海洋局认真抓紧整改…”), opening with a unit or a post
    opens = [a for a, _ in _sentences(s) if a > 0] + [m.end() for m in _QUOTED.finditer(s)]
    opens += [m.end() for m in _AFTER_ROSTER.finditer(s)]  # 成员：… / 龐家偉 副鎮長 / 領導小組負責…
    subjects = {a: marks.subject(s[a : a + SUBJECT_WINDOW], start + a) for a in sorted(set(opens))}
    cuts = [a for a, m in subjects.items() if m is not None or _modal_subject(s[a : a + SUBJECT_WINDOW])]
    cuts += _post_cuts(s, start, subjects, cuts)
    cuts += [a for a in subjects if a not in cuts and s[:a].rstrip()[-1:] in "。！？!?"
             and _founds_body(s[a : a + SUBJECT_WINDOW])]  # (…；同时成立工作专班: the same set-up goes on)
    # …报送市政府督查室，市政府督查室将适时督办: a clause whose subject is a unit with 将/要 starts a duty too
    paired = [(f[0].start - start, f[-1].end - start) for f in _role_group_spans(s, start)]
    for m in _COMMA.finditer(s):
        a = m.end()
        if any(x < a < y for x, y in paired):  # 各牵头单位负总责，各配合单位…配合: one duty, divided
            continue
        modal = a >= MIN_CLAUSE_CUT and marks.modal_subject(s[a : a + SUBJECT_WINDOW])
        opened = max((x.end() for x in _SENTENCE_END.finditer(s, 0, a)), default=0)
        if not modal and a >= MIN_CLAUSE_CUT and _directed(s[opened:a].lstrip()):
            modal = marks.stated_subject(s[a : a + SUBJECT_WINDOW], start + a) is not None  # 要压实…，X是…责任主体
        if not modal and a >= MIN_CLAUSE_CUT and _BORNE.search(s, opened, m.start()):
            modal = _bears(s[a : a + SUBJECT_WINDOW], start + a)  # X承担主体责任，Y承担直接责任: one duty each
        ends = _SENTENCE_END.search(s, a)
        if modal and marks.meeting_report(s[a : ends.end() if ends else len(s)]):
            continue  # 各县政府分管负责同志，市X局等部门负责人参加会议。: who attended, no duty begins
        if modal and not _grouped_before(s, a):
            a = _object_before(s, a)  # …；对排名靠后的部门，由市指挥部进行约谈: the duty starts at its object
            a = _reported_start(s, a)
            if a and a not in cuts:
                cuts.append(a)
    kept = _helpers_joined(s, start, sorted(cuts), subjects)
    first = None
    if kept:
        first = subjects.get(kept[0]) or marks.subject(s[kept[0] : kept[0] + SUBJECT_WINDOW], start + kept[0])
    acting = len(kept) == 1 and bool((first or Mark()).found)  # one unit acts, not a post
    lead_in = acting and _lead_in(s[: kept[0]], start) and not _ENUMERATED.match(s[kept[0] :].lstrip())
    if kept and (_title_only(s[: kept[0]], start) or lead_in):
        kept = kept[1:]  # （四）加强…准备。区公安分局要…: the title heads its unit's duty, no task of its own
    kept = _enumerated_cuts(s, start, kept)
    kept = sorted({*kept, *_led_works(s, start)})
    bounds = [0, *kept, len(s)]
    return [(start + bounds[i], start + bounds[i + 1]) for i in range(len(bounds) - 1)]


def _led_works(s: str, start: int) -> list[int]:
    """A sentence listing works by who leads them (``…，即水利部门牵头的A、B等工作；生态环境部门牵头的C，住建部门牵头的
    D…``): each unit's share is a task of its own, that unit its lead. Only when two or more are listed."""
    at = [m.start() for m in re.finditer(r"(?:^|(?<=[，,；;。：:即]))\s*(?=[^，,；;。：:“”]{2,20}?牵头的)", s)]
    led = [a + len(s[a:]) - len(s[a:].lstrip()) for a in at]
    led = [a for a in led if marks.subject(s[a : a + SUBJECT_WINDOW], start + a) is not None]
    return [a for a in led if a > 0] if len(led) >= 2 else []


def _enumerated_cuts(s: str, start: int, cuts: list[int]) -> list[int]:
    """Running prose that enumerates its measures (``一要…。X要…。二要…。三要…``, ``一是…二是…``): each enumerated
    sentence opens a measure of its own, and its title sentence heads the sentence after it, whose subject acts
    (the cut there goes). Only when the enumeration starts at 一 in the paragraph, so a stray 三是 is no list."""
    opens = [a for a, _ in _sentences(s)] + [m.end() for m in re.finditer(r"[：:]", s)]  # 要求如下：一要…
    heads = sorted(a for a in set(opens) if _ENUMERATED.match(s[a:].lstrip()))
    if not heads:
        heads = _directive_titles(s, start)
    elif _unit_label(s[: heads[0]]) or not (
        _first_enumerator(s[heads[0] :]) or marks.addressed_enumeration(s[: heads[0]], start) is not None
    ):  # (张某要求各乡镇一要…；二要…: the list's 一 inside the sentence that charges the group)
        return cuts
    if not heads:
        return cuts
    out: list[int] = []
    for a in sorted({*cuts, *(a for a in heads if a > 0)}):
        before = s[(out[-1] if out else 0) : a]
        # （三）加快产业项目建设。一是…: a numbered title heads the first measure, as it heads a body below it
        if _title_only(before, start) and (a not in heads or item_marker(before) is not None):
            continue
        if a not in heads and _measure_naming_nobody(before, start):
            continue  # 三是建立…机制。依托…管理。各乡镇于每月…报送…: the measure goes on to the unit that does it
        out.append(a)
    return out


def _measure_naming_nobody(s: str, start: int) -> bool:
    """An enumerated measure (``三是…。…。``) whose sentences name nobody: the sentence after it that names a subject
    is still that measure's (the measure's unit), not a duty of its own."""
    m = _ENUMERATED.match(s.lstrip())
    if m is None or _subject_in_measure(s, start) is not None:
        return False
    lead = len(s) - len(s.lstrip())
    return all(marks.subject(s[a : a + SUBJECT_WINDOW], start + a) is None
               for a in [lead + m.end(), *(a for a, _ in _sentences(s)[1:])])


def _directive_titles(s: str, start: int) -> list[int]:
    """Minutes that open with a directive title (会议要求，要强化责任担当。各乡镇…要…。要严守
    时间节点。各乡镇要…): each such title sentence opens a measure; none unless the
    paragraph opens so."""
    spans = _sentences(s)
    titles = [a for a, b in spans if _DIRECTIVE.match(s[a:].lstrip()) and _title_only(s[a:b], start + a)]
    if titles and titles[0] == spans[0][0]:
        return titles
    # 会议强调，要全面落实…。要重点抓好…；要…: what the meeting said, directive after directive, each a measure
    said = [a for a, _ in spans if _DIRECTIVE.match(s[a:].lstrip())]
    opening = _DIRECTIVE.match(s.lstrip())
    if opening is not None and opening.end() > len("要") and len(said) > 1:  # the meeting's words open it
        return said
    return []


def _unit_label(s: str) -> bool:
    """``（一）南康镇政府：`` before ``一是负责…二是…``: the enumerated measures are that unit's one duty item."""
    if not re.search(r"[：:]\s*$", s):
        return False
    marker = item_marker(s)
    body = s[marker[1] if marker is not None else 0 :].strip().rstrip("：:")
    return bool(body) and marks.unit_names(body, 0, "responsible") is not None


def _first_enumerator(s: str) -> bool:
    """Whether an enumerated sentence is the list's first (一是, 一要)."""
    m = _ENUMERATED.match(s.lstrip())
    return m is not None and m.group("n") == "一"


_CLAUSE_END = re.compile(r"[，,；;。！？!?]")
#: a purpose clause opening a sentence (为进一步落实…政策，…), up to the clause after it
_PURPOSE = re.compile(r"^为(?:了)?[^，,。；;]{2,60}[，,](?:\s*(?:切实|着力|进一步|不断|全面)[^，,。；;]{2,40}[，,])*")
#: who says what they will do after a purpose clause (吉林将…, 县政府研究决定，…)
_WILL = re.compile(r"将|要|应|须|决定")


#: a clause naming the kind of work a duty is about before its subject (涉及多个部门的事项，牵头单位要…)
_TOPIC = re.compile(rf"{marks.TOPIC}$")


#: a sentence of minutes reporting what a meeting said (会议指出，… / 会议强调，…)
_REPORTED = re.compile(r"[^，,。；;]{0,6}(?:指出|强调|认为|要求)[，,：:]")


#: minutes approving what a unit proposed (会议听取了…汇报，原则同意X提出的方案，请X按照会议意见修改完善后…)
_MINUTES_APPROVE = re.compile(r"^会议[^。；;]{0,80}?(?:原则同意|原则通过|审议通过|同意|通过)")


def _reported_start(s: str, a: int) -> int:
    """Where a duty whose subject follows a comma begins in minutes: a sentence opening ``会议指出，`` gives its
    reasons before the subject (``会议指出，我县境内河流众多，有X江…，各地各部门要…``); the duty is the whole reported
    sentence, so what it names (the rivers) is the duty's, not the sentence's before."""
    opened = max((m.end() for m in _SENTENCE_END.finditer(s, 0, a)), default=0)
    lead = s[opened:a].lstrip()
    before = max((m.end() for m in _SENTENCE_END.finditer(s, 0, max(opened - 1, 0))), default=0)
    titled = _enumerated_title(s[before:opened])  # 四要务必落实责任。要…，X要…: the title heads X's duty already
    directed = _directed(lead) and not titled
    return opened + len(s[opened:a]) - len(lead) if opened > 0 and (_REPORTED.match(lead) or directed) else a


#: a clause ending in a responsibility borne (镇党委要承担整改主体责任，): the next may bear its own
_BORNE = re.compile(r"(?:承担|履行|负)[^，,。；;]{0,24}?责(?:任)?\s*[，,]?$")
_BEARING = re.compile(r"(?:承担|履行|负)[^，,。；;]{0,24}?责(?:任)?(?=[，,。；;]|$)")


def _bears(clause: str, offset: int) -> bool:
    """``…，村党支部承担直接责任`` / ``…，党委书记承担第一责任人责任``: after a clause bearing a responsibility,
    a unit or a post bearing another is a duty of its own (duty lists in speeches and 责任 statements)."""
    if marks.stated_subject(clause, offset) is not None:
        return True
    post = marks.post_subject(clause.lstrip())
    return post is not None and _BEARING.match(clause.lstrip(), len(post)) is not None


def _directed(lead: str) -> bool:
    """``要强化组织领导，`` before ``各乡镇要…``: a sentence opening with one directive clause that names nobody, its
    subject right after the comma; the directive is that subject's duty, not the sentence's before."""
    return _DIRECTIVE.match(lead) is not None and len(_COMMA.findall(lead)) == 1 and lead.rstrip()[-1:] in "，,"


def _reported_subject(s: str, at: int) -> Mark | None:
    """The subject of a reported sentence (:func:`_reported_start`): the unit after a comma that acts with a modal."""
    directed = _DIRECTIVE.match(s.lstrip()) is not None
    approved = _MINUTES_APPROVE.match(s.lstrip()) is not None  # 会议听取了…，原则同意X提出的方案，请X…
    if not _REPORTED.match(s.lstrip()) and not directed and not approved:
        return None
    first = _SENTENCE_END.search(s)
    for k, m in enumerate(_COMMA.finditer(s, 0, first.start() if first else len(s))):
        if directed and k > 0:
            break  # 要强化组织领导，各乡镇要…: only right after the directive clause
        window = s[m.end() : m.end() + SUBJECT_WINDOW]
        if directed and marks.stated_subject(window, at + m.end()) is not None:
            return marks.stated_subject(window, at + m.end())  # 要压实属地责任，各乡镇是…的责任主体
        if marks.modal_subject(window):
            mark = marks.subject(s[m.end() : m.end() + SUBJECT_WINDOW], at + m.end())
            if mark is not None and mark.found:
                return mark
    return None


#: minutes approving a document, before who acts on it (会议审议通过了《…》，由X印发实施)
_APPROVED_DOC = re.compile(
    r"^(?:会议)?[^，,；;。]{0,8}?(?:通过|同意|审定)了?[^，,；;。]{0,30}?(?:》|方案|意见|办法|规划|计划|细则|报告)$"
)


def _object_before(s: str, a: int) -> int:
    """Where the duty whose subject follows the comma at ``a`` begins: at the clause before it when that clause
    only names what it is done to (``对考核靠后的单位，由县督查室进行约谈``) or when it is done (``检查结束后，
    督查室负责…通报``), else at ``a``."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(s, 0, a - 1)), default=0)
    clause = s[begin : a - 1].strip()
    aimed = re.match(r"对(?:于)?[^，,；;。]{2,40}(?:的|者)?$", clause) is not None or _TOPIC.match(clause) is not None
    when = len(clause) <= MAX_WHEN and re.search(r"(?:后|後|以前|之前|前|时|時|期间|期間)$", clause) is not None
    # 会议审议通过了《…》，由县应急局按程序印发实施: the document approved is what the unit acts on
    approved = _APPROVED_DOC.match(clause) is not None
    if ((aimed or when) and not _CLAUSE_WORDS.search(clause[1:])) or approved:
        return begin + len(s[begin:a]) - len(s[begin:a].lstrip())
    return a


def _post_cuts(s: str, start: int, subjects: dict[int, Mark | None], cuts: list[int]) -> list[int]:
    """Sentences a post opens (各地各部门要…。主要领导要亲自抓，分管领导具体抓…): after the units' duty, the heads'
    own; not after a sentence naming nobody, which the posts' sentence goes on from (实行分线领导负责制。分线领导
    要…)."""
    out: list[int] = []
    for a in subjects:
        if a in cuts or not _post_opens(s[a : a + SUBJECT_WINDOW]):
            continue
        before = max((c for c in cuts if c < a), default=None)
        units = subjects.get(before) if before is not None else marks.subject(s[:SUBJECT_WINDOW], start)
        if units is not None and units.found:
            out.append(a)
    return out


def _founds_body(s: str) -> bool:
    """A sentence whose first clause sets up a working body (``目前，X镇成立了…工作领导小组，Y担任组长…``): a duty
    of its own, with the heads it names, whatever the sentence before was about."""
    first = re.split(r"[，,；;。]", s.lstrip(), maxsplit=2)
    head = "，".join(first[:2]) if len(first[0]) <= 4 else first[0]  # 目前，/ 同时，: a lead word before it
    return marks.founded_body(head, 0) is not None


def _post_opens(s: str) -> bool:
    """A sentence whose subject is a post (``主要领导要亲自抓，分管领导具体抓，…``, ``一把手负总责``): the duty of the
    post's holders, after the units' own duty in the sentence before."""
    return marks.post_subject(s.lstrip(), in_clause=True) is not None


def _grouped_before(s: str, a: int) -> bool:
    """Whether the clause before the comma at ``a`` is a unit list opening its sentence (``各省辖市政府，
    济源示范区…要``): the units after the comma share its subject, no duty of their own starts there."""
    start = max((m.end() for m in _SENTENCE_END.finditer(s, 0, a)), default=0)
    head = s[start : a - 1]
    if not compact(head) or _CLAUSE_WORDS.search(head):
        return False  # 县指挥部办公室要…检查督办，6个督察工作组要…: a clause, however it ends
    return marks.unit_names(head, 0, "responsible") is not None


def _subject_after_title(s: str, at: int) -> Mark | None:
    """The subject of the sentence after an item's title (``（四）加强…准备。区公安分局要…``; ``二是摸清底数，
    排查问题。各县政府和开发区管委会对…进行…``: units going straight on to what they do)."""
    first = _sentences(s)[1:2]
    if not first:
        return None
    rest = s[first[0][0] :]
    if _enumerated_title(s[: first[0][0]]) and not _ENUMERATED.match(rest.lstrip()):
        return marks.subject(rest, at + first[0][0]) or marks.opening_units(rest, at + first[0][0])
    if _title_only(s[: first[0][0]], at):
        return marks.subject(rest, at + first[0][0])
    return None


#: a heading over the duties of the body a notice sets up (二、明确工作职责, 三、工作职责, 主要职责)
_DUTY_SECTION = re.compile(r"^(?:明确)?(?:工作|主要|具体)?职责(?:如下|分工)?$")
def _enumerated_title(s: str) -> bool:
    """``二是摸清底数，排查问题。``: an enumerated measure's title, one short sentence naming nobody."""
    m = _ENUMERATED.match(s.lstrip())
    if m is None:
        return False
    body = s.lstrip()[m.end() :]
    return len(_sentences(body.strip())) == 1 and len(compact(body)) <= MAX_TITLE and not _has_mark(body)


def _lead_in(s: str, at: int) -> bool:
    """A numbered item's opening sentences that name nobody (``1.加快设施建设。到2017年，建成…。``) before
    the sentence whose subject acts (``市政府各相关部门要简化审批手续…``): the item is that unit's duty."""
    marker = item_marker(s)
    if marker is None or _has_mark(s) or marks.subject(s[marker[1] :], at + marker[1]) is not None:
        return False
    # …落实情况，各牵头单位分别于…报送: a subject of its own mid-sentence, or a sentence with a subject
    opens = [m.end() for m in re.finditer(r"[，,；;。]", s)]
    return all(marks.subject(s[a : a + SUBJECT_WINDOW], at + a) is None for a in opens)


def _subject_in_item(s: str, at: int) -> Mark | None:
    """The subject of the first sentence of a numbered item that has one (:func:`_lead_in`)."""
    if item_marker(s) is None:
        return None
    # a line of its own opens a sentence too: a heading naming a project joined with the line below it
    # (2、…研究项目 / 由吴继德副市长负责，市环保局牵头，…)
    lines = [m.end() for m in re.finditer(r"\n\s*(?=\S)", s)]
    for a in sorted({*(a for a, _ in _sentences(s)[1:]), *lines}):
        mark = marks.subject(s[a : a + SUBJECT_WINDOW], at + a)
        if mark is not None:
            return mark if mark.found and _lead_in(s[:a], at) else None
    return None


def _subject_in_measure(s: str, at: int) -> Mark | None:
    """``二是落实《…》，各单位要落实数据采集工作要求，…``: an enumerated measure whose first clauses name nobody,
    then a clause whose subject acts (the cut :func:`subject_pieces` dropped to keep the measure whole): the measure is
    that subject's duty."""
    if not _ENUMERATED.match(s.lstrip()):
        return None
    first = _sentences(s)[0][1] if _sentences(s) else len(s)
    acting: Mark | None = None
    for m in re.finditer(r"[，,]", s[:first]):
        a = m.end()
        if marks.modal_subject(s[a : a + SUBJECT_WINDOW]):
            mark = marks.subject(s[a : a + SUBJECT_WINDOW], at + a)
            if mark is None or not mark.found:
                return acting
            if acting is None:
                acting = mark
            else:  # …，县直相关部门要认真履职尽责，各乡镇要发挥好主体责任: each subject acts in the measure
                named = {x.mention for x in acting.found}
                acting.found = [*acting.found, *(f for f in mark.found if f.mention not in named)]
    if acting is not None:
        return acting
    # 三是建立…机制。依托…管理。各乡镇于每月…报送…: the first later sentence naming a subject names the measure's
    for a, _ in _sentences(s)[1:]:
        mark = marks.subject(s[a : a + SUBJECT_WINDOW], at + a)
        if mark is not None:
            return mark if mark.found else None
    return None


def _title_only(s: str, at: int) -> bool:
    """A numbered item's title written as its first sentence (``（四）做好汛期物资储备。``, or an enumerated one in
    running prose: ``三是评估风险，制定预案。``): short, one sentence, and naming no unit of its own."""
    marker = item_marker(s)
    lead = len(s) - len(s.lstrip())
    enumerated = _ENUMERATED.match(s[lead:]) or _DIRECTIVE.match(s[lead:])
    if marker is not None:
        cut = marker[1]
    elif enumerated is not None:
        cut = lead + enumerated.end()
    else:
        return False
    body = s[cut:]
    one = len(_sentences(body.strip())) == 1 and len(compact(body)) <= MAX_TITLE
    return one and not _has_mark(body) and marks.subject(body, at + cut) is None


def _helpers_joined(s: str, start: int, cuts: list[int], subjects: dict[int, Mark | None]) -> list[int]:
    """Cuts without those before a clause whose subject only helps (``X要…牵头抓总；Y要…全力配合``) right after a
    clause of the same sentence whose subject acts: the helpers are that duty's assisting units, not a duty of
    their own."""
    out: list[int] = []
    if not cuts:
        return out  # (most paragraphs: the subject of the first sentence is not read for nothing)
    before = marks.subject(s[:SUBJECT_WINDOW], start) or _subject_after_title(s, start)
    for a in cuts:
        mark = (subjects.get(a) or marks.subject(s[a : a + SUBJECT_WINDOW], start + a)
                or _reported_subject(s[a : a + SUBJECT_WINDOW], start + a))  # 要…，X要…: X, after the directive
        helper = mark is not None and bool(mark.found) and (mark.helps or all(f.role == "assist" for f in mark.found))
        # in the same sentence (a new sentence is a duty of its own), or a sentence whose units only help
        # (…。市农业农村局配合做好…。, …。市X局加强督促指导。): the help of the duty before it
        joined = s[:a].rstrip()[-1:] in "；;，," or _helper_sentence(s, start, mark)
        if helper and joined and before is not None and before.found and not before.helps:
            continue
        if _same_subject(before, mark):
            continue  # …。各项工作任务的主要责任单位要…: the same group goes on with its duty
        out.append(a)
        before = mark
    return out


def _helper_sentence(s: str, start: int, mark: Mark | None) -> bool:
    """A sentence whose named units go straight on to help (``…。市农业农村局配合做好…``, ``…。Y协助X…``): the help
    of the duty before it, not a duty of its own. Not a group named by its role (配合单位要…), which has its own."""
    if mark is None or not mark.found or any(f.role != "assist" or _role_name(f.mention) for f in mark.found):
        return False
    return re.match(r"\s*(?:配合|协助)(?!单位|部门)", s[mark.found[-1].end - start :]) is not None


def _role_name(mention: str) -> bool:
    return mention.endswith(tuple(w for w, _ in styles.vocab().labels))


def _same_subject(before: Mark | None, mark: Mark | None) -> bool:
    """Whether a sentence's subject is the one of the sentence before (``各主要责任单位要…。各项工作任务的主要责任单位
    要…``): every unit it names is one named before, written alike or with a qualifier before it."""
    if before is None or mark is None or not before.found or len(mark.found) != len(before.found):
        return False  # 由X、Y负责…。一是Y…。二是X…: each of the two takes its share, a duty of its own
    if mark.leaders or before.leaders:
        return False  # …。其主要负责同志亲自抓: the heads' own duty
    names = [f.mention.removeprefix("各") for f in before.found]
    # …。相关责任单位要…: those of the group a matter concerns, a duty of their own, not the group going on
    return all(any(f.mention.removeprefix("各").endswith(n) and not _some_of(f.mention, n) for n in names)
               for f in mark.found)


def _some_of(mention: str, group: str) -> bool:
    """``相关责任单位`` after ``各责任单位``: a qualifier picking out some of a group (相关, 有关, 其他)."""
    return mention.removeprefix("各").removesuffix(group) in ("相关", "有关", "其他", "其它")


def _enumeration_owner(intro: str, at: int, own: Mark | None) -> Mark | None:
    """Whose the enumerated measures after ``intro`` are: a unit reported acting right before them (``为…，某乡采取
    有效措施…。一是…``), or the subject of an intro that announces them (``各部门要做到：一是…``). A subject whose own
    sentence is already a duty (``X要切实增强…。一要…二要…``, a speaker's list of musts) gives the measures no unit."""
    named = marks.list_owner(intro, at)  # X牵头主办的项目如下：一是…: the unit its intro says owns them
    if named:
        return Mark(found=named, start=named[0].start, end=named[-1].end)
    addressed = marks.addressed_enumeration(intro, at)  # 张某要求各乡镇一要…；二要…: the group charged
    if addressed is not None:
        return addressed
    if own is not None and own.found:
        return own if intro.rstrip().endswith(("：", ":")) else None
    return marks.enumeration_subject(intro, at, before=True)


def _agent_tail(sentence: str, offset: int) -> list[tuple[int, Mark]]:
    """``…推进燃煤锅炉淘汰，由X牵头，Y配合`` / ``…完善药品集中采购机制，由X、Y等分工负责``: the clauses from a
    ``由`` after a comma to the sentence's end only say who acts, so they close what the sentence says before
    them, as a bracketed mark would; so do they after a short topic (``…动态管理，具体工作由市发改委牵头负责``).
    ``(start in sentence, mark)``, or nothing. (Asked of every sentence: most have no 由, and whether the
    sentence has a subject of its own is read only for a 由 after a topic.)"""
    topical: bool | None = None
    for m in re.finditer(r"[，,]\s*(?P<topic>[^，,。；;由]{0,8}?(?<![自理缘经]))(?=由(?![于此衷]))", sentence):
        if m.group("topic") and topical is None:
            # 有4项由X牵头，分别是…: the items it lists, read so; X将…，具体工作由Y牵头负责: with a subject of its own
            # the sentence is X's duty, Y acting in it (its predicate)
            counted = marks.listed(sentence, offset) is not None
            topical = not counted and marks.subject(sentence, offset) is None
        if m.group("topic") and not topical:
            continue
        tail = sentence[m.end() :]
        mark = marks.clause_list(tail, offset + m.end())
        if mark:
            return [(m.end(), mark)]
    return []


def _extend_labelled(out: list[tuple[int, int, Mark]], end: int, mark: Mark) -> None:
    """A labelled sentence right after another (``…。牵头单位：X；责任单位：Y、Z。``, or each label its own sentence):
    the labels run on as one mark closing the same item, never a second mark that closes nothing."""
    a, _, before = out[-1]
    before.extend(mark)
    out[-1] = (a, end, before)


#: how many texts' sentences :func:`_sentences` keeps (a paragraph's, and the pieces cut from it)
SENTENCES_KEPT = 1024
#: a measure's title sentence is at most this long and has no comma (``积极应对气候变化。``)
MAX_TITLE_SENTENCE = 30


def marker_pieces(s: str) -> list[tuple[int, int]]:
    """The sentences of an item (split on 。；！？ outside brackets and quotes), past its marker, as offsets
    into ``s``; empty ones dropped."""
    marker = item_marker(s.lstrip())
    start = len(s) - len(s.lstrip()) + (marker[1] if marker else 0)
    out = []
    for a, piece in split_top_level(s[start:], "。；;！？!?", keep=True, quotes=True):
        if compact(piece).strip("*"):
            out.append((start + a, start + a + len(piece)))
    return out


def _title_sentence(s: str) -> bool:
    """An item's first sentence that only names it (``积极应对气候变化。``): short, no comma."""
    body = compact(s).rstrip("。；;")
    return len(body) <= MAX_TITLE_SENTENCE and not any(c in body for c in "，,；;：:")


def _sub_heading(s: str) -> bool:
    """Two short parallel clauses standing as a sub-heading inside an item (``启动达峰行动，探索四川路径。``,
    ``实施“三水共治”，绘就锦绣蜀江。``): four to seven characters each, quotes aside."""
    parts = [p for p in re.split(r"[，,]", compact(s).rstrip("。").replace("“", "").replace("”", "")) if p]
    return len(parts) == 2 and all(4 <= len(p) <= 7 for p in parts)


@lru_cache(maxsize=SENTENCES_KEPT)
def _sentences(s: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the sentences of ``s``. Kept per text: a paragraph is cut into sentences by each of
    its readers (marks, subject cuts, titles, enumerations), a dozen times over."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(s):
        out.append((start, m.end()))
        start = m.end()
    if s[start:].strip():
        out.append((start, len(s)))
    return tuple(out)


def _with_bracket(title: str, rest: str) -> str:
    """A heading's title with the rest of the bracket its first sentence left open (…（牵头单位：X；完成时限：Y）:
    the sentence ends at ；): the mark is the heading's."""
    if title.count("（") + title.count("(") <= title.count("）") + title.count(")"):
        return title
    close = re.search(r"[）)]", rest)
    return title + compact(rest[: close.end()]) if close else title


def _leading_date(record: str) -> str | None:
    """The date a record's text opens with (``任务目标：2030年计划建成…``): it dates the item the record
    describes; a year met later in the text (``分解下达2030年工作要点``) is a detail, not its deadline."""
    body = compact(record).split("：", 1)[-1].split(":", 1)[-1]
    found = deadlines.find_deadline(body[:12])
    return found if found is not None and body.startswith(found) else None


def _repeats(block: Mark, line: Mark) -> bool:
    """A field line starts a new block when it says again what the block already says (a second
    ``牵头单位：`` line, a second task text after the block has units)."""
    starts = marks.words().block_start
    if line.texts and block.texts:  # 问题 again, or the same text label again: the next record
        return bool(set(line.labels) & set(block.labels)) or any(x in starts for x in line.labels)
    if line.texts and block.found and any(x in starts for x in line.labels):
        return True  # 问题二：… after the units of the block before: the next block
    roles = {f.role for f in block.found}
    return bool(line.found) and all(f.role in roles for f in line.found)


_NUM = r"[\d一二三四五六七八九十]{1,3}"
_DATE_LINE = re.compile(rf"^[\d〇○零一二三四五六七八九]{{4}}年{_NUM}月{_NUM}日$")
#: a date in figures (2023-04-27, 2023.4.27): a signature's date only as the page's last line (inside a page it
#: may be a table's time-limit cell on a line of its own)
_FIGURE_DATE_LINE = re.compile(r"^\d{4}[-/.．]\d{1,2}[-/.．]\d{1,2}$")


#: the release note under a signature (（此件公开发布）, （此件主动公开）): the issuer signs above it, like a date
_RELEASE_NOTE = re.compile(r"^[（(]此件[^（）()]{2,12}[）)]$")


def _signer(flat: str) -> bool:
    return len(flat) <= MAX_SIGNATURE and not any(c in flat for c in "。，；：")


def letter_lines(text: str, paras: list[Para]) -> set[int]:
    """Indexes of a notice's salutation (``各区人民政府，市各委办局：``), signature (the issuer's name above the
    date) and date lines: they name units but give nobody a task."""
    skip: set[int] = set()
    for i, para in enumerate(paras):
        flat = compact(text[para.start : para.end])
        dated = _DATE_LINE.match(flat) or (i == len(paras) - 1 and _FIGURE_DATE_LINE.match(flat))
        if dated or _RELEASE_NOTE.match(flat):
            skip.add(i)
            k = i - 1  # the issuers signing above the date (one or two lines: 中共…委办公室 / …人民政府办公室)
            while k >= 0 and i - k <= MAX_SIGNERS and _signer(compact(text[paras[k].start : paras[k].end])):
                skip.add(k)
                k -= 1
        elif (flat.endswith("：") and "。" not in flat and len(flat) <= MAX_SALUTATION and item_marker(flat) is None
              and marks.addressees(flat)):  # 一、镇河湖长制办公室： numbers a unit's duties, it greets nobody
            skip.add(i)
    return skip


def _title_office(engine: Engine, title: Span, paras: list[Para]) -> None:
    """A page titled only by an office's name, its numbered items right below (an office's 主要职责 as portals
    serve them: ``X分局`` / ``（一）贯彻执行…`` / ``（二）负责…``): the title heads the items like a unit line."""
    if not paras or title.end <= title.start:
        return
    engine.upcoming = engine.text[paras[0].start : paras[0].end]
    engine.after = engine.text[paras[1].start : paras[1].end] if len(paras) > 1 else ""
    named = engine.unit_heading(engine.text[title.start : title.end].strip(), title.start)
    if named and _numbered_text(engine.upcoming):
        engine.scopes.append(Scope(-1, named, named=True))


def _paragraphs_to(text: str, end: int, whole: list[Para] | None) -> list[Para]:
    """The paragraphs of ``text[:end]`` (a plan of a bundle and what comes before it). They are the paragraphs of
    the whole text that end by ``end`` when none of those runs across it: lines are joined left to right, each by
    the paragraph so far and the line, and a table row ends where its lines do (nine plans are then not read for
    paragraphs nine times over)."""
    if whole is None or any(p.start < end < p.end for p in whole):
        return tables.paragraphs(text[:end])
    return [p for p in whole if p.end <= end]


def read(text: str, doc: str, fmt: str = "generic", split: bool = False) -> Extraction:
    """Every obligation in ``text`` (read through its normalised view: same offsets). With ``split``, a file
    bundling several plans (``…等九个实施方案``) is read plan by plan, one Document each."""
    source, text = text, view(text)
    convention = styles.detect_convention(text)
    since = styles.convention_start(text)
    if split:
        found = plans.split(text)
    else:
        title, title_span = styles.plan_title(text)
        found = [plans.Plan(0, title, title_span, Span(start=title_span.start, end=len(text)))]
    documents: list[Document] = []
    tasks: list[Task] = []
    unattributed: list[Unattributed] = []
    whole = tables.paragraphs(text) if len(found) > 1 else None  # a bundle's paragraphs, read once
    for plan in found:
        engine = Engine(text, doc, plan.title, convention, plan=plan.index, convention_from=since)
        begin = 0 if plan.index == 0 else plan.title_span.end  # a cover letter before the title has duties too
        paras = [p for p in _paragraphs_to(text, plan.span.end, whole)
                 if p.start >= begin and not (plan.title_span.start <= p.start < plan.title_span.end)]
        skip = letter_lines(text, paras)
        _title_office(engine, plan.title_span, paras)
        run = tables.run_on_rows(text, paras)  # a space-separated table run on over its lines
        for i, para in enumerate(paras):
            if run is not None and run[0] <= i < run[1]:  # its paragraphs are read as its rows
                for row in run[2] if i == run[0] else []:
                    engine.on_row(row)
                engine.table = None
                continue
            if i in skip and _DATE_LINE.match(compact(text[para.start : para.end])):
                engine.end_fields()  # a notice's signed date ends its items: no line of the annex after it
                engine.flush()  # (责任单位：X under the annex's first item) closes one of them
            if i not in skip:
                engine.upcoming = text[paras[i + 1].start : paras[i + 1].end] if i + 1 < len(paras) else ""
                engine.after = text[paras[i + 2].start : paras[i + 2].end] if i + 2 < len(paras) else ""
                engine.feed(para)
            else:  # a salutation, signature or date line ends what came before: no later mark closes it
                engine.here = ""
                engine.end_fields()
                engine.flush()
        engine.here = ""  # the end of the plan ends its last field lines
        engine.end_fields()
        engine.flush()
        document = plan.document(doc, fmt)
        document.convention = convention
        documents.append(document)
        tasks.extend(engine.tasks)
        unattributed.extend(engine.unattributed)
    out = Extraction(doc=doc, file=doc, format=fmt, documents=documents, tasks=tasks, unattributed=unattributed)
    if source != text:
        restore_extraction(out, source, text)
    return out
