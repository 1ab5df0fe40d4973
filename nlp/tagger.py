"""Mentions of topics, water bodies and places in task text.

Text is matched in a normal form (NFKC, no whitespace, markup such as ``<sub>`` and ``$…_{…}$`` stripped,
Latin lower-cased) so that ``VOC<sub>s</sub>`` and ``$PM_{2.5}$`` match, against every phrase of the
gazetteers at once. The matcher finds what spaCy's PhraseMatcher over a blank ``zh`` pipeline (one token per
character) found, in the same order, without building a Doc per task: a task is tagged thousands of times
per plan, and making the Doc cost more than the matching (``tests/test_tagger.py`` checks the two agree).
The vocabularies are compiled once per process, into one Aho-Corasick automaton.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick

from polkg import data
from polkg.nlp import gazetteer
from polkg.nlp.gazetteer import MARKUP, Gazetteer, Unlisted, match_key
from polkg.nlp.gazetteer import simplified as simplified_chars

TOPIC, WATER, PLACE, BLOCK = "TOPIC", "WATER", "PLACE", "BLOCK"
#: the order of labels found on one span: a blocking phrase before a topic, as spaCy's PhraseMatcher gave
#: them (filter_spans keeps the first of a tie, so the block wins)
LABEL_ORDER = (BLOCK, TOPIC, PLACE, WATER)
LIST_SEPARATORS = "、和及与,，/"
#: between two places only: a route from one to the other (武汉至天门高速公路, 吴忠至灵武段)
ROUTE_SEPARATORS = "至到-—~"  # and a dash (古交-娄烦-方山高速)
TITLE = re.compile(r"《[^《》]*》")
TITLE_EXCLUDES = (WATER, PLACE)  # a name inside a cited title is not what the task is about
#: what may stand between a place and the organ it heads: its level word (乐山市 + 市 of 市发展改革委 is
#: written once, 上海市委, 大竹县第十二小学)
LEVEL_WORDS = ("自治州", "自治县", "省", "市", "州", "县", "区", "旗", "盟", "乡", "镇")
#: a place followed by one of these names a thing there, not the place: a unit (海南省卫健委, 安徽局党组,
#: 济南市委党校), a school (吉水二中, 大竹县第十二小学), a road or an airport (南京西路, 北京绕城高速, 天河机场)
ORGAN_AFTER = re.compile(
    r"(?:人民政府|政府|办事处|人大|政协|纪委|监委|党委|党组|党校|管委会|委员会|委(?![托派])|局|厅|分局|分公司|分行|支行|派出所|[支大中]队"
    r"|第?[一二三四五六七八九十\d]{1,3}(?:中|小|中学|小学)(?![心国])|实验(?:中学|小学)|中学|小学"
    r"|[东西南北中]?(?:路(?![网线径况面])|大道|大街)|绕城|大桥|机场"
    # an official's title (锦州市代市长), a news dateline (央广网贵阳9月3日消息, 新华社北京10月21日电)
    r"|代?副?(?:省长|市长|州长|县长|区长|镇长|乡长)|\d{1,2}月\d{1,2}日"
    # an organisation named after the place (开封供电公司, 芜湖科技工程学校, 海南省旅文厅, 济南行政学院)
    # (its words hold no count or level: 甲、乙两县公立医院 names two counties)
    r"|(?:(?![两等各县市区])[\u4e00-\u9fff]){1,6}?(?:公司|集团|学校|学院|大学|党校|医院)|[\u4e00-\u9fff]{1,4}?中心(?![城区])"
    # a housing estate or a park named after the place (平利花园, 锦江小区), not a 公园城市
    r"|花园|小区|公园(?!城市)"
    r"|[\u4e00-\u9fff]{1,3}?厅"
    r"|[\u4e00-\u9fff]{1,3}?(?<![布格大全结当开时残邮])局)"
)
#: what follows a topic named inside the name of a body (水污染防治工作领导小组): the
#: body's remit, not what the task does
ORGAN_NAME = re.compile(r"[\u4e00-\u9fff、“”\"]{0,14}?(?:领导小组|指挥部|工作组|委员会)")


@dataclass
class Mentions:
    topics: list[str] = field(default_factory=list)  # topic keys, e.g. VOCs, PM2.5, dust
    rivers: list[str] = field(default_factory=list)  # water bodies as written
    regions: list[str] = field(default_factory=list)  # places as written


@dataclass
class Normal:
    """Text in matching form, with the original offset of each of its characters."""

    text: str
    origin: list[int]


class _CharForms(dict[int, str]):
    """Each character's matching form (NFKC, whitespace dropped, lower-cased), computed once per character:
    a ``str.translate`` table, so a whole text is normalised in C."""

    def __missing__(self, code: int) -> str:
        form = "".join(n.lower() for n in unicodedata.normalize("NFKC", chr(code)) if not n.isspace())
        self[code] = form
        return form


_FORMS = _CharForms()


def match_text(text: str) -> str:
    """``normalise(text).text`` without the offsets: the form the tagger matches in. Most characters keep
    their form: one regex scan finds those that change (:func:`_changing`), and each is replaced throughout
    with one ``str.replace`` (2.4× quicker than translating every character), unless a form would change
    again (then the whole text is translated)."""
    found = set(_changing().findall(text))
    forms = [(c, _FORMS[ord(c)]) for c in found]
    if any(_changing().search(form) for _, form in forms):
        return MARKUP.sub("", text.translate(_FORMS))
    for c, form in forms:
        text = text.replace(c, form)
    return MARKUP.sub("", text)


@cache
def _changing() -> re.Pattern[str]:
    """Every character whose matching form is not itself, as one character class: each of the Basic
    Multilingual Plane asked once per process, every character beyond it (rare) taken as one that may."""
    # only a character NFKC changes, a space or a capital can change: the rest is settled by C tests
    bmp = "".join(c for c in map(chr, range(0x10000))
                  if (not unicodedata.is_normalized("NFKC", c) or c.isspace() or c.lower() != c)
                  and _FORMS[ord(c)] != c)
    return re.compile("[" + re.escape(bmp) + "\U00010000-\U0010FFFF]")


def normalise(text: str) -> Normal:
    """NFKC, whitespace and markup removed, lower-cased; keeps a map back to the original offsets."""
    origin = [i for i, c in enumerate(text) for _ in _FORMS[ord(c)]]
    flat = text.translate(_FORMS)
    drop = {i for m in MARKUP.finditer(flat) for i in range(m.start(), m.end())}
    keep = [i for i in range(len(flat)) if i not in drop]
    return Normal("".join(flat[i] for i in keep), [origin[i] for i in keep])


class Span(NamedTuple):
    """A phrase found in the matching text (one character is one token, so token and character offsets agree)."""

    start: int
    end: int
    label_: str
    text: str

    @property
    def start_char(self) -> int:
        return self.start

    @property
    def end_char(self) -> int:
        return self.end


class Matcher:
    """Every phrase of every vocabulary at every position, overlaps included, as spaCy's PhraseMatcher found
    them: by start, then by end, then in :data:`LABEL_ORDER`. All phrases are found in one pass of an
    Aho-Corasick automaton (``ahocorasick_rs``, Rust): a pure-Python scan that looked up every character was
    most of the tagger's cost, and ``pyahocorasick``'s trie, whose root has a child for each of a thousand
    first characters searched one by one, still cost 7× more than this one's table."""

    def __init__(self, vocabularies: Iterable[tuple[str, Iterable[str]]]) -> None:
        labels: dict[str, list[str]] = {}
        for label, forms in vocabularies:
            for form in dict.fromkeys(forms):
                if form and label not in labels.setdefault(form, []):
                    labels[form].append(label)
        self.labels = {f: tuple(sorted(ls, key=LABEL_ORDER.index)) for f, ls in labels.items()}
        self._forms = list(self.labels)
        self._found = [self.labels[f] for f in self._forms]
        self._automaton = AhoCorasick(self._forms) if self._forms else None

    def __call__(self, text: str) -> list[Span]:
        if self._automaton is None:
            return []
        hits = self._automaton.find_matches_as_indexes(text, True)  # (i, start, end)
        if not hits:
            return []
        hits.sort(key=_BY_START)
        forms, found = self._forms, self._found
        return [_span(Span, (start, end, label, forms[i])) for i, start, end in hits for label in found[i]]


