"""Responsibility marks: the ways a plan says who must act, wherever they stand.

A mark is what a plan writes next to an item to name its units: a labelled list
(``牵头单位：X；责任单位：Y``, in a bracket or on lines of its own, in any order, with leaders
``牵头负责领导：…`` and deadlines ``完成时限：…``), a clause list (``X负责，Y配合``, ``X、Y牵头，有关部门按职责
分工负责``, ``由X负责，Y配合``, ``X牵头 Y配合`` where the punctuation became spaces), or the subject of the
item itself (``市X局：负责…``, ``各有关部门要…``). This module only parses; :mod:`polkg.loaders.engine`
decides which items a mark belongs to. Every word comes from ``data/styles.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import cast

from polkg import data
from polkg.graph.model import Role
from polkg.loaders import styles
from polkg.loaders.styles import Found
from polkg.loaders.table import split_people
from polkg.loaders.text import (
    CLOSE_BRACKETS,
    alternation,
    balance,
    compact,
    first_prefix,
    item_marker,
    small_number,
    split_top_level,
    trimmed_span,
)
from polkg.nlp import deadlines, gazetteer

#: a run of Chinese characters before a colon: a label candidate
#: (the other name in brackets after a label is the same column's: 部门（单位）：, 牵头部门 (责任单位)：); a label
#: may stand in lenticular brackets, 【责任单位】X (the run is group 2, the bracket's opening group 1)
_LABEL_RUN = re.compile(
    r"(【)?([\u4e00-\u9fff]{1,14})(?P<num>\d{1,3})?(?:\s*[（(](?P<alt>[\u4e00-\u9fff]{2,6})[）)])?\s*(?(1)】[：]?|：)"
)
#: the number of a block's opening label (问题一：, 问题2：)
_LABEL_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}$")
#: the two words for a unit in a label: 部门（单位）, 责任单位（部门） name the responsible units
_UNIT_WORDS = ("单位", "部门")
#: whitespace between two Chinese characters or brackets: punctuation turned into spaces
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff）】〕\]])\s+(?=[\u4e00-\u9fff（【〔\[])")
CLAUSE_SEP = "，；。、"
#: how a standing remark inside a mark opens
STANDING_REMARK = ("以下", "均需", "均由", "具体任务均")
#: a group 各X not ending like a unit is at most this long (各地, 各县, 各县市区, 各乡镇街; not 各单位主…)
MAX_BARE_GROUP = 4
#: what a bare group 各X may count: places and levels (各地, 各县, 各乡镇, 各级)
GROUP_PLACES = "地省市州盟县区旗乡镇街村级部委"
#: a head sharing the next unit's ending (市交通 in 市交通、环保部门) is at most this long
MAX_SHARED_HEAD = 4
#: how positions (not names) end, and how long a person's name is at most
MAX_NAME = 12
#: a person's name written alone (two to four characters; a transcribed one with its middle dot)
MAX_PERSON = 4
#: a label such as 责任单位（部门） is short; a longer run ending in 单位 is a clause
MAX_UNIT_LABEL = 6
#: a unit list opening an enumerated duty (一是X…) is at most this long
MAX_LEADING_UNITS = 20
#: a unit list as a clause's subject mid-sentence (…发展，发展改革委、工业和信息化部、…、国资委将负责…) is at most
#: this long: a ministry notice may name a dozen units before the verb
MAX_MODAL_SUBJECT = 160
#: a unit name grows by at most this many characters at a time (a sub-unit: 东安分局, 办公室, 、市财政局)
MAX_NAME_EXTENSION = 6
#: prepositions that never stand inside a unit's name: 区督查组 + 综合后向区政府 is the unit and what it does
NOT_IN_EXTENSION = "向对把给从按"
#: endings of generic groups: a named unit never grows into one (its sub-units have names of their own)
GENERIC_ENDINGS = ("单位", "部门", "机构")
#: a clause 由X… longer than this says what X does (shorter: 由X负责, an attribution, read as a mark)
MIN_AGENT_CLAUSE = 12
#: words opening a duty whose subject stood just before it (市教育局 / 负责…; （2）沈阳警备区。负责…)
DUTY_OPENERS = ("负责", "牵头负责", "主要负责")
#: a post's qualifier (县政府分线 in 县政府分线领导) is at most this long
MAX_POST_HEAD = 8
#: a post and a name opening a sentence (常务副市长张某某) are at most this long
MAX_POST_NAME = 12
#: a predicate (what a subject must do) is read within this many characters after each clause
PREDICATE_WINDOW = 200
#: a unit list opening a sentence with no modal after it (各县政府和开发区管委会建立…) is at most this long
MAX_OPENING_UNITS = 30
#: how a unit list opening a sentence with no modal starts: with its level or place (or 各, 中共, 国务院)
OPENING_HEADS = "省市州盟县区旗镇乡街各国中"
#: how many readings of a clause as units + verb are tried (a name may hold a role word: 各产业链牵头部门要…)
MAX_SUBJECT_READINGS = 3
#: signs that tables put before the lead unit of a cell (★区发改委、统计局; the legend is often elsewhere)
LEAD_SIGNS = "★☆▲△●"
#: characters that may qualify a known label (协同 in 协同责任单位, 省级 in 省级责任单位)
MAX_QUALIFIER = 2


@dataclass(frozen=True)
class Words:
    """The label and clause words of ``data/styles.toml``."""

    labels: dict[str, str]  # label word -> lead/responsible/assist/leader/deadline/task/other
    endings: tuple[str, ...]
    modifiers: tuple[str, ...]
    modals: tuple[str, ...]
    manners: tuple[str, ...]
    charges: tuple[str, ...]
    coordinates: tuple[str, ...]
    urges: tuple[str, ...]
    lead_predicate: re.Pattern[str]
    assist_predicates: tuple[str, ...]
    assist_adverbs: tuple[str, ...]
    mutual_adverbs: tuple[str, ...]
    posts: tuple[str, ...]
    post_acts: tuple[str, ...]
    clause_posts: tuple[str, ...]
    clause_post_acts: tuple[str, ...]
    post_level: re.Pattern[str]
    clause_post_level: re.Pattern[str]
    sentence_units: tuple[str, ...]
    heading_units: tuple[str, ...]
    not_starts: tuple[str, ...]
    not_endings: tuple[str, ...]
    not_contains: tuple[str, ...]
    not_units: tuple[str, ...]
    level_groups: tuple[str, ...]
    list_levels: tuple[str, ...]
    bodies: tuple[str, ...]
    founding: tuple[str, ...]
    duty_heads: tuple[str, ...]
    unit_posts: re.Pattern[str]
    person_posts: str
    person_titles: tuple[str, ...]
    name_ends: tuple[str, ...]
    not_names: tuple[str, ...]
    counted: re.Pattern[str]
    public: tuple[str, ...]
    duty_openers: re.Pattern[str]
    listed: re.Pattern[str]
    standing: tuple[re.Pattern[str], ...]
    holder: re.Pattern[str]
    heading_lead: tuple[str, ...]
    task_sections: tuple[str, ...]
    heading_scope: re.Pattern[str]
    list_intro: re.Pattern[str]
    heading_duties: re.Pattern[str]
    heading_leader: re.Pattern[str]
    heading_post_duties: re.Pattern[str]
    heading_count: re.Pattern[str]
    preamble: re.Pattern[str]
    block_start: tuple[str, ...]
    boilerplate: tuple[str, ...]
    contact: tuple[str, ...]
    openings: tuple[str, ...]
    purpose: re.Pattern[str]
    report: tuple[re.Pattern[str], ...]
    meeting_acts: tuple[str, ...]
    approved: re.Pattern[str]
    approved_by: re.Pattern[str]
    reported: re.Pattern[str]
    title_endings: tuple[str, ...]
    obligation: tuple[str, ...]
    acts: tuple[str, ...]
    cut_words: frozenset[str]
    time_clause: re.Pattern[str]
    organ_endings: tuple[str, ...]
    inner_acts: tuple[str, ...]
    act_tails: tuple[str, ...]
    named_bodies: tuple[str, ...]
    time_clause_rest: re.Pattern[str]


@cache
def words() -> Words:
    raw = data.read("styles.toml")
    labels: dict[str, str] = {}
    for kind in ("other", "task", "deadline", "leader", "clauses"):
        for w in raw["fields"][kind]:
            labels[w] = kind
    for role in styles.ROLES:
        for w in raw["labels"][role]:
            labels.setdefault(w, role)
    return Words(
        labels=labels,
        endings=tuple(raw["fields"]["endings"]),
        modifiers=tuple(raw["clauses"]["modifiers"]),
        modals=tuple(raw["clauses"]["modals"]),
        manners=tuple(raw["clauses"]["manners"]),
        charges=tuple(raw["clauses"]["charges"]),
        coordinates=tuple(raw["clauses"]["coordinates"]),
        urges=tuple(raw["clauses"]["urges"]),
        lead_predicate=re.compile(raw["clauses"]["lead_predicate"]),
        assist_predicates=tuple(raw["clauses"]["assist_predicates"]),
        assist_adverbs=tuple(raw["clauses"]["assist_adverbs"]),
        mutual_adverbs=tuple(raw["clauses"]["mutual_adverbs"]),
        posts=tuple(raw["clauses"]["posts"]),
        post_acts=tuple(raw["clauses"]["post_acts"]),
        clause_posts=tuple(raw["clauses"]["clause_posts"]),
        clause_post_acts=tuple(raw["clauses"]["clause_post_acts"]),
        post_level=re.compile(raw["clauses"]["post_level"]),
        clause_post_level=re.compile(raw["clauses"]["clause_post_level"]),
        sentence_units=tuple(raw["clauses"]["sentence_unit_endings"]),
        heading_units=tuple(raw["clauses"]["sentence_unit_endings"] + raw["clauses"]["heading_unit_endings"]),
        not_starts=tuple(raw["clauses"]["not_starts"]),
        not_endings=tuple(raw["clauses"]["not_endings"]),
        not_contains=tuple(raw["clauses"]["not_contains"]),
        not_units=tuple(raw["clauses"]["not_units"]),
        level_groups=tuple(raw["clauses"]["level_groups"]),
        list_levels=tuple(raw["clauses"]["list_levels"]),
        bodies=tuple(raw["clauses"]["bodies"]),
        founding=tuple(raw["clauses"]["founding"]),
        duty_heads=tuple(raw["clauses"]["duty_heads"]),
        unit_posts=re.compile(raw["clauses"]["unit_posts"]),
        person_posts=raw["clauses"]["person_posts"],
        person_titles=tuple(raw["clauses"]["person_titles"]),
        name_ends=tuple(raw["clauses"]["name_ends"]),
        not_names=tuple(raw["clauses"]["not_names"]),
        counted=re.compile(raw["clauses"]["counted"]),
        public=tuple(raw["clauses"]["public"]),
        duty_openers=re.compile(raw["clauses"]["duty_openers"]),
        listed=re.compile(raw["clauses"]["listed"]),
        standing=tuple(re.compile(p) for p in raw["scope"]["standing"]),
        holder=re.compile(raw["scope"]["holder"]),
        heading_lead=tuple(raw["scope"]["heading_lead"]),
        task_sections=tuple(raw["scope"]["task_sections"]),
        block_start=tuple(raw["scope"]["block_start"]),
        heading_scope=re.compile(raw["scope"]["heading_scope"]),
        list_intro=re.compile(raw["scope"]["list_intro"]),
        heading_duties=re.compile(raw["scope"]["heading_duties"]),
        heading_leader=re.compile(raw["scope"]["heading_leader"]),
        heading_post_duties=re.compile(raw["scope"]["heading_post_duties"]),
        heading_count=re.compile(raw["scope"]["heading_count"]),
        preamble=re.compile(raw["scope"]["subject_preambles"]),
        boilerplate=tuple(raw["boilerplate"]["words"]),
        contact=tuple(raw["boilerplate"]["contact"]),
        openings=tuple(raw["boilerplate"]["openings"]),
        purpose=re.compile(raw["boilerplate"]["purpose"]),
        report=tuple(re.compile(x) for x in raw["boilerplate"]["report"]),
        meeting_acts=tuple(raw["boilerplate"]["meeting_acts"]),
        approved=re.compile(raw["boilerplate"]["approved"]),
        approved_by=re.compile(raw["boilerplate"]["approved_by"]),
        reported=re.compile(raw["written_duty"]["reported"]),
        title_endings=tuple(raw["boilerplate"]["title_endings"]),
        obligation=tuple(raw["boilerplate"]["obligation"]),
        acts=tuple(raw["clauses"]["acts"]),
        cut_words=frozenset(raw["clauses"]["cut_words"]),
        time_clause=re.compile(raw["clauses"]["time_clause"]),
        organ_endings=tuple(raw["clauses"]["organ_endings"]),
        inner_acts=tuple(raw["clauses"]["inner_acts"]),
        act_tails=tuple(raw["clauses"]["organ_endings"] + raw["clauses"]["bodies"] + raw["clauses"]["act_tails"]),
        named_bodies=tuple(raw["clauses"]["bodies"] + ["小组", "办公室", "委员会", "指挥部办公室"]),
        time_clause_rest=re.compile(raw["clauses"]["time_clause_rest"]),
    )


@dataclass
class Mark:
    """Units, leaders, a deadline and record text found in one mark (absolute offsets)."""

    found: list[Found] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    deadline: str | None = None
    texts: list[tuple[int, int]] = field(default_factory=list)  # record text (labelled blocks)
    labels: list[str] = field(default_factory=list)  # the text labels (问题, 整改措施, …) of those texts
    start: int = 0
    end: int = 0
    helps: bool = False  # a subject whose whole duty is to help (全力配合): it assists the subject before it

    def __bool__(self) -> bool:
        return bool(self.found or self.leaders or self.texts)

    def extend(self, other: Mark) -> None:
        self.found.extend(other.found)
        self.leaders.extend(other.leaders)
        self.deadline = other.deadline or self.deadline
        self.texts.extend(other.texts)
        self.labels.extend(other.labels)
        self.end = max(self.end, other.end)


# ---------------------------------------------------------------- units


def is_unit(name: str) -> bool:
    """A short phrase that names a unit (ends like one, does not act on one, is not a person or the public).
    Asked of every prefix of a sentence's opening (:func:`leading_units`): a phrase whose last character
    ends no unit suffix, no trailing alias nor 等, and that is no 各 group, is settled without the rules,
    and the answers for the same words are kept (a plan names its units again and again)."""
    core = compact(name)
    if not core or (core[-1] not in _unit_ends() and not core.startswith("各")):
        return False
    return _is_unit(core)


@cache
def _unit_ends() -> frozenset[str]:
    """The last characters of every unit suffix, of a trailing alias （…） and of 等: a unit ends in one."""
    return frozenset({s[-1] for s in styles.vocab().suffixes if s} | set("）)等"))


@lru_cache(maxsize=1 << 16)
def _is_unit(core: str) -> bool:
    w = words()
    bare = re.sub(r"[（(][^（）()]{1,6}[）)]$", "", core.removesuffix("等"))  # 各村（社区）: the note aside
    # 各地, 各县, 各乡镇: a group of places (各主 in 各主要责任单位 is none)
    # (各地进|一步: a group is places only, 各县区, 各乡镇)
    group = bare.startswith("各") and 2 <= len(bare) <= MAX_BARE_GROUP and all(c in GROUP_PLACES for c in bare[1:])
    return (
        (styles.looks_like_unit(core) or group)
        and not _acts_on(core.removesuffix("等"))
        and not core.removesuffix("等").endswith(w.not_endings)
        and styles.opening_connective(core) is None  # 即县水务局: a connective, then the name (即墨区 is one)
        and not _acts_inside(core)
        and not any(c in core for c in "。；：《》")  # 《清单》由安监站…: a title names a document, never a unit
        and not any(x in core for x in w.not_contains)
        and core not in w.labels  # 牵头单位要…: a role, not a unit
        and (core not in styles.vocab().suffixes or core in w.bodies)  # 单位, 部门 alone name nobody; 指挥部 does
        and core not in w.not_units
        and not core.endswith(w.posts)  # 各河长, 组长: posts, whose holders are leaders
        and _NOT_A_NAME.search(core) is None
        and _MODAL_INSIDE.search(core) is None
        and _COPULA_INSIDE.search(core) is None
        and _WILL_INSIDE.search(core) is None
        and _PLACE_WILL.search(core) is None
    )


def _acts_on(core: str) -> bool:
    """A phrase opening with a verb that acts on what follows (建设污水处理厂, 推动金融机构); a field word right
    before a bare unit suffix is the unit's own name (建设厅, 建设局, 组织部, 推进办)."""
    starts = [x for x in words().not_starts if core.startswith(x)]
    return any(core[len(x) :] not in words().organ_endings for x in starts)


def _acts_inside(core: str) -> bool:
    """A verb of a measure inside the phrase with an object after it (高质量建设崂山实验室, 落实城管进社区,
    没有开展整改的部门): an item title or a clause that happens to end like a unit. A verb before an organ's
    ending or a working body is the organ's field (城乡建设局, 建设厅, 推进办, 污染整治领导小组)."""
    w = words()
    if any(core.find(v) > 0 for v in w.founding):
        return True  # 各县(市、区)成立专班: a unit setting a body up, never one name
    if core.endswith(w.named_bodies):
        return False  # 创建文明城市工作指挥部, 推进河长制工作领导小组办公室: a body named after its work
    hits = [v for v in w.inner_acts if v in core]
    places = "".join(gazetteer.load().places_in(core)) if hits else ""
    for verb in hits:
        if verb in places:
            continue  # 新建区人民政府: the verb is a place's name (南昌市新建区)
        at = core.find(verb)
        while at >= 0:
            rest = core[at + len(verb) :]
            if rest and not rest.startswith(w.act_tails):
                return True
            at = core.find(verb, at + 1)
    return False


#: a modal inside a phrase (X单位要统筹Y单位): a subject and its duty, never one name (主要, 重要, 纲要, 机要 are
#: words of their own)
_WILL_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})将(?=[\u4e00-\u9fff]{2})")  # X室将常年跟踪督办: a sentence
_COPULA_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})是(?=[\u4e00-\u9fff])")  # X部门是本市…的主管部门: a sentence
_MODAL_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![主重需纲摘概机])要(?!素)")
#: a place and the modal 会 after it (八道村会按照…搞好…): the place's duty, never a 会 (村委会, 省会 are words)
_PLACE_WILL = re.compile(r"(?<=[\u4e00-\u9fff]{2})[村镇乡县区]会$")


#: shapes no unit name has: a year or an item number before it (2022年县政府, 2.落实…), a time span inside it
#: (对毕业5年内处), a purpose clause (为贯彻落实《…》), a count of those an action is for (为10个老旧小区实施…), a
#: date (4月下旬市政府…)
_NOT_A_NAME = re.compile(r"^\d{4}年|^\d{1,2}月|^\d{1,2}[.．、]|\d+年内|^为(?:贯彻|落实|进一步|加快|推进|切实|\d)")


