"""Entity resolution: one node per real-world unit, however it is written.

A unit mention (``环 境 保 护 厅``, ``省环保厅``, ``区发展改革局``, ``各乡镇（街道）``) is resolved against the
vocabulary in ``data/units.toml`` and the document's :class:`Context`:

1. normalise: whitespace, full/half width, trailing punctuation;
2. generic groups (各市（州）人民政府, 相关市, 省直相关部门, …成员单位) become ``group`` nodes whose members are
   expanded from the gazetteer where it knows them;
3. a trailing parenthesis names a sub-unit (省发展改革委(省能源局): 省能源局 PART_OF 省发展改革委) or, after a
   committee office, the department that hosts it;
4. a place prefix (四川省, 乐山市市中区) or a level prefix (省/市/区/县, read against the document's
   jurisdiction) + a standard department stem, abbreviations expanded (发展改革委 = 发展和改革委员会);
5. committees (领导小组, 指挥部), region governments (罗汉镇, 成都市), divisions of a department (…厅办公室);
6. anything else is kept as written, kind ``other``.

Renames and mergers (``data/units_history.toml``) become SUCCEEDED_BY links; counterparts (same functional
system, different level) become COUNTERPART_OF edges in :meth:`Resolver.unit_graph`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any, Literal, cast

from polkg import data
from polkg.graph import ids
from polkg.graph.batch import GraphBatch
from polkg.graph.model import Level
from polkg.loaders.text import alternation, compact
from polkg.nlp import gazetteer
from polkg.nlp.gazetteer import Place

UnitKind = Literal["department", "government", "division", "group", "committee", "company", "other"]

# autonomous places name their Party committee in full (中共楚雄彝族自治州委员会办公室, 中共内蒙古自治区委员会办公厅)
AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
LEVEL_ORDER: dict[str, int] = {"national": 0, "province": 1, "city": 2, "district": 3, "township": 4}
# What a level prefix reads as when the document's jurisdiction at that level is unknown.
PLACEHOLDER: dict[str, str] = {"province": "省", "city": "市", "district": "区", "township": "乡镇"}
TRAILING = "。，、；;,.：:！!？?　 "
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
DIVISION_SUFFIXES = ("督查室", "督办室", "督查办", "办公厅", "办公室", "处", "室")
# the offices of a government named without it (县督查室, 督查室: the 房县人民政府督查室)
GOVERNMENT_OFFICES = ("督查室", "督办室", "督查办")
# what ends the name of an internal division written after its department (生态环境部大气环境司, …厅法规处)
DIVISION_END = ("司", "处", "室", "办公室", "总队", "支队", "中心")
# what a unit named bare ends in (畜牧局, 铁路建设办, 融媒体中心): a unit of the plan's place
# (a 管委会 named bare is a zone's by its own name: 宁东管委会 is no unit of the plan's place)
BARE_SUFFIXES = ("委员会", "办公室", "局", "办", "中心", "站", "所")
PARK = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:产业园|物流园|工业园|科技园|创业园)")
# what ends the name of a park or zone a township may run (高新园（邹区镇）, 工业园区（某街道）)
PARK_ENDS = ("园", "园区", "开发区", "集中区", "集聚区")
ZONE_WORDS = ("示范区", "开发区", "高新区", "经开区", "园区", "集聚区", "先导区")
CITY_ZONE_WORDS = ("示范区", "园区", "集聚区", "先导区")  # a city's own local zones, named bare in its plans
# abbreviated zones of a city: 高新区 = 高新技术产业开发区, named after the city without 市 (福州高新技术产业开发区).
# 经开区 abbreviates a national 经济技术开发区 and a provincial 经济开发区 alike: written in full last, by the
# national list (_national_zone), as is a bare 开发区 (丽水开发区: the national 丽水经济技术开发区)
ZONES = {"开发区": "经开区", "高新区": "高新技术产业开发区", "高新技术产业开发区": "高新技术产业开发区",
         "经开区": "经开区", "经济技术开发区": "经济技术开发区", "经济开发区": "经济开发区",
         "工业园区": "工业园区"}
# words that open with a level character but are no level prefix: 市政(公用), 市场, 市容, 区域, 县域, 乡村(振兴)
LEVEL_LIKE = re.compile(r"市政(?!府|数|协)|市场|市容|区域|县域|乡村")
COUNTY_END = re.compile(r"(?:县|市|旗|自治县|自治旗)$")
# the suffix a department of a system usually has at each level, in order of preference
SYSTEM_SUFFIX: dict[str, tuple[str, ...]] = {"province": ("厅", "委员会", "局"), "city": ("局", "委员会"),
                                             "district": ("局", "委员会")}


@dataclass(frozen=True)
class Context:
    """What a document implies about the units it names."""

    level: Level = "unknown"
    jurisdiction: str | None = None  # canonical region name, e.g. 乐山市市中区, 四川省
    year: int | None = None  # year of issue: renames before/after it matter
    issuer: str | None = None  # the issuing unit: internal divisions (大气处) are part of it
    committees: tuple[str, ...] = ()  # the committees the document sets up (成立X协调小组): 协调小组 alone is X's
    short_names: tuple[tuple[str, str], ...] = ()  # 成立X（简称Y）: Y is X in this document
    word: str | None = None  # its own level word (县, 区, 旗) where its place is unknown: what stands for the place

    def placeholder(self, level: Level) -> str:
        """What stands for the place of a unit named with none when the document's place is unknown: the
        document's own level word at its level (全县, 县委: 县应急管理局, never 区应急管理局), else the level's."""
        if level == "district" and self.level == "district" and self.word in ("县", "区", "旗"):
            return self.word
        return PLACEHOLDER.get(level, "")


@dataclass(frozen=True)
class Link:
    """A relation of a resolved unit to another unit or a region (an edge of :meth:`Resolver.unit_graph`).

    ``reverse`` means the edge points at the unit that holds the link (省能源局 -[:PART_OF]-> 省发展改革委 is a
    reverse PART_OF link held by 省发展改革委)."""

    type: Literal["PART_OF", "SUCCEEDED_BY", "HAS_MEMBER"]
    unit: ResolvedUnit | None = None
    region: str | None = None
    reverse: bool = False
    props: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ResolvedUnit:
    id: str
    canonical: str
    kind: UnitKind = "other"
    level: Level = "unknown"
    system: str | None = None  # functional system, e.g. 生态环境
    jurisdiction: str | None = None
    aliases: tuple[str, ...] = ()
    why: tuple[str, ...] = field(default_factory=tuple)  # the steps that led here, for `polkg resolve`
    links: tuple[Link, ...] = ()  # PART_OF / SUCCEEDED_BY / HAS_MEMBER known from the name and the data


# -- vocabulary ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dept:
    """A department name without its place prefix: 发展和改革委员会 in system 发展改革."""

    system: str
    body: str  # canonical stem + canonical suffix
    suffix: str  # canonical suffix ("" for 人民政府, 委宣传部 ...)
    full: tuple[tuple[str, str], ...] = ()  # (level, official body) where it differs: 人民政府国有资产监督管理委员会
    party: bool = False  # a Party organ, named 中共 + place + body (中共四川省委宣传部)
    vertical: str = ""  # the national organ a vertically managed bureau belongs to: 国家税务总局成都市税务局
    branch: str = ""  # a national organ whose local offices are its 分局 by place: 国家外汇管理局安徽省分局
    branch_in: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (city, its districts served by the city's 分局)
    branch_at: tuple[tuple[str, str], ...] = ()  # (level, what its branch there is called), else 分局 everywhere
    form: str = ""  # a name written around its place: 中国人民政治协商会议{place}委员会
    district_branch: bool = False  # a city district has the city bureau's branch, named by the whole district
    short_branch_in: tuple[str, ...] = ()  # cities whose district branches are named without 区 (上海市公安局宝山分局)

    def official(self, level: str) -> str:
        return dict(self.full).get(level, self.body)


@dataclass(frozen=True)
class Rename:
    old: str
    new: str
    levels: tuple[str, ...]
    date: str
    source: str
    kind: str
    where: str | None
    reference: bool = True  # part of the static reference graph (polkg units before any document)
    everywhere: bool = True  # every place took the new name: a later plan's old name means the new unit
    except_in: tuple[str, ...] = ()  # places (and the places inside them) that kept the old name

    def applies(self, where: str | None) -> bool:
        """Whether the change happened in ``where`` (None: a place not known, where only a change of every
        place applies)."""
        if self.where not in (None, where):
            return False
        return not (self.except_in and where is not None and {where, *ancestors(where)} & set(self.except_in))


@dataclass(frozen=True)
class Vocabulary:
    levels: dict[str, Level]
    departments: dict[str, Dept]  # written body -> department
    entries: tuple[dict[str, Any], ...]  # the department entries of data/units.toml, in order
    abbreviations: dict[str, str]  # a written head that abbreviates an organ's full name: 人行 → 中国人民银行
    dated: dict[str, list[tuple[int, Dept]]]  # written body -> [(until year, the department it meant before)]
    stems: dict[str, str]  # a department stem or alias alone (住房城乡建设) -> its system
    generic_suffixes: tuple[str, ...]
    stations: tuple[str, ...]  # a county bureau's stations in a township: 派出所, 安监所 (named 徐庄派出所)
    region_suffixes: tuple[str, ...]
    not_region: tuple[str, ...]  # endings of names that look like a region but are none (沈阳警备区)
    implies: dict[str, Level]
    committee_bodies: tuple[str, ...]
    committee_tails: tuple[str, ...]
    quantifiers: dict[str, str]
    places: dict[str, tuple[Level, str]]  # written place word -> (level of members, government suffix)
    body_words: tuple[str, ...]
    body_between: tuple[str, ...]
    renames: tuple[Rename, ...]
    reference: tuple[tuple[str, Level], ...]


def _departments(entries: list[dict[str, Any]], expand: dict[str, str], dated: bool = False) -> dict[str, Dept]:
    """Every written form (stem or alias + suffix) of every department, first entry wins. ``dated``: only
    the entries whose abbreviations meant them until a year (广电局 was 广播电影电视局 until 2013)."""
    out: dict[str, Dept] = {}
    for e in entries:
        if ("until" in e) != dated:
            continue
        suffixes = list(e.get("suffixes", ["厅", "局", "分局"]))
        if "局" in suffixes and "分局" not in suffixes:  # every bureau may have branches (医疗保障分局)
            suffixes.append("分局")
        for suffix in suffixes:
            full = expand.get(suffix, suffix)
            levels = tuple((lv, body + full) for lv, body in e.get("full", {}).items())
            party = e.get("party", e["stem"].startswith("委"))
            branch_in = tuple((city, tuple(ds)) for city, ds in e.get("branch_in", {}).items())
            dept = Dept(e["system"], e["stem"] + full, full, levels, party, e.get("vertical", ""), e.get("branch", ""),
                        branch_in, tuple(e.get("branch_at", {}).items()), e.get("form", ""),
                        e.get("district_branch", False), tuple(e.get("short_branch_in", ())))
            for form in (e["stem"], *e.get("aliases", [])):
                out.setdefault(form + suffix, dept)
            # contracted whole forms (交委, 编办, 府办): the written suffix says which of the entry's suffixes
            for form in e.get("written", []):
                if form.endswith(suffix) and not any(form.endswith(s) and len(s) > len(suffix) for s in suffixes):
                    out.setdefault(form, dept)
    return out


def _dated(entries: list[dict[str, Any]], expand: dict[str, str]) -> dict[str, list[tuple[int, Dept]]]:
    out: dict[str, list[tuple[int, Dept]]] = {}
    for e in entries:
        if "until" in e:
            for w, d in _departments([e], expand, dated=True).items():
                out.setdefault(w, []).append((int(e["until"]), d))
    return {w: sorted(v, key=lambda x: x[0]) for w, v in out.items()}


@cache
def vocabulary() -> Vocabulary:
    units, history = data.read("units.toml"), data.read("units_history.toml")
    suffix = units["suffix"]
    expand = {k: v for k, v in suffix.items() if isinstance(v, str)}
    group = units["group"]
    renames = tuple(
        Rename(r["from"], r["to"], tuple(r["levels"]), r["date"], r["source"], r.get("kind", "rename"),
               r.get("where"), r.get("reference", True), r.get("everywhere", True), tuple(r.get("except_in", ())))
        for r in history["rename"]
    )
    return Vocabulary(
        levels=units["levels"],
        departments=_departments(units["department"], expand),
        entries=tuple(units["department"]),
        abbreviations=dict(units.get("abbreviations", {})),
        dated=_dated(units["department"], expand),
        stems={form: e["system"] for e in units["department"] for form in (e["stem"], *e.get("aliases", []))
               if not form.startswith("委")},
        generic_suffixes=tuple(suffix["generic"]),
        stations=tuple(suffix["stations"]),
        region_suffixes=tuple(suffix["region"]),
        not_region=tuple(suffix.get("not_region", ())),
        implies=suffix["implies"],
        committee_bodies=tuple(units["committee"]["bodies"]),
        committee_tails=tuple(units["committee"]["office"]),
        quantifiers=group["quantifiers"],
        places={k: (v["level"], v["government"]) for k, v in group["places"].items()},
        body_words=tuple(group["bodies"]["words"]),
        body_between=tuple(group["bodies"]["between"]),
        renames=renames,
        reference=tuple((j["name"], j["level"]) for j in history["reference"]["jurisdictions"]),
    )


@lru_cache(maxsize=1 << 14)
def clean(mention: str) -> str:
    """Whitespace removed, full/half width unified (NFKC, then Chinese parentheses), no trailing punctuation:
    ``省发展改革委(省能源局)。`` → ``省发展改革委（省能源局）``. Kept per mention: a plan names its units again and
    again, and each is cleaned twice (as itself and as the one after its neighbour)."""
    s = unicodedata.normalize("NFKC", gazetteer.simplified(compact(mention)))
    for short, full in vocabulary().abbreviations.items():  # 人行合肥中心支行 → 中国人民银行合肥中心支行
        if s.startswith(short) and len(s) > len(short):  # 人行 alone is the 人民银行 of the plan's place
            s = full + s[len(short):]
            break
    s = s.replace("(", "（").replace(")", "）").replace(",", "，").replace('"', "“")
    return COUNTED.sub("", s).strip(TRAILING)


#: words that open with 政府 and name no body of a 人民政府 (政府采购中心, 政府投资项目评审中心, 政府性债务)
GOVERNMENT_WORD = re.compile(r"政府(?:采购|投资|性|债|信息|网站|热线|购买|和社会资本|数据|服务热线)")
#: a count of the groups a name stands for (市政府12个督查组, 3个工作组): each is the one kind of group
COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十]+)个(?=[\u4e00-\u9fff]{2,12}(?:组|队)$)")


#: a scope written before a list of bare system names (各级发展改革、财政…部门): compiled once, as every pattern
#: asked for every mention (Python keeps only the last 256 patterns a module call compiled)
_SCOPE_HEAD = re.compile(r"(各级|[省市区县][级直])")


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first (so 各相关 is tried before 各)."""
    return _alternation(tuple(words))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    """:func:`_alt`, built once per vocabulary (it was sorted and escaped for every name resolved)."""
    return alternation(words)