#: the order of a match of the automaton, ``(i, start, end)``: by start, then end, then phrase
_BY_START = itemgetter(1, 2, 0)
#: a :class:`Span` made from a tuple without the Python-level ``__new__`` of a NamedTuple (thousands a plan)
_span = tuple.__new__


def filter_spans(spans: Iterable[Span]) -> list[Span]:
    """spaCy's ``filter_spans``: the longest (then first) of overlapping spans, in text order."""
    result: list[Span] = []
    if not spans:
        return result
    seen: set[int] = set()
    for span in sorted(spans, key=lambda s: (s.end - s.start, -s.start), reverse=True):
        if span.start not in seen and span.end - 1 not in seen:
            result.append(span)
            seen.update(range(span.start, span.end))
    return sorted(result, key=lambda s: s.start)


@dataclass
class _Pipeline:
    matcher: Matcher
    gaz: Gazetteer


@cache
def _pipeline() -> _Pipeline:
    """The compiled matcher over the gazetteers, built once."""
    gaz = gazetteer.load()
    topic_forms = list(gaz.topic_forms)
    blocks = [match_key(x) for t in gaz.topics.values() for x in t.not_]
    # the short forms of counties outside the hand-kept entries (通州, 辛集) are weak: kept only in a list;
    # one that names a water body too is the water (太湖, not 太湖县)
    places = [match_key(x) for x in (*gaz.forms, *(k for k in gaz.short if k not in gaz.water_forms))]
    waters = [match_key(x) for x in gaz.water_forms]
    matcher = Matcher(((TOPIC, topic_forms), (BLOCK, blocks), (PLACE, places), (WATER, waters)))
    return _Pipeline(matcher, gaz)


