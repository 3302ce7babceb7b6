#!/usr/bin/env bash
# Execute every notebook top to bottom against a store written by `cohesion run`.
# Usage: notebooks/run_all.sh [OUT_DIR]   (default: $COHESION_OUT, else ../out from here)
# Executed copies go to $NOTEBOOK_OUTPUT (default: a temporary folder); the committed
# notebooks are never rewritten.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-${COHESION_OUT:-$here/../out}}"
export COHESION_OUT="$(cd "$out" && pwd)"
dest="${NOTEBOOK_OUTPUT:-$(mktemp -d)}"
cd "$here"
for nb in [0-9][0-9]_*.ipynb; do
    echo "cohesion: executing $nb against $COHESION_OUT" >&2
    jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
        --output-dir "$dest" "$nb"
done
echo "cohesion: all notebooks ran; executed copies in $dest" >&2
