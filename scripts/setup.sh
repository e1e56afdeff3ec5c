#!/usr/bin/env bash
# Set up kg from nothing but python3 (>= 3.10): a virtual environment in .venv with kg
# and its test tools installed from PyPI. Safe to run again; it only reinstalls when
# pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.kg-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log=.venv/pip.log
  # setuptools >= 82 has no pkg_resources: with an older one in the venv, importing jieba
  # imports it too (0.1 s at the start of every kg process)
  { .venv/bin/python -m pip install --quiet --upgrade pip "setuptools>=82" &&
    .venv/bin/python -m pip install --quiet -e ".[test]"; } >"$log" 2>&1 ||
    { cat "$log" >&2; echo "scripts/setup.sh: pip install failed (log above)" >&2; exit 1; }
  echo "$want" > "$stamp"
fi
# Byte-compile kg as a regular pip install does (an editable install leaves that to the
# first import, which an environment with PYTHONDONTWRITEBYTECODE never does: then every
# kg process compiles kg's sources again, 0.14 s of its start; README, Performance).
# Files already compiled and unchanged are skipped.
.venv/bin/python -m compileall -q kg >/dev/null
