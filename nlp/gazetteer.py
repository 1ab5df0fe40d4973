"""Places, water bodies and topics: the gazetteers in :mod:`polkg.data`, loaded once.

The facts live in ``data/regions.toml``, ``data/waters.toml`` and ``data/topics.toml``; this module
turns them into lookup tables (written form → canonical name) for the resolver and the tagger, and into
the static part of the graph (Region / WaterBody / Topic nodes and their hierarchy).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

from polkg import data
from polkg.graph import ids
from polkg.graph.batch import GraphBatch
from polkg.loaders.text import t2s

COUNTY_SUFFIX = re.compile(r"(区|县|市|旗)$")
PROVINCE_SUFFIX = re.compile(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")
CJK = re.compile(r"[\u4e00-\u9fff]")
# characters that occur only in traditional writing: a text without any is not converted (it is the fast path)
# a reading in pinyin after a character, as pages for learners of Chinese annotate words: 國(guó)家 → 國家
PINYIN = re.compile(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[)）]")
TRADITIONAL = re.compile(r"[國會廳廣東單區縣鄉鎮歲為發與業經濟環護龍門開關問衛財務藝農設據資讓轉輸運錄]")
PREFECTURE_NAME = re.compile(r"(市|州|地区|盟)$")
PREFECTURE_SUFFIX = re.compile(r"(市|地区|盟)$")
YEAR_AHEAD = re.compile(r"(?:19|20)\d{2}年")
ADMIN_END = re.compile(r"(?:省|市|县|区|州|旗|盟|镇|乡|街道|自治区|地区)$")
#: a head's title, 县长/市长/区长/旗长, not 长城 or 长江 after a county (代县长城)
POST_AFTER = re.compile(r"[县市区旗]长(?![城江河沙春])")
TOWN_SUFFIX = re.compile(r"(街道|镇|乡)$")
WATER_SUFFIX = re.compile(r"(干流|流域|水系|上游|中游|下游|沿岸|两岸|干支流)$")
WATER_LABELS = {"river": "River", "lake": "Lake", "reservoir": "Reservoir"}
#: the longest place form :meth:`Gazetteer.places_in` reads (a longer one is never probed)
MAX_FORM = 16


#: compiled once: asked of every cell, name or clause
_SPACES = re.compile(r"\s+")


def norm(s: str) -> str:
    """NFKC without whitespace: the form every lookup key is stored in."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", s))


@dataclass
class Place:
    name: str  # canonical: 乐山市市中区, 雅安市, 苏稽镇, 成都平原经济区
    level: str  # province / city / district / township / area
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # cities a named area includes


@dataclass
class Water:
    name: str
    type: str  # river / lake / reservoir
    aliases: list[str] = field(default_factory=list)
    into: str | None = None
    through: list[str] = field(default_factory=list)
    approximate: bool = False
    weak: bool = False  # short name that is also part of ordinary words: keep only in a list


@dataclass
class Topic:
    key: str
    name: str
    synonyms: list[str] = field(default_factory=list)
    broader: str | None = None
    not_: list[str] = field(default_factory=list)  # longer phrases that contain a synonym but mean else


