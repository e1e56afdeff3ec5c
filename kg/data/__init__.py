"""kg's data files (gazetteer, grammars, catalogues), each with its source written down in
its own ``#`` comment lines."""
from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of the data file ``name`` without blank lines and ``#`` comments."""
    text = resources.files("kg.data").joinpath(name).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