# -- places ----------------------------------------------------------------------------------------


def known_places() -> dict[str, Place]:
    """The gazetteer's places by canonical name (each with ``level`` and ``parent``)."""
    return gazetteer.load().places


def _known(name: str) -> str | None:
    """The gazetteer's canonical name of a region written in full (房县 → 十堰市房县), None if unknown."""
    if name in known_places():
        return name
    found = gazetteer.load().region(name)
    return found if found and found.endswith(name) else None


def region_level(name: str) -> Level:
    """The level a region name implies, from the gazetteer when it knows, else from its suffix."""
    place = known_places().get(_known(name) or name)
    if place is not None and place.level in LEVEL_ORDER:
        return cast(Level, place.level)
    if name.endswith(("省", "自治区")) or name in MUNICIPALITIES:
        return "province"
    if name.endswith(("乡", "镇", "街道", "街道办事处")):
        return "township"
    if re.fullmatch(r".+?(?:市|州|地区|盟).+(?:区|县|市|旗)", name):
        return "district"
    if name.endswith(("市", "州", "地区", "盟")):
        return "city"
    if name.endswith(("区", "县", "旗")):
        return "district"
    return "unknown"


def ancestors(name: str) -> list[str]:
    """The regions containing ``name``, innermost first: the gazetteer's hierarchy when it knows the
    place, else what the name itself says (乐山市市中区 → 乐山市; 四川省成都市 → 四川省)."""
    known = _known(name)
    gaz = gazetteer.load()
    if known:  # the gazetteer's chain starts with the place itself; by official names (房县, not 十堰市房县)
        return [gaz.official(a) for a in gaz.ancestors(known)[1:]]
    county = gaz.township_county(name) if name.endswith(("镇", "乡", "街道")) else None
    if county:  # a township of one county only (中子镇: 广元市朝天区)
        return [gaz.official(a) for a in gaz.ancestors(county)]
    written = _county_of_township(name)
    if written:  # a township written after its county (达州市达川区石桥镇)
        return [written, *ancestors(written)]
    out: list[str] = []
    current = _parent_from_name(name)
    while current and current not in out:
        out.append(current)
        current = _parent_from_name(current)
    return out


def _county_of_township(name: str) -> str | None:
    """The county-level place a township's name opens with (达州市达川区石桥镇 → 达川区), by its official name."""
    if not name.endswith(("镇", "乡", "街道")):
        return None
    for cut in range(len(name) - 2, 1, -1):
        known = _known(name[:cut])
        if known and known_places()[known].level == "district":
            return gazetteer.load().official(known)
    return None


def _parent_from_name(name: str) -> str | None:
    m = re.fullmatch(r"(.+?(?:省|自治区))(.+)", name) or re.fullmatch(r"(.+?(?:市|自治州|州|地区|盟))(.+)", name)
    return m.group(1) if m and len(m.group(1)) >= 2 and len(m.group(2)) >= 2 else None


def children(region: str, level: Level, word: str = "") -> list[str]:
    """The places of ``level`` inside ``region`` that the gazetteer knows (empty if it knows none).
    ``word`` narrows townships: 街道 only streets, 乡镇 only 乡 and 镇."""
    out = [name for name, p in known_places().items()
           if p.level == level and region in ancestors(name)]
    if word == "街道":
        out = [c for c in out if c.endswith(("街道", "街道办事处"))]
    elif word in ("乡镇", "乡（镇）", "乡镇（涉农街道）"):  # 涉农街道 cannot be told from the others
        out = [c for c in out if c.endswith(("乡", "镇"))]
    return out


# -- the resolver ----------------------------------------------------------------------------------


