"""Every corpus file has exactly one manifest entry with provenance and known label fields."""

from transferhub.protocols.tests.corpus import scoring

MAX_BYTES = 20 * 1024 * 1024
REQUIRED = {"file", "source", "organisation", "language", "format", "labels"}


def test_corpus_manifest_covers_every_file():
    entries = scoring.load_manifest()
    names = [e["file"] for e in entries]
    on_disk = sorted(p.name for p in scoring.FILES_DIR.iterdir() if p.is_file())
    assert sorted(names) == on_disk
    assert len(set(names)) == len(names)
    for entry in entries:
        assert REQUIRED <= set(entry), entry["file"]
        assert {"repository", "path", "commit"} <= set(entry["source"]), entry["file"]
        assert set(entry["labels"]) <= set(scoring.FIELDS), entry["file"]
    assert sum(p.stat().st_size for p in scoring.FILES_DIR.iterdir()) < MAX_BYTES
