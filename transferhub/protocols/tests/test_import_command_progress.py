"""`import-protocol FOLDER`: mixed files read in parallel, progress with rate and time left,
each file stored once; a re-run skips what is stored; --json prints nothing but JSON."""

import io
import json
import os
import re
import signal

import pytest
from django.core.management import call_command

from transferhub.bench.imports import write_files
from transferhub.decisions.models import Decision
from transferhub.meetings.models import Meeting
from transferhub.protocols import batch
from transferhub.protocols.management.commands import import_protocol


@pytest.fixture
def folder(tmp_path):
    """Eight minutes, two each as txt, md, docx and pdf, and one broken PDF beside them."""
    minutes = tmp_path / "protokolle"
    minutes.mkdir()
    write_files(minutes, 8, marker="cli")
    (minutes / "unterordner").mkdir()
    (minutes / "unterordner" / "kaputt.pdf").write_bytes(b"%PDF-1.4 no pdf at all")
    (minutes / "notizen.jpg").write_bytes(b"\xff\xd8\xff not minutes")  # not a minutes file
    return minutes


def _run(*args, stdout=None):
    out = stdout or io.StringIO()
    try:
        call_command("import_protocol", *map(str, args), stdout=out)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue()


def test_a_folder_of_mixed_files_is_read_in_parallel_stored_and_shows_progress(
    db, folder, capsys, monkeypatch
):
    monkeypatch.setattr(import_protocol, "PLAIN_EVERY_SECONDS", 0)  # a line per file
    assert batch.POOL_FROM <= 9  # the folder is large enough for the pool of readers
    code, out = _run(folder, "--body", "AG Transfer", "--jobs", "2")
    err = capsys.readouterr().err
    assert code == 2  # one file refused
    assert Meeting.objects.filter(source_sha256__gt="").count() == 8
    formats = {m.source_name.rsplit(".", 1)[1] for m in Meeting.objects.exclude(source_name="")}
    assert formats == {"txt", "md", "docx", "pdf"}
    # Plain progress lines (no terminal): count, rate, time left, then the end.
    lines = [line for line in out.splitlines() if " Dateien, " in line and "Dateien/s" in line]
    assert re.fullmatch(r"1/9 Dateien, \d+,\d Dateien/s, noch etwa \d+ s", lines[0])
    assert re.fullmatch(r"9/9 Dateien, \d+,\d Dateien/s, fertig in \d+ s", lines[-1])
    assert "Import: 8 gespeichert, 0 schon vorhanden, 1 abgelehnt" in out
    assert f"{folder / 'unterordner' / 'kaputt.pdf'}:" in err
    assert "Das PDF ist beschädigt" in err and "Traceback" not in err
    assert "notizen.jpg" not in out + err  # a folder yields its minutes files only


def test_running_it_again_stores_nothing_twice_and_reads_nothing(db, folder, monkeypatch):
    _run(folder, "--body", "AG Transfer")
    counts = (Meeting.objects.count(), Decision.objects.count())
    reads = []
    real_read = batch._read
    monkeypatch.setattr(batch, "_read", lambda *a: reads.append(a[0]) or real_read(*a))
    code, out = _run(folder, "--body", "AG Transfer", "--jobs", "1")
    assert (Meeting.objects.count(), Decision.objects.count()) == counts
    assert "Import: 0 gespeichert, 8 schon vorhanden, 1 abgelehnt" in out
    assert [p.endswith("kaputt.pdf") for p in reads] == [True]  # only the refused file again


def test_json_prints_only_the_summary_with_each_outcome(db, folder, capsys):
    code, out = _run(folder, "--body", "AG Transfer", "--json")
    summary = json.loads(out)  # nothing but JSON on stdout
    assert (summary["files"], summary["stored"], summary["refused"]) == (9, 8, 1)
    assert summary["files_per_second"] > 0 and summary["store_ms_median"] > 0
    outcomes = {r["path"].rsplit("/", 1)[1]: r for r in summary["results"]}
    assert outcomes["kaputt.pdf"]["outcome"] == "refused"
    assert "beschädigt" in outcomes["kaputt.pdf"]["message"]
    stored = [r for r in summary["results"] if r["outcome"] == "stored"]
    assert all(r["meeting"] and r["items"] >= 1 for r in stored)
    assert "Dateien/s" not in capsys.readouterr().err


def test_a_terminal_gets_a_live_bar(db, folder):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    _run(folder, "--body", "AG Transfer", "--jobs", "1", stdout=screen)
    text = screen.getvalue()
    assert "Importiere Protokolle" in text and "Dateien/s" in text
    assert "9/9 Dateien" in text


def test_an_empty_folder_is_a_clear_error(db, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Keine Protokolldateien gefunden"):
        call_command("import_protocol", str(tmp_path))


def test_an_interrupted_run_keeps_what_it_stored_and_a_rerun_does_the_rest(
    db, folder, capsys, monkeypatch
):
    real_store = batch.protocol_store
    calls = []

    def interrupted_on_the_third(result, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C, or SIGTERM, which the command turns into it
        return real_store(result, **kwargs)

    monkeypatch.setattr(batch, "protocol_store", interrupted_on_the_third)
    code, _out = _run(folder, "--body", "AG Transfer", "--jobs", "2")
    assert code == 130
    assert "Abgebrochen nach 2 von 9 Dateien (2 gespeichert)" in capsys.readouterr().err
    assert Meeting.objects.filter(source_sha256__gt="").count() == 2  # no half third one
    monkeypatch.setattr(batch, "protocol_store", real_store)
    code, out = _run(folder, "--body", "AG Transfer")
    assert "Import: 6 gespeichert, 2 schon vorhanden, 1 abgelehnt" in out
    assert Meeting.objects.filter(source_sha256__gt="").count() == 8


def test_a_sigterm_during_the_third_file_stops_the_run_and_keeps_two(
    db, folder, capsys, monkeypatch
):
    """A real SIGTERM, as a service manager sends it, ends the run like Ctrl-C; a process
    running the command in-process (the bench, a worker) gets its own handler back."""
    real_store = batch.protocol_store
    stored = []

    def terminated_on_the_third(result, **kwargs):
        stored.append(1)
        if len(stored) == 3:
            os.kill(os.getpid(), signal.SIGTERM)  # a real signal, as systemd sends it
        return real_store(result, **kwargs)

    monkeypatch.setattr(batch, "protocol_store", terminated_on_the_third)
    heard = []

    def callers_handler(*_):
        heard.append("the caller's handler")

    own = signal.signal(signal.SIGTERM, callers_handler)
    try:
        code, _out = _run(folder, "--body", "AG Transfer")
        after = signal.getsignal(signal.SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, own)
    assert code == 130
    assert "Abgebrochen nach 2 von 9 Dateien (2 gespeichert)" in capsys.readouterr().err
    assert Meeting.objects.filter(source_sha256__gt="").count() == 2
    assert heard == []  # the command's handler had the signal, not the caller's
    assert after is callers_handler  # the caller's own is back
