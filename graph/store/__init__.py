"""Graph stores: embedded FalkorDB (the default) and Neo4j 5, behind one interface."""

from __future__ import annotations

import os
import re
from pathlib import Path

from polkg.graph.store.base import DEFAULT_TIMEOUT, Result, Store

DEFAULT_STORE_DIR = ".polkg"

__all__ = ["DEFAULT_STORE_DIR", "DEFAULT_TIMEOUT", "Result", "Store", "open_store", "scrub"]

#: ``scheme://user:password@host`` — the part between ``//`` and ``@`` is a credential
URI_CREDENTIALS = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]*@")


def open_store(store_dir: str | None = None, neo4j_uri: str | None = None, wait: bool = False,
               timeout: float = DEFAULT_TIMEOUT, create: bool = True) -> Store:
    """Neo4j when a URI is given (``--neo4j`` or ``NEO4J_URI``), else the embedded FalkorDB store in
    ``store_dir`` (``--store``, ``POLKG_STORE``, or ``./.polkg``). ``wait``: queue behind another writer
    of the embedded store instead of failing; ``timeout``: seconds a read-only query may run; ``create=False``:
    an embedded store that is not there is an error, not a new empty graph (a notebook's working directory is
    the notebook's, so a relative path may miss the store ``polkg load`` wrote)."""
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        from polkg.graph.store.neo4j import Neo4jStore

        return Neo4jStore(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                          os.environ.get("NEO4J_DATABASE") or None, timeout=timeout)
    from polkg.graph.store.falkor import FalkorStore

    where = Path(store_dir or os.environ.get("POLKG_STORE") or DEFAULT_STORE_DIR)
    if not create and not where.is_dir():
        from polkg.errors import PolkgError

        raise PolkgError(f"no store at {where.resolve()} (load plans first: polkg --store {where} load PATH)")
    return FalkorStore(where, wait=wait, timeout=timeout)


def scrub(message: str) -> str:
    """The message without credentials: ``user:password@`` in any URI, and the Neo4j password if it is set."""
    message = URI_CREDENTIALS.sub(r"\1***@", message)
    password = os.environ.get("NEO4J_PASSWORD")
    if password and len(password) >= 3:
        message = message.replace(password, "***")
    return message
