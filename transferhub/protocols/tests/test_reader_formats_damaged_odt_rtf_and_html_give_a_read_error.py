"""Damaged ODT, RTF and HTML: the reader returns a result or raises ProtocolReadError, fast."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from transferhub.protocols.reader import ProtocolReadError, read_protocol

from .fixtures import formats

FILES = {"odt": formats.odt(), "rtf": formats.rtf(), "html": formats.html()}
SECONDS_PER_INPUT = 3.0


def read_within_budget(data: bytes) -> None:
    started = time.perf_counter()
    try:
        read_protocol(data, filename="upload")
    except ProtocolReadError:
        pass
    assert time.perf_counter() - started < SECONDS_PER_INPUT


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fmt=st.sampled_from(sorted(FILES)),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
    junk=st.binary(max_size=64),
)
def test_a_cut_flipped_or_padded_file_gives_a_result_or_a_read_error(fmt, cut, flips, junk):
    data = bytearray(FILES[fmt])
    for where, byte in flips:
        # Keep the first bytes: they tell the format, and the point is its extractor.
        data[max(40, int(where * (len(data) - 1)))] = byte
    read_within_budget(bytes(data[: max(40, int(cut * len(data)))]) + junk)


@settings(max_examples=examples(100), deadline=None)
@given(
    head=st.sampled_from([b"{\\rtf1\\ansi ", b"<!DOCTYPE html><html><body>"]),
    body=st.lists(
        st.sampled_from(
            [
                b"{",
                b"}",
                b"\\par ",
                b"\\u-3913?",
                b"\\'e4",
                b"\\bin5 ",
                b"\\*\\x ",
                b"\\cell ",
                b"\\row ",
                b"\\intbl ",
                b"<p>",
                b"</li>",
                b"<ol start=x>",
                b"<li value=-2>",
                b"<table><tr><td>",
                b"</td>",
                b"<h7>",
                b"<br>",
                b"<!--",
                b"&#0;",
                b"TOP 1: A",
                b"Datum: 01.02.2023",
            ]
        ),  # fmt: skip
        max_size=60,
    ),
)
def test_token_soup_gives_a_result_or_a_read_error(head, body):
    read_within_budget(head + b"".join(body))
