"""Document metadata read from the corpus files, whatever loader read them, and from small fixtures."""

from __future__ import annotations

import pytest

from polkg.graph.model import Document, Extraction, Span
from polkg.loaders.metadata import annotate, kind_of, region
from tests.conftest import CORPUS


def whole_file(stem: str) -> tuple[Extraction, str]:
    """The corpus file as one Document titled with its stem (what a stub loader returns)."""
    text = (CORPUS / f"{stem}.txt").read_text("utf-8")
    doc = Document(doc=stem, plan=0, title=stem, span=Span(start=0, end=len(text)))
    ex = Extraction(doc=stem, file=f"{stem}.txt", format="generic", documents=[doc])
    annotate(ex, text)
    return ex, text


@pytest.mark.parametrize(
    ("stem", "number", "issuer", "date", "year", "level", "kind", "jurisdiction"),
    [
        ("000_58d12171dcf85779", "川污防“三大战役”办〔2017〕2号", "四川省大气水土壤污染防治“三大战役”领导小组办公室",
         "2017-01-23", 2017, "province", "分工方案", "四川省"),
        ("001_ea7e1250e72a59c4", "川办发〔2021〕82号", "四川省人民政府办公厅", "2021-12-23", 2022, "province",
         "行动计划", "四川省"),
        ("002_2b859586d1828755", "川环办发〔2017〕102号", "四川省环境保护厅办公室", "2017-07-31", 2017, "province",
         "通报", "四川省"),
        ("003_47ae1d538206f907", "川污防“三大战役”办〔2018〕22号", "四川省大气水土壤污染防治“三大战役”领导小组办公室",
         "2018-05-22", 2018, "province", "作战计划", "四川省"),
        ("004_0c71af0d61d8d2f3", None, None, None, None, "district", "实施方案", "乐山市市中区"),
    ],
)
def test_corpus_documents(stem: str, number: str | None, issuer: str | None, date: str | None, year: int | None,
                          level: str, kind: str, jurisdiction: str) -> None:
    ex, _ = whole_file(stem)
    (d,) = ex.documents
    assert (d.number, d.issuer, d.date, d.year, d.level, d.kind, d.jurisdiction) == (
        number, issuer, date, year, level, kind, jurisdiction)
    assert d.title != stem  # derived from the text


def test_citations_pair_titles_with_numbers_and_skip_the_own_number() -> None:
    ex, text = whole_file("000_58d12171dcf85779")
    cites = {(c.title, c.number) for c in ex.documents[0].cites}
    assert ("四川省环境污染防治“三大战役”实施方案", "川委厅〔2016〕92号") in cites
    assert not any(c.number == "川污防“三大战役”办〔2017〕2号" for c in ex.documents[0].cites)
    # the plan the cover letter issues is the document itself, not a citation
    assert not any(c.title and c.title.startswith("〈") for c in ex.documents[0].cites)
    for c in ex.documents[0].cites:
        assert text[c.span.start : c.span.end].startswith("《")


def test_citations_of_numbers_in_running_text() -> None:
    ex, _ = whole_file("004_0c71af0d61d8d2f3")
    numbers = {c.number for c in ex.documents[0].cites}
    assert {"乐府发〔2018〕33号", "乐发改基础〔2018〕143号", "乐中府办函〔2018〕43号"} <= numbers
    ex, _ = whole_file("001_ea7e1250e72a59c4")
    assert ex.documents[0].cites == []  # it names only its own title and number


def test_plans_of_a_bundle_inherit_file_facts_and_name_their_own_region() -> None:
    text = ("某市人民政府办公室文件\n\n某府办发〔2020〕5号\n\n各县（区）人民政府：\n现印发你们。\n\n"
            "某市人民政府办公室\n2020年3月2日\n\n乐山市五通桥区大气污染防治2020年工作方案\n一、任务\n完成治理。\n"
            "乐山市沙湾区水污染防治行动计划\n一、任务\n按照川办发〔2019〕7号要求推进。\n")
    a, b = text.index("乐山市五通桥区"), text.index("乐山市沙湾区")
    docs = [Document(doc="x", plan=0, title="乐山市五通桥区大气污染防治2020年工作方案", span=Span(start=a, end=b)),
            Document(doc="x", plan=1, title="乐山市沙湾区水污染防治行动计划", span=Span(start=b, end=len(text)))]
    ex = Extraction(doc="x", file="x.txt", format="generic", documents=docs)
    annotate(ex, text)
    first, second = ex.documents
    assert (first.issuer, first.date, first.number) == ("某市人民政府办公室", "2020-03-02", "某府办发〔2020〕5号")
    assert (first.jurisdiction, first.level, first.kind, first.year) == (
        "乐山市五通桥区", "district", "工作方案", 2020)
    assert (second.jurisdiction, second.kind, second.year) == ("乐山市沙湾区", "行动计划", 2020)
    assert [c.number for c in second.cites] == ["川办发〔2019〕7号"]


def test_kind_and_region_helpers() -> None:
    assert kind_of("《四川省环境污染防治“三大战役”实施方案》责任分工方案") == "分工方案"
    assert kind_of("四川省蓝天保卫战2018年作战计划(征求意见稿)") == "作战计划"
    assert region("乐山市市中区打赢蓝天保卫战实施方案") == (None, "乐山市", "市中区")
    assert region("四川省人民政府办公厅") == ("四川省", None, None)
    assert region("重庆市生态环境局") == ("重庆市", None, None)


def test_numbers_are_the_regex_matches_found_only_before_brackets() -> None:
    """:func:`metadata.numbers` tries the 文号 pattern only before a year bracket: the same matches as the
    pattern over the whole text, prefixes of 16 characters and spaces before the bracket included."""
    from polkg.loaders.metadata import NUMBER, numbers

    text = ("按照川办发〔2019〕12号和 国务院关于推进工作的通知的意见办法规定要求文件精神 ［2020］3 号，"
            "〔2021〕4号、“川府发” [2018] 17号以及财政部门年度资金管理办法实施细则文件〔2017〕5号")
    for start, end in ((0, len(text)), (3, len(text) - 2), (10, 40)):
        expected = [(m.span(), m.groups()) for m in NUMBER.finditer(text, start, end)]
        assert [(m.span(), m.groups()) for m in numbers(text, start, end)] == expected
    assert len(list(numbers(text, 0, len(text)))) == 4


def test_the_date_line_found_from_the_first_date_is_the_one_a_scan_from_the_start_finds() -> None:
    """facts() looks for the date line only from the first date (and the blanks before it): the same line,
    the same offsets, on every real plan and on dates after blank lines or inside longer numbers."""
    from polkg.loaders.metadata import DATE_LINE, _date_line
    from tests.helpers import REALWORLD

    texts = [p.read_text(encoding="utf-8") for p in [*sorted(REALWORLD.glob("*.txt")), *sorted(CORPUS.glob("*.txt"))]]
    texts += ["正文\n\n  \n2024年3月1日\n", "x\n * \n 2024 年 3 月 1 日 印发\n尾", "12024年3月1日\n2024年3月2日"]
    found = 0
    for text in texts:
        slow, quick = DATE_LINE.search(text), _date_line(text)
        assert (slow and (slow.span(), slow.groups())) == (quick and (quick.span(), quick.groups()))
        found += slow is not None
    assert found > 20