def unit_names(s: str, offset: int, role: Role) -> list[Found] | None:
    """The units of a list that must consist of unit names only, or None when some piece is not one.
    Short heads before a unit share its ending and are one unit with it (``市交通、环保部门``,
    ``各县、市、区政府``); ``会同`` joins two lists; ``和`` between two units separates them; a role in brackets
    after a unit is its role (``县水利局（牵头）``). The same words are asked again at other places (a sentence
    and the clauses cut from it, each prefix of a subject): the answer is kept per words and role, its spans
    relative, and placed at ``offset`` (every span :func:`_unit_names` gives is ``offset`` plus a place in ``s``)."""
    found = _kept_unit_names(s, role)
    if found is None:
        return None
    return [Found(f.mention, f.role, f.start + offset, f.end + offset) for f in found]


#: how many answers of :func:`unit_names` are kept
UNITS_KEPT = 1 << 14


@lru_cache(maxsize=UNITS_KEPT)
def _kept_unit_names(s: str, role: Role) -> tuple[Found, ...] | None:
    found = _unit_names(s, 0, role)
    return tuple(styles.role_marked(found)) if found is not None else None


def _unit_names(s: str, offset: int, role: Role) -> list[Found] | None:
    dash = s.rfind("——")
    if dash > 0:  # X工作牵头单位——省X厅: the name after the dash, what it is said to be before it
        return _unit_names(s[dash + 2 :], offset + dash + 2, role)
    s = s.replace("会同", "、、")
    if balance(s) != 0:
        return None  # a bracket left open: text, not a list
    s = _without_public(s)
    joined = _and_before_list(s, offset, role)
    if joined is not None:
        return joined
    counted = _counted(s, offset, role)
    if counted:
        return counted
    systems = _systems(s, offset, role)
    if systems and not all(is_unit(f.mention) for f in systems):  # 市住建、交通等相关职能部门
        return systems
    out: list[Found] = []
    run: list[tuple[int, int]] = []  # short heads waiting for the unit whose ending they share
    for a, b, _ in styles.pieces(s, spaces=styles.spaced_list(s)):
        x, y = styles.strip_remarks(s[a:b])
        x += _subject_start(s[a + x : a + y])
        star = s[a + x : a + y].lstrip()[:1] in LEAD_SIGNS
        if star:  # ★区发改委、统计局: the sign marks the lead of the list
            x = y - len(s[a + x : a + y].lstrip()[1:])
        name = compact(s[a + x : a + y])
        if not name:
            continue
        if star:
            out.extend(_starred(s, a + x, a + y, offset))
            continue
        joined = _generic_tail(s, a + x, a + y, offset, role)
        if joined is not None and run:  # 马坡、北小营、牛栏山等相关镇政府: the places listed before 等 are each one
            out.extend(Found(compact(s[p:q]), role, *_span(s, p, q, offset)) for p, q in run)
            run = []
        if joined is None and not run and re.search("和|及|与", name):
            joined = _joined_by_and(s, a + x, a + y, offset, role)
        if joined is not None:
            out.extend(split_and(joined))
            continue
        committee = bool(out) and out[-1].mention.endswith(("党委", "县委", "市委", "区委"))
        if name in ("人民政府", "政府") and committee and not run:
            sp = trimmed_span(s, a + x, a + y, offset)  # X市党委、人民政府: the committee's own government
            out.append(Found(name, role, sp.start, sp.end))
            continue
        cuts = styles.glued(s[a + x : a + y], is_unit) if not run else []
        if len(cuts) > 1:  # 县交通局县公安局, 市住建局指导各县区住建部门: two names in one piece
            out.extend(Found(compact(s[a + x + p : a + x + q]), role, *_span(s, a + x + p, a + x + q, offset))
                       for p, q in cuts)
            continue
        if is_unit(name) and not _level_head(name):
            listed = all("、" in s[q : r] for (_, q), (r, _) in pairwise([*run, (a + x, a + y)]))  # not spaces
            levels = all(_LEVEL_PIECE.match(compact(s[p:q])) for p, q in run)
            if run and listed and (not levels or _OWN_LEVELS.match(name)):
                out.extend(_heads_apart(s, run, a + x, a + y, offset, role))
                run = []
                continue
            if run and _OWN_SCOPE.match(name) and all(s[p:q].lstrip().startswith("各") for p, q in run):
                # 各县、市直各部门: two units, no shared ending
                out.extend(Found(compact(s[p:q]), role, *_span(s, p, q, offset)) for p, q in run)
                run = []
            start = run[0][0] if run else a + x
            sp = trimmed_span(s, start, a + y, offset)
            out.append(Found(compact(s[start : a + y]), role, sp.start, sp.end))
            run = []
            continue
        if (len(name) <= MAX_SHARED_HEAD and not _acts_on(name) and styles.opening_connective(name) is None
                and (len(name) > 1 or name in GROUP_PLACES)):  # 正会同有关部门: a one-character head is a level
            run.append((a + x, a + y))  # (这是省委、省政府…: a sentence's opening is no head)
        else:
            return None
    if run and len(run) == 1 and _level_head(compact(s[run[0][0] : run[0][1]])):
        sp = trimmed_span(s, run[0][0], run[0][1], offset)
        out.append(Found(compact(s[run[0][0] : run[0][1]]), role, sp.start, sp.end))  # a list ending in 各县
        run = []
    if out and len(run) == 1 and compact(s[run[0][0] : run[0][1]]) in words().list_levels:
        sp = trimmed_span(s, run[0][0], run[0][1], offset)  # 属地社区、街道: a level's bare name closing a list
        out.append(Found(compact(s[run[0][0] : run[0][1]]), role, sp.start, sp.end))
        run = []
    return out if out and not run else None


def _span(s: str, a: int, b: int, offset: int) -> tuple[int, int]:
    sp = trimmed_span(s, a, b, offset)
    return sp.start, sp.end


#: a unit naming its own scope (市直各有关部门, 各有关部门, 县直各单位): the quantified levels before it (各县、) are
#: units of their own, not heads sharing its ending as in 各县、区人民政府
_OWN_SCOPE = re.compile(r"^(?:各|有关|相关|[省市县区州旗]直)")


#: a level written as a head of a list sharing the last item's ending: 各县、市、区政府, 县(市)、区政府, 街道、镇党委
_LEVEL_PIECE = re.compile(r"^各?(?:省|地|县|市|区|州|旗|盟|乡|镇|街道|乡镇|中直|省直)(?:[（(][县市区旗、]+[）)])?$")


#: a list's last unit written with its own levels (县（市、区）政府, 县(区)人民政府法制机构, 县级政府): the levels
#: before it are units of their own as written (各市、县（市、区）政府 → 各市 + 县（市、区）政府), as keys write them
_OWN_LEVELS = re.compile(r"^各?[省市县区州旗盟乡镇](?:级|[（(][^（）()]{1,8}[）)])")


def _heads_apart(s: str, run: list[tuple[int, int]], a: int, b: int, offset: int, role: Role) -> list[Found]:
    """Heads before a unit that are no levels (``市交通、环保部门``, ``祥云、宾川、洱源和大理市``): each kept as
    written, a unit of its own (the plan's shorthand for 市交通部门, 宾川县), and the last piece split at a 和
    that joins one more such head to it."""
    out: list[Found] = []
    for p, q in run:
        sp = trimmed_span(s, p, q, offset)
        out.append(Found(compact(s[p:q]), role, sp.start, sp.end))
    m = re.search(r"和|及|与", s[a:b])
    if m is not None and 2 <= len(compact(s[a : a + m.start()])) <= MAX_SHARED_HEAD and is_unit(s[a + m.end() : b]):
        sp = trimmed_span(s, a, a + m.start(), offset)
        out.append(Found(compact(s[a : a + m.start()]), role, sp.start, sp.end))
        a += m.end()
    sp = trimmed_span(s, a, b, offset)
    out.append(Found(compact(s[a:b]), role, sp.start, sp.end))
    return out


def _without_public(s: str) -> str:
    """``各部门和广大群众``: the public joined to units is no unit (blanked, so offsets hold)."""
    body = s.rstrip()
    for p in words().public:
        if body.endswith(p) and body[: -len(p)].endswith(("和", "及", "与", "、")):
            cut = len(body) - len(p) - 1
            return s[:cut] + " " * (len(s) - cut)
    return s


def _counted(s: str, offset: int, role: Role) -> list[Found]:
    """``石林、禄劝2个县``: the places a count sums up, each a unit (short names of places)."""
    m = words().counted.match(compact(s)) if "个" in s else None
    if m is None:
        return []
    cut = s.rindex("个")
    names = s[:cut].rstrip("0123456789一二三四五六七八九十等 ")
    out: list[Found] = []
    for a, piece in split_top_level(names, "、和"):
        name = compact(piece)
        if not 2 <= len(name) <= MAX_SHARED_HEAD and not is_unit(name):
            return []
        sp = trimmed_span(names, a, a + len(piece), offset)
        out.append(Found(name, role, sp.start, sp.end))
    count = small_number(m.group("count"))
    return out if count is None or len(out) == count else []


def _and_before_list(s: str, offset: int, role: Role) -> list[Found] | None:
    """``区委和街道、镇党（工）委``: a 和/及/与 between a unit and a list binds looser than the list's 、 (the
    list after it may share one ending, 街道党工委 and 镇党委); None unless both sides are unit lists."""
    if "和" not in s and "及" not in s and "与" not in s:
        return None  # (most lists: no such word at all)
    if split_top_level(s, "，,；;。")[1:]:
        return None  # groups: each is read on its own
    for m in re.finditer(r"以及|和|及(?!其)|与", s):  # X及其Y: Y is X's own, no second unit
        left, right = s[: m.start()], s[m.end() :]
        if not split_top_level(right, "、")[1:] or balance(left) != 0:
            continue  # no 、 after it (the plain A和B is read piece by piece), or inside a bracket
        last = split_top_level(left, "、")[-1:] if left.strip() else []
        if not last or not is_unit(last[0][1]):
            continue  # 住房和城乡建设局: the head before 和 names no unit
        one, two = unit_names(left, offset, role), unit_names(right, offset + m.end(), role)
        if one and two:
            return [*one, *two]
    return None


#: a role written before the unit that holds it (包片单位县气象局, 挂钩帮扶单位市财政局)
_APPOSED_ROLE = re.compile(r"^\s*[^、，,；;（(]{0,8}?(?:包片|包联|包保|挂钩|帮扶|结对|联系)(?:帮扶)?单位")


#: a verb of assignment and its 由 (明确由, 主要由): who was charged follows
_ASSIGNED_BY = re.compile(r"(?:明确|确定|指定|改|交|统一|均|并|主要)由")


def _subject_start(piece: str) -> int:
    """Where the unit starts in a piece that reports who was charged (``县政府明确由县水利局``, ``主要由X``): after
    the last 由 that follows a verb of assignment; 0 otherwise (自由贸易区 keeps its 由)."""
    ends = [m.end() for m in _ASSIGNED_BY.finditer(piece)] if "由" in piece else []
    if ends and is_unit(piece[ends[-1] :]):
        return ends[-1]
    apposed = _APPOSED_ROLE.match(piece)
    if apposed and is_unit(piece[apposed.end() :]):
        return apposed.end()  # 包片单位县气象局, 陈家坝沿线包片单位县职教中心: the unit after its role
    lead = len(piece) - len(piece.lstrip())
    verb = first_prefix(piece, words().founding, lead)
    if verb is not None and compact(piece[lead + len(verb) :]) in words().bodies:
        return lead + len(verb)  # 成立工作专班：: the body set up is the unit
    return 0


def _starred(s: str, a: int, b: int, offset: int) -> list[Found]:
    """A unit written after a lead sign (``★区发改委``): the lead, however the rest of its list reads."""
    name = compact(s[a:b])
    if not is_unit(name):
        return []
    sp = trimmed_span(s, a, b, offset)
    return [Found(name, "lead", sp.start, sp.end)]


def _level_head(name: str) -> bool:
    """``各县`` in ``各县、市、区政府``: the head of a group written over several list items."""
    return len(name) == 2 and name[0] == "各" and name[1] in "县市区乡镇州旗"


_GENERIC_TAIL = re.compile(
    r"^(?P<head>.+?)等(?P<tail>[^、，]{0,4}?(?:有关|相关|其他|其它|各)?"
    r"(?:部门|单位|成员单位|机构|有关方面|(?:镇|乡|乡镇|街道)?(?:政府|人民政府|办事处))"
    r"(?:(?:和|及|与|、)(?:有关|相关|其他)?(?:部门|单位|机构|企业))?)$"
)


def _generic_tail(s: str, a: int, b: int, offset: int, role: Role) -> list[Found] | None:
    """``区住建局等有关部门`` is 区住建局: the generic tail after 等 names nobody more (ANNOTATION: a trailing
    等有关部门 is dropped); so is ``等相关镇政府`` after a place (``牛栏山等相关镇政府``: 牛栏山), and a tail of two
    nouns (``等有关部门和单位``)."""
    m = _GENERIC_TAIL.match(s[a:b])
    if m is None:
        return None
    head = compact(m.group("head"))
    place = len(head) <= MAX_SHARED_HEAD and m.group("tail").endswith(("政府", "办事处"))
    if not (is_unit(head) or place):
        return None
    one = trimmed_span(s, a, a + m.end("head"), offset)
    return [Found(head, role, one.start, one.end)]


#: bare administrative levels that name the governments of that level in a list (各街道、镇和…)
_LEVELS = ("镇", "乡", "街道", "乡镇", "县", "区")


def _joined_by_and(s: str, a: int, b: int, offset: int, role: Role) -> list[Found] | None:
    """``财政局和市直各单位``, ``省直相关部门及各市州人民政府``: two units joined by 和/及/以及/与 (never inside a
    name such as 住房和城乡建设局, whose head alone is no unit, or 党委和人民政府, whose tail is a bare ending; nor
    before 其 or 成员单位: ``指挥部办公室及成员单位`` names a body with its own members, one unit as written)."""
    piece = s[a:b]
    for m in re.finditer(r"以及|和|及(?!其|成员单位)|与", piece):
        i, j = m.start(), m.end()
        right = compact(piece[j:])
        left = compact(piece[:i])
        level = left in _LEVELS  # 各街道、镇和开发区管委会: a bare level (the 镇 of the list's 各) before 和
        # 各主管部门和乡镇: a bare level after 和 closing the list, as after 、 (:attr:`Words.list_levels`)
        closing = is_unit(left) and right in words().list_levels
        if ((is_unit(left) or level) and is_unit(right) and right not in styles.vocab().suffixes) or closing:
            one = trimmed_span(s, a, a + i, offset)
            two = trimmed_span(s, a + j, b, offset)
            return [Found(compact(piece[:i]), role, one.start, one.end), Found(right, role, two.start, two.end)]
    return None


# ---------------------------------------------------------------- labelled lists


@dataclass(frozen=True)
class Label:
    kind: str
    start: int  # of the label word
    end: int  # past the colon
    people: bool = False  # 责任单位及责任人：the value names the units and their people


#: a label naming units and their people at once (责任单位及责任人, 牵头单位和主要负责人)
_UNITS_AND_PEOPLE = re.compile(r"^(?P<unit>.+?(?:单位|部门))(?:及|和|与|、)(?:其)?(?:主要)?(?:负责人|责任人|领导)$")


#: a time-limit field longer than this is a schedule of steps, not one time limit (tables.MAX_DEADLINE_CELL)
MAX_DEADLINE_FIELD = 16


def deadline_field(value: str) -> str:
    """What ``完成时限：…`` gives as the deadline: a short value as written (``2023年12月底前``, ``长期坚持``); a
    schedule of several steps (``2023年6月底前完成方案，2023年12月底前全面完成``) its overall one."""
    if len(value) <= MAX_DEADLINE_FIELD:
        return value
    return deadlines.find_deadline(value) or value


#: a role label opening a line with spaces, not a colon, before its units (``责任单位 区水务局、区住建局``: the
#: colon lost when a table cell or a Word field was flattened)
_SPACED_LABEL = re.compile(r"^\s*(?P<run>[\u4e00-\u9fff]{2,8})[ \u3000\t]+(?=[\u4e00-\u9fff])")


def labels(s: str) -> list[Label]:
    """Every label in ``s``: a known label word (or a word ending like one) right before a colon; a role label
    opening ``s`` may have spaces instead (``责任单位 X、Y``). The same line is asked again and again (line
    joining, field lines, each sentence of its item): the answers are kept per line."""
    return list(_labels(s))


#: how many lines' labels are kept (a plan's lines, several times over)
LABELS_KEPT = 1 << 14


@lru_cache(maxsize=LABELS_KEPT)
def _labels(s: str) -> tuple[Label, ...]:
    w = words()
    out: list[Label] = []
    spaced = _SPACED_LABEL.match(s)
    if spaced is not None and w.labels.get(spaced.group("run")) in styles.ROLES:
        out.append(Label(w.labels[spaced.group("run")], spaced.start("run"), spaced.end()))
    if "：" not in s and "【" not in s:  # every other label ends at a colon or closes its bracket
        return tuple(out)
    keys = _label_keys()
    for m in _LABEL_RUN.finditer(s):
        run, at = m.group(2), m.start()  # the label's span opens at its bracket, if any
        if m.group(1) and not run.endswith(keys):
            continue  # 【新闻】: a bracket that holds no label word is no label
        bare = _LABEL_NUMBER.sub("", run) if m.group("num") is None else run
        if bare != run or m.group("num"):  # 问题二：, 问题2：: a block's label with its number
            if bare in w.block_start:
                out.append(Label(w.labels[bare], at, m.end()))
            continue
        both = _UNITS_AND_PEOPLE.match(run)
        unit = both.group("unit") if both else ""
        kind = next((w.labels[k] for k in keys if unit.endswith(k)), None) if unit else None
        if kind in styles.ROLES:  # 责任单位及责任人：X 张三
            out.append(Label(kind, at, m.end(), people=True))
            continue
        best = next((k for k in keys if run.endswith(k)), None)  # the longest (the first written of equals)
        if best is not None:  # 协同责任单位: a qualifier before a known label belongs to it
            start = at if len(run) - len(best) <= MAX_QUALIFIER else m.end(2) - len(best)
            out.append(Label(w.labels[best], start, m.end()))
        elif m.group("alt") in _UNIT_WORDS and run.endswith(_UNIT_WORDS) and len(run) <= MAX_UNIT_LABEL:
            out.append(Label("responsible", at, m.end()))  # 部门（单位）：示范区水务局
        elif run.endswith(("领导", "责任人", "负责人")) and len(run) <= 8:
            out.append(Label("leader", at, m.end()))
        elif run.endswith(w.endings) and len(run) <= 8:
            out.append(Label("other", at, m.end()))
    return tuple(out)


