"""Runtime of the rule audit's instrumented reader (never part of the reader itself)."""

import os

FILE = None  # the file being read
RECORD = False
FIRED: dict[str, set] = {}
OFF: set = set(filter(None, os.environ.get("RA_OFF", "").split(",")))
if os.environ.get("RA_OFF_FILE"):
    OFF |= set(filter(None, open(os.environ["RA_OFF_FILE"]).read().split()))
TIMING = False
NS: dict[str, int] = {}
CALLS: dict[str, int] = {}
LOG: dict[str, list] = {}

_NONE_METHODS = ("search", "match", "fullmatch")


def _off(p, meth, a, kw):
    if meth in _NONE_METHODS:
        return None
    if meth == "finditer":
        return iter(())
    if meth == "findall":
        return []
    if meth in ("sub", "subn"):
        s = a[1] if len(a) > 1 else kw["string"]
        return s if meth == "sub" else (s, 0)
    if meth == "split":
        return [a[0] if a else kw["string"]]
    raise ValueError(meth)


def pc(key, p, meth, *a, **kw):
    if OFF and key in OFF:
        return _off(p, meth, a, kw)
    if TIMING:
        LOG.setdefault(key, []).append((p, meth, a, kw))
    r = getattr(p, meth)(*a, **kw)
    if RECORD:
        if meth in _NONE_METHODS:
            fired = r is not None
        elif meth == "finditer":
            r = list(r)
            fired = bool(r)
            r = iter(r)
        elif meth == "findall":
            fired = bool(r)
        elif meth == "sub":
            fired = r != (a[1] if len(a) > 1 else kw["string"])
        elif meth == "subn":
            fired = r[1] > 0
        else:
            fired = len(r) > 1
        if fired:
            s = FIRED.get(key)
            if s is None:
                s = FIRED[key] = set()
            s.add(FILE)
    return r


def iff(key, v):
    if OFF and key in OFF:
        return False
    if RECORD and v:
        s = FIRED.get(key)
        if s is None:
            s = FIRED[key] = set()
        s.add(FILE)
    return v