@dataclass(frozen=True)
class Unlisted:
    """How a name no list holds is written (``[unlisted]`` of data/regions.toml and data/waters.toml): a name
    of ``names[kind]`` characters before a kind word (镇, 水库), after a separator, a place or an ``after`` word.
    Why: the divisions stop at the county and the water list at the main rivers, while plans name the
    townships, villages, brooks and reservoirs they work in."""

    names: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind word → (shortest, longest) name
    after: tuple[str, ...] = ()  # words a name may follow (实现, 推进, 在), longest first
    generic: frozenset[str] = frozenset()  # words ending in a kind word that name nothing (乡镇, 小型水库)
    never_in: str = ""  # characters no name holds
    not_followed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind word → what makes another word
    not_names: frozenset[str] = frozenset()  # ordinary words that stand where a name would (要求镇、村两级, 领导街道)
    endings: frozenset[str] = frozenset()  # generic words that still end names (山河: 应山河; 大河: 东大河)
    confirm: frozenset[str] = frozenset()  # kind words whose name needs one of ``confirmed_by`` after it
    confirmed_by: tuple[str, ...] = ()  # words after a name that make it one (流域, 河长, 综合治理)

    @cached_property
    def not_names_tuple(self) -> tuple[str, ...]:
        """``not_names`` as a tuple for ``str.startswith``: a name does not begin with one (文明苏木镇)."""
        return tuple(self.not_names)

    @cached_property
    def generic_tails(self) -> tuple[str, ...]:
        """``generic`` as a tuple for ``str.endswith``, less the words that also end names (``endings``)."""
        return tuple(self.generic - self.endings)

    @classmethod
    def read(cls, conf: dict[str, Any], after: Iterable[str] = ()) -> Unlisted:
        words = [*conf.get("after", []), *after]
        return cls({k: (int(v[0]), int(v[1])) for k, v in conf.get("names", {}).items()},
                   tuple(sorted(set(words), key=len, reverse=True)),
                   frozenset(conf.get("generic", [])), str(conf.get("never_in", "")),
                   {k: _words(v) for k, v in conf.get("not_followed", {}).items()},
                   frozenset(conf.get("not_names", [])), frozenset(conf.get("endings", [])),
                   frozenset(conf.get("confirm", [])), tuple(conf.get("confirmed_by", [])))


def _words(value: str | list[str]) -> tuple[str, ...]:
    """A ``not_followed`` entry as words: a string is a set of characters (each one word), a list a list of
    words (、村 after 镇: 镇、村两级 is the two levels, not a town)."""
    return tuple(value)


