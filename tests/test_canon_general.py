"""General causes of wrong canonical names on plans never seen (issue 9): county short names standing for their
governments, township plans' own offices, and abbreviations as plans write them."""

from __future__ import annotations

import pytest

from polkg.graph.resolve import Context, Resolver

DALI = Context(level="city", jurisdiction="大理白族自治州", year=2019)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("mention", "canonical"), [
    ("漾濞", "漾濞彝族自治县人民政府"),  # 漾濞、永平、南涧3个县要全力做好脱贫摘帽工作
    ("永平", "永平县人民政府"),
    ("云龙", "云龙县人民政府"),  # 徐州市云龙区 too, but not inside 大理州
])
def test_a_countys_short_name_in_its_citys_plan_is_its_government(resolver: Resolver, mention: str,
                                                                    canonical: str) -> None:
    assert resolver.resolve_unit(mention, DALI).canonical == canonical


def test_a_short_name_outside_the_plans_place_is_not_a_government(resolver: Resolver) -> None:
    assert resolver.resolve_unit("永平", Context(level="city", jurisdiction="十堰市")).kind != "government"
