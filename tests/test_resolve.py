"""Unit resolution: one node per real-world unit, however it is written (graph/resolve.py, data/units*.toml)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.cli import cli
from polkg.graph.batch import GraphBatch
from polkg.graph.resolve import Context, ResolvedUnit, Resolver, clean, known_places
from tests.conftest import CORPUS, DISTRICT

PROVINCE = Context(level="province", jurisdiction="四川省", year=2017)
DISTRICT_CTX = Context(level="district", jurisdiction="乐山市市中区", year=2019)
ISSUED_BY_OFFICE = Context(level="province", jurisdiction="四川省", year=2017, issuer="四川省环境保护厅办公室")
# A plan from another province and city, to show that the rules are not Sichuan's.
OTHER_CITY = Context(level="city", jurisdiction="杭州市", year=2020)


@pytest.fixture
def resolver() -> Resolver:
    return Resolver()


def edges(batch: GraphBatch, type: str) -> set[tuple[str, str]]:
    names = {n.id: str(n.props.get("name")) for n in batch.nodes.values()}
    return {(names[e.src], names[e.dst]) for e in batch.edges.values() if e.type == type}


# -- normalisation and one node per unit ------------------------------------------------------------


def test_four_spellings_of_the_environment_department_are_one_node(resolver: Resolver) -> None:
    spellings = ("环 境 保 护 厅", "环境保护厅", "省环境保护厅", "省环保厅")
    found = {resolver.resolve_unit(m, PROVINCE).id for m in spellings}
    assert found == {"unit:四川省环境保护厅"}


def test_aliases_keep_every_written_form(resolver: Resolver) -> None:
    for m in ("环 境 保 护 厅", "省环保厅", "省环境保护厅"):
        unit = resolver.resolve_unit(m, PROVINCE)
    assert set(unit.aliases) == {"环境保护厅", "省环保厅", "省环境保护厅"}
    node = resolver.unit_graph([unit]).nodes[unit.id]
    aliases = set(node.props["aliases"])  # type: ignore[arg-type]
    assert {"环境保护厅", "省环保厅", "省环境保护厅"} <= aliases
    assert "环保厅" in aliases  # a standard short form, findable before any document writes it
    assert not any(a.startswith("生态环境") for a in aliases)  # the successor is another node


def test_clean_unifies_width_and_drops_trailing_punctuation() -> None:
    assert clean(" 省发展改革委(省能源局)。") == "省发展改革委（省能源局）"


def test_standard_abbreviations_are_expanded(resolver: Resolver) -> None:
    expected = {
        "省发展改革委": "四川省发展和改革委员会",
        "省经济和信息化委": "四川省经济和信息化委员会",
        "住房城乡建设厅": "四川省住房和城乡建设厅",
        "住房与城乡建设厅": "四川省住房和城乡建设厅",
        "省质监局": "四川省质量技术监督局",
        "省安监局": "四川省安全生产监督管理局",
        "省安全监管局": "四川省安全生产监督管理局",
    }
    assert {m: resolver.resolve_unit(m, PROVINCE).canonical for m in expected} == expected


# -- level and jurisdiction from the document --------------------------------------------------------


def test_district_units_get_the_district_jurisdiction(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("区发展改革局", DISTRICT_CTX)
    assert (unit.canonical, unit.level, unit.jurisdiction, unit.system) == (
        "乐山市市中区发展和改革局", "district", "乐山市市中区", "发展改革")
    assert resolver.resolve_unit("市中区发展改革局", DISTRICT_CTX).id == unit.id
    assert resolver.resolve_unit("乐山市市中区发展和改革局", DISTRICT_CTX).id == unit.id


def test_city_prefix_in_a_district_plan_is_the_parent_city(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("市工业集中区管委会", DISTRICT_CTX)
    assert (unit.canonical, unit.level, unit.kind) == ("乐山市工业集中区管理委员会", "city", "department")


def test_district_and_provincial_environment_units_are_different_nodes_of_one_system(resolver: Resolver) -> None:
    district = resolver.resolve_unit("区生态环境局", DISTRICT_CTX)
    province = resolver.resolve_unit("环境保护厅", PROVINCE)
    assert district.id != province.id
    assert district.system == province.system == "生态环境"
    batch = resolver.unit_graph([district, province])
    assert ("乐山市市中区生态环境局", "四川省环境保护厅") in edges(batch, "COUNTERPART_OF")


def test_rules_hold_for_another_province(resolver: Resolver) -> None:
    assert resolver.resolve_unit("市住房城乡建设局", OTHER_CITY).canonical == "杭州市住房和城乡建设局"
    assert resolver.resolve_unit("市经济信息化局", OTHER_CITY).system == "经济和信息化"
    # 经济和信息化委 became 经济和信息化厅 in Sichuan only: no Sichuan rename in another place
    other = resolver.resolve_unit("浙江省经济和信息化委员会", OTHER_CITY)
    assert other.jurisdiction == "浙江省" and not other.links


def test_unknown_name_is_kept_as_written(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("某某 协会", DISTRICT_CTX)
    assert (unit.canonical, unit.kind, unit.system) == ("某某协会", "other", None)
    assert "kept as written" in unit.why[-1]
    # several units run together by a bad split are not passed off as one department: a group of the units
    together = resolver.resolve_unit("省委省国资委省安全监管局", PROVINCE)
    assert together.kind == "group"
    assert [link.unit.canonical for link in together.links if link.type == "HAS_MEMBER" and link.unit] == [
        "中共四川省委员会", "四川省人民政府国有资产监督管理委员会", "四川省安全生产监督管理局"]


# -- structure: sub-units, divisions, groups, committees, renames ----------------------------------------


def test_parenthesised_sub_unit_is_part_of_the_main_unit(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("省发展改革委(省能源局)", PROVINCE)
    assert unit.canonical == "四川省发展和改革委员会"
    assert resolver.resolve_unit("省发展改革委", PROVINCE).id == unit.id
    assert ("四川省能源局", "四川省发展和改革委员会") in edges(resolver.unit_graph([unit]), "PART_OF")


def test_committee_office_is_part_of_its_committee_and_hosted_by_the_department(resolver: Resolver) -> None:
    unit = resolver.resolve_unit("省重污染天气应急指挥部办公室（环境保护厅）", PROVINCE)
    part_of = edges(resolver.unit_graph([unit]), "PART_OF")
    assert (unit.canonical, "四川省重污染天气应急指挥部") in part_of
    assert (unit.canonical, "四川省环境保护厅") in part_of


def test_division_is_part_of_the_department_whose_office_issued_the_plan(resolver: Resolver) -> None:
    unit = resolver.resolve_division("大气处", ISSUED_BY_OFFICE)
    assert (unit.canonical, unit.kind, unit.jurisdiction) == ("四川省环境保护厅大气处", "division", "四川省")
    assert unit.system is None  # not a counterpart of other 生态环境 departments
    assert ("四川省环境保护厅大气处", "四川省环境保护厅") in edges(resolver.unit_graph([unit]), "PART_OF")


def test_generic_groups_are_group_nodes(resolver: Resolver) -> None:
    cities = resolver.resolve_unit("各市（州）人民政府", PROVINCE)
    assert resolver.resolve_unit("各市(州)人民政府", PROVINCE).id == cities.id
    assert (cities.kind, cities.level, cities.jurisdiction) == ("group", "city", "四川省")
    towns = resolver.resolve_unit("各乡镇（街道）", DISTRICT_CTX)
    assert (towns.kind, towns.jurisdiction) == ("group", "乐山市市中区")
    for m in ("相关市", "省直相关部门", "省大气水土壤污染防治“三大战役”领导小组成员单位", "各相关乡镇"):
        ctx = DISTRICT_CTX if "乡镇" in m else PROVINCE
        assert resolver.resolve_unit(m, ctx).kind == "group", m
    node = resolver.unit_graph([towns]).nodes[towns.id]
    assert "Group" in node.extra_labels


def test_township_group_expands_to_the_townships_the_gazetteer_knows(resolver: Resolver) -> None:
    if not known_places():
        pytest.skip("the gazetteer lists no places")
    towns = resolver.resolve_unit("各乡镇（街道）", DISTRICT_CTX)
    members = edges(resolver.unit_graph([towns]), "HAS_MEMBER")
    assert len(members) >= 10
    assert all(src == towns.canonical and dst.endswith(("乡", "镇", "街道")) for src, dst in members)
    streets = {dst for _, dst in edges(resolver.unit_graph([resolver.resolve_unit("各街道", DISTRICT_CTX)]),
                                       "HAS_MEMBER")}
    assert streets and streets < {dst for _, dst in members} and all(s.endswith("街道") for s in streets)
    # 相关 names an unstated subset: no members
    assert not resolver.resolve_unit("各相关乡镇", DISTRICT_CTX).links


def test_renames_are_succeeded_by_links_with_dates(resolver: Resolver) -> None:
    units = [resolver.resolve_unit(m, PROVINCE) for m in ("环境保护厅", "省质监局", "省工商局", "省安全监管局")]
    succeeded = resolver.unit_graph(units)
    pairs = edges(succeeded, "SUCCEEDED_BY")
    assert ("四川省环境保护厅", "四川省生态环境厅") in pairs
    assert ("四川省质量技术监督局", "四川省市场监督管理局") in pairs
    assert ("四川省工商行政管理局", "四川省市场监督管理局") in pairs
    assert ("四川省安全生产监督管理局", "四川省应急管理厅") in pairs
    dates = {e.props.get("date") for e in succeeded.edges.values() if e.type == "SUCCEEDED_BY"}
    assert all(isinstance(d, str) and d.startswith("2018") for d in dates)


def test_static_graph_holds_the_reference_renames() -> None:
    batch = Resolver().static_graph()
    batch.check()
    assert ("四川省农业厅", "四川省农业农村厅") in edges(batch, "SUCCEEDED_BY")


# -- the real corpus ----------------------------------------------------------------------------------


def bracket_units(path: Path) -> list[str]:
    """Every unit in the 〔责任单位：…〕 / 责任单位：… lists of a corpus file (a test-side reading, not the loader)."""
    text = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"(?:牵头单位|责任单位)[：:]([^〕\]\n]*)", text):
        body = re.sub(r"(?:牵头单位|责任单位)[：:]", "、", re.sub(r"\s+", "", m.group(1)))
        out += [u for u in re.split(r"[、，,；;。]", body) if 2 <= len(u) <= 30]
    return out


def test_every_unit_of_the_district_plans_resolves_to_a_district_node() -> None:
    resolver = Resolver()
    resolved = [resolver.resolve_unit(m, DISTRICT_CTX) for m in bracket_units(DISTRICT)]
    assert len(resolved) > 500
    other = {u.canonical for u in resolved if u.kind == "other"}
    assert len(other) <= 2, other  # loader-side fragments (…负责落实, 不再单独列出) are not units
    departments = {u.canonical for u in resolved if u.kind == "department"}
    assert all(u.jurisdiction in ("乐山市市中区", "乐山市") for u in resolved if u.kind == "department")
    assert {"乐山市市中区生态环境局", "乐山市市中区经济和信息化局", "乐山市市中区住房和城乡建设局"} <= departments
    batch = resolver.unit_graph(resolved)
    batch.check()
    in_district = [n for n in batch.nodes.values() if n.label == "Unit" and n.props.get("jurisdiction") != "乐山市"]
    assert len(in_district) < len(set(bracket_units(DISTRICT)))  # the city's 公安局 is there as the branch's owner


def test_provincial_plan_spellings_merge() -> None:
    resolver = Resolver()
    path = CORPUS / "000_58d12171dcf85779.txt"
    resolved: dict[str, ResolvedUnit] = {m: resolver.resolve_unit(m, PROVINCE) for m in bracket_units(path)}
    assert resolved["省发展改革委(省能源局)"].id == resolved["省发展改革委"].id
    systems = {u.system for u in resolved.values() if u.kind == "department"}
    assert {"生态环境", "发展改革", "经济和信息化", "住房城乡建设", "农业农村", "自然资源", "水利"} <= systems


# -- CLI -------------------------------------------------------------------------------------------------


def test_cli_resolve_explains_the_steps() -> None:
    res = CliRunner().invoke(cli, ["resolve", "区发展改革局", "--level", "district", "--jurisdiction", "乐山市市中区",
                                   "--year", "2019", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["canonical"] == "乐山市市中区发展和改革局"
    assert any("level prefix" in step for step in out["why"])


def test_cli_resolve_flags_a_rename_before_the_year() -> None:
    res = CliRunner().invoke(cli, ["resolve", "环境保护厅", "--level", "province", "--jurisdiction", "四川省",
                                   "--year", "2017"])
    assert res.exit_code == 0, res.output
    assert "SUCCEEDED_BY" in res.output and "四川省生态环境厅" in res.output
    # a plan of after the rename that writes the old name means the department in office, and says why
    after = CliRunner().invoke(cli, ["resolve", "环境保护厅", "--level", "province", "--jurisdiction", "四川省",
                                     "--year", "2020", "--json"])
    out = json.loads(after.output)
    assert out["canonical"] == "四川省生态环境厅"
    assert any("renamed 生态环境厅 in 2018" in step for step in out["why"])


def test_cli_units_lists_reference_units_by_system(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["--store", str(tmp_path / "none"), "units", "--system", "生态环境", "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert {r["system"] for r in rows} == {"生态环境"}
    by_name = {r["name"]: r for r in rows}
    assert by_name["四川省环境保护厅"]["successors"] == ["四川省生态环境厅 (2018)"]
    assert "reference data" in by_name["四川省环境保护厅"]["why"]
    assert "became" in by_name["四川省生态环境厅"]["why"]


def test_cli_units_lists_the_units_of_a_loaded_store(loaded_dir: Path) -> None:
    res = CliRunner().invoke(cli, ["--store", str(loaded_dir), "units", "--system", "生态环境", "--json"])
    assert res.exit_code == 0, res.output
    by_name = {r["name"]: r for r in map(json.loads, res.output.splitlines())}
    assert "区生态环境局" in by_name["乐山市市中区生态环境局"]["aliases"]
    district = by_name["乐山市市中区生态环境局"]
    assert (district["level"], district["jurisdiction"]) == ("district", "乐山市市中区")
    assert "place prefix" in district["why"] and "system 生态环境" in district["why"]  # why it is named so
    assert all(r["why"] for r in by_name.values())
    assert by_name["四川省环境保护厅"]["successors"] == ["四川省生态环境厅 (2018)"]


def test_a_resolver_forgets_the_places_it_used_and_a_cached_answer_names_them_again() -> None:
    resolver = Resolver()
    ctx = Context(level="district", jurisdiction="房县", year=2021)
    resolver.resolve_unit("县发改局", ctx)
    assert "房县" in resolver.places_used
    resolver.forget_places()
    assert resolver.places_used == set()
    resolver.resolve_unit("县发改局", ctx)  # from the cache
    assert "房县" in resolver.places_used