class Gazetteer:
    """Lookup tables built from the three data files."""

    def __init__(self, regions: dict[str, Any], waters: dict[str, Any], topics: dict[str, Any]) -> None:
        self.places: dict[str, Place] = {}
        self.forms: dict[str, list[str]] = defaultdict(list)  # written → canonical places
        self._heads: dict[str, tuple[int, ...]] = {}  # :meth:`_form_heads`
        self._heads_for = -1  # how many forms it was built from
        self.weak: set[str] = set()  # written forms valid only inside a list of places
        # short forms of the counties outside the hand-kept entries (通州): read by region() when asked, never
        # tagged in running text (延长, 合作, 永定 … are ordinary words far more often than places)
        self.short: dict[str, list[str]] = {}
        self.tails: tuple[str, ...] = ()  # what turns a short form into another proper name (大宁 + 河)
        self.weak_heads: tuple[str, ...] = ()  # what makes a weak form a place inside a sentence (沁县 + 人民政府)
        self.autonomous = autonomous_pattern([])  # set from data/regions.toml [divisions] peoples
        self.never: set[str] = set()  # short forms never used alone (市中, 东区)
        self.divisions: set[str] = set()  # the places added from data/divisions.tsv (not hand-kept)
        self.codes: dict[str, str] = {}  # GB/T 2260 division code → canonical place (370103 → 济南市市中区)
        self.ignore = {norm(x) for x in regions.get("ignore", {}).get("mentions", [])}
        self.zone_suffixes: list[str] = sorted(regions.get("zones", {}).get("suffixes", []), key=len, reverse=True)
        self.generic: list[str] = list(regions.get("areas", {}).get("generic", []))
        self._load_regions(regions)
        self.waters: dict[str, Water] = {}
        self.water_forms: dict[str, str] = {}
        self._load_waters(waters)
        self.unlisted_places = Unlisted.read(regions.get("unlisted", {}))
        self.unlisted_waters = Unlisted.read(waters.get("unlisted", {}), self.unlisted_places.after)
        self.topics: dict[str, Topic] = {}
        self.topic_forms: dict[str, str] = {}
        self._load_topics(topics)

    # -- loading ---------------------------------------------------------------------------------

    def _add_place(self, place: Place, forms: list[str]) -> None:
        self.places[place.name] = place
        for form in dict.fromkeys([place.name, *forms]):
            key = norm(form)
            if place.name not in self.forms[key]:
                self.forms[key].append(place.name)
            if form != place.name and form not in place.aliases:
                place.aliases.append(form)

    def _add_county(self, city: Place, county: str, never: set[str], extra: list[str]) -> None:
        """A county-level division: canonical city+county, written as itself, with the city, or short."""
        forms = [county, *extra]
        base = COUNTY_SUFFIX.sub("", county)
        if base != county and len(base) >= 2 and base not in never:
            forms.append(base)
        for short in (city.name, *city.aliases):
            forms.append(short + county)
        self._add_place(Place(city.name + county, "district", parent=city.name), forms)

    def _load_regions(self, data: dict[str, Any]) -> None:
        short = data.get("short", {})
        never, self.weak = set(short.get("never", [])), set(short.get("weak", []))
        self.never = never
        self.tails = tuple(short.get("proper_tails", []))
        self.weak_heads = tuple(short.get("weak_heads", []))
        extra: dict[str, list[str]] = data.get("county_aliases", {})
        prov = data["province"]
        self._add_place(Place(prov["name"], "province"), list(prov.get("aliases", [])))
        for c in data.get("city", []):
            city = Place(c["name"], "city", parent=prov["name"])
            self._add_place(city, list(c.get("aliases", [])))
            for county in c.get("counties", []):
                self._add_county(city, county, never, extra.get(county, []))
        for n in data.get("neighbour", []):
            other = Place(n["name"], "province")
            self._add_place(other, list(n.get("aliases", [])))
            for county in n.get("counties", []):
                self._add_county(other, county, never, extra.get(county, []))
        cities: dict[str, list[str]] = data.get("city_aliases", {})
        for n in data.get("national", []):
            self._add_national(n, never, cities)
        for t in data.get("townships", []):
            district = self.places[t["district"]]
            for town in t["names"]:
                base = TOWN_SUFFIX.sub("", town)
                self.weak.add(base)
                forms = [base, district.name + town, *(a + town for a in district.aliases)]
                self._add_place(Place(town, "township", parent=district.name), forms)
        for a in data.get("area", []):
            area = Place(a["name"], "area", members=list(a.get("members", [])))
            self._add_place(area, list(a.get("aliases", [])))
        self._load_divisions(divisions(), data.get("divisions", {}), never, cities)

    def _load_divisions(self, rows: list[tuple[str, str]], conf: dict[str, Any], never: set[str],
                        aliases: dict[str, list[str]]) -> None:
        """Every division of China to county level (data/divisions.tsv) that the hand-kept entries above do
        not already list: provinces, prefectures (深圳市 PART_OF 广东省), counties (十堰市房县 PART_OF 十堰市;
        a municipality's districts PART_OF it, 北京市通州区). A county is written in full (房县, 通州区) or
        with its prefecture in front; its short form (通州) is weak — only inside a list of places — and is
        added only where no hand-kept place already uses it. Full names that are ordinary words (城区, 郊区)
        and the sub-divisions of the regions listed in ``skip_below`` are left out."""
        names = dict(rows)
        before = set(self.places)
        self.autonomous = autonomous_pattern(conf.get("peoples", []))
        generic, skip = set(conf.get("generic", [])), tuple(conf.get("skip_below", []))
        for code, name in rows:
            province = names.get(code[:2] + "0000", name)
            if code[2:] == "0000":
                if name not in self.places:
                    self._add_place(Place(name, "province"), [re.sub(PROVINCE_SUFFIX, "", name)])
                continue
            if code.startswith(skip) or name in generic:
                continue
            if code[4:] == "00":
                if name not in self.places and name != province and PREFECTURE_NAME.search(name):
                    self._add_place(Place(name, "city", parent=province),
                                    prefecture_forms(name, never, aliases.get(name, [])))
                continue
            prefecture = names.get(code[:4] + "00")
            parent = prefecture if prefecture and prefecture != province and code[2:4] != "90" else province
            if parent in self.places and parent + name not in self.places:
                self._add_division(self.places[parent], name, never)
        for code, name in rows:  # hand-kept or added, each division under its code
            above = names.get(code[:4] + "00", "") if code[4:] != "00" and code[2:4] != "90" else ""
            for canonical in (name, above + name, names.get(code[:2] + "0000", "") + name):
                if canonical in self.places and self.places[canonical].level in ("province", "city", "district"):
                    self.codes[code] = canonical
                    break
        self.divisions = set(self.places) - before
        self._add_former_counties(self.divisions)

    def _add_former_counties(self, added: set[str]) -> None:
        """A district that was a county until lately (西安市高陵区, 高陵县 until 2014) is still written as the
        county in plans of before the change and in names kept since: its 县 form, where no place has it."""
        for name in sorted(added):
            place = self.places[name]
            own = name.removeprefix(place.parent or "")
            if place.level == "district" and own.endswith("区") and len(own) >= 3 and own != name:
                former = own[:-1] + "县"
                if norm(former) not in self.forms and not COUNTY_SUFFIX.search(own[:-1]):
                    self._add_place(place, [former])

    def _add_division(self, parent: Place, county: str, never: set[str]) -> None:
        forms = [county, *(short + county for short in (parent.name, *parent.aliases))]
        bases = [COUNTY_SUFFIX.sub("", county)]
        auto = self.autonomous.match(county)
        if auto:  # 峨边彝族自治县 is written 峨边县 and 峨边; 东乡族自治县 东乡县
            base = auto.group(1) or re.sub("族$", "", auto.group(2))
            forms.append(base + auto.group(3)[-1])
            bases.append(base)
        place = Place(parent.name + county, "district", parent=parent.name)
        self._add_place(place, forms)
        if len(county) == 2:  # 成县, 和县, 单县: inside 完成县城, 清单县级 … more often than alone
            self.weak.add(county)
        for base in bases:
            if base != county and len(base) >= 2 and base not in never and norm(base) not in self.forms:
                self.short.setdefault(norm(base), []).append(place.name)

    def _add_national(self, entry: dict[str, Any], never: set[str], aliases: dict[str, list[str]]) -> None:
        """A provincial-level unit of the national layer and its prefecture-level divisions (深圳市 PART_OF
        广东省); a province already known (a neighbour, with its counties) keeps its entry."""
        name = entry["name"]
        if name not in self.places:
            self._add_place(Place(name, "province"), list(entry.get("aliases", [])))
        capital = entry.get("capital")
        for city in dict.fromkeys([*([capital] if capital else []), *entry.get("cities", [])]):
            if city not in self.places:
                self._add_place(Place(city, "city", parent=name), prefecture_forms(city, never, aliases.get(city, [])))

    def _load_waters(self, data: dict[str, Any]) -> None:
        for w in data.get("water", []):
            water = Water(w["name"], w["type"], list(w.get("aliases", [])), w.get("into"),
                          list(w.get("through", [])), bool(w.get("approximate", False)),
                          bool(w.get("weak", False)))
            self.waters[water.name] = water
            for form in (water.name, *water.aliases):
                self.water_forms[norm(form)] = water.name

    def _load_topics(self, data: dict[str, Any]) -> None:
        for t in data.get("topic", []):
            topic = Topic(t["key"], t["name"], list(t.get("synonyms", [])), t.get("broader"), list(t.get("not", [])))
            self.topics[topic.key] = topic
            for form in topic.synonyms:
                self.topic_forms[match_key(form)] = topic.key

    # -- lookups ---------------------------------------------------------------------------------

    def ancestors(self, name: str) -> list[str]:
        """The region itself and everything it is PART_OF, nearest first."""
        out: list[str] = []
        while name in self.places and name not in out:
            out.append(name)
            parent = self.places[name].parent
            if parent is None:
                break
            name = parent
        return out

    def official(self, name: str) -> str:
        """The place as its own organs' names carry it: a county, county-level city or banner by its own name
        (十堰市房县 → 房县: 房县发展和改革局), a district with its city (北京市通州区), anything else as it is."""
        place = self.places.get(name)
        if place is None or place.level != "district" or not place.parent or name.endswith("区"):
            return name
        bare = name.removeprefix(place.parent)
        return bare if bare != name and len(bare) >= 2 else name

    def places_in(self, text: str, around: Iterable[str] = ()) -> list[str]:
        """The places written in ``text`` in order, canonical, longest match first; weak short forms and
        the short forms of other provinces' counties are left out. A name shared by several places is read
        against the places named before it (北京城市副中心（通州区） → 北京市通州区), else against the places
        ``around`` it (市中区政府办公室 on a page that names 济南 → 济南市市中区), iterated only then."""
        key, i, last = norm(simplified(text)), 0, -1
        out: list[str] = []
        heads = self._form_heads()
        while i < len(key) - 1:
            for n in heads.get(key[i : i + 2], ()):  # only the lengths of forms opening so, longest first
                j = i + n
                if j > len(key):
                    continue
                found = self.forms.get(key[i:j])
                if found and (key[i:j] not in self.weak or self._alone(key, i, j, last)) and not self.inside_name(
                        key, i, j):
                    place = found[0] if len(found) == 1 else (self._pick(found, out[-1] if out else None)
                                                               or self._among(found, around))
                    if place:
                        out.append(place)
                    i, last = j - 1, j
                    break
            i += 1
        return out

    def _form_heads(self) -> dict[str, tuple[int, ...]]:
        """The lengths (2 to :data:`MAX_FORM`, longest first) of the place forms opening with each two characters:
        :meth:`places_in` probes only those at a position, not all fifteen lengths (most positions open no form).
        Built on first use, again if forms were added since."""
        if self._heads_for != len(self.forms):
            lengths: dict[str, set[int]] = defaultdict(set)
            for form in self.forms:
                if 2 <= len(form) <= MAX_FORM:
                    lengths[form[:2]].add(len(form))
            self._heads = {head: tuple(sorted(ns, reverse=True)) for head, ns in lengths.items()}
            self._heads_for = len(self.forms)
        return self._heads

    def _alone(self, key: str, start: int, end: int, last: int) -> bool:
        """Whether a weak form at ``key[start:end]`` stands as a place: not inside a word (at the start, after a
        place or a non-CJK character), or followed by its organs or a year (沁县人民政府, 沁县2025年)."""
        return (start in (0, last) or not CJK.match(key[start - 1]) or key.startswith(self.weak_heads, end)
                or YEAR_AHEAD.match(key, end) is not None)

    def inside_name(self, key: str, start: int, end: int) -> bool:
        """Whether the place form ``key[start:end]`` begins the name of something else: a river, a mountain,
        a road (大宁河, 巫山峡, 南京路); a form ending in its division word (大宁县) never does, nor one followed
        by another place (重庆江北区). A two-character county before 长 is the title of a head with the word before it
        (代县长 'acting county head', 和县长 'and the county head'): a county's own head is written 代县县长."""
        if end - start == 2 and POST_AFTER.match(key, end - 1):
            return True
        if ADMIN_END.search(key[start:end]) or not key.startswith(self.tails, end):
            return False
        return not any(self.forms.get(key[end:k]) for k in range(end + 2, min(len(key), end + 8) + 1))

    def township_county(self, town: str, near: Iterable[str] = ()) -> str | None:
        """The county-level division (canonical) a township belongs to, from the national list of townships
        (data/townships.tsv): the only one that has a township of that name, else the only one of those
        inside or around a place in ``near`` (登封市 for 徐庄镇, which four counties have); None if unknown."""
        counties = list(dict.fromkeys(self.codes[c] for c in townships().get(norm(town), ()) if c in self.codes))
        if len(counties) > 1:
            near = list(near)
            counties = [c for c in counties if any(n in self.ancestors(c) or c in self.ancestors(n) for n in near)]
        return counties[0] if len(counties) == 1 else None

    def region(self, written: str, jurisdiction: str | None = None) -> str | None:
        """Canonical region name (雅安 → 雅安市; 市中区 under 乐山市 → 乐山市市中区), None if unknown or
        if the name is shared by several places and ``jurisdiction`` does not say which."""
        key = norm(written)
        found = self.forms.get(key) or self._generic(key) or self._compound(key) or self.short.get(key)
        if not found:
            return self._zone(key, jurisdiction)
        if len(found) == 1:
            return found[0]
        return self._pick(found, jurisdiction)

    def _pick(self, candidates: list[str], jurisdiction: str | None) -> str | None:
        """Of several places written alike, the one inside, above or beside the jurisdiction."""
        if not jurisdiction:
            return None
        context = self.ancestors(self.region(jurisdiction) or jurisdiction)
        for level in context:
            near = [c for c in candidates if level in self.ancestors(c)]
            if len(near) == 1:
                return near[0]
        return None

    def _among(self, candidates: list[str], around: Iterable[str]) -> str | None:
        """Of several places written alike, the only one inside (or containing) a place named around it."""
        named = list(around)
        near = [c for c in candidates if any(a in self.ancestors(c) or c in self.ancestors(a) for a in named)]
        return near[0] if len(near) == 1 else None

    def _generic(self, key: str) -> list[str]:
        """An area written with a generic word after its name (川南地区 → 川南经济区)."""
        for word in self.generic:
            if key.endswith(word) and key[: -len(word)] in self.forms:
                return self.forms[key[: -len(word)]]
        return []

    def _compound(self, key: str) -> list[str]:
        """A place written with its parent in front (四川省乐山市, 乐山市市中区苏稽镇)."""
        for cut in range(len(key) - 2, 1, -1):
            head, tail = self.forms.get(key[:cut]), self.forms.get(key[cut:])
            if head and tail:
                inside = [t for t in tail if any(h in self.ancestors(t) for h in head)]
                if inside:
                    return inside
        return []

    def _zone(self, key: str, jurisdiction: str | None) -> str | None:
        """A zone inside a known place (乐山市工业集中区): the place's canonical name + the zone word."""
        for suffix in self.zone_suffixes:
            if key.endswith(suffix) and len(key) > len(suffix):
                head = self.region(key[: -len(suffix)], jurisdiction)
                if head:
                    return head + suffix
        return None

    def water(self, written: str) -> str | None:
        """Canonical water-body name (岷江干流 → 岷江), None if unknown."""
        key = norm(written)
        while key not in self.water_forms:
            stripped = WATER_SUFFIX.sub("", key)
            if stripped == key:
                return None
            key = stripped
        return self.water_forms[key]

    def topic(self, written: str) -> str | None:
        """Topic key of a synonym as written (VOC<sub>s</sub> → VOCs), None if unknown."""
        return self.topic_forms.get(match_key(written))

    def townships_of(self, region: str) -> list[str]:
        """The townships (镇/乡/街道) inside a region: what a group such as 各乡镇 expands to."""
        name = self.region(region) or region
        return [p.name for p in self.places.values() if p.level == "township" and name in self.ancestors(p.name)]

    def members_of(self, area: str) -> list[str]:
        """The cities a named area includes (成都平原 → 成都市, 德阳市, …)."""
        name = self.region(area) or area
        place = self.places.get(name)
        return list(place.members) if place else []

    # -- graph -----------------------------------------------------------------------------------

    def static_graph(self, used: Iterable[str] = ()) -> GraphBatch:
        """Region nodes with PART_OF hierarchy and named-area membership, WaterBody nodes with
        TRIBUTARY_OF and FLOWS_THROUGH, Topic nodes with their synonyms.

        Of the divisions of all China (data/divisions.tsv) only those ``used`` (named by the documents, or
        their jurisdictions) and the places rivers flow through are written, with the regions containing
        them: three thousand nodes nobody asked for would triple the time of every load."""
        g = GraphBatch()
        flows = (self.region(r) or r for w in self.waters.values() for r in w.through)
        wanted = {a for name in (*used, *flows) for a in self.ancestors(self.region(name) or name)}
        places = [p for p in self.places.values() if p.name not in self.divisions or p.name in wanted]
        for p in places:
            g.node(ids.region_id(p.name), "Region", name=p.name, level=p.level, aliases=list(p.aliases))
        for p in places:
            if p.parent:
                g.edge("PART_OF", ids.region_id(p.name), ids.region_id(p.parent))
            for m in p.members:
                g.edge("INCLUDES", ids.region_id(p.name), ids.region_id(m))
        for w in self.waters.values():
            g.node(ids.water_id(w.name), "WaterBody", (WATER_LABELS[w.type],), name=w.name, type=w.type,
                   aliases=list(w.aliases), approximate=w.approximate)
        for w in self.waters.values():
            if w.into:
                g.edge("TRIBUTARY_OF", ids.water_id(w.name), ids.water_id(w.into))
            for r in w.through:
                g.edge("FLOWS_THROUGH", ids.water_id(w.name), ids.region_id(self.region(r) or r))
        for t in self.topics.values():
            g.node(ids.topic_id(t.key), "Topic", key=t.key, name=t.name, synonyms=list(t.synonyms))
        for t in self.topics.values():
            if t.broader:
                g.edge("BROADER", ids.topic_id(t.key), ids.topic_id(t.broader))
        return g