@cache
def _label_keys() -> tuple[str, ...]:
    """The label words, longest first (those of one length in the order written): a run's label is the first that
    ends it."""
    return tuple(sorted(words().labels, key=len, reverse=True))


#: a label cell and its value cell on one line, between the marks of any flattening (``整改目标|X``,
#: ``| 整改目标 | X |``, ``│整改目标│X│``, ``整改目标<tab>X``)
_CELL_LABEL = re.compile(
    r"^(?P<open>\s*[|｜│┃║]?)\s*[\u4e00-\u9fff]{1,14}(?P<alias>\s*[（(][\u4e00-\u9fff]{1,10}[）)])?[ \u3000]*"
    r"(?P<sep>[|｜│┃║\t])(?P<value>[^|｜│┃║\t]+)(?P<close>[|｜│┃║\t]\s*)?$"
)


def cell_label(s: str) -> str | None:
    """``整改责任单位|X``, ``| 牵头部门(责任单位) | X |``: a header cell joined to its value by a flattened cell mark
    is a labelled line; it is given back as ``label：value`` of the same length (an alias in brackets blanked, the
    label before it says the role), or None when ``s`` is no such line (a header row names two columns). A label
    naming no role (``联系电话 | …``) is one too: its value is nobody's task."""
    m = _CELL_LABEL.match(s)
    if m is None or not compact(m.group("value")):
        return None
    head = " " * m.end("open") + s[m.end("open") : m.start("sep")]  # (a row's opening mark is no part of it)
    if m.group("alias"):
        head = head[: m.start("alias")] + " " * len(m.group("alias")) + head[m.end("alias") :]
    found = labels(head.rstrip() + "：")
    if not found or compact(head[: found[0].start]):
        return None
    inner = labels(m.group("value").strip() + "：")
    if inner and inner[0].end >= len(m.group("value").strip()) + 1:
        return None  # 责任单位|完成时限: the header row of a two-column table (the value only a label)
    close = m.group("close") or ""  # 整改目标 | X | : the mark closing the value's cell is no part of it
    return head + "：" + s[m.end("sep") : len(s) - len(close)] + " " * len(close)


#: a cell of a flattened row: the text between two cell marks
_CELL = re.compile(r"[^|｜│┃║\t]+")
#: a labelled block flattened onto one row has at least this many label cells (问题, 整改目标, 整改措施, 责任单位)
MIN_ROW_LABELS = 2


def cell_pairs(s: str) -> list[tuple[int, int]]:
    """``|问题|X|整改责任单位|Y|整改目标|…|整改措施|1.…2.…|``: a labelled block whose label and value cells
    alternate on one flattened row; given back as the spans of its ``label|value`` pairs (each a field line),
    else []. A header row (every cell a label) or a row whose value cells are labels is no block."""
    cells = [(m.start(), m.end()) for m in _CELL.finditer(s) if compact(m.group())]
    if len(cells) < 2 * MIN_ROW_LABELS or len(cells) % 2:
        return []
    kinds: set[str] = set()
    for i, (a, b) in enumerate(cells):
        cell = s[a:b].strip()
        found = labels(cell + "：")
        whole = bool(found) and found[0].start == 0 and found[0].end == len(cell) + 1 and found[0].kind != "other"
        if whole != (i % 2 == 0):
            return []
        if whole:
            kinds.add(found[0].kind)
    if not kinds & set(styles.ROLES) or "task" not in kinds:
        return []
    return [(cells[i][0], cells[i + 1][1]) for i in range(0, len(cells), 2)]


def labelled(s: str, offset: int, convention: str | None = None, lead_at: int = 0) -> Mark | None:
    """A labelled list ``牵头单位：X；责任单位：Y；牵头领导：Z；完成时限：…`` when ``s`` starts with a label
    (``lead_at`` characters of brackets or spaces may come first)."""
    found = labels(s)
    if not found or compact(s[: found[0].start]).strip("（(〔[【") or found[0].start > lead_at + 2:
        return None
    mark = Mark(start=offset, end=offset + len(s))
    roles = [x.kind for x in found if x.kind in styles.ROLES]
    single = roles == ["responsible"]
    for i, lab in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(s)
        value = s[lab.end : end]
        value_end = _value_end(value)
        body = value[:value_end]
        at = offset + lab.end
        if lab.kind in styles.ROLES and lab.people:  # 责任单位及责任人：X 张三: the people are leaders
            names = [p.name for p in split_people(body) if people(p.name)]
            mark.leaders.extend(names)
            mark.found.extend(f for f in styles.unit_list(body, at, lab.kind) if f.mention not in names)
            continue
        if lab.kind in styles.ROLES:
            explicit = explicit_roles(body, at, lab.kind)
            if explicit is not None:  # 责任单位：A、B牵头，C、D: the verb says who leads, not the convention
                mark.found.extend(explicit)
                continue
            first, by_unit, role = styles.convention_roles(convention if single else None, lab.kind)
            mark.found.extend(split_and(styles.unit_list(body, at, role, first_leads=first, first_unit=by_unit)))
        elif lab.kind == "leader":
            mark.leaders.extend(leaders(body))
        elif lab.kind == "deadline" and compact(body):
            mark.deadline = deadline_field(compact(body))
        elif lab.kind == "clauses":
            clause = clause_list(body, at)
            mark.found.extend(clause.found if clause else styles.unit_list(body, at, "responsible"))
            mark.leaders.extend(clause.leaders if clause else [])  # 任务分工：吕维峰副省长负责，省农委总牵头
        elif lab.kind == "task" and compact(body):
            sp = trimmed_span(s, lab.start, lab.end + value_end, offset)
            mark.texts.append((sp.start, sp.end))
            mark.labels.append(_block_label(compact(s[lab.start : lab.end]).rstrip("：:")))
    return mark


def _block_label(label: str) -> str:
    """A text label without the number of its block (问题二 → 问题, 问题2 → 问题): the label says what the text is."""
    bare = re.sub(r"(?:[一二三四五六七八九十]{1,3}|\d{1,3})$", "", label)
    return bare if bare != label and bare in words().block_start else label


def _without_modifiers(units: str) -> str:
    """A unit list with the manner words before its verb set aside (``A、B分别牵头``, ``A、B共同负责``): they
    describe how the units act, so they are never part of the last unit's name."""
    mods = sorted((m for m in words().modifiers if len(m) > 1), key=len, reverse=True)  # 成都 keeps its 都
    while (m := next((x for x in mods if units.endswith(x) and len(units) > len(x)), None)) is not None:
        units = units[: len(units) - len(m)]
    return units


def explicit_roles(body: str, at: int, role: Role) -> list[Found] | None:
    """Units of a labelled list where some group carries its own role verb (``A、B牵头，C、D``): that group
    takes the verb's role, the others the label's. None when no group has a verb."""
    verbs = styles.vocab().verbs
    groups = split_top_level(body, "，,；;")
    tagged = []
    for a, group in groups:
        g = group.strip().rstrip("。")
        verb = next((v for v, _ in verbs if g.endswith(v) and len(g) > len(v)), None)
        tagged.append((a, g, verb))
    if not any(v for _, _, v in tagged):
        return None
    out: list[Found] = []
    for a, g, verb in tagged:
        own: Role = dict(verbs)[verb] if verb else role
        lead = len(body[a:]) - len(body[a:].lstrip())
        names = unit_names(_without_modifiers(g[: len(g) - len(verb)]) if verb else g, at + a + lead, own)
        if names is None:
            return None
        out.extend(names)
    return out


def _value_end(value: str) -> int:
    """Where a label's value ends: final punctuation and closing brackets that close nothing inside it
    (the bracket around the whole mark) set aside; ``区城市管理局（区整违办）`` keeps its own bracket."""
    end = len(value.rstrip())
    while end > 0 and value[end - 1] in "。；;，,、 ）)〕】]":
        ch = value[end - 1]
        if ch in CLOSE_BRACKETS and balance(value[:end]) >= 0:
            break
        end -= 1
    return end


# ---------------------------------------------------------------- clause lists


@cache
def _clause_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v, _ in styles.vocab().verbs)
    mods = "|".join(re.escape(m) for m in words().modifiers)
    return re.compile(rf"^(?:由|请|要求)?(?P<units>.+?)(?:{mods})*(?P<verb>{verbs})(?:落实|实施|完成)?$")


def clause_list(s: str, offset: int, convention: str | None = None) -> Mark | None:
    """``X负责，Y配合`` / ``由X牵头，Y参与，Z负责落实`` / ``X牵头 Y配合``: every clause a unit list and a
    role verb (editorial remarks such as ``下同`` allowed); None when any clause says more. Under a declared
    convention (``列第一位的为牵头部门``) the first clause's list, when it only says 负责, reads by it."""
    run = _clause_run(s, offset, convention)
    if run is None:
        return None
    mark, waiting = run
    return mark if mark.found and not waiting else None


def _clause_run(s: str, offset: int, convention: str | None = None) -> tuple[Mark, list[Found]] | None:
    """:func:`clause_list`'s reading of every clause of ``s`` (with the bare units still waiting for a verb), or
    None as soon as a clause says more than who acts: no text that goes on from ``s`` is a clause list then
    (:func:`_clause_chain` stops growing its run there)."""
    roles = dict(styles.vocab().verbs)
    mark = Mark(start=offset, end=offset + len(s))
    waiting: list[Found] = []  # X牵头，A，B、C等配合: a bare unit list takes the verb of the clause after it
    for a, piece in _clauses(s):
        body = piece.strip()
        if not body or body.startswith(STANDING_REMARK) or any(w in body for w in ("不再", "下同")):
            continue  # 以下均需X落实，不再列出: a standing remark (read by standing_units), not this item's units
        m = _clause_pattern().match(body)
        lead_ws = len(piece) - len(piece.lstrip())
        if m is not None and re.search(r"(?<![自理缘经])由(?![于此衷])", m.group("units")):
            return None  # 县属项目由各乡镇政府负责实施: the matter, then who does it: a duty sentence, not a list
        if m is not None:
            people, skip = _people_before(m.group("units"))
            if people and not compact(m.group("units")[skip:]):  # 吕某某副省长负责: a leader, no unit
                mark.leaders.extend(people)
                continue
            at = offset + a + lead_ws + m.start("units") + skip
            found = unit_names(m.group("units")[skip:], at, roles[m.group("verb")])
            if found and len(found) > 1 and not mark.found and not waiting:
                found = _by_convention(found, m.group("units")[skip:], at, convention)
            mark.leaders.extend(people if found else [])
            if found:
                mark.found.extend(Found(f.mention, found[0].role, f.start, f.end) for f in waiting)
                mark.found.extend(found)
                waiting.clear()
                continue
        if any(e in body for e in styles.vocab().editorial) and len(body) <= 30:
            continue
        if _time_clause(body):
            flat = compact(body)
            # （X负责，12月底前完成）: the item's deadline as the deadline reader reads running text (12月底前: 完成 is
            # the verb, not the time); a time with no date (持续推进) as written
            mark.deadline = deadlines.find_deadline(flat) or flat
            continue
        bare = unit_names(body, offset + a + lead_ws, "responsible") if mark.found else None
        if bare:
            waiting.extend(bare)
            continue
        return None
    return mark, waiting


def _time_clause(body: str) -> bool:
    """A mark's clause that only says when (``12月底前完成``, ``2021年底前完成``, ``持续推进``)."""
    flat = compact(body)
    if len(flat) > 16 or words().time_clause.fullmatch(flat):
        return len(flat) <= 16
    due = deadlines.find_deadline(flat)
    return due is not None and flat.startswith(due) and words().time_clause_rest.fullmatch(flat[len(due) :]) is not None


def _by_convention(found: list[Found], units: str, at: int, convention: str | None) -> list[Found]:
    """``（A、B、C负责。列第一位的为牵头部门，下同）``: a list that only says 负责 under a first-leads convention
    has its first unit (or group) lead; a list whose verb gives another role keeps it."""
    first, by_unit, rest = styles.convention_roles(convention, "responsible")
    if not first or any(f.role != "responsible" for f in found):
        return found
    ranked = styles.unit_list(units.replace("会同", "、、"), at, rest, first_leads=True, first_unit=by_unit)
    return ranked if len(ranked) == len(found) and [f.mention for f in ranked] == [f.mention for f in found] else found


@cache
def _named_post() -> re.Pattern[str]:
    """``张某某副省长``: a name and the post after it, a whole list piece (built once, not per clause)."""
    return re.compile(rf"^\s*(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{words().person_posts})\s*$")


def _people_before(units: str) -> tuple[list[str], int]:
    """The people written before the units of a clause (``吕维峰副省长、省发展改革委总牵头``: a leader and the
    unit he leads through), and where the units start; a person is never a unit."""
    names: list[str] = []
    for a, piece in split_top_level(units, "、"):
        m = _named_post().match(piece)
        if m is None:
            return names, a
        names.append(m.group("name"))
    return names, len(units)  # people only: 吕某某副省长负责


def _clauses(s: str) -> list[tuple[int, str]]:
    """Clauses of ``s`` split on punctuation and on spaces after a role verb (``X牵头 Y配合``), outside brackets;
    a space inside a name (``省乡村振兴 局``, a line broken in the source) splits nothing."""
    verbs = tuple(v for v, _ in styles.vocab().verbs)

    def gap(m: re.Match[str]) -> str:
        return "，" + m.group()[1:] if s[: m.start()].endswith(verbs) else m.group()

    spaced = _CJK_GAP.sub(gap, s)  # same length: offsets hold
    return [(a, s[a : a + len(piece)]) for a, piece in split_top_level(spaced, "，；。,;")]


#: the work a closing sentence refers back to (此项工作由X负责组织，Y具体实施。, 以上任务由X牵头，Y配合。)
_BACK_TOPIC = re.compile(
    r"^(?:此项|该项|这项|本项|上述|以上|上列|这些|此类)(?:各项)?(?:工作|任务|措施|项目|事项)?(?=由)"
)


def attribution_line(s: str, offset: int, convention: str | None = None) -> Mark | None:
    """A sentence standing on its own after an item that only says who does it (``由X负责，Y配合。``, ``此项工作由X负责
    组织，Y、Z具体实施。``): the mark closing that item, as a bracket would, never a task of its own."""
    body = s.strip().rstrip("。；;")
    if not body or re.search(r"[。；;！？!?]", body):
        return None
    at = offset + len(s) - len(s.lstrip())
    back = _BACK_TOPIC.match(body)
    if back is not None:
        body, at = body[back.end() :], at + back.end()
    if not body.startswith("由"):
        return None
    return clause_list(body, at, convention)


def mark_of(s: str, offset: int, convention: str | None = None, bare: bool = False) -> Mark | None:
    """What a bracket's content or a stand-alone line says about units: a labelled list or a clause list,
    and with ``bare`` also a plain list of unit names (responsible; the first group leads when the
    document says so)."""
    other = next((x.start for x in labels(s) if x.kind == "other" and x.start > 0), None)
    if other is not None:
        s = s[:other]  # 厅内分工：… after the units is another field
    cut = _editorial_tail(s)
    if cut is not None:
        s = s[:cut]  # …会同有关部门。列第一位的为牵头部门，其他…按职责分工负责，下同: the remark is no unit
    lead = len(s) - len(s.lstrip(" \t（(〔[【"))
    body = s.strip("（(〔[【】〕)）] \t。；")
    if balance(body) > 0 and s.startswith(body, lead):  # 〔X，各市（地）、县（市）政府（行署）〕: its own bracket kept
        body = s[lead : lead + _value_end(s[lead:])]
    found = labelled(s, offset, convention, lead) or clause_list(body, offset + lead, convention)
    if not found and bare:
        found = bare_list(body, offset + lead, convention)
    return _posts_apart(found) if found else found


def _posts_apart(mark: Mark) -> Mark:
    """``区住建委（分管副区长）``: the post in brackets after a unit is the unit's leader, no part of its name (the
    unit keeps its span up to the bracket)."""
    units: list[Found] = []
    for f in mark.found:
        m = _BRACKET_TAIL.search(f.mention)
        post = m.group(1) if m else ""
        if m is None or not _a_title(post) or styles.looks_like_unit(post) or is_unit(post):
            units.append(f)
            continue
        units.append(Found(f.mention[: m.start()], f.role, f.start, max(f.start, f.end - len(m.group()))))
        mark.leaders.append(post)
    mark.found = units
    return mark


#: a bracket closing a mention: 区住建委（分管副区长）, 张三（局长）
_BRACKET_TAIL = re.compile(r"[（(]([^（）()]{2,12})[）)]$")


def _editorial_tail(s: str) -> int | None:
    """Where a mark's editorial sentences begin (a convention or a standing remark after the units)."""
    for a, sentence in split_top_level(s, "。；"):
        if a > 0 and (styles.detect_convention(sentence) or any(w in sentence for w in ("下同", "不再", "以下"))):
            return a
    return None


def bare_list(s: str, offset: int, convention: str | None) -> Mark | None:
    """A list of unit names only (``省环保厅、发展改革委，能源局``)."""
    names = unit_names(s, offset, "responsible")
    if not names:
        return None
    first, by_unit, rest = styles.convention_roles(convention, "responsible")
    if first and len(names) > 1:
        names = styles.unit_list(s.replace("会同", "、、"), offset, rest, first_leads=True, first_unit=by_unit)
    return Mark(found=names, start=offset, end=offset + len(s))


# ---------------------------------------------------------------- subjects


@cache
def _verb_alternations() -> tuple[str, str]:
    """The role verbs, modals and manners (longest first) and the modifiers before them, as two alternations:
    the parts both subject patterns are built of."""
    verbs = [v for v, _ in styles.vocab().verbs] + list(words().modals) + list(words().manners)
    alt = "|".join(_word(v) for v in sorted(verbs, key=len, reverse=True))
    mods = "|".join(re.escape(x) for x in words().modifiers)
    return alt, mods


@cache
def _person_post() -> re.Pattern[str]:
    """A person's post (县长, 副市长…) opening a text: built once, not per sentence."""
    return re.compile(f"(?:{words().person_posts})")


@cache
def _verb_subject() -> re.Pattern[str]:
    """``(由)X + modifiers + a role verb, modal or manner``: built once (it was rebuilt per sentence)."""
    alt, mods = _verb_alternations()
    return re.compile(rf"^(?:由|请)?([^，。；：]{{2,100}}?)(?:{mods})*({alt})")


