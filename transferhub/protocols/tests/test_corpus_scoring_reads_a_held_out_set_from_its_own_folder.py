"""A held-out set kept outside the repository is scored from its own folder and manifest."""

from __future__ import annotations

import json
import shutil

from .corpus import scoring


def test_a_held_out_folder_is_scored_by_its_own_labels(tmp_path):
    entry = next(e for e in scoring.load_manifest() if e["file"] == "dsf-board_2019-03-14.md")
    (tmp_path / "files").mkdir()
    # The same minutes under another name, one label deliberately wrong: only this folder's
    # manifest and files can give that score.
    shutil.copy(scoring.FILES_DIR / entry["file"], tmp_path / "files" / "minutes.md")
    labels = {**entry["labels"], "participant_count": entry["labels"]["participant_count"] + 1}
    manifest = {"files": [{**entry, "file": "minutes.md", "labels": labels}]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    entries = scoring.load_manifest(tmp_path / "manifest.json")
    [score] = scoring.run_corpus(entries, tmp_path / "files")

    assert score.file == "minutes.md"
    assert score.fields["participant_count"] is False
    assert score.right == score.total - 1
