#!/usr/bin/env bash
# Set up (scripts/setup.sh) and run kg on the sample reports: the per-report records
# (exports/sample.json) and the merged graph with its exports and view (exports/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kg extract examples/reports --format json -o exports/sample.json
.venv/bin/kg build examples/reports --out exports
echo "wrote exports/sample.json, exports/graph.{graphml,json,html}, exports/csv/ and the tables citations.csv, adoption.csv; open exports/graph.html"