def _verb_subjects(body: str) -> list[tuple[int, int, str, int]]:
    """Where ``body`` may split into a subject and its verb (:func:`_verb_subject`), nearest first: ``(start, end)``
    of the subject, the verb, and where the verb ends. A verb may stand inside the subject's name (牵头 in
    各产业链牵头部门, 负责 in …), so every split is offered, not only the first."""
    m = _verb_subject().match(body)
    if m is None:
        return []
    start = m.start(1)
    out = [(start, m.end(1), m.group(2), m.end())]
    stop = re.search(r"[，。；：]", body)
    limit = stop.start() if stop else len(body)
    skipped = m.end()
    for later in _verb_at().finditer(body, m.end(), limit):
        if not body.startswith(GENERIC_ENDINGS, skipped):
            break  # 足额落实市属高校…: a verb not naming a role (牵头部门) is the sentence's own
        out.append((start, later.start(), later.group(1), later.end()))
        skipped = later.end()
    return out


@cache
def _verb_at() -> re.Pattern[str]:
    """A verb (after modifiers) anywhere: the later splits of :func:`_verb_subjects`."""
    alt, mods = _verb_alternations()
    return re.compile(rf"(?:{mods})*({alt})")


#: words a modal may end without being one (the 要 of 主要责任单位, 重要, 需要; the 将 of 大将)
_NOT_MODAL_BEFORE = {"要": "主重需纲摘概"}


#: words a modal may open without being one (要求: X要求Y… charges Y, the one who asks does not act)
_NOT_MODAL_AFTER = {"要": "求"}


def _word(v: str) -> str:
    """A verb or modal as a pattern: ``要`` not as the tail of 主要/重要 (各主要责任单位要… has its 要 later), nor as
    the head of 要求 (市委、市政府要求各县…: the region's leadership asks, the cadres act)."""
    before, after = _NOT_MODAL_BEFORE.get(v), _NOT_MODAL_AFTER.get(v)
    word = f"(?<![{before}]){re.escape(v)}" if before else re.escape(v)
    return f"{word}(?![{after}])" if after else word


def subject(s: str, offset: int) -> Mark | None:
    """The units an item opens with (``市X局：负责…``, ``市X局 负责…``, ``各有关部门要…``, ``由X牵头，…``), in the
    role their predicate says (``X要…牵头抓总`` leads), with the units of later clauses that only help
    (``…，市督查室搞好配合``); or the post that opens it (``镇级河长每月需要…``: a leader)."""
    return _copied(_kept_subject(s, offset))


#: how many recent answers of :func:`subject` and :func:`_subject` are kept: a paragraph's sentences are asked
#: again (by the cut into pieces, by its helpers, by each piece's task; each clause by the predicate rule)
SUBJECTS_KEPT = 256


@lru_cache(maxsize=SUBJECTS_KEPT)
def _kept_subject(s: str, offset: int) -> Mark | None:
    mark = _copied(_kept_clause_subject(s, offset))
    if mark is None or not mark.found:
        return mark
    return _with_predicate(mark, s, offset)


@lru_cache(maxsize=SUBJECTS_KEPT)
def _kept_clause_subject(s: str, offset: int) -> Mark | None:
    """:func:`_subject`, kept: never changed, only copied (:func:`_copied`) by whoever extends it."""
    return _subject(s, offset)


def _copied(mark: Mark | None) -> Mark | None:
    """A mark whose lists the caller may extend without changing a kept one (its units are frozen)."""
    if mark is None:
        return None
    return replace(mark, found=list(mark.found), leaders=list(mark.leaders), texts=list(mark.texts),
                   labels=list(mark.labels))


#: a purpose clause opening a sentence (为了…，为进一步…): no unit name starts with it
_PURPOSE_OPEN = re.compile(r"为(?:了|进一步)")
#: a clause naming only whom a sanction or a service is aimed at, before 由 and who acts
_AIMED = re.compile(r"^对(?:于)?[^；;。：:]{2,40}?[，,]\s*(?=由)")
#: a clause naming the kind of work a duty is about, before whoever does it (涉及多个部门的事项，牵头单位要…)
TOPIC = r"(?:涉及|凡是|凡|对于)[^，,；;。：:]{2,40}的[\u4e00-\u9fff]{0,2}(?:工作|事项|任务|项目|问题)"
_TOPIC = re.compile(rf"^{TOPIC}[，,]\s*")
#: a clause saying when a duty is done, before whoever does it
_WHEN = re.compile(r"^[^，,；;。：:]{2,18}?(?:后|後|以后|之后|前|以前|时|時|期间|期間)[，,]\s*")


#: a subject, then when it acts (各责任单位要于2月15日前，…; 市X局在月底前，…): not a clause of time before a subject
_DATED = re.compile(
    r"^(?P<units>[^，,；;。：:]{2,14}?)(?:要|应当|应|须|需|将)?(?:于|在)(?=[\d一二三四五六七八九十本今明年月])"
)


def _dated_subject(body: str) -> bool:
    """Whether ``body`` opens with units and the time they act by (``各责任单位要于3月底前，将…``), which
    :data:`_WHEN` would otherwise read as a clause of time before the subject."""
    m = _DATED.match(body)
    if m is None:
        return False
    units = m.group("units")
    return unit_names(units, 0, "responsible") is not None or bool(_helping_group(units, 0))


#: the work a unit leads, written as a noun phrase (林业部门牵头的森林防火、病虫害防治): that unit leads it
LED_WORK = re.compile(r"(?P<units>[^，,；;。：:“”]{2,20}?)牵头的(?=[^，,；;。]{2})")


#: a unit charging another to act (县政府已责成X牵头…, 市政府要求各区…)
_CHARGER = re.compile(r"^(?P<who>[^，。；：,;:]{2,20}?)(?:已|还|也|将|并)?(?:责成|要求)(?=[\u4e00-\u9fff])")


def _proposer(body: str, at: int) -> Mark | None:
    """``会议原则通过由县教育局提出的《…》，请其修改完善后印发实施``: minutes approving a unit's document and
    asking for more work on it; the unit that proposed it does that work."""
    m = words().approved.match(body)
    found = unit_names(m.group("units"), at + m.start("units"), "responsible") if m is not None else None
    by = words().approved_by.match(body) if not found else None
    if by is not None:  # 会议审议通过了《…》，由县应急局按程序印发实施: the unit named acts on it
        found = leading_units(body[by.end() :], at + by.end())
    return Mark(found=found, start=found[0].start, end=found[-1].end) if found else None


def _led_work(body: str, at: int) -> Mark | None:
    m = LED_WORK.match(body)
    found = unit_names(m.group("units"), at, "lead") if m is not None else None
    return Mark(found=found, start=at, end=found[-1].end) if found else None


def _subject(s: str, offset: int) -> Mark | None:
    body = s.lstrip(" \t\n“「『”」』")  # a quoted instruction opens with its subject too (and a quote closed)
    at = offset + len(s) - len(body)
    led = _led_work(body, at) or _proposer(body, at)
    if led is not None:
        return led
    marker = item_marker(body)
    if marker is not None:  # 一、各有关部门要…: the item's marker is not part of its subject
        body, at = body[marker[1] :], at + marker[1]
    pre = words().preamble.match(body)
    if pre:  # 其中，… / 二是…: words before the subject
        body, at = body[pre.end() :], at + pre.end()
        again = words().preamble.match(body)
        if again and not pre.group().rstrip("，, ").endswith(("是", "要")):
            # 会议要求，一是各村要…: a report, then a point
            pre, body, at = again, body[again.end() :], at + again.end()
        if re.match(r"[一二三四五六七八九十]{1,3}[是要]", pre.group()):
            enumerated = leading_units(body, at)  # 一是城关镇加强…: an enumerated duty opens with its unit
            clause = re.split(r"[，,。；;]", body, maxsplit=1)[0]
            if re.search(r"的[^的]{1,12}$", clause) and not re.search(r"要|须|应|将|负责|牵头", clause):
                enumerated = []  # 二是某镇使用柴灶做饭的百余户农户，…: the unit only qualifies who the measure is for
            if enumerated and not _PURPOSE_OPEN.match(body):  # 二是为了提高…，X将…: a purpose, then who acts
                return Mark(found=enumerated, start=at, end=enumerated[-1].end)
        singled = _singled_out(pre.group(), body, at)
        if singled is not None:
            return singled
    aimed = _AIMED.match(body) or _TOPIC.match(body) or (_WHEN.match(body) if not _dated_subject(body) else None)
    during = _DURING.match(body) if aimed is not None else None
    found = unit_names(during.group("units"), at, "responsible") if during is not None else None
    if found:  # 各镇在抓好防汛的同时，要…: who acts opens the clause of when
        return Mark(found=found, start=at, end=found[-1].end)
    if aimed:  # 对考核靠后的单位，由县督查室进行约谈 / 检查结束后，督查室负责…: what it is done to or when, then who
        body, at = body[aimed.end() :], at + aimed.end()
    timed = _timed_subject(body, at)
    if timed is not None:  # X局从下月起，要…
        return timed
    set_off = _set_off(body, at)
    if set_off is not None:  # 各乡镇各有关单位，要紧盯…: the units, a comma, then their duty
        return set_off
    urged = _urged(body, at)
    if urged:  # 督促各乡镇、各有关单位切实…: the units urged act
        return Mark(found=urged, start=at, end=urged[-1].end)
    hosted = _hosted(body, at) or _founded(body, at)
    if hosted is not None:  # X办公室设在县应急局，负责… / 市政府成立X协调小组，…，负责…
        return hosted
    heads = words().unit_posts.match(body)
    units = unit_names(heads.group("units"), at, "responsible") if heads else None
    if heads and units:  # X主要负责同志是第一责任人: the units, and their heads (as written) the leaders
        # (of a list of units, 各乡镇、…和县直各部门主要负责同志: the post, each unit's own)
        said = compact(heads.group()) if len(units) == 1 else heads.group("post")
        return Mark(found=units, leaders=[said], start=at, end=at + heads.end())
    scope = first_prefix(body, words().not_units)
    if scope is not None and re.match(r"(?:还|也|再)?(?:将|要|须|需|应)", body[len(scope) :]):
        return Mark(start=at, end=at + len(scope))  # 自治区将…, 全市要…: a duty of its own, of no one unit
    told = _PLACE_TELLS.match(body)
    if told is not None and is_unit(told.group("place")):
        return Mark(start=at, end=at + told.end("place"))  # 贵州将建立健全…: a place's plans told, no unit's duty
    post = _post_subject(body)
    if post is not None:
        return Mark(leaders=[post], start=at, end=at + len(post))
    # a post opening a clause is no subject here; the clause after the name says whether the person only attends
    # (only a body opening with a post can open with a person: the cheap test first)
    posted = _person_post().match(body) is not None
    person = [p for p in named_people(body[:PREDICATE_WINDOW], posts=False) if p[1] <= MAX_POST_NAME] if posted else []
    if person and body.startswith(person[0][0], person[0][1] - len(person[0][0])):  # 副市长张某某在…批示中要求：
        return Mark(leaders=[person[0][0]], start=at, end=at + person[0][1])
    paired = role_groups(body, at)
    if paired:
        return Mark(found=paired, start=at, end=paired[-1].end)
    opener = words().duty_openers.match(body)
    named = unit_names(opener.group("units"), at + opener.start("units"), "responsible") if opener else None
    if opener and named:  # 指挥部主要任务是：…
        return Mark(found=named, start=at, end=at + opener.end())
    # 市X局：负责… / 1、区住建局。排查…: a unit list as the item's whole first sentence or label
    m = _LABEL_LIST.match(body)
    if m and re.match(r"\s*[：。]", m.group(2)) is not None and _has_text_after(body, m.end()):
        found = unit_names(m.group(1), at + m.start(1), "responsible")
        duties = body[m.end() :].lstrip().startswith(DUTY_OPENERS)  # （2）沈阳警备区。负责协调…: its duties follow
        if found and "。" in m.group(2) and not duties:
            found = found if all(_ends_like(f.mention, words().sentence_units) for f in found) else None
        if found:
            return Mark(found=found, start=at, end=at + m.end())
    if m and m.group(2).strip() == "" and body[m.end() :].startswith(("负责", "牵头")):
        found = unit_names(m.group(1), at + m.start(1), "lead" if body[m.end() :].startswith("牵头") else "responsible")
        if found:
            return Mark(found=found, start=at, end=at + m.end())
    # (会同 and 协同 both hold 同: a body without it is not tried at forty lengths)
    m3 = re.match(r"^(?:由)?([^，。；：]{2,40}?)(?:分别|共同|要|将)?(?=会同|协同)", body) if "同" in body else None
    if m3:  # 区经济信息化局会同区生态环境局建立…: the subject is responsible, its partners assist
        found = unit_names(m3.group(1), at + m3.start(1), "responsible")
        partners = together(body[m3.end() :], at + m3.end())
        if found and partners:
            return Mark(found=found + partners, start=at, end=at + m3.end())
    stated = _stated_subject(body, at)
    if stated is not None:  # X政府是责任主体，要…; X对本地区…负总责
        return stated
    chain = _clause_chain(body, at)
    if chain is not None:  # 由X副市长负责，Y牵头，相关部门配合，尽快完成…: who acts in which role, then the work
        return chain
    roles = _verb_roles()
    for a, b, verb, end in _verb_subjects(body):  # 各产业链牵头部门要…: the 牵头 inside a name is no verb
        a = _past_object(body, a, b)
        role: Role = roles.get(verb, "responsible")
        found = (_role_pair(body[a:b], at + a) or unit_names(body[a:b], at + a, role)
                 or _helping_group(body[a:b], at + a) or _level_group(body[a:b], at + a, role))
        if found:
            found += together(body[end:], at + end)
            return Mark(found=found, start=at, end=at + end)
    grouped = _grouped_subject(body, at)
    if grouped:  # 各市政府，X示范区、Y管委会要…: unit lists apart by commas, one subject
        return Mark(found=grouped, start=at, end=grouped[-1].end)
    acting = _acting_units(body, at)
    if acting:  # 各县政府和开发区管委会建立健全…: a unit list, then what it does
        return Mark(found=acting, start=at, end=acting[-1].end)
    charger = _CHARGER.match(body)
    charged_by = leading_units(body[charger.end() :], at + charger.end()) if charger is not None else []
    if charger is not None and charged_by and unit_names(charger.group("who"), at, "responsible"):
        # 县政府已责成县农业农村局牵头制定…: the unit charged acts, the one charging only charges
        return Mark(found=charged_by, start=at + charger.end(), end=charged_by[-1].end)
    charge = first_prefix(body, words().charges)
    if charge is not None:  # 请县融媒体中心通过…: a charge names who must act, whatever the verb
        charged = leading_units(body[len(charge) :], at + len(charge))
        if charged:
            return Mark(found=charged, start=at, end=charged[-1].end)
    if body.startswith("由"):  # 由县发展改革局汇总后报送…: 由X opening a sentence names who acts, whatever the verb
        said = _opening_attribution(body, at)
        if said is not None:  # 由X副市长负责，Y牵头，Z配合，尽快完成…: the clauses before the duty give the roles
            return said
        agent = leading_units(body[1:], at + 1)
        if agent:
            return Mark(found=agent, start=at, end=agent[-1].end)
    return _topic_agent(body, at) or _opening_group(body, at)


#: the words a group is named by (各乡镇, 相关部门, 有关单位): a group opening a sentence is its subject
_GROUP_OPEN = re.compile(r"(?:各|相关|有关)")
#: how long a group opening a sentence may be (各乡镇政府所在地集镇, 各地各单位)
MAX_OPENING_GROUP = 16


def _opening_group(body: str, at: int) -> Mark | None:
    """``各地各单位月底前要报送…``, ``各县在5个工作日内完成…``, ``相关部门尽快制定…``: a group opening a sentence, then
    when or how it acts and what it does, is the subject of that duty, modal or not (news and minutes write their
    requirements so). Not a group that is only what the sentence is about (各地区的…, 各乡镇、…) nor one reported
    acting (各乡镇开展了…), nor one at a meeting (各乡镇负责人参加会议)."""
    if not _GROUP_OPEN.match(body):
        return None
    end = next((m.start() for m in re.finditer(r"[，,。；;：:！!？?]", body)), len(body))
    # a preposition, a modal or 的 ends the group (各县政府和园区管委会|对本地…, 各县|在5个工作日内)
    stop = re.search(r"[对在于向把给从按将由的要须应需必务]", body[2:end])
    last = 2 + stop.start() if stop is not None else end
    best: list[Found] = []
    ends = _unit_ends()
    for e in range(2, min(last, MAX_OPENING_GROUP) + 1):
        if body[e - 1] not in ends and body[e - 1] not in ")）" + GROUP_PLACES:
            continue  # 各区|在10个工作日内: a group ends like a unit (or a place: 各地|进一步…)
        found = unit_names(body[:e], at, "responsible")
        if found and found[-1].end - at == e:
            best = found
    if not best:
        return None
    rest = body[best[-1].end - at : end]
    if rest[:1] in "的和及与等（(" or "、" in rest or len(compact(rest)) < 4:
        return None  # 各地区的…; 各省级住房城乡|建设(水务)、…: no group of its own there
    sentence = re.split(r"[。；;]", body, maxsplit=1)[0]
    if compact(sentence).endswith(("情况", "现象")):
        return None  # 各乡镇森林防火责任制落实情况，…物资储备情况: what is checked, no duty
    if meeting_act(rest) or words().reported.match(rest):
        return None
    return Mark(found=best, start=at, end=best[-1].end)


#: a place alone telling what it will do or holding a meeting (贵州将建立健全…, 某镇将用百日时间…, 某市召开会议…):
#: news of the place as a whole,
#: no unit charged (a place charged says 要: 镇宁县要统一思想; an organ that 将 act is charged: 县督查室将跟踪; a place
#: that 还将 act goes on from duties named before it: 此外，中洲镇还将扎实推进…, as its key has it)
_PLACE_TELLS = re.compile(
    r"^(?!各|有关|相关)(?P<place>[\u4e00-\u9fff]{1,8}?[省市县区州盟旗镇乡])"
    r"(?:(?:今年|明年)?将(?![^，。；]{0,4}?(?:负责|牵头))|召开|举行|举办)"
)


#: the work a duty is about, then 由 and who does it (省属工程由省直主管部门负责, 日常工作由市X局承担); not the 由
#: of 自由贸易区
_OBJECT_BY = re.compile(r"^[^由，,、；;。：:]{2,16}?(?<!自)由(?=[^由]{2})")


def _past_object(body: str, a: int, b: int) -> int:
    """Where the subject in ``body[a:b]`` starts once the work it is about is set aside: ``县属工程由各乡镇人民政府
    负责实施`` is the townships' duty, and 县属工程 is what it is about, never part of a unit's name."""
    m = _OBJECT_BY.match(body, a, b)
    if m is None or unit_names(body[m.end() : b], 0, "responsible") is None:
        return a
    return m.end()


