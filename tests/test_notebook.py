"""notebooks/polkg-tour.ipynb runs (nbclient), and its three pictures carry readable Chinese: each PNG is not blank,
its text is drawn with the CJK font of an installed package (not the machine's), and no character lacks a glyph."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pytest

from polkg.graph import plot

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "polkg-tour.ipynb"
PICTURES = ("co-responsibility.png", "workload.png", "target-timeline.png")


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    nbformat = pytest.importorskip("nbformat", reason="the notebook extra is not installed")
    nbclient = pytest.importorskip("nbclient", reason="the notebook extra is not installed")
    out = tmp_path_factory.mktemp("figures")
    # a kernel of this very interpreter, whatever kernels the machine has installed under the name python3
    spec = tmp_path_factory.mktemp("jupyter") / "kernels" / "polkg-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "polkg test", "language": "python"}))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("POLKG_FIGURES", str(out))
        mp.setenv("JUPYTER_PATH", str(spec.parent.parent))
        mp.delenv("NEO4J_URI", raising=False)
        nbclient.NotebookClient(nb, timeout=120, kernel_name="polkg-test",
                                resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return out


@pytest.mark.parametrize("name", PICTURES)
def test_picture_is_not_blank(figures: Path, name: str) -> None:
    from PIL import Image

    image = Image.open(figures / name).convert("L")
    assert image.width > 400 and image.height > 300
    histogram = image.histogram()
    dark = sum(histogram[:160])  # text, bars, markers, lines
    assert dark > image.width * image.height * 0.005, f"{name} is blank"


@pytest.mark.parametrize("name", PICTURES)
def test_picture_text_uses_the_packaged_cjk_font(figures: Path, name: str) -> None:
    check = json.loads((figures / "fonts.json").read_text(encoding="utf-8"))[name]
    assert check["fonts"], "no text drawn"
    assert all("mplfonts" in f and "CJK" in Path(f).name for f in check["fonts"]), check["fonts"]
    assert check["missing"] == [], f"characters drawn as empty boxes: {check['missing']}"


def test_no_cjk_font_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    monkeypatch.setattr(plot, "_packaged_font", lambda fm: None)
    monkeypatch.setattr(plot, "_system_font", lambda fm: None)
    plot.use_cjk_font.cache_clear()
    try:
        with pytest.warns(plot.NoCJKFontWarning, match="empty boxes"):
            assert plot.use_cjk_font() is None
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert plot.use_cjk_font() is None
    finally:
        plot.use_cjk_font.cache_clear()


def test_missing_glyphs_are_found_without_a_cjk_font() -> None:
    """The check the notebook records can fail: DejaVu Sans (matplotlib's default) has no 环."""
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"font.family": "DejaVu Sans"}):
        fig, ax = plt.subplots()
        ax.set_title("环境")
        assert plot.missing_glyphs(fig) == {"环", "境"}
        plt.close(fig)
