"""Shapes of hold-out 9's plans (tests/realworld/hz9_*) that the reader missed, each a general way plans write."""

from __future__ import annotations

from pathlib import Path

from polkg.graph.model import Extraction
from polkg.loaders import bracket
from tests.helpers import having, roles

REALWORLD = Path(__file__).resolve().parent / "realworld"


def bracket_plan(stem: str) -> Extraction:
    return bracket.LOADER.load((REALWORLD / f"{stem}.txt").read_text(encoding="utf-8"), stem)


def test_a_bracket_standing_remark_names_a_unit_of_every_later_item() -> None:
    # (牵头单位:县水利局、各乡〔镇〕人民政府。配合单位:…。以下均需各乡〔镇〕人民政府负责,不再列出) on item 1
    x = bracket_plan("hz9_jiangxi_dean_hhz2023")
    first = roles(having(x, "水工程建设与管理"))
    assert first["lead"] == ["县水利局", "各乡〔镇〕人民政府"] and first["responsible"] == []
    for start in ("饮用水源保护", "河湖水域整治"):
        assert roles(having(x, start))["responsible"] == ["各乡〔镇〕人民政府"], start
