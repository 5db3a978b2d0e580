"""Write the audit's tables as markdown: python doc.py TABLE_JSON SEED_FIRED_JSON DELETED_JSON"""

import json
import sys
from collections import Counter

rows = json.load(open(sys.argv[1]))
seed = set(json.load(open(sys.argv[2])))
deleted = json.load(open(sys.argv[3]))  # key -> "batch 1" …

SCOPE = {"decisions", "votes", "tasks", "people", "times", "parse", "content"}


def verdict(r):
    if r["key"] in deleted:
        return f"deleted ({deleted[r['key']]})"
    st = r["status"]
    if st == "never":
        return "never fires"
    if st == "not-run":
        return "not ablated"
    if r.get("crash"):
        return "breaks the reader when off"
    if r["won"] == 0 and r["lost"] == 0:
        return "0 fields"
    if r["won"] <= r["lost"]:
        return "costs as much as it earns"
    if len(r["orgs_won"]) == 1:
        return "one organisation"
    return "keep"


def orgs(r):
    o = r.get("orgs_won") or []
    if not o:
        return ""
    return ", ".join(o) if len(o) <= 3 else f"{len(o)} organisations"


def esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def line(r):
    won = r.get("won")
    lost = r.get("lost")
    wl = "–" if won is None else f"{won} / {lost}"
    cost = r.get("seed_minstr")
    cost = "" if cost is None else (f"{cost:.2f}" if cost >= 0.005 else "<0.01")
    name = r["name"] if r["kind"] == "P" else esc(r["name"])[:110]
    seedmark = " (seed)" if r["key"] in seed else ""
    return (
        f"| `{esc(name)}`{seedmark} | {r['where']} | {r['fired_files']} / {r['fired_orgs']} | {wl} | "
        f"{esc(orgs(r))} | {cost} | {verdict(r)} |"
    )


out = []
head = (
    "| rule | file:line | fires in files / orgs | fields won / lost | won in | seed M instr "
    "| verdict |\n|---|---|---|---|---|---|---|"
)
pats = [r for r in rows if r["kind"] == "P" and r.get("sites")]
indirect = [r for r in rows if r["kind"] == "P" and not r.get("sites")]
rows = pats + [r for r in rows if r["kind"] == "I"]
ifs = [r for r in rows if r["kind"] == "I"]
counts = Counter((r["kind"], verdict(r).split(" (")[0]) for r in rows)
out.append("## Counts\n")
out.append("| verdict | named patterns | branches (`if`) |\n|---|---|---|")
for v in [
    "keep",
    "one organisation",
    "costs as much as it earns",
    "0 fields",
    "never fires",
    "breaks the reader when off",
    "not ablated",
    "deleted",
]:
    out.append(f"| {v} | {counts[('P', v)]} | {counts[('I', v)]} |")
out.append("")
for mod in ["decisions", "votes", "tasks", "people", "times", "content", "parse"]:
    out.append(f"## {mod}.py: named patterns\n")
    out.append(head)
    for r in sorted(
        (r for r in pats if r["module"] == mod), key=lambda r: int(r["where"].split(":")[1])
    ):
        out.append(line(r))
    out.append("")
    fired_ifs = [r for r in ifs if r["module"] == mod and r["status"] != "never"]
    never_ifs = [r for r in ifs if r["module"] == mod and r["status"] == "never"]
    out.append(f"## {mod}.py: branches that fire\n")
    out.append(head)
    for r in sorted(fired_ifs, key=lambda r: int(r["where"].split(":")[1])):
        out.append(line(r))
    out.append("")
    if never_ifs:
        by_func = {}
        for r in never_ifs:
            by_func.setdefault(r["func"], []).append(r["where"].split(":")[1])
        out.append(
            f"Branches of {mod}.py that fire on no corpus file (function: lines): "
            + "; ".join(f"{f}: {', '.join(v)}" for f, v in sorted(by_func.items()))
            + ".\n"
        )
out.append("## Patterns not audited one by one\n")
out.append(
    "These are used through another name (a tuple of patterns, a parameter, a pattern built from "
    "their text), so no call of theirs could be turned off alone; the branches that use them "
    "are in the tables above: "
    + ", ".join(f"`{r['module']}.{r['name']}`" for r in indirect)
    + ".\n"
)
print("\n".join(out))
