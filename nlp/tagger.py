"""Mentions of topics, water bodies and places in task text.

STUB: the spaCy (blank zh + EntityRuler fed by the gazetteers) implementation replaces this.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mentions:
    topics: list[str] = field(default_factory=list)  # topic keys, e.g. VOCs, PM2.5, dust
    rivers: list[str] = field(default_factory=list)  # water bodies as written
    regions: list[str] = field(default_factory=list)  # places as written


class Tagger:
    def tag(self, text: str) -> Mentions:
        topics = ["VOCs"] if ("VOCs" in text or "挥发性有机物" in text) else []
        return Mentions(topics=topics)
