"""From a file on disk to text the obligation readers can take, with a map back to where each piece came from.

Researchers have PDF, Word and saved web pages as often as plain text, in GB18030 as often as UTF-8. This
package turns each into one :class:`~polkg.loaders.inputs.source.Source`: the text (tables as tab-separated
rows, one row per line, header first) and the :class:`~polkg.loaders.inputs.source.Origin` of every
stretch of it (page, paragraph, table/row/column). The readers in :mod:`polkg.loaders` never see a file.

- :mod:`.sniff`: what a file is, by its bytes (not its name), and plain-text decoding;
- :mod:`.pdf`, :mod:`.docx`, :mod:`.html`: one module per rich format;
- :mod:`.walk`: which files a command line names (directories, ``-r``, skipped files and why).
"""

from polkg.loaders.inputs.read import read_source
from polkg.loaders.inputs.source import Origin, Source

__all__ = ["Origin", "Source", "read_source"]
