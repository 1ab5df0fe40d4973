"""docker-compose.yml is valid and runs what the README says (no Docker engine here, so checked as data)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from tests.conftest import ROOT


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_neo4j_5_community_pinned_to_one_release() -> None:
    image = compose()["services"]["neo4j"]["image"]
    assert re.fullmatch(r"neo4j:5\.\d+\.\d+-community", image), image  # not a moving tag like 5-community


def test_browser_and_bolt_ports_listen_on_localhost_unless_opened() -> None:
    ports = compose()["services"]["neo4j"]["ports"]
    binds = {p.rsplit(":", 2)[0] for p in ports}
    assert binds == {"${NEO4J_BIND:-127.0.0.1}"}
    assert {p.rsplit(":", 1)[1] for p in ports} == {"7474", "7687"}


def test_password_comes_from_the_environment() -> None:
    auth = compose()["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD")


def test_named_volume_and_healthcheck() -> None:
    c = compose()
    svc = c["services"]["neo4j"]
    volume = svc["volumes"][0].split(":")[0]
    assert volume in c["volumes"]
    assert svc["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL")
    assert {"interval", "retries"} <= set(svc["healthcheck"])
