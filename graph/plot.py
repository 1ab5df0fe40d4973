"""Matplotlib with Chinese that reads: a CJK font from an installed package, not from the machine.

Unit names, plan titles and task text are Chinese; matplotlib's default DejaVu Sans has no glyph for them and
draws empty boxes without a word. :func:`use_cjk_font` registers Noto Sans CJK SC as shipped by the
``mplfonts`` package (the ``notebook`` extra: ``pip install 'polkg[notebook]'``) and makes it matplotlib's
sans-serif font; without that package it looks for a CJK font the machine has, and warns once when there is
none. :func:`fonts_used` and :func:`missing_glyphs` say what a figure actually drew with, so a test (or a
careful researcher) can check it.
"""

from __future__ import annotations

import warnings
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

#: the font files looked for in the mplfonts package, best first
PACKAGED = ("NotoSansCJKsc-Regular.otf", "SourceHanSerifSC-Regular.otf", "NotoSerifCJKsc-Regular.otf")
#: family names of CJK fonts a machine may have (used only when no package ships one)
SYSTEM_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                   "PingFang SC", "Microsoft YaHei", "SimHei", "AR PL UMing CN", "Droid Sans Fallback")
SAMPLE = "环境保护厅牵头"


class NoCJKFontWarning(UserWarning):
    """Chinese text in figures will render as empty boxes."""


@cache
def use_cjk_font() -> str | None:
    """Make a CJK font matplotlib's sans-serif font; returns its family name, or None (after one warning).

    Cached: the first call registers the font, later calls only return its name."""
    from matplotlib import font_manager, rcParams

    family = _packaged_font(font_manager) or _system_font(font_manager)
    if family is None:
        warnings.warn("no CJK font found: Chinese labels will show as empty boxes "
                      "(pip install 'polkg[notebook]' installs one)", NoCJKFontWarning, stacklevel=2)
        return None
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [family, *[f for f in rcParams["font.sans-serif"] if f != family]]
    rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212; a hyphen reads the same
    return family


def _packaged_font(font_manager: Any) -> str | None:
    try:
        folder = resources.files("mplfonts").joinpath("fonts")
    except ModuleNotFoundError:
        return None
    for name in PACKAGED:
        path = Path(str(folder.joinpath(name)))
        if path.is_file():
            font_manager.fontManager.addfont(str(path))
            family: str = font_manager.FontProperties(fname=str(path)).get_name()
            return family
    return None


def _system_font(font_manager: Any) -> str | None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in SYSTEM_FAMILIES:
        if family in installed:
            return family
    return None


def fonts_used(fig: Any) -> set[str]:
    """The font files that the figure's text (titles, tick labels, annotations, legends) is drawn with."""
    from matplotlib import font_manager
    from matplotlib.text import Text

    return {str(font_manager.findfont(t.get_fontproperties(), fallback_to_default=True))
            for t in fig.findobj(Text) if t.get_text().strip()}


def missing_glyphs(fig: Any) -> set[str]:
    """Characters of the figure's text that its fonts cannot draw (each would be an empty box)."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font
    from matplotlib.text import Text

    missing: set[str] = set()
    for t in fig.findobj(Text):
        text = t.get_text()
        if not text.strip():
            continue
        font = FT2Font(font_manager.findfont(t.get_fontproperties(), fallback_to_default=True))
        missing |= {ch for ch in set(text) if not ch.isspace() and ch != "$" and font.get_char_index(ord(ch)) == 0}
    return missing
