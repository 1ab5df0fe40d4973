"""Group words are no places (graph/resolve.py, data/units.toml [group]): 各县、区人民政府 is the group of the
counties' and districts' governments, 各区城市管理执法局 the group of the districts' bureaus, each with the scope of
the plan that writes it; 民航西南地区管理局 is a national body's regional administration, no city's. An empty name
and a level prefix read without a document say so plainly."""

from __future__ import annotations

import pytest

from polkg import api
from polkg.graph.resolve import Context, Resolver

CHAOZHOU = Context(level="city", jurisdiction="潮州市", year=2019)  # rw_guangdong_chaozhou_air
CHENGDU = Context(level="city", jurisdiction="成都市", year=2020)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("name", "ctx", "level", "scope"), [
    ("各县、区人民政府", CHAOZHOU, "district", "潮州市"),  # rw_guangdong_chaozhou_air
    ("各县区人民政府", CHAOZHOU, "district", "潮州市"),
    ("各区城市管理执法局", CHENGDU, "district", "成都市"),
    ("各县（市、区）生态环境局", CHENGDU, "district", "成都市"),
])
def test_group_words_are_groups_with_their_scope(resolver: Resolver, name: str, ctx: Context, level: str,
                                                 scope: str) -> None:
    u = resolver.resolve_unit(name, ctx)
    assert (u.kind, u.level, u.jurisdiction) == ("group", level, scope), u.why
    assert not (u.jurisdiction or "").startswith("各")


def test_a_department_group_keeps_its_system(resolver: Resolver) -> None:
    u = resolver.resolve_unit("各区城市管理执法局", CHENGDU)
    assert u.system == resolver.resolve_unit("区城市管理执法局", Context(level="district",
                                                                     jurisdiction="成都市武侯区")).system


def test_a_national_bodys_regional_administration_is_no_city(resolver: Resolver) -> None:
    u = resolver.resolve_unit("民航西南地区管理局", Context(level="province", jurisdiction="四川省", year=2018))
    assert u.level == "national" and u.jurisdiction is None, u.why


def test_an_empty_name_is_no_crash(resolver: Resolver) -> None:
    for name in ("", "  "):
        u = resolver.resolve_unit(name, CHENGDU)
        assert u.kind == "other" and "empty" in " ".join(u.why)


def test_a_level_prefix_without_a_document_says_so() -> None:
    why = " ".join(api.resolve("县发改局")["why"])
    assert "?" not in why and "no document" in why, why


def test_a_township_in_its_countys_plan_is_named_with_the_county(resolver: Resolver) -> None:
    """rw_guangxi_beihai_nankang_kaiken: 铁山港区's notice (经区人民政府同意) to 南康镇人民政府 names 南康镇政府."""
    u = resolver.resolve_unit("南康镇政府", Context(level="district", jurisdiction="北海市铁山港区", year=2020))
    assert u.canonical == "北海市铁山港区南康镇人民政府", u.why
