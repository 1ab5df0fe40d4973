"""The gazetteers, alias tables and vocabularies, as data files shipped with the package.

Every module that needs one reads it through :func:`read`, so the place the data lives and the way it is
parsed are decided once.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def read(name: str) -> dict[str, Any]:
    """The parsed TOML file ``name`` (e.g. ``"units.toml"``) of this package; parsed once per process.

    Callers must not mutate the result: it is shared.
    """
    with resources.files(__name__).joinpath(name).open("rb") as f:
        return tomllib.load(f)