def autonomous_pattern(peoples: list[str]) -> re.Pattern[str]:
    """An autonomous county or banner: (its place name, the peoples' names, 自治县/自治旗). The place name
    ends where the first people's name begins (张家川 + 回族): a fixed list, since a people's name is one to
    four characters and a rule by length cuts 张家 + 川回族."""
    alt = "|".join(sorted(map(re.escape, peoples), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(.{{2,}}?)?((?:(?:{alt})族?)+)(自治县|自治旗)$")


def prefecture_forms(name: str, never: set[str], extra: list[str]) -> list[str]:
    """How a prefecture-level division outside Sichuan is written: the listed forms, and its name minus
    市/地区/盟 (深圳市 → 深圳) unless that short form is never a place on its own (吉林 is the province)."""
    base = PREFECTURE_SUFFIX.sub("", name)
    short = [base] if base != name and len(base) >= 2 and base not in never else []
    return [*extra, *short]


MARKUP = re.compile(r"</?su[bp]>|[$_{}]")


def match_key(s: str) -> str:
    """The form topic synonyms are compared in: NFKC, no whitespace or markup, Latin lower-cased."""
    return MARKUP.sub("", norm(s)).lower()


def simplified(text: str) -> str:
    """``text`` in simplified characters (黑龍江省環境保護廳 → 黑龙江省环境保护厅) without pinyin readings
    (國(guó)家 → 国家): plans published in traditional characters name the same units and places. OpenCC
    (t2s), as nlp/targets reads them."""
    if len(text) < 200:  # a name: always converted (once: names recur); a whole text when it looks traditional
        return _simplified_name(text)
    return _simplify(text) if TRADITIONAL.search(text) else text


@lru_cache(maxsize=1 << 16)
def _simplified_name(name: str) -> str:
    return _simplify(name)


def _simplify(text: str) -> str:
    convert = t2s()
    return convert(PINYIN.sub("", text)) if convert else PINYIN.sub("", text)


@cache
def divisions() -> list[tuple[str, str]]:
    """(code, name) of every division of China to county level, from ``data/divisions.tsv``."""
    text = resources.files(data).joinpath("divisions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return [(code, name) for code, name in rows]


@cache
def townships() -> dict[str, tuple[str, ...]]:
    """Each township's name → the codes of the county-level divisions that have a township of that name, from
    ``data/townships.tsv`` (read when first asked: 43,000 rows no plain extraction needs)."""
    text = resources.files(data).joinpath("townships.tsv").read_text(encoding="utf-8")
    out: dict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            out[norm(name)].append(code)
    return {name: tuple(codes) for name, codes in out.items()}


@cache
def load() -> Gazetteer:
    return Gazetteer(data.read("regions.toml"), data.read("waters.toml"), data.read("topics.toml"))