#: words singling out one subject among those just named (…。特别是牵头单位，要…; 尤其是各乡镇，要…)
_SINGLING = re.compile(r"(?:特别是|尤其是)[，,]?\s*$")
#: the subject singled out, set off by a comma before its modal
_SET_OFF = re.compile(r"^(?P<units>[^，。；：,;:]{2,20}?)[，,]\s*(?=要|应当|应|须|必须|务必)")


#: a subject, then from when it acts, set off by a comma before its modal (X局从下月起，要…)
_FROM = re.compile(
    r"^(?P<units>[^，。；：,;:]{2,20}?)(?:从|自)[^，,。；;]{2,16}?(?:起|开始)[，,]\s*(?=要|应当|应|须|必须|将)"
)


#: units, then the date by which they act, then the act (县水务局2024年底前完成…, 某市2025年6月底前建成…)
_DUE_BY = re.compile(
    r"^(?P<units>[^，。；：,;:\d]{2,20}?)(?:要|将|须|应)?(?:于|在)?\d{4}年(?:\d{1,2}月)?(?:年底|年末|底|末|上半年|下半年)?"
    r"(?:前|以前|之前)[，,]?\s*(?=[\u4e00-\u9fff])"
)


#: units opening a clause of when they act (各镇在抓好防汛的同时，…; X在接到通知后，…)
_DURING = re.compile(r"^(?P<units>[^，,；;。：:在]{2,16}?)在[^，,；;。：:]{2,16}?(?:同时|时|后|前|期间)[，,]")


def _timed_subject(body: str, at: int) -> Mark | None:
    """``各牵头单位从明年起，要按季度报送…``: units, the time from which they act, then their duty; or
    ``市住建局2023年底前完成…``: units, the date by which they act, then the act."""
    m = _FROM.match(body) or _DUE_BY.match(body)
    if m is None:
        return None
    units = m.group("units")
    found = unit_names(units, at, "responsible") or _helping_group(units, at, ("lead", "responsible"))
    return Mark(found=found, start=at, end=found[-1].end) if found else None


def _set_off(body: str, at: int) -> Mark | None:
    """``会议强调，各乡镇各有关单位，要紧盯…``: units set off by a comma before the modal are its subject, as
    speeches and minutes write them (the words before the comma must name units, nothing else)."""
    m = _SET_OFF.match(body)
    found = unit_names(m.group("units"), at, "responsible") if m is not None else None
    return Mark(found=found, start=at, end=found[-1].end) if found else None


def _singled_out(pre: str, body: str, at: int) -> Mark | None:
    """``特别是牵头单位，要强化责任担当，统筹相关责任单位…``: the subject a sentence singles out, a comma before its
    modal, is the unit of that duty (the singling word is no part of it)."""
    m = _SET_OFF.match(body) if _SINGLING.search(pre) else None
    if m is None:
        return None
    units = m.group("units")
    found = unit_names(units, at, "responsible") or _helping_group(units, at, ("lead", "responsible"))
    return Mark(found=found, start=at, end=found[-1].end) if found else None


def _urged(body: str, at: int) -> list[Found]:
    """``督促各乡镇、各有关单位切实…``: the units a clause urges, when a modal or a manner word says what they must
    do (not ``督促所属单位建立…`` or ``督促检查…``, the writer's own duty of oversight)."""
    urge = first_prefix(body, words().urges)
    if urge is None or not modal_subject(body):
        return []
    return leading_units(body[len(urge) :], at + len(urge))


#: the matter a sentence opens with, then the 由 naming who acts on it (有关…的要求由X局另行通知; not 自由,
#: 理由, 由于, 由此)
_TOPIC_BY = re.compile(r"^[^，。；：,;:]{2,40}?(?<![自理缘经])由(?![于此衷])")


def _topic_agent(body: str, at: int) -> Mark | None:
    """``有关…项目的管理要求由X局另行通知。``: the matter first, then 由X and what X
    does: X acts (in the role its verb gives, 由X牵头负责 leads), not ``由X负责的第N件``, a description."""
    m = _TOPIC_BY.match(body)
    if m is None or body[m.end() - 2 : m.end() - 1] in "需须应可" or words().listed.search(body):
        return None  # 做好需由国务院组织处理的…: a description; 有4项由X牵头，分别是…: read by listed()
    agent = leading_units(body[m.end() :], at + m.end())
    if not agent:
        return None
    rest = body[agent[-1].end - at :]
    clause = re.split(r"[，。；,;]", rest, maxsplit=1)[0]
    if rest[:1] in "、和及与等" or "的" in clause or len(compact(rest)) < 2:
        return None  # 由X局负责的第N件: a description of the matter, no duty
    verb = next((r for v, r in styles.vocab().verbs if rest.startswith(v)), None)
    found = [Found(f.mention, verb, f.start, f.end) for f in agent] if verb else agent
    return Mark(found=found, start=at + m.end() - 1, end=agent[-1].end)


#: a subject said to be the body in charge before its duties (X是责任主体，要…; X是本市…的主管部门，负责…)
_COPULA_DUTY = re.compile(
    r"^(?P<units>[^，。；：]{2,40}?)是[^，。；：]{2,40}?[，,]\s*(?:并)?(?:要|负责|应当|应|须|必须|将)"
)
#: a subject said to answer for the work (各乡镇是秸秆禁烧工作的责任主体; X是…的第一责任单位)
_NAMED_IN_CHARGE = re.compile(
    r"^(?P<units>[^，。；：]{2,40}?)(?:是|为)[^，。；：]{0,30}?(?:责任主体|实施主体|工作主体|第一责任单位|主体责任单位|直接责任单位)(?=[，,。；;]|$)"
)
#: a subject answering for a scope (X对本区域…负总责; X对本行政区域内…实施统一监督管理)
_ANSWERS_FOR = re.compile(
    r"^(?P<units>[^，。；：对]{2,40}?)对[^，。；]{2,60}?(?:负总责|负责|负主体责任|负首要责任|负直接责任|负领导责任|"
    r"实施|履行|承担)"
)

#: a subject bearing a responsibility outright (林场负森林管护的直接责任, 各乡镇负总责, 村党支部承担直接责任)
_BEARS = re.compile(
    r"^(?P<units>[^，。；：对]{2,40}?)(?:要|应当|应|须|必须)?(?:负(?!责)|承担|履行)[^，。；]{0,24}?责(?:任)?(?=[，,。；;]|$)"
)


def stated_subject(body: str, at: int) -> Mark | None:
    """:func:`_stated_subject` for a clause inside a sentence (``要压实属地责任，各乡镇是…的责任主体``)."""
    return _stated_subject(body.lstrip(), at + len(body) - len(body.lstrip()))


def _stated_subject(body: str, at: int) -> Mark | None:
    """``各试点县政府是责任主体，要…``, ``X部门是本市…的主管部门，负责…`` (a unit said to be in
    charge, then its duties) and ``各级党委、政府对本地区…工作负总责``, ``X部门对本行政区域内…实施
    统一监督管理`` (a unit answering for a scope): the subject of a duty, the way laws and 职责 lists write it."""
    for pattern in (_COPULA_DUTY, _ANSWERS_FOR, _BEARS, _NAMED_IN_CHARGE):
        m = pattern.match(body)
        if m is None:
            continue
        found = unit_names(m.group("units"), at + m.start("units"), "responsible")
        if found:
            return Mark(found=found, start=at, end=found[-1].end)
    return None


#: clauses of role assignment a sentence may open with before its work (由X负责，Y牵头，Z配合，W参与)
MAX_CHAIN = 6


def _clause_chain(body: str, at: int) -> Mark | None:
    """``由某副市长负责，市X局牵头，相关部门配合，尽快完成…``: a sentence opening with two or more clauses
    that each only say who acts in which role (a leader's post, a lead, the helpers) before the work itself.
    The longest such run reads as a clause list, so the person is a leader (never a unit ``某副市``) and
    each unit keeps the role its own verb gives it. The matter assigned may come first (``污水处理厂项目由X副市长
    负责，Y牵头，…``): the run starts at its 由."""
    sentence = re.split(r"[。；;！？!?]", body, maxsplit=1)[0]
    if sentence.count("，") + sentence.count(",") < 2:  # (three clauses need two commas: no split to tell)
        return None
    clauses = split_top_level(sentence, "，,")
    if len(clauses) < 3:
        return None
    by = clauses[0][1].rfind("由")
    cut = clauses[0][0] + by if by > 0 and clauses[0][1][by - 1] not in "自理缘经" else 0
    best: Mark | None = None
    for k in range(2, min(len(clauses), MAX_CHAIN + 1)):  # a clause of work must follow the run
        run = _clause_run(sentence[cut : clauses[k][0]].rstrip("，, "), at + cut)
        if run is None:
            break  # a clause that says more: every longer run holds it too
        if run[0].found and not run[1]:
            best = run[0]
    return best


#: the first enumerator of a run of measures in running prose (…工作。一是…；二是…), at a sentence's start
_FIRST_ENUMERATOR = re.compile(r"(?:^|(?<=[。：:；;]))\s*一是")


def enumeration_subject(s: str, offset: int, before: bool = False) -> Mark | None:
    """``为…，某乡采取有效措施扎实开展禁烧工作。一是…；二是…``: a report or a plan naming the unit
    that acts once, in the sentence right before its enumerated measures, makes that unit responsible for each of
    them. The unit opens a clause of that sentence (after a purpose clause, say) and goes straight on to what it
    does (not 的, not more of a list). With ``before``, ``s`` is the text right before the enumeration."""
    m = _FIRST_ENUMERATOR.search(s)
    if before:
        head = s
    elif m is None or m.start() == 0:
        return None
    else:
        head = s[: m.start()]
    start = max((x.end() for x in re.finditer(r"[。！？!?；;]", head.rstrip("。：: "))), default=0)
    if meeting_act(head[start:]) or re.search(r"要求(?:如下)?[：:。]?\s*$", head):
        # 某镇在会议室召开…会议。会议要求，一是…; X局副局长某某…，重点强调三点。一是…: who met or spoke;
        # …，有关要求如下：一要…; X向Y反馈，提出了整改时限和要求。一是…: what is required follows, of nobody named
        return None
    for a, clause in split_top_level(head[start:], "，,"):
        body = clause.lstrip()
        marker = item_marker(body)
        if marker is not None:  # （一）社会保障托底工程。一是…: a heading's marker opens no unit
            body = body[marker[1] :].lstrip()
        at = offset + start + a + len(clause) - len(body)
        if re.match(rf"[\u4e00-\u9fff]{{2,3}}(?:{words().person_posts})", body):
            continue  # 刘某某副县长要求：一是…: a person speaks, no unit acts
        found = leading_units(body, at) if re.match(r"[\u4e00-\u9fff]", body) else []
        if not found or found[-1].end - at >= len(body):
            continue
        rest = body[found[-1].end - at :]
        if re.match(r"(?:仍|还|也|均)?(?:存在|出现|发现|有)", rest):
            continue  # 周边地区出现建筑垃圾堆存点。一是…: a finding about a place, the measures are not its
        if rest[:1] not in "的、和及与等（(" and len(compact(rest)) >= 4:
            return Mark(found=found, start=at, end=found[-1].end)
    return None


#: a speaker charging a group, its numbered musts following at once in the same clause (王某某要求各村一要摸清底数)
_ADDRESSED_LIST = re.compile(r"^[^，,。；;：:]{0,30}?(?:要求|责成|督促|号召)(?P<units>[^，,。；;：:“”]{2,30}?)[：:]?\s*"
                             r"(?:一要|一是|一必须|首先要)")


#: …the same with the list on after a colon, cut off from it (会议要求各乡镇、各有关部门： / 一要…；二要…)
_ADDRESSED_INTRO = re.compile(
    r"^[^，,。；;：:]{0,30}?(?:要求|责成|督促|号召)(?P<units>[^，,。；;：:“”]{2,30}?)[：:]\s*$"
)


def addressed_enumeration(s: str, offset: int) -> Mark | None:
    """``副县长王某某要求各村一要摸清底数…；二要…；五是…``: a report of a meeting where a speaker (a person
    or a post) charges a group and lists its duties right after. The group addressed is responsible for each
    enumerated duty; the speaker only speaks and is no unit. Only every name between the verb and the first
    enumerator being a unit counts (要求严格落实一要…: no group)."""
    body = s.lstrip()
    at = offset + len(s) - len(body)
    m = _ADDRESSED_LIST.match(body) or _ADDRESSED_INTRO.match(body)
    if m is None:
        return None
    found = unit_names(m.group("units"), at + m.start("units"), "responsible")
    if not found or found[-1].end != at + m.end("units"):
        return None
    return Mark(found=found, start=found[0].start, end=found[-1].end)


def _opening_attribution(body: str, at: int) -> Mark | None:
    """``由杨志武副市长负责，市发改委牵头，相关部门配合，尽快完成…``: the longest run of opening clauses that only say
    who acts (a leader, the lead, the helpers), read as a closing mark would be; None when the first says more."""
    cuts = [m.start() for m in re.finditer(r"[，,]", body[:PREDICATE_WINDOW])]
    for cut in reversed(cuts):
        mark = clause_list(body[:cut], at)
        if mark:
            return mark
    return None


def opening_units(s: str, offset: int) -> Mark | None:
    """``各县政府和开发区管委会建立健全…``: the sentence after an item's title opening with units that go straight
    on to what they do (no 要): those units, the longest reading that ends like an office and is followed by
    neither 的 nor more of a list."""
    body = s.lstrip()
    at = offset + len(s) - len(body)
    if not body.startswith(tuple(OPENING_HEADS)) or item_marker(body) is not None:
        return None  # a unit opening a sentence names its level (市…, 各…); 4月下旬市政府… opens with a date
    clause = re.search(r"[，。；：,;:]", body)
    limit = min(len(body), MAX_OPENING_UNITS, clause.start() if clause else len(body))
    for e in range(limit, 1, -1):
        if not body[:e].endswith(words().sentence_units) or body[e : e + 1] in "的、和及与（(":
            continue
        found = unit_names(body[:e], at, "responsible")
        if found and all(f.mention.endswith(words().sentence_units) for f in found):
            return Mark(found=found, start=at, end=at + e)
    return None


@cache
def _founded_body() -> re.Pattern[str]:
    """A founding verb and the body it sets up, with its declared short name (built once, not per sentence)."""
    w = words()
    verbs = "|".join(r"\s*".join(v) for v in w.founding)  # 成 / 立…: a line broken inside the verb
    kinds = "|".join(sorted({*w.bodies, "办公室", "委员会"}, key=len, reverse=True))
    short = r"(?:[（(]简称(?P<short>[^）)]{2,10})[）)])?"
    return re.compile(rf"(?:{verbs})(?P<body>[^，。；：、,;:]{{0,40}}?(?:{kinds})){short}")


def founded_body(s: str, offset: int) -> Found | None:
    """The body a notice sets up (``特成立X领导小组``, ``成立…管理办公室（简称交管办）``, ``一、成立领导小组``), by
    the name the text goes on to use: its short name when it declares one, else as written."""
    m = _founded_body().search(s)
    if m is None:
        return None
    key = "short" if m.group("short") else "body"
    sp = trimmed_span(s, m.start(key), m.end(key), offset)
    return Found(compact(m.group(key)), "responsible", sp.start, sp.end)


#: a line of a working body's roster: an optional rank label (组 长：, 副组长：, 成 员：) and people, each with
#: their post in brackets (李某(党委委员、副镇长) 黎某(新伦村)); nothing else
_ROSTER_RANK = r"(?:常务)?(?:副)?(?:组\s*长|主\s*任|指\s*挥\s*长|总\s*指\s*挥)|成\s*员|组\s*员"
_ROSTER_PERSON = r"[\u4e00-\u9fff·]{2,4}\s*[（(][^（）()]{2,30}[）)]"
_ROSTER_LINE = re.compile(rf"^\s*(?:(?:{_ROSTER_RANK})\s*[：:]\s*)?(?:{_ROSTER_PERSON}\s*)+$")
_ROSTER_NAME = re.compile(r"([\u4e00-\u9fff·]{2,4})\s*[（(][^（）()]{2,30}[）)]")


def roster_people(s: str, ranked: bool = True) -> list[str]:
    """The people of a roster line (``组 长：李某(党委委员、副镇长)``; with ``ranked`` false also a line going on
    from one, ``吴某(锦标村) 黎某(三墩村)``), in order; none when the line is anything else."""
    if "\n" in s.strip() or _ROSTER_LINE.match(s) is None:
        return []
    if ranked and re.match(rf"^\s*(?:{_ROSTER_RANK})\s*[：:]", s) is None:
        return []
    body = re.sub(rf"^\s*(?:{_ROSTER_RANK})\s*[：:]", "", s)
    names = [m.group(1) for m in _ROSTER_NAME.finditer(body)]
    return [n for n in names if _a_name(n) and not is_unit(n)]


#: a working body's office and the unit that houses it, before what the office does (…办公室设在X，负责…; the
#: usual formula 领导小组下设办公室，办公室设在X，…)
_HOSTED = re.compile(
    r"^(?:[^，。；：]{2,30}?下设[^，。；：]{0,10}?办公室[，,]\s*)?"
    r"(?P<office>[^，。；：\s]{2,30}?)(?:设在|设于)(?P<host>[^，。；：]{2,30}?)(?=[，,]\s*\S)"
)


def _hosted(body: str, at: int) -> Mark | None:
    """``领导小组办公室设在县应急局，由某同志任主任，负责…``, ``办公室设在市科技局，负责专班的日常工作``: the unit
    housing the office answers for its work (its staff are that unit's; the office is its desk, named by the
    body it serves). Only with the office's duties after it: ``X设在Y。`` alone says where a body sits, no one's
    duty."""
    m = _HOSTED.match(body)
    if m is None:
        return None
    host = unit_names(m.group("host"), at + m.start("host"), "responsible")
    if not host:
        return None
    office = unit_names(m.group("office"), at + m.start("office"), "responsible")
    if office and len(office) == 1 and _own_office(office[0].mention, host):
        return Mark(found=office, start=at, end=at + m.end())  # 市禁烧办设在市农业农村局，负责…: the office acts
    if office is None and not compact(m.group("office")).endswith(("办公室", "办")):
        return None  # X中心原则上设在…: a provision on where a body may sit, not an office's duty
    return Mark(found=host, start=at, end=at + m.end())


def _own_office(office: str, host: list[Found]) -> bool:
    """Whether an office housed in ``host`` acts itself: one known by its own short name (市禁烧办), the standing
    office of a joint meeting or a command (联席会议办公室设在市农委，负责…), or any office housed in a whole
    government (领导小组办公室设在南康镇政府: the government houses it, the office does the work). A leading
    group's desk housed in a department is that department's staff at work (小组办公室设在县应急局)."""
    desk = compact(office).endswith(("小组办公室", "小组办"))
    in_government = all(compact(f.mention).endswith("政府") for f in host)
    return _named_office(office) or not desk or in_government