class Tagger:
    """Finds topics (as keys), water bodies and places (as written) in a task's text."""

    def __init__(self) -> None:
        self._p = _pipeline()

    def tag(self, text: str, jurisdiction: str | None = None) -> Mentions:
        """Mentions in ``text``; ``jurisdiction`` (the plan's own region) is found too when the gazetteer
        does not list it (淅川 in a 淅川县 plan)."""
        normal = match_text(text)
        plain = normal.translate(_t2s_table()) if _traditional().search(normal) else normal
        found = self._tag(plain, normal)
        for name in own_places(normal, jurisdiction, self._p.gaz):
            if not any(name in r or r in name for r in found.regions):
                found.regions.append(name)
        return found

    def _tag(self, text: str, written: str | None = None) -> Mentions:
        """Mentions in ``text``, already in matching form (:func:`match_text`); names are given as
        ``written`` has them (the same text, character for character, in traditional writing)."""
        w = written if written is not None and len(written) == len(text) else text
        spans = self._p.matcher(text)
        topics = [s for s in filter_spans([s for s in spans if s.label_ in (TOPIC, BLOCK)])
                  if not ORGAN_NAME.match(text, s.end)]
        titles = [(m.start(), m.end()) for m in TITLE.finditer(text)]
        named = filter_spans(_place_or_water([s for s in spans if s.label_ in (PLACE, WATER)], text))
        named = _counties_among_places(named, text, self._p.gaz)
        named = self._keep(named, text, titles)
        gaz = self._p.gaz
        # what holds a name matched but not kept (黑龙江 of 黑龙江省生态环境厅 is no river; 苏稽镇 of 苏稽镇人民政府
        # is a unit), and cited titles; a weak water body (巴河) the water pattern finds by its context is kept.
        # The ranges are given as generators: most tasks hold no kind word, and unlisted() then never reads them
        towns = [s for s in unlisted(text, named, gaz.unlisted_places, PLACE,
                                     chain(((s.start, s.end) for s in spans), titles))
                 if not names_a_thing(text, s.start, s.end)]
        waters = unlisted(text, named + towns, gaz.unlisted_waters, WATER,
                          chain(((s.start, s.end) for s in spans if s.label_ != WATER), titles))
        found = sorted([*towns, *waters], key=lambda s: s.start)
        named = sorted([*named, *found], key=lambda s: s.start)
        return Mentions(
            topics=_unique(gaz.topic_forms[s.text] for s in topics if s.label_ == TOPIC),
            rivers=_unique(w[s.start : s.end] for s in named if s.label_ == WATER),
            regions=_unique(w[s.start + self._parent(s) : s.end + (0 if s in found else self._zone(s, text))]
                            for s in named if s.label_ == PLACE and s.text not in gaz.ignore),
        )

    def _keep(self, spans: list[Span], text: str, titles: list[tuple[int, int]]) -> list[Span]:
        """Drops names inside a cited 《title》 (``titles``: their ranges) and weak names that stand outside a
        list of names."""
        if not spans:  # most tasks name no place
            return []
        out = []
        for i, s in enumerate(spans):
            if s.label_ in TITLE_EXCLUDES and any(a <= s.start_char and s.end_char <= b for a, b in titles):
                continue
            if self._weak(s) and not _listed(spans, i, text, self._p.gaz.short):
                continue
            if s.label_ == PLACE and (names_a_thing(text, s.start_char, s.end_char)
                                      or self._p.gaz.inside_name(text, s.start_char, s.end_char)):
                continue
            if s.label_ == WATER and water_names_a_thing(text, s.end_char):
                continue
            out.append(s)
        return out

    def _weak(self, s: Span) -> bool:
        gaz = self._p.gaz
        if s.label_ == PLACE:
            return s.text in gaz.weak or s.text in gaz.short
        water = gaz.waters.get(gaz.water_forms.get(s.text, ""))
        return water is not None and water.weak and s.text == water.name

    def _parent(self, s: Span) -> int:
        """The length of the parent written before a county or township (巴中 of 巴中平昌县, 遂宁市 of 遂宁市安居区)
        when the county's own name names one place only: the mention is the most specific place, as plans'
        readers take it, and its own name resolves alone."""
        gaz = self._p.gaz
        found = gaz.forms.get(s.text, [])
        place = gaz.places.get(found[0]) if len(found) == 1 else None
        if place is None or place.parent is None or place.level not in ("district", "township"):
            return 0
        own = place.name.removeprefix(place.parent) if place.level == "district" else place.name
        if own == s.text or not s.text.endswith(own) or len(own) < 2 or gaz.forms.get(own) != [place.name]:
            return 0
        return len(s.text) - len(own)

    def _zone(self, s: Span, text: str) -> int:
        """The length of a zone word right after the place (乐山市 + 工业集中区), which is part of the mention."""
        rest = text[s.end_char :]
        for suffix in self._p.gaz.zone_suffixes:
            if rest.startswith(suffix):
                return len(suffix)
        return 0


