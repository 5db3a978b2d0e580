"""Rule audit harness (run with PYTHONPATH=<instrumented tree>).

run.py record OUT_DIR            every file, recording which unit fired where
run.py ablate OUT_DIR [KEYS...]  each unit off alone, on the files it fired on
run.py group OUT_DIR NAME KEYS.. several units off together, on the union of files
run.py time OUT_DIR              ns per seed read spent in each pattern
"""

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")

import transferhub.protocols.reader as reader  # noqa: E402
from transferhub.protocols.reader import _ra_rt as rt  # noqa: E402
from transferhub.protocols.reader import limits  # noqa: E402
from transferhub.protocols.tests.corpus import scoring  # noqa: E402

limits.MAX_SECONDS = 1e9
OUT = Path(sys.argv[2])
OUT.mkdir(exist_ok=True)
ENTRIES = scoring.load_manifest()
BY_FILE = {e["file"]: e for e in ENTRIES}

_memo = {}
_extract = reader.extract


def memo_extract(data, name):
    k = (name, len(data), hash(data))
    if k not in _memo:
        _memo[k] = _extract(data, name)
    return _memo[k]


reader.extract = memo_extract


def score(files):
    out = {}
    for f in files:
        rt.FILE = f
        entry = BY_FILE[f]
        try:
            result, refused = scoring.read_as_import(scoring.FILES_DIR / f), None
        except reader.ProtocolReadError as exc:
            result, refused = None, str(exc)
        except (Exception, MemoryError, RecursionError) as exc:  # an ablation that breaks the code
            result, refused = None, f"crash {type(exc).__name__}"
        s = scoring.score_file(entry, result, refused=refused)
        out[f] = dict(s.fields)
        if refused:
            out[f]["_refused"] = refused
    return out


def main():
    mode = sys.argv[1]
    files = [e["file"] for e in ENTRIES]
    if mode == "record":
        rt.RECORD = True
        t = time.time()
        v = score(files)
        rt.RECORD = False
        (OUT / "verdicts.json").write_text(json.dumps(v))
        (OUT / "fired.json").write_text(json.dumps({k: sorted(s) for k, s in rt.FIRED.items()}))
        print("record", round(time.time() - t), "s", len(rt.FIRED), "units fired")
        return
    if mode == "time":
        seed = (
            Path(scoring.__file__).parents[3]
            / "network"
            / "fixtures"
            / "ag-transfer-2022-09-15.txt"
        )
        for _ in range(3):
            scoring.read_as_import(seed)
        t = time.process_time()
        for _ in range(20):
            scoring.read_as_import(seed)
        plain = (time.process_time() - t) / 20
        rt.TIMING = True
        scoring.read_as_import(seed)
        rt.TIMING = False
        ns, calls = {}, {}
        for k, log in rt.LOG.items():
            bound = [(getattr(p, m), a, kw, m == "finditer") for p, m, a, kw in log]
            best = None
            for _ in range(5):
                t = time.process_time_ns()
                for f, a, kw, it in bound:
                    r = f(*a, **kw)
                    if it:
                        list(r)
                best = min(best or 1e18, time.process_time_ns() - t)
            ns[k], calls[k] = best, len(log)
        (OUT / "seed_ns.json").write_text(json.dumps(dict(plain_s=plain, ns=ns, calls=calls)))
        print(
            "seed", round(plain * 1000, 1), "ms; patterns", round(sum(ns.values()) / 1e6, 2), "ms"
        )
        return
    base = json.loads((OUT / "verdicts.json").read_text())
    fired = json.loads((OUT / "fired.json").read_text())
    # warm the extraction memo in the parent: children inherit it
    t = time.time()
    for f in files:
        try:
            memo_extract(*reader.load(scoring.FILES_DIR / f, None))
        except Exception:
            pass
    print("extract memo", round(time.time() - t), "s", flush=True)
    if mode == "ablate":
        keys = sys.argv[3:] or sorted(fired, key=lambda k: len(fired[k]))
        res_path = OUT / "ablate.jsonl"
        done = set()
        if res_path.exists():
            done = {json.loads(line)["key"] for line in res_path.read_text().splitlines()}
        jobs = [([k], k) for k in keys if k not in done]
    elif mode == "group":
        name = sys.argv[3]
        jobs = [(sys.argv[4:], name)]
        res_path = OUT / "groups.jsonl"
    for n, (off, name) in enumerate(jobs):
        these = sorted(set().union(*(fired.get(k, []) for k in off)))
        t = time.time()
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
            resource.setrlimit(
                resource.RLIMIT_CPU, (max(30, 3 * len(these)), max(30, 3 * len(these)) + 5)
            )
            rt.OFF = set(off)
            v = score(these)
            flips = []
            for f in these:
                for field, right in v[f].items():
                    if field == "_refused":
                        continue
                    was = base[f].get(field)
                    if was is not None and was != right:
                        flips.append([f, field, right])
                crash = v[f].get("_refused")
                if crash and not base[f].get("_refused"):
                    flips.append([f, "_refused", crash])
            with os.fdopen(w, "w") as fh:
                fh.write(json.dumps(flips))
            os._exit(0)
        os.close(w)
        with os.fdopen(r) as fh:
            flips = json.loads(fh.read() or "[]")
        _, status = os.waitpid(pid, 0)
        if status != 0:
            flips = [["*", "_refused", f"child died {status}"]]
        rec = dict(key=name, off=off, files=len(these), flips=flips, secs=round(time.time() - t, 1))
        with res_path.open("a") as fh:
            fh.write(json.dumps(rec) + "\n")
        print(n, name, len(these), "files", len(flips), "flips", rec["secs"], "s", flush=True)


if __name__ == "__main__":
    main()
