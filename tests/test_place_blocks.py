"""Units named for a whole labelled block rather than in each measure (issue 8, the shapes the lead's miss analysis
of unseen plans found): the block's labels in their flattened forms. The 355 dev plans hold none of these forms
(checked: no 整改实施主体 / 牵头验收单位, no one-row |问题|…|整改责任单位|…| block, no colonless 责任单位 line), so
the tests read snippets written like those plans; each failed before the change."""

from __future__ import annotations

from polkg.loaders import marks
from tests.helpers import having, roles, snippet


def test_acceptance_labels_name_responsible_lead_and_assist() -> None:
    """``整改实施主体：X 牵头验收单位：Y 配合验收单位：Z`` under a rectification item: X answers for it, Y leads its
    acceptance, Z assists — for the measures of the block, not as a task of its own."""
    x = snippet(
        "一、某某河水质超标问题\n整改目标：2018年底前水质达到III类。\n整改措施：1.开展截污纳管工程。2.加强河道日常保洁。\n"
        "整改实施主体：区水务局 牵头验收单位：区生态环境局 配合验收单位：区住建局\n整改时限：2018年底\n"
    )
    assert roles(having(x, "开展截污纳管工程")) == {
        "lead": ["区生态环境局"], "responsible": ["区水务局"], "assist": ["区住建局"]}
    assert not any(t.text.startswith("整改实施主体") for t in x.tasks)


def test_a_role_label_with_spaces_for_its_colon() -> None:
    """``责任单位 区水务局、区住建局、某某镇``: the colon lost in flattening; the label is no part of the first name."""
    x = snippet(
        "一、某河黑臭问题\n整改措施：1.实施截污纳管。2.清淤疏浚。\n"
        "责任单位 区水务局、区住建局、某某镇\n整改时限：2019年6月底\n")
    assert roles(having(x, "实施截污纳管"))["responsible"] == ["区水务局", "区住建局", "某某镇"]
    assert [lab.kind for lab in marks.labels("责任单位 区水务局")] == ["responsible"]
    assert marks.labels("有关单位 要加强配合") == []  # only a known role label opens such a line


def test_a_labelled_block_flattened_onto_one_row() -> None:
    """``|问题|X|整改责任单位|Y|整改目标|…|整改措施|1.…2.…|整改时限|…|``: label and value cells alternate on one
    row; each row is one block, its units and time limit on its measures."""
    x = snippet(
        "某区突出环境问题整改清单\n"
        "|问题|某河黑臭|整改责任单位|区水务局|整改目标|消除黑臭|整改措施|1.实施截污纳管。2.清淤疏浚。|整改时限|2019年6月底|\n"
        "|问题|某厂扬尘|整改责任单位|区生态环境局、某某街道|整改目标|扬尘达标|整改措施|1.覆盖料堆。2.道路洒水。|整改时限|2019年3月底|\n"
    )
    first, second = having(x, "实施截污纳管"), having(x, "覆盖料堆")
    assert roles(first)["responsible"] == ["区水务局"] and first.deadline == "2019年6月底"
    assert roles(second)["responsible"] == ["区生态环境局", "某某街道"] and second.deadline == "2019年3月底"
    assert marks.cell_pairs("|问题|整改目标|整改措施|责任单位|") == []  # a header row is no block
    assert marks.cell_pairs("|1|某河黑臭|区水务局|2019年6月底|") == []
