"""docker-compose.yml is valid and runs what the README says (no Docker engine here, so checked as data)."""

from __future__ import annotations

from typing import Any

import yaml

from tests.conftest import ROOT


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_neo4j_5_community_with_browser_and_bolt_ports() -> None:
    svc = compose()["services"]["neo4j"]
    assert svc["image"].startswith("neo4j:5") and "community" in svc["image"]
    ports = {p.split(":")[0] for p in svc["ports"]}
    assert ports == {"7474", "7687"}


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