@cache
def _t2s_table() -> dict[int, str]:
    """Traditional → simplified, character by character, as a ``str.translate`` table: names are matched in
    simplified writing (黃河 is 黄河) and reported as written, which needs a conversion that keeps every
    character in its place; and a table costs nothing on the simplified texts that are most plans. Built once
    from OpenCC's t2s (as :func:`polkg.nlp.gazetteer.simplified`), one character at a time."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    converted = simplified_chars("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # not one line per character: no conversion rather than a wrong one
        return {}
    return {ord(a): b for a, b in zip(chars, converted, strict=True) if len(b) == 1 and a != b}


@cache
def _traditional() -> re.Pattern[str]:
    """Any character :func:`_t2s_table` changes: most texts have none, and finding that out in the regex
    engine costs a small part of translating them."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_t2s_table())) + "]" if _t2s_table() else "(?!)")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is the first word of the name of a unit, school or road
    (海南省卫健委, 市中区发展改革局, 吉水二中, 南京西路): plans name their units after their places, and a
    unit acting is not the place being acted on."""
    rest = text[end : end + 16]
    for level in LEVEL_WORDS:
        if rest.startswith(level) and not text[start:end].endswith(level):
            rest = rest[len(level) :]
            break
    return bool(ORGAN_AFTER.match(rest)) or rest.startswith(department_names())


def water_names_a_thing(text: str, end: int) -> bool:
    """Whether the water body ending at ``end`` is the first word of the name of a road, company, school,
    area or body (长江路, 汉江集团, 赣江新区, 长江委): things are named after rivers as units after places, and
    the thing is not the river (``[things]`` of data/waters.toml; a bridge crosses the river and names it)."""
    after, not_after = _water_things()
    return text.startswith(after, end) and not text.startswith(not_after, end)


@cache
def _water_things() -> tuple[tuple[str, ...], tuple[str, ...]]:
    things = data.read("waters.toml").get("things", {})
    return tuple(things.get("after", [])), tuple(things.get("not_after", []))


@cache
def department_names() -> tuple[str, ...]:
    """Every department name as plans write it (生态环境局, 发改委, 卫健委), from the unit vocabulary
    (data/units.toml): a department stem or alias followed by one of its suffixes."""
    heads = {
        name + suffix
        for d in data.read("units.toml")["department"]
        for name in (d["stem"], *d.get("aliases", []))
        for suffix in d.get("suffixes", ["厅", "局", "分局"])
    }
    return tuple(sorted(heads, key=len, reverse=True))


def heading_topics(section: Iterable[str], own: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The topics a task inherits from the headings it stands under, as (topic key, heading), outermost
    heading first; topics in ``own`` (the task's own words) are left out. The first entry of ``section`` is
    the plan's title, which is about the whole plan, not a heading over some of its items.

    Why: plans state the topic once in a heading (「（四）强化挥发性有机物综合治理」) and list its measures
    under it without repeating it (加大油品油气排放治理 is a VOCs task there)."""
    out: list[tuple[str, str]] = []
    seen = set(own)
    for heading in list(section)[1:]:
        for key in _heading_topics(heading):
            if key not in seen:
                seen.add(key)
                out.append((key, heading))
    return out


