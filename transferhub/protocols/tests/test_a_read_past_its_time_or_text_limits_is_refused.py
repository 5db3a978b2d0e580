"""However a file spends its time, extracting or parsing, the read stops at its time limit;
text past its length or line limit is refused before parsing."""

import time

import pytest

from transferhub.protocols.reader import ProtocolReadError, limits, read_protocol

from .costly_files import pdf

TOO_LONG = "Das Lesen der Datei hat länger als 20 Sekunden gedauert"


def refusal(data: bytes, filename: str) -> tuple[str, float]:
    started = time.monotonic()
    with pytest.raises(ProtocolReadError) as info:
        read_protocol(data, filename=filename)
    return str(info.value), time.monotonic() - started


def test_extracting_stops_at_the_time_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_SECONDS", 1.0)
    # Within every other limit: 2,000 text operators on each of 100 pages (some 40 s).
    page = b"BT /F1 10 Tf 50 800 Td " + b"(a) Tj " * 2000 + b"ET"
    message, seconds = refusal(pdf([page] * 100), "seiten.pdf")
    assert TOO_LONG in message
    assert seconds < 5


def test_parsing_stops_at_the_time_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_SECONDS", 1.0)
    # 150 KB of numbered headings the parser groups in quadratic time (some 30 s).
    text = "# Protokoll AG Transfer\n\n" + "## 1. Thema\n" * 12_500
    message, seconds = refusal(text.encode(), "ueberschriften.md")
    assert TOO_LONG in message
    assert seconds < 4


def test_text_past_two_million_characters_is_refused_before_parsing():
    message, seconds = refusal(("Die AG tagt. " * 160_000).encode(), "lang.txt")
    assert "länger als 2 Millionen Zeichen" in message
    assert seconds < 3


def test_a_file_too_large_to_hold_two_million_characters_is_not_even_decoded():
    message, seconds = refusal(b"a" * (8_000_001), "riesig.txt")
    assert "länger als 2 Millionen Zeichen" in message
    assert seconds < 1


def test_text_past_fifty_thousand_lines_is_refused_before_parsing():
    message, seconds = refusal(b"Protokoll\n" + b"a\n" * 50_000, "zeilen.txt")
    assert "mehr als 50.000 Zeilen" in message
    assert seconds < 3
