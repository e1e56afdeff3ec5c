"""The pipeline's components (one module each) and, called as ``kg.extract(paths, …)``,
the Python API's extraction (``kg.api.extract``): a subpackage named ``extract`` would
hide a function ``kg.extract`` the moment it is imported, so the package itself answers
the call."""
from __future__ import annotations

import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, paths, workers: int = 1, config=None, failures=None):
        """Records of the reports under ``paths``; see ``kg.api.extract``."""
        from ..api import extract
        return extract(paths, workers, config, failures)


sys.modules[__name__].__class__ = _CallablePackage