def _named_office(name: str) -> bool:
    """An office known by its own short name (``市禁烧办``, ``县防汛办``, ``区创城办``), which the plan
    goes on to charge by that name: it answers for its duties itself, unlike a group's desk
    (``领导小组办公室``) that its host staffs."""
    core = compact(name)
    short = len(core) <= MAX_NAMED_OFFICE and "小组" not in core
    return short and core[0] in "省市县区镇乡州旗" and core.endswith("办")


#: the longest short name of an office (市禁烧办, 市大气污染防治办): longer ones are a group's desk written out
MAX_NAMED_OFFICE = 8


@cache
def _verb_roles() -> dict[str, Role]:
    """The role each verb of data/styles.toml gives its subject (made once, not for every clause)."""
    return dict(styles.vocab().verbs)


#: a unit list as the whole first sentence or label of an item (市X局：负责… / 1、区住建局。排查…)
_LABEL_LIST = re.compile(r"^(?:由)?([^，。；：、\s]{2,30}(?:[、][^，。；：、\s]{2,30}){0,8}?)(\s*[：。]|\s+(?=\S))")


#: a subject, then one singled out of it, then their modal (各成员单位，尤其是各行业主管部门，也要…)
_SINGLED_IN_LIST = re.compile(
    r"^([^，。；：,;:]{2,30}?)[，,]\s*(?:特别是|尤其是)([^，。；：,;:]{2,30}?)[，,]?\s*(?:都|也|更)?(?=要|必须|务必)"
)


def _grouped_subject(body: str, at: int) -> list[Found]:
    """A subject written as unit lists apart by commas before its modal (``各市政府，X示范区、Y港区管委会要
    切实扛牢属地责任``): every list is the subject, the comma no clause break."""
    m = (re.match(r"^([^。；：]{2,80}?)[，,]\s*([^，。；：]{2,60}?)(?<![主重需])(?:要|必须|务必)(?=[^，。；]{2,})",
                  body)
         if re.search("要|必须|务必", body) else None)  # no modal: not tried at every length of both lists
    m = _SINGLED_IN_LIST.match(body) or m  # 各单位，特别是各主管部门，都要…: the one singled out too
    if m is None:
        return []
    one = unit_names(m.group(1), at, "responsible")
    two = unit_names(m.group(2), at + m.start(2), "responsible") if one else None
    return [*one, *two] if one and two else []


def _acting_units(body: str, at: int) -> list[Found]:
    """A sentence opening with a unit list right before a verb of duty (``各县政府和开发区管委会建立健全工作机制``,
    ``市X办统一印发…``): the units act, though no modal says so. A sentence with no such verb where a leading
    list can end is settled before the list is looked for."""
    acts, reach = _acts_near()
    if acts.search(body, 0, reach) is None:
        return []
    units = leading_units(body, at)
    if not units or any(re.search(r"(?<![自理缘经])由", f.mention) for f in units):
        return []  # 所需资金由县财政统筹解决: the matter, then 由 and who acts (read by _topic_agent)
    rest = body[units[-1].end - at :]
    if re.match(r"[\u4e00-\u9fff]{2}(?:有力|得力|不力|到位|不到位|不够|较好|扎实|明显|滞后|缓慢)[，,。；;]", rest):
        return []  # 城关镇、新集镇组织有力，成效明显: how they did, an evaluation, no duty
    return units if rest.startswith(words().acts) else []


@cache
def _acts_near() -> tuple[re.Pattern[str], int]:
    """Any verb of duty (:func:`_acting_units`), and how far into a sentence one may end right after its leading
    list (the longest list :func:`leading_units` reads, closed by a generic ending, then the longest verb)."""
    acts = words().acts
    reach = MAX_LEADING_UNITS + max(map(len, GENERIC_ENDINGS)) + max(map(len, acts), default=0)
    return re.compile("|".join(re.escape(a) for a in acts)), reach


@cache
def _founding_pattern() -> re.Pattern[str]:
    w = words()
    verbs = "|".join(re.escape(v) for v in w.founding)
    bodies = alternation({*w.bodies, "协调小组", "委员会", "办公室"})
    return re.compile(rf"^[^，。；：]{{0,20}}?(?:{verbs})(?P<body>[^，。；：“”]{{2,40}}?(?:{bodies}))[，,]")


def _founded(body: str, at: int) -> Mark | None:
    """``市政府成立X工作协调小组，由分管副市长担任组长，…，负责…的总体指导``: the body set up is
    the unit whose duties the sentence goes on to give (only when it says 负责: a body set up is no duty)."""
    m = _founding_pattern().match(body)
    if m is None or re.search(rf"(?:要|应当|应|须|必须|需)(?:{'|'.join(words().founding)})$", body[: m.start("body")]):
        return None  # 各县政府要成立X专班，…负责…: the duty is the subject's, to set the body up
    sentence = re.split(r"[。；]", body[m.end() - 1 :], maxsplit=1)[0]  # from the comma: X下设Y，负责…
    if not re.search(r"[，,]\s*(?:并)?负责", sentence):
        return None
    found = unit_names(m.group("body"), at + m.start("body"), "responsible")
    return Mark(found=found, start=at, end=at + m.end()) if found else None


def duty_head(s: str) -> list[str]:
    """The people a line names as heads of a working body (``组长：王某 刘某``), else nothing."""
    m = re.match(r"^\s*(?P<post>[^：:]{2,8}?)\s*[：:]\s*(?P<names>.+?)\s*$", s)
    if m is None or compact(m.group("post")) not in words().duty_heads:  # 组  长：the post spaced out
        return []
    ranked = [_RANKED.fullmatch(p.name) for p in split_people(m.group("names"))]
    named = people(m.group("names")) or [r.group(1) for r in ranked if r is not None]
    return [n for n in named if _a_name(n)]


#: ``李健华（党委委员、副镇长）``: a name with its rank or office in brackets
_RANKED = re.compile(r"([\u4e00-\u9fff]{2,3})[（(][^（）()]{2,20}[）)]")


def listed(s: str, offset: int) -> Mark | None:
    """``…共计10项，其中4项由省X厅牵头，分别是A；B；C。``: a count of items given to a unit and then the items
    themselves; the unit has that role in what follows, though it is not the sentence's subject."""
    m = words().listed.search(s)
    if m is None:
        return None
    role: Role = dict(styles.vocab().verbs).get(m.group("verb"), "responsible")
    found = unit_names(m.group("units"), offset + m.start("units"), role)
    return Mark(found=found, start=offset + m.start(), end=offset + m.end()) if found else None


@cache
def _post_pattern(in_clause: bool = False) -> re.Pattern[str]:
    w = words()
    posts = alternation(_posts(in_clause))
    acts = [*w.modals, *w.manners, *(v for v, _ in styles.vocab().verbs), *w.post_acts]
    acts += list(w.clause_post_acts) if in_clause else []
    alt = alternation(acts)
    one = rf"[^，。；：、\s]{{0,20}}?(?:{posts})[”’\"]?"  # 市(州)“河长”于…: quoted too
    listed = rf"(?:{one}、\s*)*" if in_clause else ""  # 总河长、副总河长负责…: several posts, each a holder
    return re.compile(rf"^({listed}{one})(?={alt})")


#: how far into a sentence the first post of :func:`_post_pattern` may start (its ``{0,20}``)
POST_REACH = 20


@cache
def _post_words(in_clause: bool = False) -> re.Pattern[str]:
    """Any post of :func:`_posts`: a sentence without one near its start has no post subject."""
    return re.compile("|".join(re.escape(p) for p in _longest_posts(in_clause)))


def _posts(in_clause: bool = False) -> tuple[str, ...]:
    return (*words().posts, *words().clause_posts) if in_clause else words().posts


def post_subject(body: str, in_clause: bool = False) -> str | None:
    """:func:`_post_subject` for the engine: the post a sentence opens with as its subject, if any."""
    return _post_subject(body, in_clause)


def _post_subject(body: str, in_clause: bool = False) -> str | None:
    """A post as the subject of a sentence (``镇级河长每月需要…``, ``县政府领导将…``): the post as written; with
    ``in_clause`` also the posts and predicates only a clause inside an item opens with (``主要领导负总责``)."""
    if _post_words(in_clause).search(body, 0, POST_REACH + len(_longest_posts(in_clause)[0])) is None:
        return None  # no post within reach of the start (most sentences): the pattern's 21 tries each skipped
    m = _post_pattern(in_clause).match(body)
    if m is None:
        return None
    return m.group(1) if all(_post_holder(p.strip(), in_clause) for p in m.group(1).split("、")) else None


def _post_holder(post: str, in_clause: bool = False) -> bool:
    """A post as written that names its holder: 镇级河长, 县政府领导, 各河长, 副县长, 市(州)“河长” (a level or a unit
    before it; inside an item also 主要领导, 分管领导), not a phrase ending in one (实行县政府分线领导)."""
    post = post.rstrip("”’\"")
    end = next((p for p in _longest_posts(in_clause) if post.endswith(p)), None)
    if end is None:
        return False
    head = _POST_NOTE.sub("", post[: -len(end)])  # 市(州)“河长”: the level is 市
    if head.startswith(_not_post_heads()):
        return False  # 协助省政府领导同志: what a unit does for the post's holder
    if "由" in head:
        return False  # 县级总河长由县委书记、县长担任: who holds a post, said of another post, is no post's name
    units = leading_units(head, 0) if len(head) <= MAX_POST_HEAD else []
    # 县政府分线领导: the units are all the head holds (各单位要按“一把手” is a clause, not whose post it is)
    rest = compact(head[units[-1].end :]).removesuffix("的") if units else ""
    unit_head = bool(units) and (not rest or (len(rest) <= 2 and not any(m in rest for m in words().modals)))
    level = words().clause_post_level if in_clause else words().post_level
    return not head or level.fullmatch(head) is not None or unit_head


#: a short bracket or a quote in a post as written (市(州)“河长”)
_POST_NOTE = re.compile(r"[（(][^（）()]{1,6}[）)]|[“‘\"]")


@cache
def _longest_posts(in_clause: bool) -> tuple[str, ...]:
    """:func:`_posts`, longest first (built once: asked of every clause)."""
    return tuple(sorted(_posts(in_clause), key=len, reverse=True))


@cache
def _not_post_heads() -> tuple[str, ...]:
    """What a post's head never opens with: a word of :attr:`Words.not_starts` or a role verb."""
    return (*words().not_starts, *(v for v, _ in styles.vocab().verbs))


def _with_predicate(mark: Mark, s: str, offset: int) -> Mark:
    """The subject's role from its own clauses (``…，牵头抓总；`` leads; only ``全力配合`` helps, :attr:`Mark.helps`),
    and, as assisting, the units of the later clauses whose whole duty is to help (``…，市督查室搞好配合。``)."""
    cut = max(0, mark.end - offset)
    rest = s[cut:]
    own = _own_clauses(rest)
    if any(_leads(c) for c in own):  # a group named by its role (各牵头单位) keeps the role the plan gives it
        mark.found = [Found(f.mention, "lead", f.start, f.end) if f.role == "responsible" and not _role_group(f.mention)
                      else f for f in mark.found]
    elif _named_role(mark.found):
        pass  # 责任单位要主动配合，…: a group named by its role keeps the role the plan gives it, a duty of its own
    elif own and any(_mutual(mark.found, c) for c in own):
        pass  # 各县区和有关部门要密切配合 (or …落实监管责任，密切配合): units helping each other, a duty of their own
    elif own and _helps(own[:1]):  # 市财政局要积极配合。 / 配合单位要密切协作，…: its duty is to help
        mark.found = [Found(f.mention, "assist", f.start, f.end) if f.role == "responsible" else f for f in mark.found]
        mark.helps = True
    elif own and _helps(own):
        mark.helps = True
    named = {x.mention for x in mark.found}
    mark.found.extend(f for f in _helped(rest, offset + cut, own) if f.mention not in named)
    named = {x.mention for x in mark.found}
    mark.found.extend(f for f in _steered_groups(rest, offset + cut) if f.mention not in named)
    for m in re.finditer(r"[，,；;。！？!?]", rest):
        p = m.end()
        if m.group() in "，,":  # …将实施动态管理，具体工作由X牵头负责: X acts in the subject's duty, in its verb's role
            topic = _topic_agent(rest[p : p + PREDICATE_WINDOW], offset + cut + p)
            if topic is not None and any(f.role == "lead" for f in topic.found):
                mark.found.extend(f for f in topic.found if f.mention not in {x.mention for x in mark.found})
                continue
        sub = _kept_clause_subject(rest[p : p + PREDICATE_WINDOW], offset + cut + p)
        if sub is None or not sub.found or _named_role(sub.found):
            continue
        after = rest[sub.end - offset - cut :]
        if all(f.role == "assist" for f in sub.found) or _helps(_own_clauses(after)):
            mark.found.extend(Found(f.mention, "assist", f.start, f.end) for f in sub.found)
    return mark


#: a subject's predicate that helps a unit named right after it (也将协助市住建局…, 要积极配合区应急局…)
_HELPS_UNIT = re.compile(r"^\s*(?:也|还)?(?:将|要|会|应)?(?:积极|全力|主动|密切)?(?:协助|配合)")


def _helped(rest: str, at: int, own: list[str]) -> list[Found]:
    """``市城管局也将协助市住建局开展…``: the units a helper helps are responsible for the work it helps with."""
    m = _HELPS_UNIT.match(rest) if own else None
    if m is None:
        return []
    units = leading_units(rest[m.end() :], at + m.end())
    after = rest[units[-1].end - at :] if units else ""
    if not after.startswith((*words().acts, "做好", "抓好", "完成", "做")):
        return []  # 配合项目业主施工方进村做好…: no unit list then the work, a clause of its own
    return [replace(f, role="responsible") for f in units]


@cache
def _steering() -> re.Pattern[str]:
    """A steering verb then a group named by its role (统筹相关责任单位), not a group named by more (其他责任单位,
    whose part the plan says apart)."""
    verbs = "|".join(map(re.escape, words().coordinates))
    return re.compile(rf"(?:{verbs})(?P<group>(?:各|相关|有关)?[\u4e00-\u9fff]{{2,6}}?(?:单位|部门))")


def _steered_groups(rest: str, offset: int) -> list[Found]:
    """``牵头部门要统筹各责任部门拟订方案``: a group the subject steers in its own sentence takes part in the
    duty in the role its label names (相关责任单位: responsible), whatever the subject's own role."""
    stop = re.search(r"[。；;！？!?]", rest)
    out: list[Found] = []
    for m in _steering().finditer(rest[: stop.start() if stop else len(rest)]):
        group = _paired_group(m.group("group"), "", offset + m.start("group"))
        if group is not None:
            out.append(group)
    return out


def _leads(clause: str) -> bool:
    """A clause whose verb is 牵头 (``牵头抓总``, ``要负责牵头…``), not one only naming it (``负责…的牵头抓总``)."""
    w = words()
    c = compact(clause)
    skip = (*w.modals, *w.assist_adverbs, *w.modifiers, "负责")
    while True:
        word = next((x for x in skip if c.startswith(x) and len(c) > len(x)), None)
        if word is None:
            return w.lead_predicate.match(c) is not None
        c = c[len(word) :]


#: two groups named by their roles, joined (牵头单位和责任单位; 各牵头和责任单位, the first sharing the second's ending)
_ROLE_PAIR = re.compile(r"\s*(各?[^和及与\s]{2,8}?)(?:和|及|与)((?:各|相关|有关)?[^和及与\s]{2,8}?(单位|部门))\s*")
#: words before a role label that still name the group of that role (相关责任单位, 各牵头单位)
_GROUP_PREFIX = re.compile(r"^(?:各|相关|有关)")


def _role_pair(s: str, offset: int) -> list[Found]:
    """``牵头单位及配合单位要形成合力``, ``各牵头和责任单位要…``: two groups named by their roles, each in its own
    role. Only a pair dividing the work is two groups (各协作和配合单位, both helping, is one group, as written)."""
    m = _ROLE_PAIR.fullmatch(s)
    if m is None:
        return []
    one = _paired_group(m.group(1), m.group(3), offset + m.start(1))
    two = _paired_group(m.group(2), m.group(3), offset + m.start(2))
    return [one, two] if one and two and one.role != two.role else []


def _paired_group(s: str, ending: str, offset: int) -> Found | None:
    """One group of a pair, in the role its label names: the pair divides the work, so 各牵头单位 leads here
    (alone it is left to its predicate, :func:`_helping_group`); an elliptical 各牵头 takes the other's ending."""
    name = compact(s)
    core = _GROUP_PREFIX.sub("", name)
    role = words().labels.get(core if core.endswith(GENERIC_ENDINGS) else core + ending)
    if role not in ("lead", "responsible", "assist"):
        return None
    sp = trimmed_span(s, 0, len(s), offset)
    return Found(name, cast(Role, role), sp.start, sp.end)


def _named_role(found: list[Found]) -> bool:
    """Units that are all groups named by a lead or responsible role (牵头单位, 责任单位; not 配合单位, which helps)."""
    return bool(found) and all(_role_group(f.mention) and f.role != "assist" for f in found)


def _role_group(name: str) -> bool:
    """``各牵头单位``, ``配合单位``: a group named by a role label."""
    return name.removeprefix("各") in words().labels


def _helping_group(s: str, offset: int, roles: tuple[Role, ...] = ("assist", "responsible", "lead")) -> list[Found]:
    """``配合单位要密切协作…``, ``各协办单位要…``: the group a plan names by an assisting role assists;
    ``主要责任单位要切实履行主职主责…``: one named by a responsible role is responsible; ``牵头单位要主动协调…``:
    the lead label alone leads (``各牵头单位要…``, each item's lead in turn, is left to the predicate: plans and
    their readers use it for the responsible unit of each item as often as for its lead)."""
    name = compact(s)
    role = words().labels.get(name.removeprefix("各"))
    if role not in roles or not name.endswith(GENERIC_ENDINGS) or (role == "lead" and name.startswith("各")):
        return []
    sp = trimmed_span(s, 0, len(s), offset)
    return [Found(name, role, sp.start, sp.end)]


def _level_group(s: str, offset: int, role: Role) -> list[Found]:
    """``乡镇要以…为契机``, ``县区要…``: the units of a level named together as the subject of a duty."""
    name = compact(s)
    if name not in words().level_groups:
        return []
    sp = trimmed_span(s, 0, len(s), offset)
    return [Found(name, role, sp.start, sp.end)]


def _own_clauses(rest: str) -> list[str]:
    """The clauses of a subject's sentence that are its own: up to the sentence's end or a clause that opens
    with another unit (``…，市督查室搞好配合``)."""
    stop = re.search(r"[。；;！？!?]", rest)
    own: list[str] = []
    for _, clause in split_top_level(rest[: stop.start() if stop else len(rest)], "，,"):
        if own and leading_units(clause.lstrip(), 0):
            break
        own.append(clause)
    return own


