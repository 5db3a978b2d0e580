"""`transferhub serve` collects the static files only when they changed since the last start.

Hashing and compressing every file cost each start about 5 s of CPU (20–30 s of wall time
on a busy machine); a restart with the same files now skips it, and anything that makes
the collected files stale or incomplete collects them again.
"""

import json
import os

import pytest

from transferhub.lib.management.commands.serve import collect_static_files, collected_stamp_path


@pytest.fixture
def static(settings, tmp_path):
    source = tmp_path / "source"
    (source / "css").mkdir(parents=True)
    (source / "css" / "site.css").write_text("body { color: #123; }\n")
    (source / "css" / "print.css").write_text('@import url("site.css");\n')
    settings.STATICFILES_DIRS = [str(source)]
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STATIC_ROOT = str(tmp_path / "static")
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    return source, tmp_path / "static"


def hashed(root, prefix):
    return sorted(p.name for p in (root / "css").glob(f"{prefix}.*.css"))


def test_a_restart_with_the_same_files_collects_nothing(static):
    source, root = static
    assert collect_static_files() is True
    assert len(hashed(root, "site")) == 1 and (root / "staticfiles.json").is_file()
    before = {p: p.stat().st_mtime_ns for p in root.rglob("*")}

    assert collect_static_files() is False
    assert {p: p.stat().st_mtime_ns for p in root.rglob("*")} == before
    # The fingerprint lies beside the collected files, not among those the server serves.
    assert collected_stamp_path().parent == root.parent


def test_a_changed_source_file_is_collected_again(static):
    source, root = static
    collect_static_files()
    (source / "css" / "site.css").write_text("body { color: #456; }\n")
    assert collect_static_files() is True
    assert len(hashed(root, "site")) == 2  # the old name stays for cached pages
    served = json.loads((root / "staticfiles.json").read_text())["paths"]["css/site.css"]
    assert (root / served).read_text() == "body { color: #456; }\n"
    assert collect_static_files() is False


def test_a_new_file_or_a_missing_collected_file_collects_again(static):
    source, root = static
    collect_static_files()
    (source / "css" / "new.css").write_text("p { margin: 0; }\n")
    assert collect_static_files() is True
    assert hashed(root, "new")

    os.remove(root / "css" / hashed(root, "new")[0])
    assert collect_static_files() is True
    assert hashed(root, "new")


def test_a_collect_that_fails_leaves_no_stamp_and_is_tried_again(static):
    source, root = static
    collect_static_files()
    # A style sheet that names a file that does not exist: the manifest storage refuses it.
    (source / "css" / "site.css").write_text('body { background: url("missing.png"); }\n')
    with pytest.raises(ValueError, match="missing.png"):
        collect_static_files()
    assert not collected_stamp_path().exists()
    (source / "css" / "site.css").write_text("body { color: #789; }\n")
    assert collect_static_files() is True
    assert collect_static_files() is False
