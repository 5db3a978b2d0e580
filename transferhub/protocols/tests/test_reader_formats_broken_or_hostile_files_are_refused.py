"""Broken or hostile ODT, RTF and HTML files are refused quickly with a German sentence."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from transferhub.protocols.reader import ProtocolReadError, read_protocol

from .fixtures import formats


def refused(data: bytes, name: str = "upload") -> str:
    started = time.monotonic()
    with pytest.raises(ProtocolReadError) as exc:
        read_protocol(data, filename=name)
    assert time.monotonic() - started < 5, "a refusal must come quickly"
    return str(exc.value)


def _odt_with(content: str) -> bytes:
    return formats.odt(content=content)


def test_a_truncated_odt_is_refused_as_damaged():
    data = formats.odt()
    assert "ODT-Datei ist beschädigt" in refused(data[: len(data) // 2], "protokoll.odt")


def test_an_odt_whose_content_unpacks_to_a_bomb_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        zf.writestr("content.xml", b"<a>" + b" " * 30_000_000 + b"</a>")
    assert refused(buf.getvalue()) == (
        "Die ODT-Datei ist entpackt unzulässig groß und wird nicht gelesen."
    )


def test_an_odt_nested_past_256_levels_is_refused():
    content = (
        formats.odt_content(formats.MINUTES)
        .replace("<office:text>", "<office:text>" + "<text:section>" * 300, 1)
        .replace("</office:text>", "</text:section>" * 300 + "</office:text>", 1)
    )
    assert "zu tief verschachtelt" in refused(_odt_with(content))


def test_an_odt_declaring_entities_is_refused():
    content = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        + formats.odt_content(formats.MINUTES).split("?>", 1)[1]
    )
    assert "ODT-Datei ist beschädigt" in refused(_odt_with(content))


def test_a_spreadsheet_is_refused_as_not_a_text_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
    assert "kein Textdokument" in refused(buf.getvalue(), "tabelle.ods")


def test_an_rtf_with_deeply_nested_groups_is_refused():
    data = b"{\\rtf1\\ansi " + b"{" * 50_000 + b"x" + b"}" * 50_000 + b"}"
    assert refused(data) == (
        "Die RTF-Datei ist zu tief verschachtelt (mehr als 100 Gruppen ineinander) "
        "und wird nicht gelesen."
    )


def test_an_rtf_picture_claiming_more_bytes_than_there_are_ends_the_read_cleanly():
    data = formats.rtf().replace(b"{\\info", b"{\\pict\\bin999999999 }{\\info", 1)
    with pytest.raises(ProtocolReadError, match="keinen Text"):
        read_protocol(data)  # the picture swallows the rest: nothing readable is left


def test_a_huge_html_page_is_refused_before_it_is_parsed():
    data = b"<!DOCTYPE html><html><body>" + b"<p>Beschluss</p>" * 700_000
    assert refused(data) == "Die HTML-Datei ist größer als 10 MB und wird nicht gelesen."


def test_an_html_page_nested_past_500_levels_is_refused():
    data = b"<!DOCTYPE html><html><body>" + b"<div><ul><li>" * 200 + b"Text"
    assert "HTML-Datei ist zu tief verschachtelt" in refused(data)


@pytest.mark.parametrize(
    "tail",
    [b"<!--" + b"<a" * 400_000, b"<a " + b"b=c " * 1_000_000, b"<![CDATA[" + b"<" * 800_000],
    ids=["open comment", "open tag", "open cdata"],
)
def test_broken_html_takes_linear_time(tail):
    started = time.monotonic()
    with pytest.raises(ProtocolReadError, match="keinen Text"):
        read_protocol(b"<html><body>" + tail)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    "field, value",  # compression method, version needed, local header offset
    [(10, b"\x63\x00"), (6, b"\x50\x00"), (42, b"\xff\xff\xff\x7f")],
    ids=["unknown compression", "unknown zip version", "past the end"],
)
def test_an_odt_with_a_damaged_member_header_is_refused_as_damaged(field, value):
    data = bytearray(formats.odt())
    # The central directory's entry for content.xml ("PK\1\2"): what zipfile trusts.
    entry = data.rindex(b"PK\x01\x02", 0, data.rindex(b"content.xml"))
    data[entry + field : entry + field + len(value)] = value
    assert "ODT-Datei ist beschädigt" in refused(bytes(data))
