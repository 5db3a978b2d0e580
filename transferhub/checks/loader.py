"""Read an instrument's YAML file and check it against the schema, with file and line on error."""

import copy
import hashlib
import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from django.utils.translation import gettext as _

INSTRUMENTS_DIR = Path(__file__).resolve().parent / "instruments"
SCHEMA_PATH = INSTRUMENTS_DIR / "schema.json"


class InstrumentFileError(Exception):
    """An instrument file we refuse; says which file, which line and why."""

    def __init__(self, path: Path | str, line: int | None, reason: str):
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


# libyaml's parser when present: the pure-Python one is ten times slower.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _line_of(node: yaml.Node | None, path, key: str | None = None) -> int | None:
    """Follow a JSON path through the YAML node tree; return the 1-based line of its end.

    With `key`, return the line of that key inside the mapping found.
    """
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == step:
                    # A wrong value is reported on its own line, not its key's.
                    node = value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if step >= len(node.value):
                return line
            node = node.value[step]
        else:
            return line
        line = node.start_mark.line + 1
    if key is not None and isinstance(node, yaml.MappingNode):
        for key_node, _value in node.value:
            if key_node.value == key:
                return key_node.start_mark.line + 1
    return line


def _unexpected_key(error: jsonschema.ValidationError) -> str | None:
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return None
    allowed = set(error.schema.get("properties", {}))
    extra = [k for k in error.instance if k not in allowed]
    return extra[0] if extra else None


def _describe(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or _("(oberste Ebene)")
    if error.validator == "required":
        return _("%(where)s: Pflichtfeld fehlt – %(msg)s") % {"where": where, "msg": error.message}
    if error.validator == "additionalProperties":
        return _("%(where)s: unbekanntes Feld – %(msg)s") % {"where": where, "msg": error.message}
    return f"{where}: {error.message}"


def parse_instrument(text: str, path: Path | str = "<text>") -> dict[str, Any]:
    """Parse and validate instrument YAML; raise InstrumentFileError with the line on failure."""
    try:
        # One pass gives both the node tree (for line numbers) and the data.
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise InstrumentFileError(
            path, line, _("kein gültiges YAML: %(p)s") % {"p": exc.problem or exc}
        ) from None
    except yaml.YAMLError as exc:
        raise InstrumentFileError(path, None, _("kein gültiges YAML: %(p)s") % {"p": exc}) from None
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        # The deepest error is the most precise one to show first.
        error = max(errors, key=lambda e: len(e.absolute_path))
        line = _line_of(node, error.absolute_path, _unexpected_key(error))
        raise InstrumentFileError(path, line, _describe(error))
    _check_unique(data, node, path)
    return data


def _check_unique(data: dict, node: yaml.Node, path) -> None:
    """Refuse a theme or check point key, or a glossary term, given twice."""
    seen: set[str] = set()
    for t, theme in enumerate(data["themes"]):
        if theme["key"] in seen:
            raise InstrumentFileError(
                path,
                _line_of(node, ["themes", t, "key"]),
                _("Schlüssel „%(k)s“ kommt doppelt vor.") % {"k": theme["key"]},
            )
        seen.add(theme["key"])
    seen_points: set[str] = set()
    for t, theme in enumerate(data["themes"]):
        for p, point in enumerate(theme["points"]):
            if point["key"] in seen_points:
                raise InstrumentFileError(
                    path,
                    _line_of(node, ["themes", t, "points", p, "key"]),
                    _("Schlüssel „%(k)s“ kommt doppelt vor.") % {"k": point["key"]},
                )
            seen_points.add(point["key"])
    terms: set[str] = set()
    for g, entry in enumerate(data.get("glossary", [])):
        if entry["term"].lower() in terms:
            raise InstrumentFileError(
                path,
                _line_of(node, ["glossary", g, "term"]),
                _("Glossarbegriff „%(t)s“ kommt doppelt vor.") % {"t": entry["term"]},
            )
        terms.add(entry["term"].lower())
    _check_english_keys(data, node, path)
    if data["kind"] == "survey" and not data.get("scale"):
        raise InstrumentFileError(
            path,
            _line_of(node, ["kind"]),
            _("Eine Befragung braucht eine eigene Antwortskala (scale)."),
        )


def _check_english_keys(data: dict, node: yaml.Node, path) -> None:
    """Refuse an English text for a theme, point, term or answer the file does not have."""
    english = data.get("en") or {}
    known = {
        "themes": {t["key"] for t in data["themes"]},
        "points": {p["key"] for t in data["themes"] for p in t["points"]},
        "glossary": {g["term"] for g in data.get("glossary", [])},
        "scale": {o["value"] for o in data.get("scale", [])},
    }
    for section, keys in known.items():
        for key in english.get(section, {}):
            if key not in keys:
                raise InstrumentFileError(
                    path,
                    _line_of(node, ["en", section], key),
                    _("en/%(s)s: „%(k)s“ gibt es im deutschen Text nicht.")
                    % {"s": section, "k": key},
                )


def read_instrument_file(path: Path) -> tuple[dict[str, Any], str]:
    """Return the validated content of a file and a hash of it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InstrumentFileError(path, None, _("nicht lesbar: %(e)s") % {"e": exc}) from None
    data, digest = _read_cached(str(path), raw)
    return copy.deepcopy(data), digest


@lru_cache(maxsize=64)
def _read_cached(path: str, raw: bytes) -> tuple[dict[str, Any], str]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InstrumentFileError(path, None, _("nicht in UTF-8 gespeichert")) from None
    data = parse_instrument(text, path)
    # The status is not content: moving a version on must not count as changing it.
    # Nor are the English texts: a version in use may still gain or correct them.
    content = {k: v for k, v in data.items() if k not in ("status", "en")}
    digest = hashlib.sha256(
        json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return data, digest


def instrument_files(directory: Path = INSTRUMENTS_DIR) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())
