"""Random and mutated documents: the reader returns a result or raises ProtocolReadError."""

from __future__ import annotations

import time
import tracemalloc
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from transferhub.protocols.reader import ProtocolReadError, read_protocol
from transferhub.protocols.reader.parse import parse_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = [
    p.read_bytes().decode("utf-8", errors="replace")
    for p in sorted(FIXTURES.iterdir())
    if p.suffix in (".md", ".txt")
]
PIECES = [
    "TOP 1: Begrüßung", "1. Bericht", "## 2. Haushalt", "Beschluss:", "Abstimmung: 5/0/1",
    "Die AG Transfer vereinbart:", "To Do:", "Aufgabe: Text (Name, bis 30.11.)", "\f",
    "https://example.org/", "mailto:a@b.de", "Nächste Sitzung: 16.09. von 14-16 Uhr",
    "Protokoll: Anna Berg", "| TOP | Thema | Wer | Zeit |", "|---|---|", "| 1 | A | Alle | 9:00 |",
    "Pause 10:50", "Ende 13:00", "Teilnehmende:", "- Dr. X (Y)", "(", ")", "„", "", "  ",
    "31.02.2023", "99:99 Uhr", "Anlage 1 bis 3", "Antrag X: abgelehnt", "vertagt", "—",
]  # fmt: skip


# Every input, however made, is read within a time and memory budget (issue 13): generous
# against a busy CI machine, far below what the unbounded reader took (minutes, gigabytes).
SECONDS_PER_INPUT = 3.0
PEAK_BYTES_PER_INPUT = 64 * 2**20


@pytest.fixture(autouse=True, scope="module")
def _readers_loaded():
    # The first read of each format imports its libraries: not the input's cost.
    for data, name in ((b"x", "x.txt"), (b"%PDF-1.4\n\x00", "x.pdf"), (b"PK\x03\x04", "x.docx")):
        try:
            read_protocol(data, filename=name)
        except ProtocolReadError:
            pass


@contextmanager
def within_budget():
    tracemalloc.start()
    started = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - started
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < SECONDS_PER_INPUT, f"{elapsed:.1f} s"
    assert peak < PEAK_BYTES_PER_INPUT, f"{peak / 2**20:.0f} MiB"


def check(text: str) -> None:
    try:
        with within_budget():
            result = parse_text(text)
    except ProtocolReadError as exc:
        assert str(exc)
        return
    assert isinstance(result["agenda"], list)
    for it in result["agenda"]:
        assert "mailto:" not in it["minutes"]


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_random_text_never_breaks_the_parser(text):
    check(text)


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=40), max_size=60))
def test_random_minutes_like_lines_never_break_the_parser(lines):
    check("Protokoll AG Test\nam 15.09.2022\n" + "\n".join(lines))


@settings(max_examples=examples(100), deadline=None)
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 200), st.text(max_size=30)),
             max_size=8),
)  # fmt: skip
def test_mutated_fixtures_never_break_the_parser(sample, edits):
    text = sample
    for pos, length, insert in edits:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + length :]
    check(text)


@settings(max_examples=examples(100), deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_give_a_result_or_a_read_error(data):
    for name in ("x.txt", "x.pdf", "x.docx"):
        with within_budget():
            try:
                read_protocol(data, filename=name)
            except ProtocolReadError:
                pass


@settings(max_examples=examples(50), deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_damaged_pdf_and_zip_headers_give_a_read_error(tail):
    for head in (b"%PDF-1.4\n", b"PK\x03\x04"):
        with within_budget():
            try:
                read_protocol(head + tail, filename="x")
            except ProtocolReadError:
                pass