class Resolver:
    """Resolves unit mentions against the vocabularies in :mod:`polkg.data` and the gazetteer.

    One instance remembers every written form it has seen per unit, so the graph's ``aliases`` list them."""

    def __init__(self) -> None:
        self.vocab = vocabulary()
        #: each resolution, with the places it named: one look-up a mention (the key hashes a Context)
        self._cache: dict[tuple[str, Context, bool], tuple[ResolvedUnit, frozenset[str]]] = {}
        self._forms: dict[tuple[str, str, str | None, str], list[str]] = {}  # standard_forms, per department
        self._aliases: dict[str, dict[str, None]] = {}
        self._divisions: dict[str, list[str]] = {}  # owner id -> the division names seen in its documents
        self._committees: dict[tuple[Context, str], list[ResolvedUnit]] = {}  # named committees per document
        self.places_used: set[str] = set()  # regions named or implied so far: the static graph writes them

    # -- public API ---------------------------------------------------------------------------------

    def forget_places(self) -> None:
        """Start a new set of places used: a load writes the reference places its own files name, not those
        of what this resolver read before (a notebook extracts, then loads). Resolutions stay cached; each
        brings its places back when it is asked again."""
        self.places_used.clear()

    def resolve_unit(self, mention: str, ctx: Context) -> ResolvedUnit:
        return self._remember(mention, ctx, division=False)

    def resolve_units(self, mentions: list[str], ctx: Context) -> list[ResolvedUnit]:
        """The units of one list, in order. A scope written before the first (各级发展改革、财政、林草等部门)
        holds for the bare system names after it: 财政 there is every level's 财政 departments, not the
        province's 财政厅."""
        out: list[ResolvedUnit] = []
        scope: str | None = None
        for i, m in enumerate(mentions):
            name = clean(m)
            office = _shared_office(name, clean(mentions[i + 1]) if i + 1 < len(mentions) else "")
            if office:  # 省委、省政府办公厅: the 省委办公厅 and the 省政府办公厅
                resolved = self._remember(name + office, ctx, division=False)
                why = (f"{m!r} before {mentions[i + 1]!r}: the two offices share the word {office}", *resolved.why)
                self._aliases.setdefault(resolved.id, {})[compact(m)] = None
                out.append(replace(resolved, why=why))
                scope = None
                continue
            head = _SCOPE_HEAD.match(name)
            if head and self.vocab.stems.get(name[len(head[1]):].removesuffix("部门")):
                scope = head[1]
            elif scope and self.vocab.stems.get(name.removesuffix("部门")):
                out.append(self._scoped(m, scope, ctx))
                continue
            else:
                scope = None
            out.append(self.resolve_unit(m, ctx))
        return out

    def _scoped(self, mention: str, scope: str, ctx: Context) -> ResolvedUnit:
        """A bare system name read with the scope of its list; remembered under the name as written."""
        resolved = self._remember(scope + clean(mention), ctx, division=False)
        why = (f"{mention!r} follows {scope!r} in one list: read as {scope + clean(mention)!r}", *resolved.why)
        seen = self._aliases.setdefault(resolved.id, {})
        seen[compact(mention)] = None
        return replace(resolved, why=why, aliases=tuple(seen))

    def resolve_division(self, mention: str, ctx: Context) -> ResolvedUnit:
        """An internal division (大气处, 水处) of the issuing unit named in ``ctx``."""
        return self._remember(mention, ctx, division=True)

    def unit_graph(self, units: list[ResolvedUnit]) -> GraphBatch:
        """Unit nodes for the resolved units plus what the data say about them: PART_OF (sub-units,
        divisions, committee offices), SUCCEEDED_BY {date} (renames, mergers), HAS_MEMBER (groups → the
        regions they stand for), COUNTERPART_OF (a lower-level department → the higher-level departments of
        the same functional system in the graph)."""
        batch = GraphBatch()
        every: dict[str, ResolvedUnit] = {}
        for u in units:
            self._add(batch, u, every)
        _counterparts(batch, every.values())
        _qualify_shared_aliases(batch, self.vocab.levels)
        return batch

    def static_graph(self) -> GraphBatch:
        """Reference nodes and edges that do not depend on the corpus: regions and their hierarchy,
        water bodies and the river network, the topic taxonomy (from :mod:`polkg.nlp.gazetteer`), and
        the renames of the reference jurisdictions' departments (``data/units_history.toml``)."""
        out = gazetteer.load().static_graph(self.places_used)
        out.merge(self.unit_graph(self.reference_units()))
        return out

    def reference_units(self) -> list[ResolvedUnit]:
        """The departments whose renames and mergers the data record, in the reference jurisdictions."""
        out = []
        for name, level in self.vocab.reference:
            for r in self.vocab.renames:
                if level in r.levels and r.applies(name or None) and r.reference:
                    why = (f"reference data: the {level} department {r.old} of {name or 'the state'}, "
                           f"{r.kind} {r.date} ({r.source})",)
                    out.append(self._department(self.vocab.departments[r.old], level, name or None, why))
        return out

    def region(self, written: str, jurisdiction: str | None = None) -> str | None:
        """Canonical region name for a place as written (雅安 → 雅安市), None if unknown; ``jurisdiction``
        (the document's) settles names shared by several places (市中区)."""
        gaz = gazetteer.load()
        self.places_used.update(x for x in (written, jurisdiction) if x)
        if jurisdiction:
            try:
                return gaz.region(written, jurisdiction)  # type: ignore[call-arg,unused-ignore]
            except TypeError:  # a gazetteer without the jurisdiction argument
                pass
        return gaz.region(written)

    def water(self, written: str) -> str | None:
        """Canonical water-body name as written (岷江干流 → 岷江), None if unknown."""
        return gazetteer.load().water(written)

    def standard_forms(self, u: ResolvedUnit) -> list[str]:
        """The usual ways of writing a department inside its own jurisdiction's documents, so that a
        search by any of them finds the node: 环境保护厅, 省环境保护厅, 环保厅, 省环保厅 for 四川省环境保护厅."""
        if u.kind != "department" or u.level not in PLACEHOLDER:
            return []
        key = (u.kind, u.level, u.jurisdiction, u.canonical)  # a load asks once per file for each unit
        if key not in self._forms:
            self._forms[key] = self._standard_forms(u)
        return list(self._forms[key])

    def _standard_forms(self, u: ResolvedUnit) -> list[str]:
        prefix = u.jurisdiction if u.jurisdiction is not None else PLACEHOLDER[u.level]
        body = u.canonical.removeprefix(prefix)
        forms = [w for w, d in self.vocab.departments.items() if body in (d.body, d.official(u.level))]
        # bare forms only where the suffix says the level (环保厅 is a province's): 市场监管局 alone would name
        # the bureau of every level, so it is no alias of any one of them
        bare = [w for w in forms if not w.startswith("委") and self.vocab.implies.get(w[-1:]) == u.level]
        level_char = (u.jurisdiction or "")[-1:] if u.level == "district" else PLACEHOLDER[u.level][:1]
        level_char = level_char if level_char in self.vocab.levels else PLACEHOLDER[u.level][:1]
        return [*bare, *(level_char + w for w in forms)]

    # -- memory ------------------------------------------------------------------------------------

    def _remember(self, mention: str, ctx: Context, division: bool) -> ResolvedUnit:
        written = compact(mention)
        if ctx.jurisdiction:
            self.places_used.add(ctx.jurisdiction)
        key = (written, ctx, division)
        kept = self._cache.get(key)
        if kept is None:
            before = set(self.places_used)
            resolved = self._division(written, ctx) if division else self._resolve(written, ctx)
            kept = self._cache[key] = (resolved, frozenset(self.places_used - before))
        else:  # a cache hit names the same places: a load's regions must not depend on what was read before
            resolved = kept[0]
            self.places_used.update(kept[1])
        seen = self._aliases.setdefault(resolved.id, {})
        seen[written] = None
        aliases = tuple(seen)
        if resolved.aliases != aliases:  # kept with its aliases: most mentions repeat a form already seen
            resolved = replace(resolved, aliases=aliases)
            self._cache[key] = (resolved, kept[1])
        return resolved

    def _add(self, batch: GraphBatch, u: ResolvedUnit, every: dict[str, ResolvedUnit]) -> None:
        """Node for ``u`` and, recursively, for every unit its links reach."""
        aliases = list(dict.fromkeys((*u.aliases, *self._aliases.get(u.id, {}), *self.standard_forms(u))))
        extra = ("Group",) if u.kind == "group" else ()
        batch.node(u.id, "Unit", extra, name=u.canonical, kind=u.kind, level=u.level, system=u.system,
                   jurisdiction=u.jurisdiction, aliases=aliases)
        if u.id in every:
            return
        every[u.id] = u
        for link in u.links:
            props = dict(link.props)
            if link.unit is not None:
                self._add(batch, link.unit, every)
                other = link.unit.id
            else:
                other = batch.node(ids.region_id(link.region or ""), "Region", name=link.region)
            src, dst = (other, u.id) if link.reverse else (u.id, other)
            batch.edge(link.type, src, dst, **props)

    # -- resolution steps --------------------------------------------------------------------------

    def _resolve(self, written: str, ctx: Context) -> ResolvedUnit:
        return _people_s_government(_national_zone(self._resolve_written(written, ctx)))

    def _resolve_written(self, written: str, ctx: Context) -> ResolvedUnit:
        name = clean(written)
        why = (f"normalised {written!r} → {name!r}",) if name != written else ()
        if not name:
            return ResolvedUnit(ids.unit_id(written), written, "other",
                                why=(*why, "an empty name: nothing is written to resolve"))
        for step in (self._short_name, self._national_organ, self._regional_organ, self._group, self._joint,
                     self._parenthesis, self._state_zone, self._zone, self._traffic_police,
                     self._self, self._league, self._branch_company, self._bank_branch, self._company,
                     self._named,
                     self._written_branch, self._joint_office, self._sub_division, self._issuers_division,
                     self._committee, self._government, self._county_short, self._partial, self._park,
                     self._run_together):
            found = step(name, ctx)
            if found is not None:
                return replace(found, why=(*why, *found.why))
        if name.endswith("管委会"):  # an unknown body still has its abbreviation written in full
            body = name.removesuffix("管委会")
            zone = next((z for z in ZONES if body.endswith(z)), None)  # 咸宁高新区: 咸宁高新技术产业开发区
            full = (body.removesuffix(zone) + ZONES[zone] if zone else body) + "管理委员会"
            if body in ("", "示范区", "新区") and ctx.jurisdiction and _is_zone(ctx.jurisdiction):
                full = ctx.jurisdiction + "管理委员会"  # 管委会 in a zone's own plan: the zone's
                return ResolvedUnit(ids.unit_id(full), full, "government", self._level_of(ctx), "政府",
                                    ctx.jurisdiction, why=(*why, f"管委会 in a plan of {ctx.jurisdiction}: its own",
                                                           f"canonical name {full!r}"))
            if self._county_own(body, ctx) or self._city_zone(body, ctx):  # 伏羲山管委会 in 新密市's plan
                full = f"{ctx.jurisdiction}{full}"  # 新密市伏羲山管理委员会; 恒口示范区 in 安康市's: 安康市恒口示范区
                why = (*why, f"a 管委会 named bare in the plan of {ctx.jurisdiction}, by no place's name: its own")
                return ResolvedUnit(ids.unit_id(full), full, "department", self._level_of(ctx), "开发区",
                                    ctx.jurisdiction, why=(*why, f"canonical name {full!r}"))
            return ResolvedUnit(ids.unit_id(full), full, "department",
                                why=(*why, f"an unknown body's 管委会 is its 管理委员会: {full!r}"))
        own = self._level_own(name, ctx)
        if own is not None:
            return replace(own, why=(*why, *own.why))
        return ResolvedUnit(ids.unit_id(name), name, "other", why=(*why, "no rule matched: kept as written"))

    def _level_own(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """A body no table knows, after a level character (市安委会办公室, 区绩效考评机构, 县“厕所革命”指挥部办公室):
        the body of the document's own place at that level, named with the place as every organ of it is
        (登封市安委会办公室). A word that opens with a level character (市场, 区域) is no prefix."""
        level = self._level_char(name[0], ctx) if len(name) > 2 else None
        if level is None or LEVEL_LIKE.match(name) or name[1] in "级直属内外局" or "、" in name:
            return None
        where = self._at_level(level, ctx)
        if where is None:
            return None
        full = where + name[1:]
        return ResolvedUnit(ids.unit_id(full), full, "other", level, None, where,
                            why=(f"level prefix {name[0]!r}: {level} of the document → {where}",
                                 f"a body no table knows: named with its place, {full!r}"))

    def _short_name(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """交管办 in a notice that set up 农村牧区道路交通安全管理办公室（简称交管办）: that body, by its full name."""
        full = dict(ctx.short_names).get(name)
        if full is None or full == name:
            return None
        unit = self._resolve(full, replace(ctx, short_names=()))
        return replace(unit, why=(f"{name!r} is the short name the document gives the body it sets up, {full!r}",
                                  *unit.why))

    def _county_own(self, body: str, ctx: Context) -> bool:
        """Whether a body named bare (伏羲山) in a county's plan is the county's own: it opens with no level
        character and no place's name. A city's plan names zones of its districts and of state standing bare
        too (航空港区), so only a county's."""
        if not ctx.jurisdiction or self._level_of(ctx) != "district" or len(body) < 2:
            return False
        if body[0] in self.vocab.levels or re.match(r"各|有关|相关|本|我|该|其", body):
            return False
        gaz = gazetteer.load()
        return not any(gaz.region(body[:i]) or gaz.short.get(body[:i]) for i in range(2, min(len(body), 6) + 1))

    def _city_zone(self, body: str, ctx: Context) -> bool:
        """Whether a zone named bare (恒口示范区) in a city's plan is the city's own: its name ends in a local
        zone's word (示范区, 园区: a 高新区 or 开发区 has a proper name, 中新苏滁高新区) and opens with no level
        character and no place's name (zones of state standing, 航空港区, are read before)."""
        if not ctx.jurisdiction or self._level_of(ctx) != "city" or not body.endswith(CITY_ZONE_WORDS):
            return False
        return self._county_own(body, replace(ctx, level="district"))

    def _national_organ(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """证监会, 中宣部, 团中央: central organs by their full names (data/units.toml [national])."""
        found = data.read("units.toml")["national"].get(name)
        if found is None:
            return self._national_office(name, ctx)
        canonical, system = found
        kind: UnitKind = "company" if system == "企业" else "department"
        return ResolvedUnit(ids.unit_id(canonical), canonical, kind, "national", system, None,
                            why=(f"{name}: the central organ {canonical}", f"canonical name {canonical!r}"))

    def _regional_organ(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """民航西南地区管理局, 国家能源局西北监管局: a central organ's administration of a macro-region (西南, 华东 …;
        data/units.toml [regional]), national and of no place: 西南地区 is no region of the gazetteer."""
        regional = data.read("units.toml")["regional"]
        m = re.fullmatch(rf"(?P<organ>[\u4e00-\u9fff]{{2,10}}?)(?P<area>{_alt(regional['areas'])})(?:地区)?"
                         rf"(?P<tail>{_alt(regional['tails'])})", name)
        if m is None or m["organ"].endswith(self.vocab.region_suffixes) or gazetteer.load().region(m["organ"]):
            return None
        return ResolvedUnit(ids.unit_id(name), name, "department", "national", None, None,
                            why=(f"{m['organ']} + {m['area']}: a central organ's administration of the "
                                 f"{m['area']} macro-region, national and of no place", f"canonical name {name!r}"))

    def _national_office(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """四川能源监管办, 省证监局: a central organ's office in a province, named around the province's short
        name (data/units.toml [national_offices])."""
        offices: dict[str, list[str]] = data.read("units.toml")["national_offices"]
        tail = next((t for t in sorted(offices, key=len, reverse=True) if name.endswith(t) and len(name) > len(t)),
                    None)
        if tail is None:
            return None
        head = name.removesuffix(tail)
        form, system, *named = offices[tail]
        if named and (head in ("省", "市") or head.endswith(("省", "市"))):  # 省金融监管局: the province's own
            return None
        if tail.endswith("分局"):  # 十堰金融监管分局: the office in a city, named after it without 市
            city = self.region(head, ctx.jurisdiction)
            if not city or region_level(city) != "city":
                return None
            canonical = form.format(place=_short_place(city))
            return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "city", system, city,
                                why=(f"{tail}: the office of a central organ in {city}",
                                     f"canonical name {canonical!r}"))
        province = self._at_level("province", ctx) if head == "省" else self.region(head, ctx.jurisdiction)
        if not province or region_level(province) != "province":
            return None
        place = re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区)$", "", province)
        canonical = form.format(place=place)
        return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "province", system, province,
                            why=(f"{tail}: the office of a central organ in {province}",
                                 f"canonical name {canonical!r}"))

    def _written_branch(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """市生态环境局成安县分局, 市综合行政执法局崖州分局, 市规划委顺义分局: a city bureau's (or commission's)
        branch written in full."""
        m = re.fullmatch(r"(?P<bureau>.+?(?:局|委))(?P<place>[\u4e00-\u9fff]{2,6}?)分局", name)
        bureau = m["bureau"] if m else ""
        if m and self._level_of(ctx) == "district" and self._dept(bureau, ctx) is not None:
            bureau = "市" + bureau  # 生态局东安分局 in 东安区's plan: the city's bureau, its branch there
        head = self._named(bureau, ctx) if m else None
        if m is None or head is None or head.kind != "department":
            return None
        canonical = f"{head.canonical}{m['place']}分局"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "district", head.system, None,
                            why=(*head.why, f"{m['place']}分局: the branch of {head.canonical}, PART_OF it",
                                 f"canonical name {canonical!r}"),
                            links=(Link("PART_OF", head, props=(("relation", "branch"),)),))

    def _zone(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """高新区, 市高新区管委会, 县经济开发区管委会: the 管理委员会 of the zone of the place its prefix
        names, else of the document's city or county, named after the place without 市/县 (福州高新技术产业开发区,
        灵璧经济开发区)."""
        m = re.fullmatch(rf"(?P<pre>[市县区])?(?P<zone>{_alt(ZONES)})(?:党工委和)?(?:管委会|管理委员会)?", name)
        if m is None:
            return None
        level: Level = "district" if m["pre"] in ("县", "区") else "city"
        if m["pre"] is None and self._level_of(ctx) == "district" and ctx.jurisdiction:
            level = "district"  # a county's plan: the county's own zone
        owner = self._at_level(level, ctx)
        if owner is None:
            return None
        canonical = f"{_zone_head(owner)}{ZONES[m['zone']]}管理委员会"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "department", level, "开发区", owner,
                            why=(f"{m['zone']}: the {ZONES[m['zone']]} of {owner}, run by its 管理委员会",
                                 f"canonical name {canonical!r}"))

    def _traffic_police(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """交警民众大队, 交警六中队: a brigade of a city's traffic police detachment (中山市公安局交通警察支队民众
        大队), a squadron of a county's traffic police brigade (登封市公安局交通警察大队六中队), named after the
        place or number it serves; the owner is the plan's city or county."""
        m = TRAFFIC_UNIT.fullmatch(name)
        if m is None:
            return None
        big = m["unit"] == "大队"
        owner = self._at_level("city" if big else "district", ctx)
        if owner is None:
            return None
        head = "支队" if big else "大队"
        canonical = f"{owner}公安局交通警察{head}{m['part']}{m['unit']}"
        parent = f"{owner}公安局交通警察{head}"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "division", region_level(owner), "公安", owner,
                            why=(f"交警{m['part']}{m['unit']}: a {m['unit']} of {parent}",
                                 f"canonical name {canonical!r}"))

    def _joint(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """两市市委宣传部, 两市文化和旅游局 in a plan two cities issue together: the department of the issuing
        place (the document's jurisdiction), as the plan's own units are named."""
        m = re.fullmatch(r"[两三](?P<level>[省市县区])(?P<rest>.{3,})", name)
        if m is None or not ctx.jurisdiction:
            return None
        rest = m["rest"] if m["rest"][0] == m["level"] else m["level"] + m["rest"]
        found = self._named(rest, ctx)
        if found is None:
            return None
        return replace(found, why=(f"{name[:2]}: the places issuing the plan together; read in the document's "
                                   f"own {ctx.jurisdiction}", *found.why))

    def _state_zone(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """航空港区管委会, 济源示范区, 省沈抚示范区管委会: a zone of state standing by the forms its province's
        plans write (data/units.toml [[zone]]), run by its 管理委员会; read only in that province's plans."""
        body = re.sub(r"(?:党工委和)?(?:管委会|管理委员会)$", "", name)
        body = body[1:] if body[:1] in ("省", "市") else body
        chain = _chain(ctx)
        zones = data.read("units.toml")["zones"]
        province = next((p for p in chain if region_level(p) == "province"), None)
        short = re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区)$", "", province or "")
        if body in zones["ftz_forms"] and short in zones["ftz"]:  # 自贸试验区 in 天津's plan
            canonical = f"中国（{short}）自由贸易试验区管理委员会"
            return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "province", "开发区", province,
                                why=(f"{body!r}: the pilot free trade zone of {province}, run by its 管理委员会",
                                     f"canonical name {canonical!r}"))
        for zone in data.read("units.toml")["zone"]:
            if body in zone["forms"] and (zone["province"] in chain or ctx.level == "national"):
                canonical = zone["name"] + "管理委员会"
                return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "city", "开发区",
                                    zone["province"], why=(f"{body!r} is {zone['name']}, a zone of state standing in "
                                                       f"{zone['province']}: its 管理委员会",
                                                       f"canonical name {canonical!r}"))
        return None

    def _self(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """我单位, 本局, 我厅: the issuer of the document (or the department whose office issued it)."""
        if not re.fullmatch(r"[我本](?:单位|局|厅|委|办|部门)", name):
            return None
        issuer = self._issuer(ctx)
        if issuer is None or issuer.kind == "other":
            return None
        return replace(issuer, why=(f"{name}: the document's issuer", *issuer.why))

    def _league(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """团市委, 团县委: the Communist Youth League committee of the place (共青团眉山市委员会)."""
        m = re.fullmatch(r"团([省市区县州镇乡])委|([省市区县州镇乡])团委", name)  # 团县委, 县团委, 镇团委
        level = self._level_char(m[1] or m[2], ctx) if m else None
        where = self._at_level(level, ctx) if level else None
        if m is None or level is None or (where is None and level == "township"):
            return None  # 镇团委 in a county's plan: the townships' committees, a group as written
        canonical = f"共青团{where or m[1] or m[2]}委员会"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "department", level, "群团", where,
                            why=(f"{name}: the Youth League committee of {where or '?'}",
                                 f"canonical name {canonical!r}"))

    def _company(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """县城投公司, 城投集团, 省金融控股公司: a state company of the place its prefix (or short form) says,
        by its registered form (连江县城市建设投资开发有限公司); any other …公司/集团 kept as written."""
        table = data.read("units.toml")["company"]
        if name.endswith("供电局") and len(name) > 4:  # 安康供电局: State Grid's company there, by its older name
            return self._grid(name.removesuffix("局"), ctx, table["grid"])
        m = re.fullmatch(rf"(?P<body>.+?)(?P<end>{_alt(table['ends'])})", name)
        if m is None or "有限" in name or len(m["body"]) < 2 or m["body"].endswith("分"):
            return None  # a 分公司 is a branch: its company's name, registered as such, is not written
        grid = self._grid(m["body"], ctx, table["grid"])
        if grid is not None:
            return grid
        short = next((k for k in sorted(table["short"], key=len, reverse=True) if k in m["body"]), None)
        prefixed = m["body"][0] in self.vocab.levels or any(name.startswith(r) for r in _chain(ctx))
        if not (prefixed or short):
            return ResolvedUnit(ids.unit_id(name), name, "company", "unknown", "企业", None,
                                why=(f"{m['end']}: a company, kept as written (no place or standard short form)",))
        body, level, where, why = self._with_place(m["body"], ctx)
        if short:
            body = body.replace(short, table["short"][short], 1)
            why = (*why, f"{short} = {table['short'][short]}")
        canonical = body + table["ends"][m["end"]]
        return ResolvedUnit(ids.unit_id(canonical), canonical, "company", level, "企业", where,
                            why=(*why, f"{m['end']}: a state company, registered as …{table['ends'][m['end']]}",
                                 f"canonical name {canonical!r}"))

    def _branch_company(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """电信安康分公司, 安康移动分公司, 县联通公司, 人民银行辽宁省分行: a nationwide company's (or the plan's
        province's own company's) branch in a place, by its registered name (data/units.toml [branch_company])."""
        rest = name.removeprefix("人民银行")
        if rest != name and any(self.region(rest[:k]) for k in range(2, min(len(rest) - 1, 6) + 1)):
            # 人民银行辽宁省分行, 人民银行房县支行: a branch of the central bank named after its place
            canonical = "中国" + name
            return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "unknown", "金融", None,
                                why=(f"{name}: a branch of 中国人民银行", f"canonical name {canonical!r}"))
        table: dict[str, Any] = data.read("units.toml")["branch_company"]
        forms = {k: v for k, v in table.items() if isinstance(v, str)}
        province = next((p for p in _chain(ctx) if region_level(p) == "province"), None)
        forms.update(table["provinces"].get(province, {}))
        m = re.fullmatch(rf"(?:中国)?(?P<a>{_alt(forms)})?(?P<place>[\u4e00-\u9fff]{{1,6}}?)(?P<b>{_alt(forms)})?"
                         r"(?:分公司|公司)", name)
        if m is None or bool(m["a"]) == bool(m["b"]):
            return None
        where = self._branch_place(m["place"], ctx)
        if where is None:
            return None
        owner = next((p for p in (where, *ancestors(where)) if region_level(p) == "province"), province)
        short = re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区)$", "", owner or "")
        if not short:
            return None
        canonical = forms[m["a"] or m["b"]].format(short=_short_place(where), place=_own_name(where),
                                                   province=short)
        return ResolvedUnit(ids.unit_id(canonical), canonical, "company", region_level(where), "企业", where,
                            why=(f"{name}: the branch in {where} of the company {m['a'] or m['b']}",
                                 f"canonical name {canonical!r}"))

    def _bank_branch(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """市农行, 县工行, 十堰建行: a state bank's branch in the plan's city (分行, named after the city without
        市) or county (支行, named in full), by the bank's registered name (data/units.toml [branch_bank])."""
        banks: dict[str, str] = data.read("units.toml")["branch_bank"]
        m = re.fullmatch(rf"(?P<place>[\u4e00-\u9fff]{{1,6}}?)(?P<bank>{_alt(banks)})", name)
        where = self._branch_place(m["place"], ctx) if m else None
        if m is None or where is None:
            return None
        city = region_level(where) == "city"
        own = _own_name(where)
        canonical = banks[m["bank"]] + (f"{_short_place(where)}分行" if city else f"{own}支行")
        return ResolvedUnit(ids.unit_id(canonical), canonical, "company", region_level(where), "金融", where,
                            why=(f"{m['bank']}: the branch of {banks[m['bank']]} in {where}",
                                 f"canonical name {canonical!r}"))

    def _branch_place(self, written: str, ctx: Context) -> str | None:
        """The city or county a company's branch is named after: a level character (县移动公司) is the plan's
        own place at that level, a place's name (安康, 安康市) that place."""
        if written in self.vocab.levels:
            level = self._level_char(written, ctx)
            return self._at_level(level, ctx) if level in ("city", "district") else None
        found = self.region(written, ctx.jurisdiction)
        place = gazetteer.load().official(found) if found else None
        return place if place and region_level(place) in ("city", "district") else None

    def _grid(self, body: str, ctx: Context, grid: dict[str, Any]) -> ResolvedUnit | None:
        """县供电公司, 六安供电公司: State Grid's local company, named 国网 + the place without 市/县 + 供电公司
        (国网六安供电公司), outside the provinces China Southern Grid serves."""
        if not body.endswith(grid["word"]) or any(p in _chain(ctx) for p in grid["except"]):
            return None
        place = body.removesuffix(grid["word"])
        if place in self.vocab.levels:
            level = self._level_char(place, ctx)
            where = self._at_level(level, ctx) if level else None
            if where is None:
                return None
            place = _short_place(where)
        elif not place or place[0] in self.vocab.levels or self._place(place, ctx) == place:
            return None  # not a place (城区供电公司 …): kept as written by the caller's rules
        elif any(p in ancestors(self._place(place, ctx)) for p in grid["except"]):
            return None  # 昆明供电局: China Southern Grid's
        canonical = f"{grid['prefix']}{place}{grid['word']}公司"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "company", "unknown", "企业", None,
                            why=(f"{body}公司: the State Grid company of {place}", f"canonical name {canonical!r}"))

    def _named(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """A standard department (or 人民政府) after a place or level prefix, or with none."""
        for level, where, rest, why in self._prefixes(name, ctx):
            dept = self._dept(rest, ctx)
            if dept is None:
                continue
            if not why:  # no prefix: the suffix may imply the level (厅 → province)
                level, where, why = self._implied(dept, ctx)
            written = name[0] if rest == name[1:] and name[0] in self.vocab.levels else None
            if level == "national" and rest == name[2:] and dept.official("national") == dept.body:
                written = name[:2]  # 国家乡村振兴局, 国家体育总局: the 国家 is part of the name
            if written is None and where is None and level == "district":
                written = ctx.placeholder(level) or None
            why = (*why, f"{rest!r} is the standard department {dept.body!r} (system {dept.system})")
            dept, why = self._in_force(dept, level, where, ctx.year, why)
            dept, why = _local_name(dept, level, where, why)
            return self._department(dept, level, where, why, written)
        return None

    def _in_force(self, dept: Dept, level: Level, where: str | None, year: int | None,
                  why: tuple[str, ...]) -> tuple[Dept, tuple[str, ...]]:
        """The department a plan means by an old name: after a rename every place took (环境保护局 →
        生态环境局, 2019), a later plan's 环保局 is the bureau in office; before it, the old one."""
        for _ in range(3):  # renames may follow one another: each that came before the plan applies
            r = next((r for r in self.vocab.renames if r.old == dept.body and level in r.levels and r.everywhere
                      and r.applies(where) and year and year > int(r.date[:4])), None)
            new = self.vocab.departments.get(r.new) if r else None
            if r is None or new is None:
                break
            done = "merged into" if r.kind == "merger" else "renamed"
            why = (*why, f"{dept.body} {done} {r.new} in {r.date} ({r.source}): a {year} plan means the latter")
            dept = new
        return dept, why

    def _dept(self, written: str, ctx: Context) -> Dept | None:
        """The department a written body names in the document's year (省广电局 in 2012: 广播电影电视局)."""
        dated = self.vocab.dated.get(written, [])
        for until, dept in dated:
            if ctx.year and ctx.year < until:
                return dept
        return self.vocab.departments.get(written) or (dated[-1][1] if dated else None)

    def _implied(self, dept: Dept, ctx: Context) -> tuple[Level, str | None, tuple[str, ...]]:
        implied = self.vocab.implies.get(dept.suffix[-1:]) if dept.suffix else None
        if implied is None or implied == ctx.level:
            return ctx.level, ctx.jurisdiction, (f"no prefix: the document's own level ({ctx.level})",)
        if implied == "national":
            return "national", None, ("no prefix and suffix 部: a national ministry",)
        where = self._at_level(implied, ctx)
        return implied, where, (f"no prefix; suffix {dept.suffix[-1]} implies level {implied} → "
                                f"{_where(where, implied, ctx)}",)

    def _prefixes(self, name: str, ctx: Context) -> Iterator[tuple[Level, str | None, str, tuple[str, ...]]]:
        """Ways to read ``name`` as prefix + rest: a place name (longest first), a level character, none."""
        for i in range(len(name) - 1, 1, -1):
            head = name[:i]
            unknown_level_word = head[0] in self.vocab.levels and self._place(head, ctx) == head  # 市城乡建设委
            if head.endswith(self.vocab.region_suffixes) and not unknown_level_word and (
                    _looks_like_place(head) or head in known_places()):
                region = self._place(head, ctx)
                yield region_level(region), region, name[i:], (f"place prefix {head!r} → {region}",)
        own = self._own_short(name, ctx)
        if own:  # 重庆地震局 in 重庆's plan, 四川气象局 in 四川's: the short name of the document's own place
            yield region_level(own[0]), own[0], name[len(own[1]):], (f"place prefix {own[1]!r}: the short name of "
                                                                      f"the document's own {own[0]}",)
        if name.startswith(("国家", "中国")) and len(name) > 4:  # 国家发展改革委, 国家市场监管总局, 中国气象局
            yield "national", None, name[2:], (f"prefix {name[:2]!r}: a national organ",)
        level = self._level_char(name[0], ctx)
        if LEVEL_LIKE.match(name) and ctx.jurisdiction:  # 市政公用事业服务中心 in 成安县's plan: the county's
            yield self._level_of(ctx), ctx.jurisdiction, name, (
                f"{name[:2]!r} is a word, not a level prefix: the document's {ctx.jurisdiction}",)
        elif level is not None:
            where = self._at_level(level, ctx)
            yield level, where, name[1:], (f"level prefix {name[0]!r}: {level} of the document → "
                                           f"{_where(where, level, ctx)}",)
        yield self._level_of(ctx), ctx.jurisdiction, name, ()

    def _own_short(self, name: str, ctx: Context) -> tuple[str, str] | None:
        """The document's own place (or one containing it) whose short name, without 省/市/自治区, opens the name
        of a department (重庆地震局: 重庆 → 重庆市), with that short name: read only within the document's own
        chain, where it cannot be another place's."""
        for place in _chain(ctx):
            short = re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|自治州|地区|盟)$", "", place)
            if len(short) >= 2 and short != place and name.startswith(short) and len(name) > len(short) + 1 \
                    and not name.startswith(place) and name.endswith(OFFICE_ENDS):
                return place, short
        return None

    def _place(self, written: str, ctx: Context) -> str:
        """A place named in a unit name, read against the document (市中区 in 乐山市市中区's plan)."""
        for known in _chain(ctx):
            if known.endswith(written):
                return known
        found = self.region(written, ctx.jurisdiction)
        if isinstance(found, str) and found:
            return gazetteer.load().official(found)
        return _inside_city(written, ctx.jurisdiction) or _own_township(written, ctx.jurisdiction) or written

    def _at_level(self, level: Level, ctx: Context) -> str | None:
        """The document's jurisdiction at ``level``: itself or the ancestor of that level."""
        if not ctx.jurisdiction:
            return None
        if self._level_of(ctx) == level:
            return ctx.jurisdiction
        return next((a for a in ancestors(ctx.jurisdiction) if region_level(a) == level), None)

    def _level_char(self, char: str, ctx: Context) -> Level | None:
        """The level a prefix character names: 市 in a county-level city's plan (永城市) is that city itself,
        旗 and 县 a county; else the vocabulary's level."""
        if char == "市" and self._level_of(ctx) == "district" and (ctx.jurisdiction or "").endswith("市"):
            return "district"
        if char == "市" and any(r in MUNICIPALITIES for r in _chain(ctx)):  # 北京市: a province-level city
            return "province"
        return self.vocab.levels.get(char)

    @staticmethod
    def _level_of(ctx: Context) -> Level:
        if ctx.level != "unknown" or not ctx.jurisdiction:
            return ctx.level
        return region_level(ctx.jurisdiction)

    def _department(self, dept: Dept, level: Level, where: str | None, why: tuple[str, ...],
                    written: str | None = None) -> ResolvedUnit:
        """The node of ``dept`` in ``where`` (or, when the place is unknown, the level prefix as written — a
        county's 县 stays 县 — or a placeholder), with the renames that apply to it."""
        city_district = dept.district_branch and dept.suffix == "局" and (where or "").endswith("区")
        if (dept.suffix == "分局" or city_district) and level == "district" and where is not None:
            branch = self._branch(dept, where, why)
            if branch is not None:
                return branch
        if dept.branch_in and level == "district" and where is not None:
            served = self._served_branch(dept, where, why)
            if served is not None:
                return served
        prefix = where if where is not None else written or PLACEHOLDER.get(level, "")
        canonical = prefix + dept.official(level)
        if dept.form and where is not None:  # 县政协办: 中国人民政治协商会议房县委员会办公室
            canonical = dept.form.format(place=where) + dept.suffix
        if dept.system == "党委办公" and where is not None and where.endswith(AUTONOMOUS):
            canonical = canonical.replace("委办公", "委员会办公", 1)  # 中共楚雄彝族自治州委员会办公室
        if dept.system == "政府" and where is not None and _is_zone(where):  # a zone is run by its 管理委员会
            canonical = canonical.replace("人民政府", "管理委员会", 1)
        if dept.party and where is not None:  # a Party organ: 中共乐山市市中区委宣传部; 中共房县县委宣传部
            own = re.fullmatch(r".县", where) and not dept.official(level).startswith("委员会")  # 中共房县委员会
            canonical = "中共" + canonical.replace(where, where + "县", 1) if own else "中共" + canonical
        if dept.vertical and where is not None and level != "national":
            canonical = dept.vertical + canonical
        at = dict(dept.branch_at).get(level, "" if dept.branch_at else "分局")
        if dept.branch and where is not None and level != "national" and at:  # 国家外汇管理局安徽省分局
            canonical = f"{dept.branch}{where}{at}"  # 中国人民银行桐乡市支行
        kind: UnitKind = "government" if dept.system == "政府" and not dept.suffix else "department"
        links = tuple(self._successors(dept, level, where))
        return ResolvedUnit(ids.unit_id(canonical), canonical, kind, level, dept.system, where or None,
                            why=(*why, f"canonical name {canonical!r}"), links=links)

    def _branch(self, dept: Dept, where: str, why: tuple[str, ...]) -> ResolvedUnit | None:
        """区公安分局 in a district's plan: the city bureau's branch in the district (乐山市公安局市中区分局),
        PART_OF the city bureau; a county's branch is named by the county without 县 (南阳市生态环境局淅川分局)."""
        city = next((a for a in ancestors(where) if region_level(a) == "city" or a in MUNICIPALITIES), None)
        bureau = self.vocab.departments.get(dept.body.removesuffix("分局").removesuffix(dept.suffix) + "局")
        if city is None or bureau is None:
            return None
        head = self._department(replace(bureau, district_branch=False), region_level(city), city, ())
        own = where.removeprefix(city)
        short = re.sub(r"(?:新区|区|县|市|旗|自治县|自治旗)$", "", own)  # 辽中区 → 沈阳市自然资源局辽中分局
        if len(short) < 2 or short in gazetteer.load().never or (dept.district_branch
                                                                  and city not in dept.short_branch_in):
            short = own  # 市中区 stays 乐山市公安局市中区分局; police branches keep 区 (广元市公安局朝天区分局)
        canonical = f"{head.canonical}{short}分局"
        step = f"a 分局 of a district or county: the branch of {head.canonical} there, PART_OF it"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "district", dept.system, where,
                            why=(*why, step, f"canonical name {canonical!r}"),
                            links=(Link("PART_OF", head, props=(("relation", "branch"),)),))

    def _served_branch(self, dept: Dept, where: str, why: tuple[str, ...]) -> ResolvedUnit | None:
        """区规资局 in 重庆市渝中区: the district has no bureau of its own; the municipal bureau's branch serves it
        (重庆市规划和自然资源局渝中区分局), PART_OF the municipal bureau."""
        for city, districts in dept.branch_in:
            own = where.removeprefix(city)
            if own == where or own not in districts:
                continue
            level = region_level(city)
            head = self._department(replace(dept, branch_in=()), level, city, ())
            canonical = f"{head.canonical}{own}分局"
            step = f"{own} of {city} has no {dept.body} of its own: the branch of {head.canonical} there"
            return ResolvedUnit(ids.unit_id(canonical), canonical, "department", "district", dept.system, where,
                                why=(*why, step, f"canonical name {canonical!r}"),
                                links=(Link("PART_OF", head, props=(("relation", "branch"),)),))
        return None

    def _successors(self, dept: Dept, level: Level, where: str | None) -> Iterator[Link]:
        for r in self.vocab.renames:
            if r.old == dept.body and level in r.levels and r.applies(where):
                new = self._department(self.vocab.departments[r.new], level, where,
                                       (f"what {dept.body} became: {r.kind} {r.date} ({r.source})",))
                yield Link("SUCCEEDED_BY", new, props=(("date", r.date), ("source", r.source), ("kind", r.kind)))

    # -- groups ------------------------------------------------------------------------------------

    def _group(self, name: str, ctx: Context) -> ResolvedUnit | None:
        return (self._place_group(name, ctx) or self._place_dept_group(name, ctx) or self._body_group(name, ctx)
                or self._system_group(name, ctx))

    def _place_dept_group(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """各区城市管理执法局, 各县（市、区）生态环境局: the one department of each of a set of places, a group in the
        scope of the places' owner (the plan's city), never a place named 各区."""
        v = self.vocab
        m = re.fullmatch(rf"(?P<pre>[省市区县])?(?P<q>{_alt(q for q in v.quantifiers if q != '各级')})"
                         rf"(?P<place>{_alt(v.places)})(?P<rest>.{{2,}})", name)
        dept = self._dept(m["rest"], ctx) if m else None
        if m is None or dept is None or dept.system == "政府":
            return None
        member_level, _ = v.places[m["place"]]
        owner = self._owner_region(member_level, m["pre"], ctx)
        canonical = f"{owner or ''}{v.quantifiers[m['q']]}{m['place']}{dept.body}"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "group", member_level, dept.system, owner,
                            why=(f"generic group: {m['q']} + {m['place']} (members at level {member_level}), each "
                                 f"one's {dept.body!r} (system {dept.system})", f"canonical name {canonical!r}"))

    def _place_group(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """各市（州）人民政府, 相关市, 各乡镇（街道）, 乡镇（街道）: the governments of a set of places."""
        v = self.vocab
        m = re.fullmatch(rf"(?P<pre>[省市区县])?(?P<q>{_alt(v.quantifiers)})?(?P<place>{_alt(v.places)})"
                         rf"(?P<gov>人民政府|政府|办事处)?", name)
        if not m or not (m["q"] or "（" in m["place"]):
            return None
        member_level, government = v.places[m["place"]]
        quantifier = v.quantifiers.get(m["q"] or "", "各")
        owner = self._owner_region(member_level, m["pre"], ctx)
        canonical = f"{owner or ''}{quantifier}{m['place']}{government}"
        why = [f"generic group: {quantifier} + {m['place']} (members at level {member_level})"]
        members = children(owner, member_level, m["place"]) if owner and quantifier == "各" else []
        self.places_used.update(members)
        if quantifier != "各":
            why.append("相关/有关 names an unstated subset: members not expanded")
        elif not members:
            why.append("the gazetteer cannot list the members yet (TODO: expand when it can)")
        else:
            why.append(f"{len(members)} members from the gazetteer")
        links = tuple(Link("HAS_MEMBER", region=r) for r in members)
        return ResolvedUnit(ids.unit_id(canonical), canonical, "group", member_level, "政府", owner,
                            why=(*why, f"canonical name {canonical!r}"), links=links)

    def _owner_region(self, member_level: Level, pre: str | None, ctx: Context) -> str | None:
        """The region whose subdivisions a group means: the level prefix's, else the nearest region of the
        document above the members' level."""
        if pre:
            return self._at_level(self.vocab.levels[pre], ctx)
        below = LEVEL_ORDER[member_level]
        return next((r for r in _chain(ctx) if LEVEL_ORDER.get(region_level(r), 9) < below), None)

    def _body_group(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """省直相关部门, 省政府各部门, 各责任单位, 有关部门: an unnamed set of units."""
        v = self.vocab
        m = re.fullmatch(rf"(?P<pre>[省市区县])?(?P<mid>{_alt(w for w in v.body_between if w)})?"
                         rf"(?P<q>{_alt(v.quantifiers)})(?P<word>{_alt(v.body_words)})", name)
        if not m:
            return None
        level = v.levels[m["pre"]] if m["pre"] else self._level_of(ctx)
        where = self._at_level(level, ctx) if m["pre"] else ctx.jurisdiction
        quantifier = v.quantifiers[m["q"]]
        prefix = where if where is not None else (m["pre"] or "")
        canonical = f"{prefix}{m['mid'] or ''}{quantifier}{m['word']}"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "group", level, None, where,
                            why=(f"generic group of units ({quantifier}{m['word']}): members not named",
                                 f"canonical name {canonical!r}"))

    def _system_group(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """各级发展改革（部门）, or a bare system name in prose (住房城乡建设、自然资源…等部门): the departments
        of one functional system within the document's jurisdiction."""
        # 市场监管 opens with 市 but is no city's: 市场, 市容, 市政 (not 市政府) are words
        m = re.fullmatch(r"(?P<pre>[省市区县](?!场|容|域|政(?!府))[级直]?)?(?P<q>各级)?(?P<stem>.+?)(?:部门)?", name)
        system = self.vocab.stems.get(m["stem"]) if m else None
        if m is not None and system is None and not m["q"]:
            return self._party_system(m["stem"], m["pre"], ctx)
        if m is None or system is None or (system == "政府" and not m["q"]) or (
                m["stem"] in self.vocab.departments and not m["q"]):
            return None  # a stem that is itself a full name (纪委监委) names the department
        level = (self._level_char(m["pre"][0], ctx) or "unknown") if m["pre"] else self._level_of(ctx)
        where = self._at_level(level, ctx) if m["pre"] else ctx.jurisdiction
        if level == "township" and not m["pre"]:  # a township has no 公安 of its own: its county's
            level, where = "district", self._township_owner(ctx.jurisdiction or "", ctx)
        municipal = where in MUNICIPALITIES
        dept = None if m["q"] else self._system_department(system, "city" if municipal else level, ctx.year,
                                                           m["stem"])
        if dept is not None and where is not None:  # 生态环境 in a province's list: its 生态环境厅; 北京市: 局
            dept, why = _local_name(dept, level, where, (f"bare system name {m['stem']!r} in a {level} plan: "
                                                         f"the {system} department of {where}",))
            return self._department(dept, level, where, why)
        label = "各级" if m["q"] else ""
        prefix = where or (m["pre"] or "")[:1]
        # the group keeps the words it was written with (各级应急管理部门, not 各级应急部门)
        tail = "" if m["stem"] in self.vocab.departments else "部门"  # 各级安委办: a body's name is whole
        canonical = f"{prefix}{label}{m['stem']}{tail}" if system != "政府" else f"{prefix}各级政府"
        level = "unknown" if m["q"] else level  # 各级: every level, not the document's
        return ResolvedUnit(ids.unit_id(canonical), canonical, "group", level, system, where,
                            why=(f"bare system name {m['stem']!r}: the {system} departments of the "
                                 f"jurisdiction{' at every level' if m['q'] else ''}", f"canonical name {canonical!r}"))

    def _party_system(self, stem: str, pre: str | None, ctx: Context) -> ResolvedUnit | None:
        """宣传部门, 组织部门 in a list of systems: the Party committee's 宣传部 (委宣传部) of the place, as
        中共齐齐哈尔市委宣传部."""
        dept = self.vocab.departments.get(f"委{stem}部")
        if dept is None or not dept.party:
            return None
        level = (self._level_char(pre[0], ctx) or "unknown") if pre else self._level_of(ctx)
        where = self._at_level(level, ctx) if pre else ctx.jurisdiction
        if where is None:
            return None
        return self._department(dept, level, where, (f"{stem}部门: the Party committee's {stem}部 of {where}",))

    def _system_department(self, system: str, level: Level, year: int | None, written: str = "") -> Dept | None:
        """The department of ``system`` at ``level``, by the name in force in ``year`` (生态环境 at province
        level: 生态环境厅; in 2017, 环境保护厅). The first entry of a system in data/units.toml is its
        current name; the suffix is the level's usual one (厅 for a province, 局 below) unless it says else.
        In the year of the rename itself the plan may be from either side of it: the new name ``written``
        (生态环境, 农业农村 in a 2019 plan) says which."""
        suffixes = SYSTEM_SUFFIX.get(level)
        if suffixes is None:
            return None
        # the department written by its own stem first (自然资源和规划部门: the 自然资源和规划局, not 自然资源局)
        written_first = sorted(self.vocab.entries, key=lambda e: written != e["stem"])
        for e in written_first:
            if e["system"] != system or "until" in e or e["stem"].startswith("委") or e.get("variant"):
                continue
            own = e.get("level_suffix", {}).get(level)
            suffix = own or next((x for x in suffixes if x in e.get("suffixes", ["厅", "局", "分局"])), None)
            if suffix is None:
                continue
            dept = self.vocab.departments.get(e["stem"] + suffix)
            if dept is not None and written == e["stem"] and any(r.old == dept.body for r in self.vocab.renames):
                continue  # an old name written (环境保护部门): the system's department by the plan's year, below
            if dept is None:
                return None
            for r in self.vocab.renames:  # before the rename, the old name
                after = written in (e["stem"], *e.get("aliases", ())) and year == int(r.date[:4])
                if r.new == dept.body and level in r.levels and year and year <= int(r.date[:4]) and not after:
                    return self.vocab.departments.get(r.old, dept)
                if (r.new == dept.body and level in r.levels and year is None and self._old_form(written, r.old)
                        and written not in (e["stem"], *e.get("aliases", ()))):  # 交通 is 交通运输's short form too
                    return self.vocab.departments.get(r.old, dept)  # 环保部门 in a plan of no known year
            return dept
        return None

    def _old_form(self, written: str, old: str) -> bool:
        """Whether ``written`` (环保, 环境保护) is how the department ``old`` (环境保护局) is written: a plan of no
        known year that writes the old name means the old department, as with 环保局."""
        return bool(written) and any(old.startswith(e["stem"]) and written in (e["stem"], *e.get("aliases", ()))
                                     and old.removeprefix(e["stem"]) in e.get("suffixes", ())
                                     for e in self.vocab.entries)

    # -- parentheses, committees, governments, divisions ----------------------------------------------

    def _parenthesis(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """X（Y）: Y is part of X (省发展改革委（省能源局）), or hosts X when X is a committee office
        (领导小组办公室（环境保护厅）). The mention resolves to X."""
        m = re.fullmatch(r"(?P<main>.+?)（(?P<sub>[^（）]+)）", name)
        if not m:
            return None
        main, sub = self._resolve(m["main"], ctx), self._remember(m["sub"], ctx, division=False)
        if main.kind == "other" and sub.kind == "government" and m["main"].endswith(PARK_ENDS):
            # 高新园（邹区镇）: a park run by the township named with it; the township's government answers
            return replace(sub, why=(*sub.why, f"{m['main']} is run by {m['sub']}: its government answers"))
        if main.kind == "other":
            return None
        if sub.kind == "other":
            return replace(main, why=(*main.why, f"({m['sub']}) is not a unit: ignored"))
        if main.kind == "committee" and sub.kind == "department":
            link = Link("PART_OF", sub, props=(("relation", "hosted_by"),))
            step = f"({m['sub']}) hosts the committee office: {main.canonical} PART_OF {sub.canonical}"
        else:
            link = Link("PART_OF", sub, reverse=True, props=(("relation", "sub_unit"),))
            step = f"({m['sub']}) is a sub-unit: {sub.canonical} PART_OF {main.canonical}"
        return replace(main, why=(*main.why, step), links=(*main.links, link))

    def _committee(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """…领导小组, …指挥部 (a non-standing body), its 办公室 (PART_OF it) and its 成员单位 (a group)."""
        v = self.vocab
        m = re.fullmatch(rf"(?P<body>.*?(?:{_alt(v.committee_bodies)}))(?P<q>相关|有关|各)?"
                         rf"(?P<tail>{_alt(v.committee_tails)})?", name)
        if not m:
            return None
        # per document, as far as the resolver tells documents apart (its cache does so by their Context): a
        # committee one plan named is no other plan's, even of the same place or of none known
        seen = self._committees.setdefault((ctx, m["body"][-3:]), [])
        if m["body"] in v.committee_bodies and len(seen) == 1:  # 协调小组办公室: the 协调小组 the plan named
            body, level, where = seen[0].canonical, seen[0].level, seen[0].jurisdiction
            why: tuple[str, ...] = (f"{m['body']} alone: the one {m['body']} the document named, {body}",)
        elif m["body"] in v.committee_bodies:  # 领导小组 alone: the one the document sets up, else not known which
            named = [c for c in ctx.committees if c.endswith(m["body"])]
            if len(named) != 1:
                return None
            body, level, where, why = self._with_place(named[0], ctx)
            why = (f"{m['body']} alone: the one {m['body']} the document sets up (成立{named[0]})", *why)
        else:
            body, level, where, why = self._with_place(m["body"], ctx)
        committee = ResolvedUnit(ids.unit_id(body), body, "committee", level, None, where,
                                 why=(*why, f"a committee: canonical name {body!r}"))
        if m["body"] not in v.committee_bodies and all(c.id != committee.id for c in seen):
            seen.append(committee)
        tail = m["tail"]
        if not tail:
            return committee
        canonical = body + ("相关" if m["q"] else "") + tail
        kind: UnitKind = "committee" if tail == "办公室" else "group"
        step = f"the {tail} of the committee {body}: PART_OF it"
        return ResolvedUnit(ids.unit_id(canonical), canonical, kind, level, None, where,
                            why=(*committee.why, step, f"canonical name {canonical!r}"),
                            links=(Link("PART_OF", committee, props=(("relation", tail),)),))

    def _with_place(self, name: str, ctx: Context) -> tuple[str, Level, str | None, tuple[str, ...]]:
        """A name with its level prefix replaced by the jurisdiction, or the jurisdiction prepended."""
        level = self._level_char(name[0], ctx)
        if level is not None and not LEVEL_LIKE.match(name):
            where = self._at_level(level, ctx)
            why = f"level prefix {name[0]!r} → {_where(where, level, ctx)}"
            return (where or name[0]) + name[1:], level, where, (why,)
        for i in range(len(name) - 1, 1, -1):
            if name[:i].endswith(self.vocab.region_suffixes) and self._place(name[:i], ctx) != name[:i]:
                region = self._place(name[:i], ctx)
                return region + name[i:], region_level(region), region, (f"place {name[:i]!r} → {region}",)
        if any(name.startswith(r) for r in _chain(ctx)):
            return name, self._level_of(ctx), ctx.jurisdiction, ("names its place in full",)
        where = ctx.jurisdiction
        why = f"no prefix: the document's {_where(where, self._level_of(ctx), ctx)}"
        return (where or "") + name, self._level_of(ctx), where, (why,)


    def _government(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """A place named alone in a unit list stands for its government (罗汉镇, 成都市), as does the government
        of a town or street written in full (新安街道办事处, 昌化镇人民政府)."""
        name = re.sub(r"(?<=街道)办(?:事处)?$|(?<=[镇乡])人民政府$", "", name)
        zoned = re.fullmatch(rf"(?P<l>[市县区])(?P<rest>[\u4e00-\u9fff]{{2,12}}(?:{_alt(ZONE_WORDS)}))", name)
        level = self._level_char(zoned["l"], ctx) if zoned else None
        where = self._at_level(level, ctx) if level else None
        if zoned and where and not self.region(zoned["rest"], ctx.jurisdiction):  # 市城乡一体化示范区: the city's
            canonical = f"{where}{zoned['rest']}管理委员会"
            return ResolvedUnit(ids.unit_id(canonical), canonical, "government", level or "unknown", "政府", where,
                                why=(f"{zoned['l']}{zoned['rest']}: a zone of {where}, run by its 管理委员会",
                                     f"canonical name {canonical!r}"))
        if name == "街道" and not (ctx.jurisdiction or "").endswith("街道"):
            return None  # 街道办 names a street's office only in that street's own plan
        if len(name) < 2 or not name.endswith(self.vocab.region_suffixes) or name[:-1] in self.vocab.levels:
            return None
        if name.endswith(self.vocab.not_region):  # a garrison has no 人民政府
            return None
        region = self._place(name, ctx)
        if region == name and self.region(name, ctx.jurisdiction) is None and not _looks_like_place(name):
            return None
        level = region_level(region)
        suffix = "办事处" if region.endswith("街道") else "人民政府"
        canonical = region + suffix
        if region.endswith(ZONE_WORDS):  # a development zone is run by its 管理委员会, not a government;
            # a name that opens with its place is a proper name, kept as written (嘉鱼经济开发区, not
            # 咸宁市嘉鱼县经济开发区); a bare one takes the plan's place (平顶山市城乡一体化示范区)
            # 高新区, 经开区 after a place are abbreviations; …开发区 is a name of its own (嘉鱼旅游开发区)
            zone = next((z for z in sorted(ZONES, key=len, reverse=True) if name.endswith(z) and z != "开发区"), "")
            written = name[0] not in self.vocab.levels and (not region.endswith(name) or len(name) > len(zone) > 0)
            full = name.removesuffix(zone) + ZONES[zone] if zone else name  # 达州高新区: 达州高新技术产业开发区
            opening = self._zone_district(name, ctx) if written else None
            if opening:  # 立山经济开发区 of 鞍山市立山区: 鞍山立山经济开发区
                full = _zone_head(opening[0]) + full.removeprefix(opening[1])
            canonical = (full if written else region) + "管理委员会"
        owner = self._township_owner(region, ctx)
        if owner and not region.endswith(ZONE_WORDS):  # 凤城镇 in 连江县's plan: 连江县凤城镇人民政府
            canonical = _town_government(owner, region)
        return ResolvedUnit(ids.unit_id(canonical), canonical, "government", level, "政府", region,
                            why=(f"a place ({region}) named as a unit: its government",
                                 f"canonical name {canonical!r}"))

    def _zone_district(self, name: str, ctx: Context) -> tuple[str, str] | None:
        """The city's district (市辖区) whose name or short form opens a zone's name (立山经济开发区: 鞍山市立山区,
        立山), with the words it is written in; None for a county's or a city's zone (嘉鱼经济开发区)."""
        for k in range(min(len(name) - 2, 5), 1, -1):
            found = self.region(name[:k], ctx.jurisdiction)
            if found and region_level(found) == "district" and found.endswith("区") and ancestors(found):
                return found, name[:k]
        return None

    def _county_short(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """A division of the plan's own place written by its short name in a unit list (石林、禄劝2个县要…:
        石林彝族自治县人民政府; 成都、德阳 in a province's plan: 成都市人民政府): a city assigns tasks to its own
        counties, a province to its cities, so the short name is read only among the divisions one level below
        the jurisdiction, inside it, never across places."""
        below = {"province": "city", "city": "district"}.get(self._level_of(ctx))
        if self._level_of(ctx) == "district" and ctx.jurisdiction:
            return self._township_short(name, ctx)
        if not ctx.jurisdiction or len(name) < 2 or below is None:
            return None
        gaz = gazetteer.load()
        written = {*gaz.forms.get(name, ()), *gaz.short.get(name, ())}  # 德阳 (a form), 石林 (a short form)
        inside = [p for p in sorted(written) if getattr(known_places().get(p), "level", None) == below
                  and ctx.jurisdiction in (gaz.official(a) for a in gaz.ancestors(p)[1:])]
        if len(inside) != 1:
            return None
        region = gaz.official(inside[0])
        canonical = region + "人民政府"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "government", cast(Level, below), "政府", region,
                            why=(f"{name!r} is the short name of {region}, a division of {ctx.jurisdiction}: its "
                                 "government", f"canonical name {canonical!r}"))

    def _township_short(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """A township of the plan's own county written by its short name in a unit list (马坡、南彩 in 顺义区's
        plan: 北京市顺义区马坡镇人民政府): a county assigns tasks to its own townships, so the name is read only
        among them, by the national township list. A Beijing 地区 (马坡地区) is its 镇 under a second name."""
        gaz = gazetteer.load()
        own = gaz.region(ctx.jurisdiction or "")
        if own is None or len(name) < 2 or name.endswith(("镇", "乡", "街道", "地区")):
            return None
        codes = _codes_of(own)
        listed = gazetteer.townships()
        found = [name + end for end in ("镇", "乡", "街道", "地区") if set(listed.get(name + end, ())) & codes]
        if len(found) != 1 or name in self.vocab.levels:
            return None
        town = re.sub(r"地区$", "镇", found[0])
        canonical = _town_government(ctx.jurisdiction or "", town)
        return ResolvedUnit(ids.unit_id(canonical), canonical, "government", "township", "政府", town,
                            why=(f"{name!r} is the short name of {found[0]}, a township of {ctx.jurisdiction}: its "
                                 "government", f"canonical name {canonical!r}"))

    def _township_owner(self, town: str, ctx: Context) -> str | None:
        """The county or district a town, township or street belongs to, by its official name: the
        gazetteer's parent, else the document's own county when the plan is a county's."""
        if not town.endswith(("镇", "乡", "街道")):
            return None
        place = known_places().get(town)
        if place is not None and place.parent:
            return gazetteer.load().official(place.parent)
        if self._level_of(ctx) == "district" and ctx.jurisdiction and not town.startswith(ctx.jurisdiction):
            return ctx.jurisdiction
        county = gazetteer.load().township_county(town)
        return gazetteer.load().official(county) if county else None

    def _sub_division(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """A known department + a division of it: 环境保护厅办公室, 省政府督查室, 生态环境部大气环境司 — a division
        PART_OF the department (a ministry's internal 局 too: 公安部交通管理局)."""
        for suffix in DIVISION_SUFFIXES:
            head = name[: -len(suffix)]
            if suffix in GOVERNMENT_OFFICES and name.endswith(suffix) and head in ("", *self.vocab.levels):
                owner = self._named(head + "政府", ctx)  # 县督查室: the county government's
                if owner is not None:
                    return self._part_of(owner, _expand_tail(suffix), f"{name}: the {suffix} of {owner.canonical}")
            if name.endswith(suffix) and len(name) > len(suffix):
                owner = self._named(head, ctx)
                if owner is not None:  # 区政府督查办: the 督查办公室 of the government
                    return self._part_of(owner, _expand_tail(suffix, party=True),
                                         f"{suffix} of the department {owner.canonical}")
        for i in range(len(name) - 2, 1, -1):
            head, rest = name[:i], name[i:]
            ends = (*DIVISION_END, "局") if head.endswith("部") else DIVISION_END
            if not rest.endswith(ends) or len(rest) < 2:
                continue
            # a 司 is a ministry's: 发展改革委环资司 in a province's plan is the national commission's
            national = rest.endswith("司") and head[0] not in self.vocab.levels
            owner = self._named(head, Context(level="national", year=ctx.year) if national else ctx)
            if owner is not None and owner.kind == "department":
                return self._part_of(owner, rest, f"{rest} is a division of the department {owner.canonical}")
        return None

    def _joint_office(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """区委区政府督查室, 县委县政府督查室, 两办督查室 (两办: the offices of both): one office of the Party
        committee and the government of a place, named after both (中共西安市未央区委西安市未央区人民政府督查室)."""
        m = re.fullmatch(r"(?:(?P<l>[省市区县州旗])委(?P=l)?政府|(?P<two>[省市区县州旗])?两办)"
                         r"(?P<office>.{2,}?(?:办公室|室|办))", name)
        if m and not m["l"] and not m["two"]:  # 两办督查室: the two offices (委办, 政府办) of the plan's own place
            level: Level | None = self._level_of(ctx) if self._level_of(ctx) in ("province", "city", "district") \
                else None
        else:
            level = self._level_char(m["l"] or m["two"], ctx) if m else None
        where = self._at_level(level, ctx) if level else None
        if m is None or level is None or where is None:
            return None
        canonical = f"{_party(where)}委{where}人民政府{_expand_tail(m['office'])}"
        return ResolvedUnit(ids.unit_id(canonical), canonical, "department", level, "党委办公", where,
                            why=(f"{m['l']}委{m['l']}政府…: an office of both the Party committee and the government "
                                 f"of {where}", f"canonical name {canonical!r}"))

    def _issuers_division(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """大气环境司 in a notice of 生态环境部: a ministry's 司 named bare is a division of the issuing ministry."""
        if not name.endswith("司") or name.endswith("公司") or len(name) < 3:
            return None
        owner = self._issuer(ctx)
        if owner is None or owner.kind != "department" or owner.level != "national":
            return None
        return self._part_of(owner, name, f"{name}: a division of the issuing ministry {owner.canonical}")

    def _part_of(self, owner: ResolvedUnit, name: str, step: str) -> ResolvedUnit:
        """A division of ``owner``. It carries no system: it is not a counterpart of other departments of
        the owner's system (the system is one PART_OF hop away). 各处（室） is a group of divisions."""
        # a division of the Party committee carries 委, not 委员会: 中共广元市昭化区委督查室, and a county of one
        # character its 县 again, as its other organs (中共房县县委督查室, as 中共房县县委宣传部)
        base = owner.canonical
        if owner.system == "党委":
            one = owner.jurisdiction and re.fullmatch(r".县", owner.jurisdiction) and owner.canonical.startswith("中共")
            base = (_party(owner.jurisdiction) + "委" if one and owner.jurisdiction
                    else base.removesuffix("委员会") + "委")
        canonical = base + name
        kind: UnitKind = "group" if name.startswith("各") else "division"
        return ResolvedUnit(ids.unit_id(canonical), canonical, kind, owner.level, None,
                            owner.jurisdiction, why=(*owner.why, step, f"canonical name {canonical!r}"),
                            links=(Link("PART_OF", owner, props=(("relation", "division"),)),))

    def _partial(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """A level or place prefix + an unknown stem + a standard suffix (区委目标绩效办, 市工业集中区管委会):
        a department of that place whose system is unknown."""
        for level, where, rest, why in self._prefixes(name, ctx):
            suffix = next((s for s in self.vocab.generic_suffixes if rest.endswith(s)), None)
            level_word = rest[:1] in self.vocab.levels and not LEVEL_LIKE.match(rest)
            own = not why and level == "township" and where
            named = where
            if own and suffix is None and rest.endswith("院"):
                suffix = "院"  # the township's 卫生院, 敬老院
            if own and suffix in ("站", "所", "办", "中心", "院"):
                why = (f"no prefix in a township's plan: {where}'s own {suffix}",)  # 文化站, 城建办 of 徐庄镇
                town = re.sub(r"(?:镇|乡)$", "", where or "")
                if rest.endswith(self.vocab.stations) and len(town) >= 2:
                    # a county bureau's station in a township is named by the township's name alone (徐庄派出所,
                    # 徐庄安监所), not by the township's government
                    named, why = town, (f"no prefix in a township's plan: the station named by {town}",)
            bare = not why and name == rest and self._bare_name(name, suffix, ctx)
            if bare:
                why = (f"no place prefix, in a plan of {where}: {where}'s own",)
            if not why or suffix is None or len(rest) <= len(suffix) or level_word:
                continue
            if re.search(r"[局厅委办部]", rest[: -len(suffix)].removeprefix("委")):
                return None  # several units run together (省委省国资委省安监局): not one department
            if rest.startswith("委") and where is not None and not bare:  # 区委督查落实办: a Party organ
                canonical = f"{_party(where)}委{_expand_tail(rest[1:], party=True)}"
                return ResolvedUnit(ids.unit_id(canonical), canonical, "department", level, "党委", where,
                                    why=(*why, f"委 + {rest[1:]!r}: a body of the Party committee of {where}",
                                         f"canonical name {canonical!r}"))
            if rest.startswith("政府") and not GOVERNMENT_WORD.match(rest) and where is not None \
                    and not rest.endswith("办"):  # a contracted office (政府绩效办) is kept as written, below
                rest = "人民" + rest  # 市政府安全生产督查组: a body of the 人民政府 (政府采购中心 is a word)
            written = name[0] if rest == name[1:] and name[0] in self.vocab.levels else None
            prefix = named if named is not None else written or ctx.placeholder(level)
            head = name[: len(name) - len(rest)]
            if any(z in rest for z in ZONE_WORDS) and head and head[0] not in self.vocab.levels:
                prefix = head  # a zone keeps the place as its name writes it: 杭州城西科创产业集聚区管理委员会
            if level == "national" and where is None:
                prefix = head  # 中国环境科学研究院 keeps its 中国
            canonical = prefix + _expand_tail(rest)
            return ResolvedUnit(ids.unit_id(canonical), canonical, "department", level, None, where,
                                why=(*why, f"unknown stem with the suffix {suffix}: a department, system unknown",
                                     f"canonical name {canonical!r}"))
        return None

    def _bare_name(self, name: str, suffix: str | None, ctx: Context) -> bool:
        """畜牧局, 铁路建设办 with no prefix in a plan that knows its place: a unit of that place (a plan names
        other places' units with their place). Not a name that opens with a place (长沙先导区管委会) or is a
        committee's word alone (领导小组办公室: which one is not known)."""
        if not (ctx.jurisdiction and suffix in BARE_SUFFIXES and len(name) > len(suffix or "") + 1):
            return False
        if name[0] in self.vocab.levels or re.match(r"各|有关|相关|本|我|该|其", name):
            return False
        if name.startswith(self.vocab.committee_bodies):
            return False
        gaz = gazetteer.load()
        return not any(gaz.region(name[:i]) for i in range(2, min(len(name) - len(suffix or ""), 6) + 1))

    def _park(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """新材料产业园, 商贸物流园 named bare in a county's or city's plan: a park of the plan's own place,
        named after it (金乡县新材料产业园); a park of some other place names its place."""
        if not PARK.fullmatch(name) or name[0] in self.vocab.levels or not ctx.jurisdiction:
            return None
        level = self._level_of(ctx)
        if level not in ("city", "district") or self._place(name, ctx) != name:
            return None
        canonical = ctx.jurisdiction + name
        return ResolvedUnit(ids.unit_id(canonical), canonical, "department", level, "开发区", ctx.jurisdiction,
                            why=(f"a park named bare in the plan of {ctx.jurisdiction}: its own",
                                 f"canonical name {canonical!r}"))

    def _run_together(self, name: str, ctx: Context) -> ResolvedUnit | None:
        """Several units written without a separator (省委省国资委省安全监管局): a group whose members are
        the units, each its own node; never one node for several units."""
        parts = [p for p in re.split(r"(?=[省市区县](?!场|域|政(?!府)|容))", name) if p]
        if len(parts) < 2 or any(len(p) < 2 for p in parts):
            return None
        members = [self._resolve(p, ctx) for p in parts]
        if any(m.kind == "other" for m in members):
            return None
        canonical = "、".join(m.canonical for m in members)
        links = tuple(Link("HAS_MEMBER", m) for m in members)
        return ResolvedUnit(ids.unit_id(canonical), canonical, "group", members[0].level, None, ctx.jurisdiction,
                            why=(f"{len(members)} units written together: a group of them", f"canonical name "
                                 f"{canonical!r}"), links=links)

    def _division(self, written: str, ctx: Context) -> ResolvedUnit:
        """大气处 in a plan issued by (the office of) 环境保护厅: 四川省环境保护厅大气处, PART_OF it."""
        name = clean(written)
        owner = self._issuer(ctx)
        if owner is None:
            return ResolvedUnit(ids.unit_id(name), name, "division",
                                why=("internal division, but the document names no issuer: kept as written",))
        seen = self._divisions.setdefault(owner.id, [])
        longer = [d for d in seen if d.endswith(name) and d != name]
        if len(longer) == 1:  # 总队 where the department's tables name 监察总队: the same division
            found = self._part_of(owner, longer[0], f"internal division {longer[0]!r} of the issuer {owner.canonical}")
            return replace(found, why=(f"{name!r} is the short form of the division {longer[0]!r}", *found.why))
        seen.append(name)
        return self._part_of(owner, name, f"internal division {name!r} of the issuer {owner.canonical}")

    def _issuer(self, ctx: Context) -> ResolvedUnit | None:
        """The unit whose divisions a document lists: the issuer, or the department whose 办公室 issued it."""
        if not ctx.issuer:
            return None
        issuer = clean(ctx.issuer)
        for suffix in ("办公室", "办公厅"):
            if issuer.endswith(suffix):
                owner = self._named(issuer[: -len(suffix)], ctx)
                if owner is not None and owner.kind == "department":
                    return owner
        return self._resolve(issuer, ctx)


def _local_name(dept: Dept, level: Level, where: str | None, why: tuple[str, ...]) -> tuple[Dept, tuple[str, ...]]:
    """The name a province gave a department of its own (data/units.toml [[local]]): 省大数据局 in 浙江省 is the
    浙江省大数据发展管理局."""
    chain = {where, *ancestors(where)} if where else set()
    for e in data.read("units.toml").get("local", []):
        if e["body"] == dept.body and level in e["levels"] and e["province"] in chain:
            return (replace(dept, body=e["name"], full=()),
                    (*why, f"{e['province']} names its {dept.body} {e['name']} (data/units.toml [[local]])"))
    return dept, why


# a Party committee written before its government's office in one list shares the office's word (省委、省政府办公厅,
# 自治区党委、政府办公厅: both offices)
PARTY_ALONE = re.compile(r"(?:自治区|[省市州县区旗盟])?党?委")
GOVERNMENT_OFFICE = re.compile(r"(?:自治区|[省市州县区旗盟])?(?:人民)?政府(办公厅|办公室)")


def _shared_office(name: str, after: str) -> str | None:
    """办公厅 when ``name`` is a Party committee alone and ``after`` its government's 办公厅 (or 办公室)."""
    m = GOVERNMENT_OFFICE.fullmatch(after)
    return m[1] if m and PARTY_ALONE.fullmatch(name) else None


@cache
def _codes_of(place: str) -> frozenset[str]:
    """The division codes of a place the gazetteer knows (its townships are listed under them)."""
    return frozenset(c for c, p in gazetteer.load().codes.items() if p == place)


def _town_government(owner: str, town: str) -> str:
    """The government of a township of ``owner``: its 人民政府, a street's 办事处 (北京市's streets: the district
    government's, 北京市顺义区人民政府光明街道办事处)."""
    if not town.endswith("街道"):
        return f"{owner}{town}人民政府"
    styled = data.read("units.toml")["suffix"].get("street_of_government", [])
    of_government = any(p in styled for p in (owner, *ancestors(owner)))
    return f"{owner}{'人民政府' if of_government else ''}{town}办事处"


def _expand_tail(rest: str, party: bool = False) -> str:
    """管委会 and 办 written in full: 管理委员会 (乐山市工业集中区管理委员会), 办公室 (巴马瑶族自治县重大项目办公室)."""
    if rest.endswith("管委会"):
        return rest[: -len("管委会")] + "管理委员会"
    suffix = data.read("units.toml")["suffix"]
    tails: dict[str, str] = suffix["tails"]
    inner = next((w for w in suffix["inner"] if rest.startswith(w) and len(rest) > len(w) + 1), None)
    if inner and not any(rest == t for t in tails):  # 城管监察大队: 城市管理监察大队
        rest = suffix["inner"][inner] + rest.removeprefix(inner)
    tail = next((t for t in tails if rest.endswith(t)), None)
    if tail:
        return rest.removesuffix(tail) + tails[tail]
    # a 办 after a stem of four characters or more is its 办公室 (重大项目办, 督查落实办), as is every 办 of a
    # Party committee (县委督查办: 中共西乡县委督查办公室); other short stems and the government's offices are
    # contracted (应急办, 政府绩效办 = 人民政府绩效管理办公室): kept
    stem = rest.removesuffix("办")
    whole = rest.endswith("办") and (party or (len(stem) >= 4 and not stem.startswith(("委", "政府"))))
    return rest + "公室" if whole else rest


def _party(where: str) -> str:
    """How a Party organ opens: 中共 + the place, a county of one character with 县 again (中共房县县委宣传部)."""
    return "中共" + where + ("县" if re.fullmatch(r".县", where) else "")


# a traffic police brigade or squadron named by its place or number (交警民众大队, 交警六中队)
TRAFFIC_UNIT = re.compile(r"(?:公安)?交警(?P<part>[\u4e00-\u9fff]{2,4}?|[一二三四五六七八九十]{1,2})"
                          r"(?P<unit>大队|中队)")
# what ends a government department's name (a 日报社, 银行 or 大学 named after its place is no department of it)
OFFICE_ENDS = ("局", "厅", "委", "委员会", "办", "办公室")


def _is_zone(place: str) -> bool:
    """A zone (杨凌农业高新技术产业示范区, 达州经济开发区) rather than an administrative division: it has a
    管理委员会, no 人民政府."""
    return place.endswith(ZONE_WORDS) or any(place == z["name"] for z in data.read("units.toml")["zone"])


def _chain(ctx: Context) -> list[str]:
    """The document's jurisdiction and the regions containing it, innermost first."""
    return [ctx.jurisdiction, *ancestors(ctx.jurisdiction)] if ctx.jurisdiction else []


def _inside_city(place: str, jurisdiction: str | None) -> str | None:
    """A county-level place the gazetteer does not know, named in a city's plan: one of that city's
    districts, counties or county-level cities (樊城区 in a 襄阳市 plan → 襄阳市樊城区). A city government
    assigns tasks to its own divisions, so the city's name is the only sound prefix."""
    if not jurisdiction or region_level(jurisdiction) != "city" or place in known_places():
        return None
    if place.startswith(jurisdiction) or not re.fullmatch(r"[\u4e00-\u9fff]{2,7}(?:区|县|市|旗)", place):
        return None
    return jurisdiction + place if _looks_like_place(place) else None


# an office of a government written with 政府 alone (宜宾市政府政务督查室, 市政府研究室): the 人民政府's; 政府采购 and
# 政府投资 are words (市政府采购中心 keeps its name); a 办 not known in full (省政府绩效办) is left as written
GOVERNMENT_SHORT = re.compile(r"(?<=[省市县区州旗])(?<!人民)政府(?!采购|投资|性)(?=[\u4e00-\u9fff]{1,10}(?:室|中心)$)")


def _people_s_government(unit: ResolvedUnit) -> ResolvedUnit:
    """An office of a government named with 政府 alone (市政府研究室, 宜宾市政府法制办公室) under its government's
    full name, 人民政府 (宜宾市人民政府研究室): one node however the plan shortens it."""
    full = GOVERNMENT_SHORT.sub("人民政府", unit.canonical, count=1)
    if full == unit.canonical:
        return unit
    return replace(unit, canonical=full, id=ids.unit_id(full),
                   why=(*unit.why, f"政府 of a place is its 人民政府: canonical name {full!r}"))


def _national_zone(unit: ResolvedUnit) -> ResolvedUnit:
    """经开区 written in full: a national zone's 经济技术开发区 (滁州经开区 → 滁州经济技术开发区管理委员会), any
    other's 经济开发区 (达州经开区 → 达州经济开发区管理委员会), by the State Council's list (data/units.toml
    [zones])."""
    head, sep, tail = unit.canonical.partition("经开区")
    if sep and (len(head) < 2 or head.endswith(("各", "有关", "相关"))):  # 各开发区: zones of every kind
        full = head + "经济开发区" + tail
        return replace(unit, canonical=full, id=ids.unit_id(full), why=(*unit.why, f"canonical name {full!r}"))
    if not sep:
        return unit
    national = any(head.endswith(n) for n in data.read("units.toml")["zones"]["national_etdz"])
    full = head + ("经济技术开发区" if national else "经济开发区") + tail
    why = f"{head}经开区: {'a national 经济技术开发区' if national else 'no national zone: a 经济开发区'}"
    return replace(unit, canonical=full, id=ids.unit_id(full), why=(*unit.why, why, f"canonical name {full!r}"))


def _zone_head(place: str) -> str:
    """How a zone is named after its place: a county's or city's short form (灵璧经济开发区, 福州高新技术产业开发区),
    a city district's after its city's (常州钟楼经济开发区, 上海闵行经济技术开发区, 南通崇川经济开发区): a district
    is no place of its own outside its city."""
    own = _short_place(place)
    if not place.endswith("区") or region_level(place) != "district":
        return own
    city = next((a for a in ancestors(place) if region_level(a) in ("city", "province")), None)
    head = _short_place(city) if city else ""
    return own if not head or own.startswith(head) else head + own


def _own_name(place: str) -> str:
    """A place's name without the parent it is written under (湖北省十堰市房县 → 房县, 安康市 → 安康市): how its own
    organs, zones and branches write it."""
    return place.removeprefix(next((a for a in ancestors(place) if place.startswith(a) and a != place), ""))


def _short_place(place: str) -> str:
    """How a zone or branch names its place: without its parent and 市/县/区 (灵璧县 → 灵璧; 巴马瑶族自治县 →
    巴马), a name of one character kept whole."""
    own = _own_name(place)
    auto = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治[县旗]$", own)
    short = auto[1] if auto else re.sub(r"(?:市|县|区|旗)$", "", own)
    return short if len(short) >= 2 else own


def _own_township(written: str, county: str | None) -> str | None:
    """A township of the county-level place whose plan names it (南康镇 in 北海市铁山港区's notice), by the national
    township list: named with its county (北海市铁山港区南康镇), as the county's plan means its own. A 街道 is not one:
    its 办事处 is the county government's agency, named under it (北京市顺义区人民政府光明街道办事处)."""
    if not county or not written.endswith(("镇", "乡")):
        return None
    gaz = gazetteer.load()
    known = gaz.region(county)
    if known is None or gaz.places[known].level != "district":
        return None
    return county + written if gaz.township_county(written, [known]) == known else None


#: how a reason names a level to a reader: district is the county level (县, 区, 县级市, 旗)
LEVEL_WORD = {"district": "county (县/区)", "city": "city (市/州)", "province": "province", "township": "township"}


def _where(where: str | None, level: Level, ctx: Context) -> str:
    """The place a prefix or suffix points to, said plainly where it is unknown: a name resolved with no document
    (``polkg resolve 县发改局``) has no county to be of; a document's place may have no ancestor at that level."""
    if where:
        return where
    if not ctx.jurisdiction:
        return f"unknown: no document was given (--in FILE), so which {LEVEL_WORD.get(level, level)} is not known"
    return f"unknown: the document's {ctx.jurisdiction} has no {level} above or at it"


def _looks_like_place(name: str) -> bool:
    """A short name ending in a place suffix, with no department or organ words in it."""
    return len(name) <= 8 and not re.search(r"[局厅委办部会社组所站室处]|中心|单位", name)


def _qualify_shared_aliases(batch: GraphBatch, levels: dict[str, Level]) -> None:
    """An alias written alike for units of different places (市发改委 in 成都's and in 大连's plans) is no
    alias of either: each keeps it with its place (成都市发改委), so a search by a short name never merges
    two places' units."""
    nodes = [n for n in batch.nodes.values() if n.label == "Unit" and "Group" not in n.extra_labels]
    places: dict[str, set[object]] = {}
    for n in nodes:
        for a in cast(list[str], n.props.get("aliases") or []):
            places.setdefault(a, set()).add(n.props.get("jurisdiction"))
    for n in nodes:
        where = n.props.get("jurisdiction")
        aliases = cast(list[str], n.props.get("aliases") or [])
        if not isinstance(where, str) or not any(len(places[a]) > 1 for a in aliases):
            continue
        out = [a if len(places[a]) == 1 else where + (a[1:] if a[:1] in levels else a) for a in aliases]
        n.props["aliases"] = list(dict.fromkeys(x for x in out if x != n.props.get("name")))


def _counterparts(batch: GraphBatch, units: Iterable[ResolvedUnit]) -> None:
    """COUNTERPART_OF from each department to the departments of the same system one or more levels up
    (区生态环境局 → 生态环境厅), so "the district counterpart of 生态环境厅" is one hop."""
    by_system: dict[str, list[ResolvedUnit]] = {}
    for u in units:
        if u.kind == "department" and u.system and u.level in LEVEL_ORDER:
            by_system.setdefault(u.system, []).append(u)
    for system, members in by_system.items():
        for low in members:
            for high in members:
                if LEVEL_ORDER[high.level] < LEVEL_ORDER[low.level]:
                    batch.edge("COUNTERPART_OF", low.id, high.id, system=system)
