#!/bin/bash
# The reader's rule audit (docs/reader-rule-audit.md): each named pattern and each `if` of the
# rule functions turned off alone, the corpus fields each wins and loses, its seed cost.
#   scripts/reader_rule_audit/audit.sh [TREE] [OUT]     (~1 h on 2 shared cores)
# TREE: the repository to audit (default: this one); OUT: a scratch folder (default /tmp/rule_audit).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tree=$(cd "${1:-$here/../..}" && pwd)
out=${2:-/tmp/rule_audit}
py=${PYTHON:-$tree/.venv/bin/python}
[ -x "$py" ] || py=/work/main/.venv/bin/python
mkdir -p "$out"
"$py" "$here/instrument.py" "$tree" "$out/inst"           # an instrumented copy of the package
ln -sf "$tree/pyproject.toml" "$tree/conftest.py" "$out/inst/"
cd /tmp
run() { PYTHONPATH="$out/inst" nice -n 10 "$py" "$here/run.py" "$@"; }
run record "$out"        # every corpus file read once: which rule fired on which file
run time "$out"          # the patterns' calls on the seed, replayed and timed
PYTHONPATH="$out/inst" "$py" -c "
import json; from pathlib import Path
from transferhub.protocols.reader import _ra_rt as rt
from transferhub.protocols.tests.corpus import scoring
rt.RECORD = True; rt.FILE = 'SEED'
scoring.read_as_import(Path(scoring.__file__).parents[3] / 'network' / 'fixtures' / 'ag-transfer-2022-09-15.txt')
Path('$out/seed_fired.json').write_text(json.dumps(sorted(rt.FIRED)))"
run ablate "$out"        # each rule off alone, on the files it fired on (resumable)
manifest="$tree/transferhub/protocols/tests/corpus/manifest.json"
"$py" "$here/table.py" "$out" "$out/inst/units.json" "$manifest" > "$out/table.json"
[ -f "$out/deleted.json" ] || echo '{}' > "$out/deleted.json"
"$py" "$here/doc.py" "$out/table.json" "$out/seed_fired.json" "$out/deleted.json" > "$out/tables.md"
echo "tables: $out/tables.md"