def _mutual(found: list[Found], clause: str) -> bool:
    """Two or more units whose clause is a mutual adverb and 配合 (密切配合, 相互配合) work together, for no other."""
    w = words()
    c = compact(clause)
    c = c.removeprefix(next((m for m in w.modals if m != "于" and c.startswith(m)), ""))
    return len(found) >= 2 and any(c.startswith(a) and c[len(a) :] in w.assist_predicates for a in w.mutual_adverbs)


def _helps(clauses: list[str]) -> bool:
    """Clauses of a predicate whose duty is to help another's: one is only 配合/协助 after adverbs (全力配合,
    搞好配合), or the first opens with one (配合做好…, 协助市X局…)."""
    w = words()
    modals = tuple(m for m in w.modals if m != "于")
    for i, clause in enumerate(clauses):
        c = compact(clause)
        c = c.removeprefix(next((m for m in modals if c.startswith(m)), ""))
        while True:
            adverb = next((x for x in w.assist_adverbs if c.startswith(x) and c != x), None)
            if adverb is None or c in w.assist_predicates:
                break
            c = c[len(adverb) :]
        if c in w.assist_predicates or (i == 0 and c.startswith(("配合", "协助")) and not c.startswith("配合单位")):
            return True
    return False


@cache
def _group_pattern() -> re.Pattern[str]:
    """The role-label words that name a group (牵头单位, 配合部门), lead and assist, as a pair in one sentence."""
    group = {r: sorted((w for w, k in words().labels.items() if k == r and w.endswith(("单位", "部门"))),
                       key=len, reverse=True) for r in ("lead", "assist")}
    alt = {r: "|".join(re.escape(w) for w in ws) for r, ws in group.items()}
    return re.compile(rf"(?:^|(?<=[，,。；;\s]))由?(?P<lead>各?(?:{alt['lead']}))(?![：:\s])[^。；：:]{{2,60}}?"
                      rf"[，,；]\s*(?P<assist>各?(?:{alt['assist']}))(?![：:])")


def role_groups(s: str, offset: int) -> list[Found]:
    """``各牵头单位对…负总责，各配合单位要积极配合`` / ``由牵头单位统筹协调，协同单位积极配合``: a
    notice dividing the work between the groups its lists name; each group is a unit of that duty, with
    the role its name says. Only the pair makes the division: a lone 各牵头单位 is whoever acts."""
    m = _group_pattern().search(s)
    if m is None:
        return []
    return [Found(m.group(r), r, offset + m.start(r), offset + m.end(r)) for r in ("lead", "assist")]


def leading_units(s: str, offset: int) -> list[Found]:
    """The unit list that ``s`` opens with: the shortest prefix that names a unit, grown while a short
    extension still names one (区生态环境局 + 东安分局, 市民政局、市财政局), never across a clause."""
    limit = min(len(s), MAX_LEADING_UNITS)
    # a prefix whose last character is neither whitespace nor one a unit ends in (:func:`_unit_ends`) names
    # no unit unless it opens a 各 group: told from that character, as every prefix of every opening is asked
    ends, grouped = _unit_ends(), s[:limit].lstrip().startswith("各")
    cut = words().cut_words  # 卫生县|城复审工作领导小组: no end inside a word
    end = next((e for e in range(2, limit + 1)
                if (grouped or s[e - 1] in ends or s[e - 1].isspace()) and s[e - 1 : e + 1] not in cut
                and is_unit(s[:e])), None)
    while end is not None:
        if any(c in s[:end] for c in "，。；："):
            return []
        longer = [e for e in range(end + 1, min(limit, end + MAX_NAME_EXTENSION) + 1)
                  if s[e - 1 : e + 1] not in cut and is_unit(s[:e])
                  and not any(c in s[end:e] for c in "，。；：" + NOT_IN_EXTENSION)
                  and not any(v in s[end:e] for v in words().acts)  # 市局 + 拟定我市: the unit and its act
                  # 安徽局党组 + 追究责任单位: a phrase, not a sub-unit (各乡镇、县直各单位: a list going on)
                  and not (s[:e].endswith(GENERIC_ENDINGS) and "、" not in s[:e])]
        if not longer:
            if _WITHIN.match(s, end):  # 要求开发区内的排污企业…: a place whose parties act, not a unit
                return []
            end = _closed_ending(s, end)
            if s.startswith(words().posts, end) and "、" not in s[:end]:
                return []  # 市委常委、副市长王某牵头: a post of the unit, so a person, opens the sentence
            return unit_names(s[:end], offset, "responsible") or []
        end = longer[-1]
    return []


def _closed_ending(s: str, end: int) -> int:
    """``各县区和有关部门要…``: an end inside a generic ending (有关部|门) cuts a word in two; the group after
    和 is the whole 有关部门 (a named unit never grows into a generic group, but a generic group is one)."""
    if not re.search(r"[和及与、]", s[:end]) and not re.match(r"\s*各", s):
        return end  # 会同有关部门…, 制定部门规章: no list, nothing to close (各区各部门: one group, closed)
    for ending in GENERIC_ENDINGS:
        if s[:end].endswith(ending[0]) and s.startswith(ending[1:], end) and is_unit(s[: end + len(ending) - 1]):
            return end + len(ending) - 1
    return end


#: a place's inside (县内的企业, 辖区内各单位, 园区范围内): the words before it name where, not who
_WITHIN = re.compile(r"(?:境|辖区|区域|范围|域)?内(?!部)")


def together(s: str, offset: int, stretch: bool = True) -> list[Found]:
    """``…要会同水利、农业等部门…``: the units a subject acts together with assist."""
    m = re.match(r"^\s*[，,]?\s*(?:会同|联合|协同)([^，。；：]{2,40})", s)
    if m is None:
        return []
    text = re.split(r"对|就|在|按|进行|开展|共同|联合|抓紧|做好|研究|制定|推进|加强|组织", m.group(1))[0]
    named = (unit_names(text, offset + m.start(1), "assist") or _systems(text, offset + m.start(1))
             or _helping_group(text, offset + m.start(1), ("assist",)))
    if named:
        return named
    if not stretch:  # 会同有关部门拟订…: the units it opens with
        group = _GROUP_HEAD.match(text)
        if group is not None:
            return [Found(group.group(), "assist", offset + m.start(1), offset + m.start(1) + group.end())]
        return [Found(f.mention, "assist", f.start, f.end) for f in leading_units(text, offset + m.start(1))]
    for end in range(len(text) - 1, 1, -1):  # 会同区生态环境局建立…: the longest stretch that names units
        if is_unit(text[:end]):
            return unit_names(text[:end], offset + m.start(1), "assist") or []
    return []


#: where a sentence or a clause opens with 会同/联合 (its subject, the item's, left unsaid; its partners follow:
#: …三是强化督办，会同县纪委监委…)
_PARTNERS = re.compile(r"(?:^|(?<=[。；;，,]))\s*(?=会同|联合)")
#: a generic group opening a text (有关部门拟订…)
_GROUP_HEAD = re.compile(r"(?:各|有关|相关|其他|其它)[^，。；：、\s]{0,4}?(?:部门|单位)")


def partners(s: str, offset: int, after: int) -> list[Found]:
    """The units a sentence of an item acts together with when it opens with 会同 (``…。会同有关部门拟订…``):
    they assist, whoever the item belongs to."""
    out: list[Found] = []
    for m in _PARTNERS.finditer(s):
        if offset + m.start() >= after:
            out.extend(together(s[m.end() :], offset + m.end(), stretch=False))
    return out


_SYSTEMS = re.compile(
    r"^(?P<names>[^等]{2,90}?)等(?:领域|行业|方面)*(?:其他|其它)?(?:有关|相关)?(?:职能|行业|主管)*(?:部门|单位)"
    r"(?:和单位|和部门|及单位)?$"
)
#: a functional system named before 等部门 (市城管执法, 生态环境, 人力资源社会保障) is at most this long
MAX_SYSTEM = 8


def _systems(s: str, offset: int, role: Role = "assist") -> list[Found]:
    """``公安、交通、应急等部门``: short names of functional systems before 等部门 are departments."""
    m = _SYSTEMS.match(s.strip())
    if m is None:
        return []
    lead = len(s) - len(s.lstrip())
    out: list[Found] = []
    for a, piece in split_top_level(m.group("names"), "、"):
        name = compact(piece)
        if not 2 <= len(name) <= MAX_SYSTEM or name.startswith(words().not_starts):
            return []
        sp = trimmed_span(s, lead + a, lead + a + len(piece), offset)
        out.append(Found(name, role, sp.start, sp.end))
    return out


def modal_subject(s: str) -> bool:
    """A clause opening with units and 将/要/应/须/负责 and what they do (``市政府督查室将适时督办…``,
    ``市生态环境局负责统筹协调…``): its own duty, even mid-sentence."""
    body = re.sub(r"^(?:特别是|尤其是)", "", s.lstrip())  # …，特别是牵头单位要…: the one singled out acts
    if _SINGLED_IN_LIST.match(body):  # …，各单位，尤其是各主管部门，都要…
        return bool(_grouped_subject(body, 0))
    if body.startswith("由") and len(compact(body.split("，")[0])) > MIN_AGENT_CLAUSE and leading_units(body[1:], 0):
        return True  # …的，由市局党组追究责任: 由X with what X does
    if _hosted(body, 0) is not None:  # …下设办公室，办公室设在市科技局，负责…
        return True
    charge = first_prefix(body, (*words().charges, *words().urges))
    if charge is not None:  # …，请住建局按照要求… / …，要求各单位抓好落实… / …，督促各县区切实…: who acts
        body = body[len(charge) :]
    m = _modal_pattern(charge is not None).match(body)
    if m is None:
        return False
    units = re.sub(r"(?:也|还|都)$", "", m.group(1))  # …，相关责任单位也要按照职责分工…
    return unit_names(units, 0, "responsible") is not None or bool(_helping_group(units, 0, ("lead", "responsible")))


@cache
def _modal_pattern(charged: bool) -> re.Pattern[str]:
    """:func:`modal_subject`'s units before a modal or 负责 and what they do (…负责统筹协调, not …负责。); after a
    charge (请X…, 要求X…) its manners (按照…) as well. Built once: it is asked of every clause."""
    modals = "|".join(_word(m) for m in [*words().modals, "负责"] if m != "于")
    if charged:
        modals += "|" + "|".join(re.escape(m) for m in words().manners)
    return re.compile(rf"^([^，。；：]{{2,{MAX_MODAL_SUBJECT}}}?)(?:{modals})(?=[^，。；]{{2,}})")


def _has_text_after(s: str, at: int) -> bool:
    return len(compact(s[at:])) >= 4


def leaders(s: str) -> list[str]:
    """People named as responsible: names (``高 洁、钟勤建``) or, as a whole, positions (``各县市党委和政府主要
    负责人``; a position's own 、 does not split it)."""
    out: list[str] = []
    for group in re.split(r"[，,；;/／]", s):  # 主要领导/分管领导: two posts
        flat = compact(group).rstrip("。")
        if not flat:
            continue
        comrade = re.fullmatch(r"([\u4e00-\u9fff]{2,3})同志", flat)  # 李明同志: the person
        if comrade and _a_name(comrade.group(1)) and not comrade.group(1).startswith(words().not_names):
            out.append(comrade.group(1))
        elif fused := _fused_rank(flat):
            out.append(fused)
        elif flat.endswith(words().posts) and not named_with_rank(group):
            out.append(flat)
        else:
            out.extend(_ranked_names(group))
    return out


#: what opens a post or a body, never a person's name (常务副县长, 主要领导, 镇党委书记, 各乡镇党委书记)
_NOT_A_NAME_HEAD = (
    "常务", "主要", "分管", "各", "党", "县", "市", "区", "省", "镇", "乡", "村", "州", "街道", "全体",
    "第", "总", "代", "执行", "驻", "支部", "社区", "团",
)


def _fused_rank(flat: str) -> str | None:
    """A name with its rank written right after it, no space (``王刚副县长``, ``周波局长``, ``刘洋副主任``): the person.
    A post written whole (``常务副县长``, ``镇党委书记``) names nobody and is kept as it is by the caller."""
    m = re.fullmatch(rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{words().person_posts}|副?主任)", flat)
    if m is None:
        return None
    name = m.group("name")
    if name.startswith(_NOT_A_NAME_HEAD) or name.startswith(words().not_names) or not _a_name(name):
        return None
    return name


def named_with_rank(group: str) -> bool:
    """Whether ``group`` is names with their ranks and nothing else (``王某 副县长``, ``党组成员、副厅长 李华强``)."""
    return _rank_split(group) is not None


#: a rank written right before a name, no space (副局长陆永军, 总工程师望明): a rank, then a person of 2-3 characters
_RANK_THEN_NAME = re.compile(r"^(?P<rank>[\u4e00-\u9fff]{1,8}?(?:长|主任|工程师|书记|委员|成员|调研员|巡视员))"
                             r"(?P<name>[\u4e00-\u9fff]{2,3})$")


def _rank_apart(piece: str) -> list[str]:
    """``副局长陆永军`` → ``副局长``, ``陆永军``: a rank fused before a name set apart, the name read by its surname
    (a post alone, 副局长, or a name alone, stays one piece)."""
    m = _RANK_THEN_NAME.match(piece)
    name = m.group("name") if m is not None else ""
    compound, single = _surnames()
    if m is None or not _a_title(m.group("rank")) or not (name[:1] in single or name.startswith(compound)):
        return [piece]
    return [m.group("rank"), m.group("name")]


def _rank_split(group: str) -> list[str] | None:
    """The names of a group made only of names and ranks, with a rank at least; else None."""
    pieces = [x for p in split_people(group) if p.name for x in _rank_apart(_without_rank(p.name))]
    ranks = [n for n in pieces if _a_title(n)]
    people = [n for n in pieces if not _a_title(n) and 2 <= len(n) <= MAX_PERSON and _HAN_NAME.fullmatch(n)
              and _a_name(n)]
    return people if ranks and people and len(ranks) + len(people) == len(pieces) else None


def _ranked_names(group: str) -> list[str]:
    """The people of one group: ``区交通运输厅党组成员、副厅长 李华强`` is 李华强, the ranks written before a name
    set aside (a group of ranks only, or of names only, is kept whole)."""
    ranked = _rank_split(group)
    if ranked is not None:
        return ranked
    return [_without_rank(p.name) for p in split_people(group) if 1 < len(p.name) <= MAX_NAME]


def _without_rank(name: str) -> str:
    """``张三（局长）``: the person, the rank in brackets after the name set aside."""
    m = _BRACKET_TAIL.search(name)
    return name[: m.start()] if m and m.start() >= 2 and _a_title(m.group(1)) else name


# ---------------------------------------------------------------- a person glued to the unit names after it


@cache
def _surnames() -> tuple[tuple[str, ...], frozenset[str]]:
    """The compound surnames (longest first) and the single ones, from ``data/surnames.toml`` (《百家姓》)."""
    raw = data.read("surnames.toml")
    single = "".join(raw["single"].split()) + raw["modern"]
    return tuple(sorted(raw["compound"], key=len, reverse=True)), frozenset(single)


#: characters no given name of a person glued to a unit holds: level words, organ endings, joining words (a
#: name read across them would eat into a place or a unit: 周口市, 何家村, 林业和草原局)
_NOT_GIVEN = frozenset("省市县区镇乡村州旗盟局委办厅部处科所站队院校司会和与及等各的之")
#: the most characters of a given name
MAX_GIVEN = 2
#: a run opening with a level word opens with a unit of that level, never a person
_LEVEL_HEADS = ("省", "市", "县", "区", "镇", "乡", "州", "旗", "盟", "街道", "各")
#: the longest place name looked for at the head of a run
MAX_PLACE_HEAD = 8


@cache
def _place_heads() -> frozenset[str]:
    """Names of places a run may open with (周口市, 周口, 金牛区, 何家乡): every county-level division and its short
    form, every township; a person's name never covers one (read when a glued person is first looked for)."""
    from polkg.nlp import gazetteer

    out: set[str] = set(gazetteer.townships())
    for _, name in gazetteer.divisions():
        out.add(name)
        short = re.sub(r"(?:自治县|自治州|自治区|[省市县区州旗盟])$", "", name)
        if len(short) >= 2:
            out.add(short)
    return frozenset(out)


def known_head(s: str) -> bool:
    """Whether ``s`` opens with a department's own name as plans write it (民政局, 区民政局, 文体旅局,
    林业和草原局: ``data/units.toml``), its level word before it or not."""
    from polkg.nlp.tagger import LEVEL_WORDS, department_names

    rest = next((s[len(w) :] for w in LEVEL_WORDS if s.startswith(w)), s)
    return s.startswith(department_names()) or rest.startswith(department_names())  # 市场监管局, 市民政局


def known_name(s: str) -> bool:
    """Whether ``s`` is a department's own name as plans write it, its level word before it or not (民政局,
    区民政局): a glued cell may end right after it."""
    from polkg.nlp.tagger import LEVEL_WORDS, department_names

    names = _department_set(department_names())
    return s in names or any(s.startswith(w) and s[len(w) :] in names for w in LEVEL_WORDS)


