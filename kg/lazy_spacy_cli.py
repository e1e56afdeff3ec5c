"""spaCy without its command line until something asks for it.

``import spacy`` runs ``from .cli.info import info``, which imports spaCy's whole command
line (typer, rich, requests, httpx, weasel, jinja2): a quarter of a second in every kg
process, though kg never runs spaCy's CLI (README, Performance). ``defer()`` watches for
spaCy's import; while spaCy's ``__init__`` runs, a stand-in sits at ``spacy.cli.info``,
so ``spacy.info`` becomes a function that imports the real command when called. The
stand-in is gone from ``sys.modules`` when the import ends: ``import spacy.cli`` later is
spaCy's own, and any other name spaCy takes from the stand-in is the real module's."""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import types

NAME = "spacy.cli.info"


def _info(*args, **kwargs):
    """spaCy's ``spacy.info``, imported when first called."""
    return importlib.import_module(NAME).info(*args, **kwargs)


def _getattr(name: str):
    # a name spaCy's __init__ takes that kg did not foresee: the real module's (not the
    # import system's questions, such as __path__)
    if name.startswith("__"):
        raise AttributeError(name)
    sys.modules.pop(NAME, None)
    return getattr(importlib.import_module(NAME), name)


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader) -> None:
        self.inner = inner

    def create_module(self, spec):
        return self.inner.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        stand_in = types.ModuleType(NAME, "kg's stand-in while spaCy is imported (kg/lazy_spacy_cli.py)")
        stand_in.info = _info
        stand_in.__getattr__ = _getattr
        sys.modules[NAME] = stand_in
        module.__loader__ = module.__spec__.loader = self.inner
        try:
            self.inner.exec_module(module)
        finally:
            if sys.modules.get(NAME) is stand_in:
                del sys.modules[NAME]


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "spacy":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def defer() -> None:
    """Watch for spaCy's import, unless spaCy is imported (or being watched for) already."""
    if "spacy" in sys.modules or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder())
