"""Quantitative targets: value, direction and year on whole corpus documents and on small fixtures."""

from __future__ import annotations

import pytest

from polkg.nlp.targets import canonical_metric, find_targets
from tests.conftest import CORPUS

# (value, direction, year) read off the corpus by hand: the commitments a reader would list.
EXPECTED: dict[str, tuple[int | None, list[tuple[float, str, int | None]]]] = {
    "000_58d12171dcf85779": (2017, [
        (50, "at_least", 2020), (82, "at_least", 2020), (20, "decrease", 2020), (84, "at_least", 2020),
        (90, "reach", 2020), (94, "reach", 2020), (2025, "reach", 2025), (420, "decrease", None),
        (2240, "decrease", None), (7700, "at_most", 2020), (14, "decrease", 2020), (13, "reach", 2020),
        (508, "reach", 2020), (40, "reach", None), (65, "at_least", 2020), (70, "at_least", 2020),
        (12, "reach", None), (4133, "reach", None), (5, "decrease", 2020), (1000, "at_least", 2020),
    ]),
    "001_ea7e1250e72a59c4": (2022, [
        (95, "at_least", 2023), (70, "reach", 2023), (90, "reach", 2023), (32, "at_most", 2023),
        (8, "decrease", 2023), (80, "at_least", 2023), (3, "at_most", None), (1, "at_most", None),
        (50, "at_least", None), (70, "reach", None),
    ]),
    "002_2b859586d1828755": (2017, [
        (20, "decrease", 2020), (82, "at_least", 2020), (40, "reach", 2020), (70, "reach", 2020),
        (85, "reach", 2020), (38, "reach", 2020),
    ]),
    "003_47ae1d538206f907": (2018, [
        (12, "decrease", 2018), (82.6, "reach", 2018), (8, "at_least", 2018), (1, "at_least", 2018),
        (2, "at_least", 2018), (5.3, "at_least", 2018), (20, "at_most", None), (35, "at_most", None),
    ]),
    "004_0c71af0d61d8d2f3": (None, [
        (19, "decrease", 2020), (85, "reach", 2020), (25, "decrease", 2020), (28.9, "decrease", 2020),
        (19.2, "decrease", 2020), (19.5, "decrease", 2020), (30, "at_most", 2020), (38, "at_least", 2020),
        (40, "reach", 2020), (90, "at_least", 2020), (98, "at_least", 2020), (80, "at_least", None),
        (100, "reach", 2019), (4, "reach", 2019), (3, "reach", 2020), (90, "at_least", 2020),
        (95, "at_least", 2019), (80, "at_least", 2019), (100, "reach", 2019), (90, "at_least", None),
        (2.77, "at_most", 2020), (26, "decrease", 2020), (3800, "reach", 2020), (85.436, "reach", 2020),
        (10, "reach", 2019), (2, "reach", 2020), (73, "at_least", 2019), (68, "at_least", 2020),
        (0.492, "reach", 2020), (9, "reach", None), (50, "at_least", None),
    ]),
}


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_recall_on_corpus_documents(doc: str) -> None:
    text = (CORPUS / f"{doc}.txt").read_text("utf-8")
    year, expected = EXPECTED[doc]
    found = {(t.value, t.direction, t.year) for t in find_targets(text, 0, doc, 0, year)}
    missed = [e for e in expected if (float(e[0]), e[1], e[2]) not in found]
    assert len(missed) / len(expected) <= 0.1, missed


def test_spans_point_at_the_stated_number() -> None:
    doc = "004_0c71af0d61d8d2f3"
    text = (CORPUS / f"{doc}.txt").read_text("utf-8")
    targets = find_targets(text[100:], 100, doc, 0, None)
    assert targets
    for t in targets:
        assert text[t.span.start : t.span.end] == t.text
        assert t.doc == doc


def test_respectively_splits_values_and_subjects() -> None:
    text = "到2020年，二氧化硫（SO2）、氮氧化物（NOX）分别比2015年削减28.9%、19.2%。"
    got = [(t.metric, t.value, t.direction, t.baseline_year, t.year) for t in find_targets(text, 0, "x", 0, None)]
    assert got == [("二氧化硫排放总量", 28.9, "decrease", 2015, 2020),
                   ("氮氧化物排放总量", 19.2, "decrease", 2015, 2020)]