@cache
def _heading_topics(heading: str) -> tuple[str, ...]:
    return tuple(Tagger().tag(heading).topics)


PLACE_PART = re.compile(r"[\u4e00-\u9fff]{2,}?(?:自治州|自治县|街道|市|州|县|区|旗|镇|乡)")
PART_SUFFIX = re.compile(r"(?:自治州|自治县|街道|市|州|县|区|旗|镇|乡)$")


def own_places(text: str, jurisdiction: str | None, gaz: Gazetteer) -> list[str]:
    """The parts of a jurisdiction the tagger does not find by itself, as written in ``text``: the parts the
    gazetteer does not know (襄阳市, 樊城区 of 襄阳市樊城区; 中子镇), in full, else without their suffix (襄阳,
    樊城, 中子), and the short form of a known county (辽中 of 沈阳市辽中区), which is weak elsewhere but sure
    in its own plans. A province is not a mention of its own plans."""
    if not jurisdiction:
        return []
    out: list[str] = []
    for forms in own_forms(jurisdiction, gaz):
        for form in forms:
            if _written(text, form):
                out.append(form)
                break
    return out


def own_forms(jurisdiction: str, gaz: Gazetteer) -> list[tuple[str, ...]]:
    """For each part of a jurisdiction the gazetteer does not know, the forms :func:`own_places` looks for (in
    full, else without its suffix; the short form alone of a known county), those it may take. The same for
    every task of a plan: kept for the last jurisdictions of each gazetteer."""
    owner, kept = _OWN_FORMS.get(id(gaz), (None, {}))
    if owner is not gaz:  # (an id is reused only once its gazetteer is gone)
        kept = {}
        _OWN_FORMS[id(gaz)] = (gaz, kept)
    if jurisdiction not in kept:
        if len(kept) > OWN_FORMS_KEPT:
            kept.clear()
        parts = []
        for part in PLACE_PART.findall(jurisdiction):
            if part in gaz.places:
                continue
            short = PART_SUFFIX.sub("", part)
            forms = (short,) if part in gaz.forms else (part, short)
            parts.append(tuple(f for f in forms if len(f) >= 2 and f not in gaz.never))
        kept[jurisdiction] = parts
    return kept[jurisdiction]


#: :func:`own_forms` per gazetteer (by identity) and jurisdiction, at most this many jurisdictions each
_OWN_FORMS: dict[int, tuple[Gazetteer, dict[str, list[tuple[str, ...]]]]] = {}
OWN_FORMS_KEPT = 256


