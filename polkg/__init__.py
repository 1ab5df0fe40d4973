"""polkg: a knowledge graph of policy obligations."""

__version__ = "0.1.0"
