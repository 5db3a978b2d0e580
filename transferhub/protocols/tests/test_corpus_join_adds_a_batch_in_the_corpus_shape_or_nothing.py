"""A labelled batch joins the corpus in the corpus's own shape, or nothing is written."""

import json
import shutil

from transferhub.protocols.tests.corpus import join, scoring

SOURCE = {"repository": "example/minutes", "path": "2024/x.md", "commit": "a" * 40}


def _entry(name: str, organisation: str, language: str = "de", **extra) -> dict:
    return {
        "file": name,
        "source": dict(SOURCE),
        "organisation": organisation,
        "kind": "association",
        "language": language,
        "format": name.rsplit(".", 1)[1],
        "labels": {"date": "2024-03-04", "agenda_count": 2},
        **extra,
    }


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "files").mkdir(parents=True)
    shutil.copy(scoring.MANIFEST.parent / "scoring.py", corpus / "scoring.py")
    (corpus / "files" / "alt_2023-01-01.md").write_text("# Protokoll\n", encoding="utf-8")
    entry = _entry("alt_2023-01-01.md", "Alter Verein e.V.", notes="none")
    entry = {key: entry[key] for key in join.KEY_ORDER}  # as the real corpus orders them
    manifest = {"about": {"what": "test"}, "files": [entry]}
    (corpus / "manifest.json").write_text(join.dump(manifest), encoding="utf-8")
    return corpus


def _batch(tmp_path, entries):
    batch = tmp_path / "batch"
    (batch / "files").mkdir(parents=True)
    for e in entries:
        (batch / "files" / e["file"]).write_text("# Minutes\n", encoding="utf-8")
    (batch / "manifest.json").write_text(json.dumps({"files": entries}), encoding="utf-8")
    return batch


def test_the_listed_organisations_join_with_notes_and_the_corpus_part_kept_byte_for_byte(
    tmp_path, capsys
):
    corpus = _corpus(tmp_path)
    before = (corpus / "manifest.json").read_text(encoding="utf-8")
    batch = _batch(
        tmp_path,
        [
            _entry("neu_2024-03-04.md", "Neuer Club (Vorstand)", label_notes="count by list"),
            _entry("other_2024-03-05.md", "Other Society", language="en"),
        ],
    )
    orgs = tmp_path / "orgs.txt"
    orgs.write_text("# who joins\nneuer club\n", encoding="utf-8")
    assert join.main([str(batch), "--orgs", str(orgs), "--corpus", str(corpus)]) == 0
    after = (corpus / "manifest.json").read_text(encoding="utf-8")
    assert after.startswith(before[: before.rindex("\n ]")])  # nothing before it changed
    files = json.loads(after)["files"]
    assert [e["file"] for e in files] == ["alt_2023-01-01.md", "neu_2024-03-04.md"]
    assert list(files[1]) == list(files[0])  # the corpus's keys in the corpus's order
    assert files[1]["notes"] == "count by list"
    assert (corpus / "files" / "neu_2024-03-04.md").is_file()
    assert not (corpus / "files" / "other_2024-03-05.md").exists()
    assert "de 2 (100.0%)" in capsys.readouterr().out


def test_a_clash_or_an_unknown_field_writes_nothing_and_says_why(tmp_path, capsys):
    corpus = _corpus(tmp_path)
    before = (corpus / "manifest.json").read_text(encoding="utf-8")
    clash = _entry("alt_2023-01-01.md", "Dritter Verein")
    unknown = _entry("neu_2024-03-04.md", "Neuer Club")
    unknown["labels"]["mood"] = "gut"
    batch = _batch(tmp_path, [clash, unknown])
    assert join.main([str(batch), "--corpus", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert "alt_2023-01-01.md: already in the corpus" in err
    assert "label fields scoring.py does not know: ['mood']" in err
    assert (corpus / "manifest.json").read_text(encoding="utf-8") == before
    assert not (corpus / "files" / "neu_2024-03-04.md").exists()
