#!/usr/bin/env bash
# Set up (scripts/setup.sh) and extract the sample reports into exports/sample.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kg extract examples/reports --format json -o exports/sample.json
echo "wrote exports/sample.json"
