"""Join a held-out batch of labelled minutes to the reader's corpus.

    python -m transferhub.protocols.tests.corpus.join BATCHDIR [--orgs FILE] [--corpus DIR]
        [--dry-run] [--strict]

BATCHDIR holds a batch as the validation branches keep it: files/ and manifest.json
({"about": ..., "files": [entries]}), e.g. after
`git -C /work/main archive validation/batch8 | tar -x -C /tmp/b8`.

Copies the batch's files (all of them, or only those of the organisations listed in FILE,
one a line, '#' starts a comment) into the corpus's files/ and appends their manifest
entries to the corpus's manifest.json in the corpus's shape:

- keys in the corpus's order (file, source, organisation, kind, language, format, notes,
  labels); the batch's "label_notes" become "notes", as the corpus keeps notes since batch 7;
- every key, source key and label field must be one the corpus has (label fields: scoring.py's
  FIELDS); a key the corpus does not know refuses the join;
- a file name already in the corpus (files/ or manifest) or twice in the batch refuses the
  join; a listed organisation that matches no entry refuses it too;
- a format the corpus does not list (the manifest test's FORMATS), or a file name whose
  extension is not its format, is reported (the corpus manifest test holds both); --strict
  refuses the join then; a language falling under 40 % of the corpus is reported too.

An organisation line matches an entry's organisation whole or without its body in brackets
("TheLab.ms" matches "TheLab.ms (makerspace, ...; Board of Directors)"), case ignored.

Nothing is written unless every check passes. The manifest is written as the corpus writes it
(JSON, indent 1, UTF-8 unescaped, a final newline); the corpus part of it stays byte for
byte. Prints the files joined and the counts by language: of the joined files, and of the
corpus before and after with the German and English shares.

--corpus defaults to transferhub/protocols/tests/corpus in the git work tree of the current
directory. --dry-run checks and prints without writing.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

CORPUS_SUBDIR = Path("transferhub/protocols/tests/corpus")
KEY_ORDER = ("file", "source", "organisation", "kind", "language", "format", "notes", "labels")
MANIFEST_TEST = "test_corpus_manifest_covers_every_file.py"  # beside corpus/, holds FORMATS
FALLBACK_FORMATS = {"md", "rst", "adoc", "wiki", "txt", "html", "pdf", "docx", "odt", "rtf"}
MIN_SHARE = 0.4  # each language's share the manifest test holds


class JoinError(Exception):
    pass


def default_corpus() -> Path:
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if not top:
        raise JoinError("not inside a git work tree: give --corpus DIR")
    return Path(top) / CORPUS_SUBDIR


def scoring_fields(corpus: Path) -> set[str]:
    """scoring.py's FIELDS, read from its source (nothing imported)."""
    tree = ast.parse((corpus / "scoring.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "FIELDS" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise JoinError(f"{corpus / 'scoring.py'}: no FIELDS")


def corpus_formats(corpus: Path) -> set[str]:
    """The formats the corpus's manifest test accepts (its FORMATS), read from its source."""
    test = corpus.parent / MANIFEST_TEST
    if test.is_file():
        for node in ast.parse(test.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "FORMATS" for t in node.targets
            ):
                return set(ast.literal_eval(node.value))
    return set(FALLBACK_FORMATS)


def dump(manifest: dict) -> str:
    return json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"


def org_matches(line: str, organisation: str) -> bool:
    want = line.strip().casefold()
    return want in (organisation.casefold(), organisation.split(" (")[0].strip().casefold())


def read_orgs(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    if not lines:
        raise JoinError(f"{path}: no organisation listed")
    return lines


def shape(entry: dict, corpus_keys: set[str]) -> dict:
    """The batch entry with the corpus's keys in the corpus's order."""
    entry = dict(entry)
    if "label_notes" in entry:
        if "notes" in entry:
            raise JoinError(f"{entry.get('file')}: both label_notes and notes")
        entry["notes"] = entry.pop("label_notes")
    unknown = set(entry) - corpus_keys
    if unknown:
        raise JoinError(f"{entry.get('file')}: keys the corpus does not have: {sorted(unknown)}")
    order = [k for k in KEY_ORDER if k in entry] + sorted(k for k in entry if k not in KEY_ORDER)
    return {k: entry[k] for k in order}


def plan(batch: Path, corpus: Path, orgs: list[str] | None, strict: bool):
    manifest_path = corpus / "manifest.json"
    text = manifest_path.read_text(encoding="utf-8")
    manifest = json.loads(text)
    if dump(manifest) != text:
        raise JoinError(f"{manifest_path} is not written as json.dumps(indent=1) + newline")
    existing = manifest["files"]
    corpus_keys = set().union(*(e.keys() for e in existing))
    required = set.intersection(*(set(e) for e in existing))
    source_keys = set().union(*(e["source"].keys() for e in existing))
    fields = scoring_fields(corpus)
    languages = {e["language"] for e in existing}
    formats = corpus_formats(corpus)

    entries = json.loads((batch / "manifest.json").read_text(encoding="utf-8"))["files"]
    if orgs is not None:
        unmatched = [o for o in orgs if not any(org_matches(o, e["organisation"]) for e in entries)]
        if unmatched:
            raise JoinError(f"organisations matching no batch entry: {unmatched}")
        entries = [e for e in entries if any(org_matches(o, e["organisation"]) for o in orgs)]

    taken = {e["file"] for e in existing} | {p.name for p in (corpus / "files").iterdir()}
    names = Counter(e["file"] for e in entries)
    problems, warnings, shaped = [], [], []
    for entry in entries:
        name = entry.get("file", "?")
        if names[name] > 1:
            problems.append(f"{name}: twice in the batch")
        if name in taken:
            problems.append(f"{name}: already in the corpus")
        if not (batch / "files" / name).is_file():
            problems.append(f"{name}: not in {batch / 'files'}")
        try:
            new = shape(entry, corpus_keys)
        except JoinError as exc:
            problems.append(str(exc))
            continue
        missing = required - set(new)
        if missing:
            problems.append(f"{name}: keys every corpus entry has are missing: {sorted(missing)}")
        if set(new.get("source", {})) != source_keys:
            problems.append(
                f"{name}: source keys {sorted(new.get('source', {}))} != {sorted(source_keys)}"
            )
        extra = set(new.get("labels", {})) - fields
        if extra:
            problems.append(f"{name}: label fields scoring.py does not know: {sorted(extra)}")
        if new.get("language") not in languages:
            problems.append(
                f"{name}: language {new.get('language')!r} not in the corpus's {sorted(languages)}"
            )
        fmt = new.get("format")
        if fmt not in formats:
            warnings.append(
                f"{name}: format {fmt!r} is not one the corpus test lists {sorted(formats)}"
            )
        if name.rsplit(".", 1)[-1] != fmt:
            warnings.append(
                f"{name}: extension {name.rsplit('.', 1)[-1]!r} is not its format {fmt!r}"
            )
        shaped.append(new)
    if strict:
        problems += warnings
    if problems:
        raise JoinError("nothing joined:\n  " + "\n  ".join(problems))
    return manifest, shaped, warnings


def shares(entries: list[dict]) -> str:
    count = Counter(e["language"] for e in entries)
    total = sum(count.values())
    return (
        ", ".join(f"{lang} {n} ({n / total:.1%})" for lang, n in sorted(count.items()))
        + f"; {total} files"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batch", type=Path, help="batch folder with files/ and manifest.json")
    parser.add_argument(
        "--orgs", type=Path, help="file listing the organisations to join, one a line"
    )
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: this work tree's)")
    parser.add_argument("--dry-run", action="store_true", help="check and print, write nothing")
    parser.add_argument(
        "--strict", action="store_true", help="refuse formats the corpus test refuses"
    )
    args = parser.parse_args(argv)
    try:
        corpus = args.corpus or default_corpus()
        orgs = read_orgs(args.orgs) if args.orgs else None
        manifest, new, warnings = plan(args.batch, corpus, orgs, args.strict)
    except JoinError as exc:
        print(f"join: {exc}", file=sys.stderr)
        return 1
    before = list(manifest["files"])
    after = Counter(e["language"] for e in before + new)
    for lang, n in sorted(after.items()):
        if n < MIN_SHARE * (len(before) + len(new)):
            warnings.append(
                f"{lang}: {n} of {len(before) + len(new)} files after the join, under the "
                f"{MIN_SHARE:.0%} the corpus manifest test holds"
            )
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if not args.dry_run:
        for entry in new:
            shutil.copyfile(args.batch / "files" / entry["file"], corpus / "files" / entry["file"])
        manifest["files"] = before + new
        (corpus / "manifest.json").write_text(dump(manifest), encoding="utf-8")
    verb = "would join" if args.dry_run else "joined"
    print(
        f"{verb} {len(new)} files from {len({e['organisation'].split(' (')[0] for e in new})} organisations into {corpus}"
    )
    for entry in new:
        print(f"  {entry['language']}  {entry['format']:<6} {entry['file']}")
    print(f"joined by language: {shares(new) if new else 'none'}")
    print(f"corpus before:      {shares(before)}")
    print(f"corpus after:       {shares(before + new)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