@cache
def _department_set(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(names)


def _name_lengths(s: str) -> list[tuple[int, int]]:
    """(length of the name, length of its surname) of each reading of ``s`` as a name: a surname, then one or
    two given characters."""
    compound, single = _surnames()
    heads = [len(c) for c in compound if s.startswith(c)] + ([1] if s[:1] in single else [])
    return [(n + g, n) for n in heads for g in range(1, MAX_GIVEN + 1)
            if len(s) > n + g and _HAN_NAME.fullmatch(s[: n + g]) and not _NOT_GIVEN.intersection(s[n : n + g])]


#: the most people a glued 责任领导 cell names
MAX_GLUED_PEOPLE = 3

Spans = list[tuple[int, int]]


def glued_person(
    s: str, units: Callable[[str], Spans | None], people: Collection[str] = ()
) -> tuple[Spans, Spans] | None:
    """The people named at the head of a run of unit names glued to them, as a flattened table's 责任领导 cell runs
    into its 牵头单位 and 配合单位 cells (``何海平文体旅局晋陵公司轨道公司``: 何海平, then 文体旅局, 晋陵公司, 轨道公司;
    ``张菁王强副区长民政局``: 张菁 and 王强, the rank after a name set aside). Returns the names' spans and the units'
    (``units`` splits what follows the people, None when it is not unit names only).

    Why so strict: any two or three characters before 局 read as a unit (``张菁民政局``), so a person is taken
    only where what follows the name opens with a department's own name or another such person (or the name is
    a person the table names elsewhere, ``people``), the name starts with a surname (《百家姓》), and no place or
    department's name runs across it (``周口市公安局``, ``林业和草原局``, ``何家村委会`` are one unit each). Of two
    readings the one whose unit is known wins, then the three-character name (the common length)."""
    return _glued_people(s, units, people, MAX_GLUED_PEOPLE)


def _glued_people(s: str, units: Callable[[str], Spans | None], people: Collection[str], room: int
                  ) -> tuple[Spans, Spans] | None:
    if room == 0 or not s or known_head(s) or s.startswith(_LEVEL_HEADS):
        return None
    best: tuple[tuple[bool, bool, bool], Spans, Spans] | None = None
    for k, surname in _name_lengths(s):
        if s[k:].startswith(("村", "社区", "组")) or any(s[:n] in _place_heads() for n in range(k, MAX_PLACE_HEAD)):
            continue
        if k - surname > 1 and known_head(s[k - 1 :]):
            continue  # 李明住建局: 住 opens the unit (住建局), the name is 李明
        post = re.match(words().person_posts, s[k:])
        after = k + (post.end() if post else 0)  # 王强副区长民政局: the rank after the name
        rest = s[after:]
        more = _glued_people(rest, units, people, room - 1) if not known_head(rest) else None
        known, named = known_head(rest) or more is not None, s[:k] in people
        if more is not None:
            names, spans = more
        else:
            names, spans = [], (units(rest) if known or named else None) or []
        if not spans:
            continue
        rank = (named, known, k - surname == MAX_GIVEN)
        if best is None or rank > best[0]:
            shifted = [(after + x, after + y) for x, y in spans]
            best = (rank, [(0, k), *((after + x, after + y) for x, y in names)], shifted)
    return (best[1], best[2]) if best else None


@cache
def _named_person() -> re.Pattern[str]:
    w = words()
    ends = "|".join(re.escape(e) for e in w.name_ends)
    name = rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?={ends})"
    comrade = r"(?:(?<=[由、，,：:（(。；;])|^)请?(?P<comrade>[\u4e00-\u9fff]{2,3})(?=同志)"
    return re.compile(rf"(?:{w.person_posts})[ \t\u3000]?{name}|{comrade}")


def named_people(s: str, posts: bool = True) -> list[tuple[str, int]]:
    """People named in running text, with where each mention ends: ``县长李某向大会作…`` (李某), ``副市长张某某在…``
    (张某某), ``由陈某某同志任…`` (陈某某); the heads a sentence gives a working body (``成立…领导小组，组长：金红，
    副组长：许华、张建峰``), their ranks set aside; with ``posts``, also the posts that open a clause
    (:func:`clause_posts`)."""
    out: list[tuple[str, int]] = []
    for m in _named_person().finditer(s):
        name = m.group("name") or m.group("comrade")
        if name and _a_name(name) and not name.startswith(words().not_names) and not _onlooker(s, m.end()):
            out.append((name, m.end()))
    for m in _inline_heads().finditer(s) if "：" in s or ":" in s else ():  # (a head's label ends at its colon)
        out.extend((name, m.end("names")) for name in _leading_names(m.group("names")))
    for m in _appointed().finditer(s) if "由" in s else ():  # 副主任由諶春梅、龐家偉擔任
        out.extend((name, m.end()) for name in _leading_names(m.group("names")))
    return sorted([*out, *(clause_posts(s) if posts else [])], key=lambda p: p[1])


#: what a person named in a report of a meeting does there as its speaker or guest (副镇长张力传达了…精神，指出…;
#: 副区长X、…负责人参加会议): they speak or attend; the duties the meeting sets are others'
_SPEAKS = re.compile(r"(?:传达|指出|强调|表示|讲话|介绍|主持|通报了|汇报)")
_ATTENDS = re.compile(r"[^。；;，,]*?(?:参加|出席|列席)(?:了)?(?:会议|调度会|座谈会|会)?[。；;，,]")


def _onlooker(s: str, end: int) -> bool:
    """Whether the person named just before ``end`` only speaks at or attends a meeting (:data:`_SPEAKS`)."""
    if _SPEAKS.match(s, end):
        return True
    listed = s[end : end + 1] in "、，," and _ATTENDS.match(s, end) is not None
    return listed and "要" not in s[end : end + 60].split("。")[0]  # (…参加会议并要…: a duty after all)


#: the posts a working body is set up under (成立以办事处主任为组长，分管领导为副组长，…参加的工作专班)
_HEAD = r"(?:组长|总指挥|指挥长)"
_HEADED_BY = re.compile(rf"(?:以|由)(?P<post>[^，。；、,;以由]{{2,14}}?)(?:任|为|担任)(?:第一)?(?:副)?{_HEAD}")
_DEPUTY = re.compile(rf"[，,、](?P<post>[^，。；、,;]{{2,14}}?)(?:任|为|担任)副{_HEAD}")


def heads_posts(s: str) -> list[tuple[str, int]]:
    """The posts that head a body a sentence sets up (``以办事处主任为组长，分管领导为副组长``): its leaders."""
    out: list[tuple[str, int]] = []
    for m in (*_HEADED_BY.finditer(s), *_DEPUTY.finditer(s)):
        post = m.group("post").strip()
        if _post_holder(post, True):
            out.append((post, m.end("post")))
    return out


def clause_posts(s: str) -> list[tuple[str, int]]:
    """Posts opening a clause as the one who acts (``…，主要领导要亲自把关``, ``。副州长在州长的统一领导下，对…负责``,
    ``一把手亲自挂帅负总责，分管领导具体抓``), with where each ends: their holders answer for the duty."""
    out: list[tuple[str, int]] = heads_posts(s)
    if _post_words(True).search(s) is None:
        return out  # no post anywhere (most paragraphs): no clause opens with one
    for m in _CLAUSE_OPENS.finditer(s):
        body = s[m.end() :]
        marker = item_marker(body)  # 1.镇级河长每月…: the item's marker is no part of the post
        at = m.end() + (marker[1] if marker else 0)
        post = _post_subject(s[at:], in_clause=True)
        if post is None:
            continue
        passive = _PASSIVE.match(s, at + len(post))
        if passive is not None:  # 该市(州)的“河长”将被“总河长”约谈: the one who acts comes after 被
            agent = _agent(s[passive.end() :])
            post, at = agent or "", passive.end()
        out.extend((p.strip(), at + len(post)) for p in post.split("、") if p.strip())
    return out


#: where a clause opens (the paragraph's start, after 。；，！), past its blanks
_CLAUSE_OPENS = re.compile(r"(?:^|(?<=[。；;，,！!]))\s*")


def _agent(s: str) -> str | None:
    """The post right after 被 (``被“总河长”约谈``), whatever the verb: the one who acts."""
    posts = alternation(_posts(True))
    m = re.match(rf"[“‘\"]?[^，。；：、\s“‘\"]{{0,8}}?(?:{posts})[”’\"]?", s)
    return m.group() if m and _post_holder(m.group().lstrip("“‘\""), True) else None


#: a post then 被: it undergoes the act, someone else does it
_PASSIVE = re.compile(r"(?:将|要|会|应|须)?被")


def _a_name(token: str) -> bool:
    """A person's name: no unit, label (``省长协助：``: 协助 is a label), post (``书记副河长：``) or the verb that
    follows a post where a name would (``镇长指出，…``, ``宋县长要求，…``: the post speaks, nobody is named)."""
    w = words()
    verbs = {v for v, _ in styles.vocab().verbs} | {e for e in w.name_ends if len(e) > 1}
    return not (styles.looks_like_unit(token) or token in w.labels or token in verbs or token.endswith(w.posts))


def _a_title(token: str) -> bool:
    """The rank written after a person's name (``省委书记``, ``常务副省长``, ``省委常委``)."""
    return token.endswith(_titles()) or _post_ending().search(token) is not None


@cache
def _titles() -> tuple[str, ...]:
    return (*words().posts, *words().person_titles)


@cache
def _post_ending() -> re.Pattern[str]:
    return re.compile(rf"(?:{words().person_posts})$")


def _leading_names(s: str) -> list[str]:
    """The names a head's label gives (``郑栅洁 省委书记 王清宪 省委副书记、省长``: each name, their ranks set aside),
    up to the first piece that is neither."""
    out: list[str] = []
    for piece in split_people(s):
        if _a_title(piece.name):
            continue
        name = piece.name
        if not (2 <= len(name) <= MAX_PERSON and _HAN_NAME.fullmatch(name) and _a_name(name)) or name.startswith(
                words().not_names):
            break
        out.append(name)
    return out


@cache
def _appointed() -> re.Pattern[str]:
    """``由X、Y担任``: the people a post is given to (a post or a unit there is nobody's name)."""
    return re.compile(r"(?<=由)(?P<names>[\u4e00-\u9fff·、\s]{2,30}?)(?:同志)?(?:担任|兼任)")


@cache
def _inline_heads() -> re.Pattern[str]:
    """``组长：金红，副组长：许华、张建峰`` inside a sentence (a qualifier such as 专班 before the label): the label
    and the text after it, up to the next clause or label (a chiefs list's lines are the engine's chief_line)."""
    heads = alternation(words().duty_heads)
    return re.compile(rf"(?<=[，,；;。])[\u4e00-\u9fff]{{0,2}}?(?:{heads})\s*[：:]\s*"
                      r"(?=(?P<names>[^，,；;。：:（(\n]*))")  # a lookahead: a label inside the names opens the next


#: a person's name: Chinese characters (with the middle dot of transcribed names), never a mark or a digit
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·•]+")


#: what a line of person names holds: Chinese characters (with the middle dot), blanks, cell marks and list
#: separators (table.LIST_SEPARATORS); a line with anything else has a piece that is nobody's name
_PEOPLE_LINE = re.compile(r"[\u4e00-\u9fff·•\s|│┃║、，,;；/]+")


def people(s: str) -> list[str]:
    """Person names on a line of their own (``王 东``, ``张三、李四``): short, no unit ending, no measure
    (``加强巡查`` opens with a verb). A yes/no cell (``是 |``) is one character once its mark is set aside: nobody's
    name. (Asked of every line a page break may have cut: a line holding any other character, as prose does, is
    settled before it is split.)"""
    if _PEOPLE_LINE.fullmatch(s) is None:
        return []
    names = [p.name for p in split_people(re.sub(r"[|│┃║]", " ", s))]  # ``王东 |``: a cell's closing mark is no name
    if names and all(2 <= len(n) <= 4 and _HAN_NAME.fullmatch(n) and not styles.looks_like_unit(n)
                     and not (len(n) == 4 and n.startswith(words().not_starts)) for n in names):  # 加强巡查: a measure
        return names
    return []


def standing_units(s: str, offset: int) -> tuple[list[Found], bool]:
    """Units a standing line gives every later item (``以下各项工作均需X落实，不再列出``), and whether they
    cover the item the line is written on too (``…，不再做分工，下同``)."""
    for p in words().standing:
        m = p.search(s)
        if m:
            verb = m.groupdict().get("verb") or ""
            role: Role = "assist" if verb in ("配合", "参与") else "responsible"
            found = styles.unit_list(m.group("units"), offset + m.start("units"), role)
            # 以下…: later items only; …均需X落实，以下不再列出 (inside the item's mark): this one too
            return found, not m.group().startswith("以下")
    return [], False


def holder(s: str, offset: int) -> Mark | None:
    """The unit (and the person) a responsibility letter's header line names (``部门(单位)：X  责任人：Y``)."""
    m = words().holder.match(s)
    if m is None:
        return None
    found = unit_names(m.group("units"), offset + m.start("units"), "responsible")
    if not found:
        return None
    return Mark(found=found, leaders=people(m.group("people") or ""), start=offset, end=offset + len(s))


def heading_units(title: str, offset: int) -> list[Found]:
    """The lead a heading names for the items under it: ``省编办牵头的工作`` (a count after it, ``（8项）``, set
    aside)."""
    count = words().heading_count.search(title)
    if count is not None:
        title = title[: count.start()].rstrip()
    for pattern, role in ((words().heading_scope, "lead"), (words().heading_duties, "responsible")):
        m = pattern.match(title)
        if m is not None:
            return unit_names(m.group("units"), offset + m.start("units"), role) or []  # type: ignore[arg-type]
    return []


def list_owner(intro: str, offset: int) -> list[Found]:
    """The unit the sentence introducing a numbered list names as the owner of its items (``厦门市市政园林局牵头主办
    的为民办实事项目如下：`` → its lead): the scope of an enumeration's intro, as :func:`heading_units` reads a
    heading's; [] when it names none so."""
    m = words().list_intro.search(intro)
    if m is None:
        return []
    role = "lead" if m.group("verb") == "牵头" else "responsible"
    return unit_names(m.group("units"), offset + m.start("units"), role) or []  # type: ignore[arg-type]


#: a note after a unit saying where it is housed: ``市烟花办（设在市公安局治安管理总队）``
_HOST_NOTE = re.compile(r"[（(]\s*设[在于][^（）()]{2,30}[）)]\s*$")


def heading_unit(title: str, offset: int, duties: bool = False) -> list[Found]:
    """A heading that only names a unit (``一、镇河湖长制办公室：``): the items under it are that unit's duties.
    Only names that end like an office (局, 委, 办, 中心…), not places (``（二）赣州市`` titles a block), unless
    ``duties`` (the line below opens with 负责: ``（2）沈阳警备区。`` / ``负责协调…``)."""
    body = _HOST_NOTE.sub(lambda m: " " * len(m.group()), title.rstrip(" \t：:。"))  # 市烟花办（设在市公安局…）
    found = unit_names(body, offset, "responsible") if body.strip() else None
    if not found or not (duties or all(_ends_like(f.mention, words().heading_units) for f in found)):
        return []
    return found


def _ends_like(name: str, endings: tuple[str, ...]) -> bool:
    """Whether ``name`` ends like one of ``endings``, an alias in brackets after it set aside
    (``市人民政府（行署）``, ``县卫计局（爱卫办）``)."""
    return re.sub(r"[（(][^（）()]{1,12}[）)]$", "", name).endswith(endings)


def heading_leader(title: str) -> str | None:
    """The leader a heading names for the items under it: ``赵某省长牵头重点工作`` → 赵某."""
    m = words().heading_leader.match(title)
    if m is not None:
        return m.group("name")
    duties = words().heading_post_duties.match(title)  # 二、县级河湖长主要履行以下职责: the post answers for them
    post = duties.group("post") if duties else ""  # a level or unit before it: 河湖长主要职责 only explains the post
    return post if post and post != post_word(post) and _post_holder(post) else None


def post_word(post: str) -> str | None:
    """The post a phrase ends with (the longest of ``posts``): ``县级河湖长`` → 河湖长."""
    return next((p for p in sorted(words().posts, key=len, reverse=True) if post.endswith(p)), None)


def split_and(found: list[Found]) -> list[Found]:
    """``省直各部门和各市人民政府`` written as one list item is two units."""
    out: list[Found] = []
    for f in found:
        pair = _generic_tail(f.mention, 0, len(f.mention), f.start, f.role)
        if pair is None and re.search("和|及|与", f.mention):
            pair = _joined_by_and(f.mention, 0, len(f.mention), f.start, f.role)
        out.extend(split_and(pair) if pair else [f])  # 省农业厅等省直有关部门和各市人民政府: both rules
    return out


def addressees(s: str) -> bool:
    """A notice's salutation: a list of units or groups ending in a colon (``各区人民政府，市各委办局：``)."""
    body = s.rstrip("：:")
    parts = [p for p in re.split(r"[，、；,]", body) if p]
    named = sum(1 for p in parts if is_unit(p) or p.startswith(("各", "市", "省", "区", "县")))
    return bool(parts) and named >= max(1, len(parts) - 1)  # 整改措施： greets nobody


def boilerplate(s: str) -> bool:
    """Notice boilerplate (印发给你们, 联系电话, 公示时间 …): never a task; but a duty may ask for a contact to be
    named (…，并明确联系人、联系电话，于4月20日前上报…), and give one in brackets (…上报区督查组（联系电话：…）):
    that is what it asks, not a contact line."""
    flat = compact(s)
    if _any_of(words().boilerplate).search(flat) or meeting_report(flat):
        return True
    bare = _NAMED_CONTACT.sub("", _BRACKETED.sub("", flat))
    return _any_of(words().contact).search(bare) is not None


#: a bracket holding no other (a contact given in brackets)
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


@cache
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``phrases`` (a vocabulary asked of every paragraph: one scan, not one per word)."""
    return re.compile(alternation(phrases))


def meeting_act(clause: str) -> bool:
    """A clause of a meeting's narrative (``X在会议室召开…会议``, ``X主持``, ``X出席``, ``会议听取了X汇报``): the units
    it names host, chair, attend or report; none of them is told to do anything there."""
    return any(w in clause for w in words().meeting_acts)


def meeting_report(s: str) -> bool:
    """A news item's line saying who met (``副县长X出席会议。``, ``市长X主持召开…常务会议。``): it reports, it
    commits nobody, though it names people and units (news reports and meeting minutes open with such lines)."""
    body = compact(s)
    marker = item_marker(body)
    body = body[marker[1] :] if marker else body
    if any(p.search(body) for p in words().report):
        return True
    # 副市长X出席会议并讲话，市Y局局长Z主持会议。: every clause tells who met, none tells anyone to act
    clauses = [c for c in re.split(r"[，,]", body.rstrip("。")) if c]
    told = re.search(r"要|应当|必须|务必|负责|牵头|配合", body) is not None
    return (len(clauses) > 1 and "。" not in body.rstrip("。") and not told
            and all(re.search(r"出席|主持|参加|列席|陪同|讲话|致辞|召开|举行", c) for c in clauses))


#: a duty asking for a contact to be named (明确联系人、联系电话): no contact field
_NAMED_CONTACT = re.compile(
    r"(?:明确|确定|指定|落实)(?:专门|专职)?(?:联系人|联络员)(?:[、和及](?:联系电话|联系方式|电子邮箱))*")


def framing(s: str) -> bool:
    """A purpose or report opening, a document number or a title: a task only when a mark names units."""
    w = words()
    flat = compact(s)
    marker = item_marker(flat)
    body = flat[marker[1] :] if marker else flat
    if body.startswith(w.openings) or w.purpose.match(body):
        return True
    if re.search(r"〔\d{4}〕\d+号$", flat):
        return True
    return flat.endswith(w.title_endings) and not any(c in flat for c in "，。；！？")


def task_section(title: str) -> bool:
    """A heading announcing tasks (``二、目标任务``): what stands under it is tasks."""
    body = compact(title)
    marker = item_marker(body)
    return (body[marker[1] :] if marker else body).rstrip("。：:") in words().task_sections


def obligation_like(s: str) -> bool:
    body = compact(s)
    return len(body) >= 8 and any(w in body for w in words().obligation)
