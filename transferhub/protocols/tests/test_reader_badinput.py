"""Unreadable files raise ProtocolReadError with one German sentence, nothing else."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from transferhub.protocols.reader import ProtocolReadError, read_protocol

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from build_binary import build_docx, build_pdf_from_text  # noqa: E402


def assert_refused(source, *, filename=None, contains: str = "") -> str:
    with pytest.raises(ProtocolReadError) as info:
        read_protocol(source, filename=filename)
    message = str(info.value)
    assert message.endswith("."), message
    assert "\n" not in message and "Traceback" not in message
    assert contains in message
    return message


def test_it_refuses_an_empty_file(tmp_path):
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    assert_refused(path, contains="leer")


def test_it_refuses_whitespace_only():
    assert_refused(b"  \n\n \t ", filename="x.txt", contains="leer")


def test_it_refuses_binary_garbage():
    assert_refused(bytes(range(256)) * 40, filename="x.txt")


def test_it_refuses_a_file_over_50_mb_before_reading_it(tmp_path):
    path = tmp_path / "riesig.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk
    assert_refused(path, contains="50 MB")


def test_it_refuses_a_missing_file(tmp_path):
    assert_refused(tmp_path / "gibt-es-nicht.txt", contains="nicht geöffnet")


def test_it_refuses_text_without_minutes_structure():
    assert_refused(b"Milch, Eier, Brot und Butter kaufen.", filename="x.txt",
                   contains="Protokollstruktur")  # fmt: skip


def test_it_refuses_an_image_only_pdf():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(buf, format="PDF")
    assert_refused(buf.getvalue(), filename="scan.pdf", contains="keinen Text")


def test_it_refuses_an_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = build_pdf_from_text(
        "Protokoll AG Test\nam 01.02.2023\nTOP 1: Start", tmp_path / "p.pdf"
    )
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert_refused(buf.getvalue(), filename="p.pdf", contains="verschlüsselt")


def test_it_refuses_a_truncated_pdf():
    assert_refused(b"%PDF-1.4\n1 0 obj << /Type /Catalog", filename="kaputt.pdf")


def test_it_refuses_a_corrupt_docx():
    assert_refused(b"PK\x03\x04" + b"\x00kaputt" * 50, filename="kaputt.docx", contains="Word")


def test_it_refuses_a_zip_without_word_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hallo.txt", "Hallo")
    assert_refused(buf.getvalue(), filename="x.docx", contains="kein Word-Dokument")


def test_it_refuses_a_docx_zip_bomb_without_unpacking_it():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\x20" * (1024 * 1024)
            for _ in range(60):
                fh.write(chunk)
    assert_refused(buf.getvalue(), filename="bombe.docx", contains="unzulässig groß")


def test_it_refuses_a_docx_with_broken_xml(tmp_path):
    good = build_docx(tmp_path / "gut.docx").read_bytes()
    src = zipfile.ZipFile(io.BytesIO(good))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zf.writestr(info, data)
    assert_refused(buf.getvalue(), filename="halb.docx", contains="Word")


def test_it_refuses_the_old_word_format():
    assert_refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, filename="alt.doc",
                   contains=".doc")  # fmt: skip


def test_it_refuses_an_unknown_encoding():
    # Bytes that are neither UTF-8 nor Windows-1252 (0x81, 0x8d are undefined there).
    data = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x03]) * 300
    assert_refused(data, filename="x.txt")


def test_it_refuses_a_directory(tmp_path):
    assert_refused(tmp_path, contains="Ordner")
