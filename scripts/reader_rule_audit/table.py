"""Summarise the audit: python table.py OUT_DIR UNITS_JSON MANIFEST > table.json"""

import json
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
units = json.loads(Path(sys.argv[2]).read_text())
manifest = json.loads(Path(sys.argv[3]).read_text())["files"]
org = {e["file"]: e["organisation"].split(" (")[0].strip() for e in manifest}
fired = json.loads((OUT / "fired.json").read_text())
seed = json.loads((OUT / "seed_ns.json").read_text()) if (OUT / "seed_ns.json").exists() else {}
res = {}
for line in (OUT / "ablate.jsonl").read_text().splitlines():
    r = json.loads(line)
    res[r["key"]] = r
NS_TO_MINSTR = 90 / 13.5e6  # the seed: ~90 M instructions in ~13.5 ms CPU (bench, main)

rows = []
for kind, table in (("P", units["patterns"]), ("I", units["ifs"])):
    for key, u in table.items():
        if kind == "P":
            where = f"{u['module']}.py:{u['line']}"
            name = u["name"]
        else:
            where = f"{u['module']}.py:{u['line']}"
            name = f"if in {u['func']}: {u['test']}"
        f = fired.get(key, [])
        r = res.get(key)
        row = dict(
            key=key,
            kind=kind,
            name=name,
            where=where,
            module=u["module"],
            func=u.get("func"),
            fired_files=len(f),
            fired_orgs=len({org[x] for x in f}),
        )
        if not f:
            row.update(status="never", won=0, lost=0, orgs_won=[])
        elif r is None:
            row.update(status="not-run")
        else:
            won = [x for x in r["flips"] if x[1] != "_refused" and x[2] is False]
            lost = [x for x in r["flips"] if x[1] != "_refused" and x[2] is True]
            crash = [x for x in r["flips"] if x[1] == "_refused"]
            row.update(
                status="run",
                won=len(won),
                lost=len(lost),
                crash=len(crash),
                orgs_won=sorted({org[x[0]] for x in won}),
                orgs_lost=sorted({org[x[0]] for x in lost}),
                won_fields=[x[:2] for x in won],
                lost_fields=[x[:2] for x in lost],
            )
        if kind == "P":
            row["sites"] = len(u.get("sites", []))
            ns = seed.get("ns", {}).get(key)
            row["seed_minstr"] = round(ns * NS_TO_MINSTR, 3) if ns is not None else 0.0
            row["seed_calls"] = seed.get("calls", {}).get(key, 0)
        rows.append(row)
print(json.dumps(rows, indent=0))