def _written(text: str, form: str) -> bool:
    """Whether ``form`` stands in ``text`` as a place at least once, not only as the head of a unit's,
    school's or road's name (大竹 of 大竹县第十二小学)."""
    return any(not names_a_thing(text, at, at + len(form)) for at in _all(form, text))


def _listed(spans: list[Span], i: int, text: str, short: Container[str] = ()) -> bool:
    """Whether span ``i`` stands in a list of names: a name of its kind (a place, for a place) right
    before it (达州市州河) or across one list separator (苏稽、牟子; 府河、南河; a route: 吴忠至灵武). A
    county's ``short`` form (延长, 振兴) neither is nor makes a name glued to another (武汉振兴, 延长日照)."""
    s = spans[i]
    kinds = (PLACE,) if s.label_ == PLACE else (PLACE, WATER)
    for j in (i - 1, i + 1):
        if not 0 <= j < len(spans) or spans[j].label_ not in kinds:
            continue
        o = spans[j]
        gap = text[o.end_char : s.start_char] if j < i else text[s.end_char : o.start_char]
        seps = LIST_SEPARATORS + ROUTE_SEPARATORS if s.label_ == PLACE else LIST_SEPARATORS
        glued = gap == "" and j < i and s.text not in short and o.text not in short
        if glued or (len(gap) == 1 and gap in seps):
            return True
    return False


def _place_or_water(spans: list[Span], text: str) -> list[Span]:
    """One reading for a name that is both a place and a water body (青白江 the river, 青白江 the district of
    成都市): the water body when it stands in a list of water bodies (绵远河、石亭江、鸭子河、青白江), else the
    place. Plans list rivers with rivers and places with places."""
    if not spans:
        return []
    by_range: dict[tuple[int, int], list[Span]] = {}
    for s in spans:
        by_range.setdefault((s.start, s.end), []).append(s)
    out: list[Span] = []
    for group in by_range.values():
        if {s.label_ for s in group} != {PLACE, WATER}:
            out.extend(group)
            continue
        waters_beside = any(
            o.label_ == WATER and len(by_range[(o.start, o.end)]) == 1 and _adjacent(o, group[0], text)
            for o in spans
        )
        keep = WATER if waters_beside else PLACE
        out.extend(s for s in group if s.label_ == keep)
    return out


def _counties_among_places(spans: list[Span], text: str, gaz: Gazetteer) -> list[Span]:
    """A water body's name that is a county's short form too (饶河, 太湖) is the county in a list of places and
    of no water body (绥滨、虎林、饶河等灌区), unless a water word follows it (合肥、巢湖流域): the matcher reads
    such a name as the water, its sure reading alone, and plans list places with places."""
    out = list(spans)
    for i, s in enumerate(spans):
        if s.label_ != WATER or s.text not in gaz.short or text.startswith(gaz.unlisted_waters.confirmed_by, s.end):
            continue
        beside = [o for o in spans if o is not s and _adjacent(o, s, text)]
        if any(o.label_ == PLACE for o in beside) and not any(o.label_ == WATER for o in beside):
            out[i] = Span(s.start, s.end, PLACE, s.text)
    return out


def _adjacent(a: Span, b: Span, text: str) -> bool:
    """Whether two names stand next to each other in a list: nothing or one list separator between them."""
    if a.end_char <= b.start_char:
        gap = text[a.end_char : b.start_char]
    elif b.end_char <= a.start_char:
        gap = text[b.end_char : a.start_char]
    else:
        return False
    return gap == "" or (len(gap) == 1 and gap in LIST_SEPARATORS)


CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def unlisted(text: str, known: list[Span], rule: Unlisted, label: str,
             blocked: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Names no list holds, by their kind word (石桥镇, 金钟街道, 土地滩水库, 东柳河): the divisions stop at the
    county and the water list at the main rivers, while plans name the townships, brooks and reservoirs
    they work in. A name overlapping a known one, or inside a ``blocked`` range (a cited 《title》, a
    name dropped as a unit's), is not read."""
    present = [(kind, lengths) for kind, lengths in rule.names.items() if kind in text]
    if not present:  # most tasks hold no kind word: nothing to read
        return []
    taken = [(s.start, s.end) for s in known]
    outer = list(blocked)
    places_end = {s.end for s in known if s.label_ == PLACE}
    out: list[Span] = []
    pending: list[Span] = []  # names whose kind word needs a confirmation they lack
    for kind, (shortest, longest) in present:
        for p in _all(kind, text):
            q = p + len(kind)
            if text.startswith(rule.not_followed.get(kind, ()), q):
                continue
            start = _name_start(text, p, kind, (shortest, longest), places_end, rule)
            if (start is None or any(a < q and start < b for a, b in taken)
                    or any(a <= start and q <= b for a, b in outer)):
                continue
            span = Span(start, q, label, text[start:q])
            if kind in rule.confirm and not text.startswith(rule.confirmed_by, q):
                pending.append(span)
                continue
            out.append(span)
            taken.append((start, q))
    listed = _listed_with(pending, [s for s in known if s.label_ == label] + out, text)
    return sorted(out + [s for s in listed if not any(a < s.end and s.start < b for a, b in taken)], key=_START)


_START = itemgetter(0)


def _listed_with(pending: list[Span], sure: list[Span], text: str) -> list[Span]:
    """The ``pending`` names that stand in a list with a sure name of their kind (应山河、广水河管理范围;
    姚江、甬江江堤; 先锋河和大沽排污河): plans list water bodies together and confirm the list once, after its
    last name or by a known one, so a name beside a sure one is sure too (and makes its next neighbour so)."""
    found: list[Span] = []
    grew = bool(pending and sure)
    while grew:
        grew = False
        for s in list(pending):
            if any(_adjacent(s, o, text) for o in (*sure, *found)):
                found.append(s)
                pending.remove(s)
                grew = True
    return found + _long_lists(pending, text)


#: how many names by form a list holds before it confirms itself (三干渠、青年渠、岳胡庄输水渠): two are
#: often words (沿河、沿江), three of one kind in a row are a list of water bodies
LIST_OF_NAMES = 3


def _long_lists(pending: list[Span], text: str) -> list[Span]:
    """The ``pending`` names that stand in a run of at least :data:`LIST_OF_NAMES` of them, each next to the
    last across one list separator."""
    runs: list[list[Span]] = []
    for s in sorted(pending, key=_START):
        if runs and _adjacent(runs[-1][-1], s, text):
            runs[-1].append(s)
        else:
            runs.append([s])
    return [s for run in runs if len(run) >= LIST_OF_NAMES for s in run]


def _all(word: str, text: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, occurrences not overlapping (as ``re.finditer`` of
    the escaped word finds them): ``str.find`` skips a text without it at C speed, and no pattern is compiled
    per kind word and task."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _name_start(text: str, p: int, kind: str, lengths: tuple[int, int], places_end: Container[int],
                rule: Unlisted) -> int | None:
    """Where the name before the kind word at ``p`` starts: the shortest name that follows a separator, a
    place, a level word or a word names follow (实现石桥镇, 推进土地滩水库). Shortest, as most names are of two
    characters and a longer reach takes in the word before (1件土官镇, 政府和乡)."""
    shortest, longest = lengths
    for s in range(p - shortest, p - longest - 1, -1):
        if s < 0:
            break
        name = text[s:p]
        if rule.not_in_name.search(name):
            break
        placed = s in places_end
        if not (s == 0 or placed or not CJK_CHAR.match(text[s - 1]) or text[s - 1] in LEVEL_CHARS
                or text.endswith(rule.after, 0, s)):
            continue
        # after a place the name is sure (成安县商城镇), elsewhere a generic tail says it is none (特色小镇)
        word = name + kind
        if word in rule.generic or (not placed and word.endswith(rule.generic_tails)):
            return None
        if name.startswith(rule.not_names_tuple) or name.startswith(rule.long_after) or name.endswith(rule.long_after):
            return None
        return s
    return None


LEVEL_CHARS = "省市州县区旗镇乡村"


def _unique(xs: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(xs))
