"""Every corpus file has exactly one manifest entry with provenance and well-formed labels.

The corpus is what the reader is measured on, so its shape is held here: at least 80 real
minutes from at least 30 organisations, German and English about half each, every file
naming its organisation, language and format (the format its name says), the whole corpus
under 20 MB.
"""

import re
from collections import Counter

from transferhub.protocols.tests.corpus import scoring

MAX_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 2 * 1024 * 1024
MIN_FILES = 80
MIN_ORGANISATIONS = 30
REQUIRED = {"file", "source", "organisation", "language", "format", "labels"}
FORMATS = {"md", "rst", "adoc", "wiki", "txt", "html", "pdf", "docx", "odt", "rtf"}
LANGUAGES = {"de", "en"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
COUNTS = ("participant_count", "agenda_count", "decisions_count", "tasks_count")
KINDS = {"agreement", "resolution", "rejected", "postponement"}


def organisation(entry: dict) -> str:
    """The organisation without the body in brackets ("Westwoodlabs e.V. (Vorstand)")."""
    return entry["organisation"].split(" (")[0].strip()


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


def test_every_entry_names_its_organisation_language_and_format():
    for entry in scoring.load_manifest():
        name = entry["file"]
        assert organisation(entry), name
        assert entry["language"] in LANGUAGES, name
        assert entry["format"] in FORMATS, name
        assert name.rsplit(".", 1)[-1] == entry["format"], name
        assert re.fullmatch(r"[0-9a-f]{40}", entry["source"]["commit"]), name
        assert (scoring.FILES_DIR / name).stat().st_size <= MAX_FILE_BYTES, name


def test_corpus_is_large_varied_and_bilingual():
    entries = scoring.load_manifest()
    assert len(entries) >= MIN_FILES
    assert len({organisation(e) for e in entries}) >= MIN_ORGANISATIONS
    languages = Counter(e["language"] for e in entries)
    assert all(languages[lang] >= 0.4 * len(entries) for lang in LANGUAGES), languages
    assert len({e["format"] for e in entries}) >= 6


def test_labels_are_well_formed():
    for entry in scoring.load_manifest():
        name, labels = entry["file"], entry["labels"]
        for key in ("date", "next_meeting"):
            assert labels.get(key) is None or DATE.match(labels[key]), (name, key)
        for key in ("start", "end"):
            assert labels.get(key) is None or TIME.match(labels[key]), (name, key)
        for key in COUNTS:
            value = labels.get(key)
            assert value is None or (isinstance(value, int) and value >= 0), (name, key)
        if "agenda_count" in labels and "agenda_titles" in labels:
            assert len(labels["agenda_titles"]) <= labels["agenda_count"], name
        if "decisions_count" in labels:
            for key in ("decision_kinds", "decision_votes"):
                assert len(labels.get(key, [])) <= labels["decisions_count"], (name, key)
        assert set(labels.get("decision_kinds", [])) <= KINDS, name
        for votes in labels.get("decision_votes", []):
            assert set(votes) == {"yes", "no", "abstain"}, name
        if "tasks_count" in labels:
            for key in ("task_owners", "task_dues"):
                assert len(labels.get(key, [])) <= labels["tasks_count"], (name, key)
        for due in labels.get("task_dues", []):
            assert DATE.match(due), name