def test_shared_comparator_applies_to_every_listed_value() -> None:
    text = "2019年年底，中心城区和乡镇污水处理率分别达到95%、80%以上。"
    assert [(t.value, t.direction) for t in find_targets(text, 0, "x", 0, None)] == [(95, "at_least"), (80, "at_least")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "direction"),
    [
        ("全省城市空气质量优良天数比率力争达到90%。", 90, "%", "reach"),
        ("全省国考断面水质达标率力争达到95%以上。", 95, "%", "at_least"),
        ("到2020年全省煤炭消费总量削减到7700万吨以内。", 7700, "万吨", "at_most"),
        ("细颗粒物年均浓度控制在32微克每立方米以内。", 32, "微克每立方米", "at_most"),
        ("大气环境质量在考核中比重不低于80%。", 80, "%", "at_least"),
        ("秸秆收集和综合利用率高于90%。", 90, "%", "at_least"),
        ("用水效率提高5个百分点。", 5, "个百分点", "increase"),
        ("农田灌溉水有效利用系数提高到0.492。", 0.492, "", "reach"),
        ("各市至少配置2套遥感监测设备。", 2, "套", "at_least"),
        ("原则上不再新建每小时20蒸吨以下燃煤锅炉。", 20, "蒸吨/小时", "at_most"),
    ],
)
def test_direction_and_unit(text: str, value: float, unit: str, direction: str) -> None:
    (t,) = find_targets(text, 0, "x", 0, None)
    assert (t.value, t.unit, t.direction) == (value, unit, direction)


def test_year_comes_from_the_clause_then_the_section_then_a_one_year_plan() -> None:
    section = ("二、工作目标\n到2020年，全区森林覆盖率达到38%。\n新增水土流失治理面积20平方公里。\n"
               "三、主要任务\n完成12家企业改造。")
    assert [(t.value, t.year) for t in find_targets(section, 0, "x", 0, None)] == [(38, 2020), (20, 2020), (12, None)]
    # a deadline written after the value in its clause
    text = "配合推进医疗废物处置二期10吨/日项目的建设，2019年年底前建成运行；"
    assert [t.year for t in find_targets(text, 0, "x", 0, None)] == [2019]
    # the plan year applies only when the plan is a one-year plan; a scope threshold never gets one
    plan = "四川省蓝天保卫战2018年作战计划\n成都市应配置至少8套。建成区基本淘汰35蒸吨/小时以下燃煤锅炉。"
    assert [(t.value, t.year) for t in find_targets(plan, 0, "x", 0, 2018)] == [(8, 2018), (35, None)]
    plan = "某省行动计划(2022—2023年)\n有序推进全省70%的行政村生活污水治理。"
    assert [(t.value, t.year) for t in find_targets(plan, 0, "x", 0, 2022)] == [(70, None)]


def test_not_targets() -> None:
    text = ("按照《中国制造2025四川行动计划》（川办发〔2017〕18号），在现有5个城市达标的基础上，落实6个百分之百，"
            "细颗粒物（PM2.5）明显下降。\n\t\t具体工作任务\t推进情况\n\t\t加强监测。\t1-6月，全省浓度同比下降11.3%")
    assert find_targets(text, 0, "x", 0, None) == []


def test_water_class_and_attainment_year() -> None:
    text = "到2020年年底，峨眉河、竹公溪稳定在Ⅲ类水质，断面水质达到或优于Ⅲ类比例达到100%。"
    got = find_targets(text, 0, "x", 0, None)
    assert [(t.value, t.unit, t.year) for t in got] == [(3, "类", 2020), (100, "%", 2020)]
    (t,) = find_targets("力争2025年泸州市、南充市达标。", 0, "x", 0, None)
    assert (t.value, t.unit, t.direction, t.year, t.region) == (2025, "年", "reach", 2025, "泸州市、南充市")


def test_metric_vocabulary() -> None:
    assert canonical_metric("全省细颗粒物年均浓度") == "PM2.5年均浓度"
    assert canonical_metric("优良天数率") == "优良天数比率"
    assert canonical_metric("二氧化硫") == "二氧化硫排放总量"
    assert canonical_metric("二氧化硫排放浓度") == "二氧化硫排放浓度"  # exact alias only
