"""The one-pass scans that replaced per-character and per-word loops (issue 13): each reads exactly what the
loop it replaced read, checked against that loop written out here."""

from __future__ import annotations

import random

from polkg.loaders.tables import _header_words, column_kind, space_header
from polkg.loaders.text import _spaced_as
from polkg.nlp import gazetteer
from polkg.nlp.targets import CLAUSE_BOUNDARY, SENTENCE_BOUNDARY, _last_of


def _rfind_max(s: str, start: int, end: int, chars: str) -> int:
    return max(s.rfind(c, start, end) for c in chars)


def test_last_boundary_is_the_last_rfind_of_any_boundary_character() -> None:
    rng = random.Random(13)
    alphabet = "环境,;:。\n\t|保护a1"
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        start, end = rng.randint(0, 32), rng.randint(-3, 32)  # a negative end reads as a slice does
        for chars in (SENTENCE_BOUNDARY, CLAUSE_BOUNDARY):
            assert _last_of(s, start, end, chars) == _rfind_max(s, start, end, chars), (s, start, end)


def test_restored_piece_keeps_the_sources_characters_and_the_blanks_read() -> None:
    assert _spaced_as("环 境 保护", "環\u3000境 保護") == "環 境 保護"
    assert _spaced_as("  厅", "\u3000\u3000廳") == "  廳"
    assert _spaced_as("厅", "廳") == "廳"


def _header_by_words(s: str) -> list[object]:
    flat, pos, kinds = "".join(s.split()), 0, []
    words = _header_words()
    while pos < len(flat):
        hit = next((w for w in words if flat.startswith(w, pos)), None)
        if hit is None:
            pos += 1
            continue
        kinds.append(column_kind(hit))
        pos += len(hit)
    return kinds


def test_space_separated_header_reads_the_words_the_word_by_word_scan_read() -> None:
    line = "序号 工 作 任 务 牵头负责部门 配合单位 完成时限"
    assert space_header(line) == _header_by_words(line)
    assert space_header(line) is not None


def test_unlisted_name_characters_are_cjk_and_not_never_in() -> None:
    rule = gazetteer.Unlisted(names={"镇": (2, 3)}, after=("实现", "在"), never_in="的和")
    assert rule.long_after == ("实现",)
    for name, bad in (("石桥", False), ("石的", True), ("a桥", True), ("石 桥", True), ("", False)):
        assert (rule.not_in_name.search(name) is not None) is bad, name


def test_places_after_a_place_are_read_from_the_next_position_on() -> None:
    gaz = gazetteer.load()
    text = "北京市通州区和河北省廊坊市、天津市武清区协同推进"
    # 通州区 is inside 北京市通州区, read already: no second place from the positions it covers
    assert gaz.places_in(text) == ["北京市通州区", "河北省", "廊坊市", "天津市武清区"]
    assert gaz.places_in("成安县商城镇、沁县人民政府和北京城市副中心（通州区）") == [
        "邯郸市成安县", "长治市沁县", "北京市", "北京市通州区"]
