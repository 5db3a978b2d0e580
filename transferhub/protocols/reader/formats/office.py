"""What Word (DOCX) and OpenDocument (ODT) files share: a ZIP of XML parts, checked first."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from transferhub.lib.uploads import ZipBomb, zip_check

from .. import limits
from ..errors import ProtocolReadError, gettext_noop

# What zipfile raises on a damaged archive: a bad header, an unknown method or version,
# a negative offset, an encrypted member, a truncated stream.
_DAMAGED = (
    zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
    RuntimeError,
)  # fmt: skip


@dataclass(frozen=True)
class Kind:
    """The messages of one office format, naming it as a user knows it."""

    broken: str
    too_large: str
    too_many: str


DOCX = Kind(
    broken=gettext_noop("Die Word-Datei ist beschädigt und kann nicht gelesen werden."),
    too_large=gettext_noop("Die Word-Datei ist entpackt unzulässig groß und wird nicht gelesen."),
    too_many=gettext_noop(
        "Die Word-Datei besteht aus mehr als einer Million Elementen und wird nicht gelesen."
    ),
)
ODT = Kind(
    broken=gettext_noop("Die ODT-Datei ist beschädigt und kann nicht gelesen werden."),
    too_large=gettext_noop("Die ODT-Datei ist entpackt unzulässig groß und wird nicht gelesen."),
    too_many=gettext_noop(
        "Die ODT-Datei besteht aus mehr als einer Million Elementen und wird nicht gelesen."
    ),
)


def open_zip(data: bytes, kind: Kind) -> zipfile.ZipFile:
    """Open the archive, refusing a broken one or one whose directory promises a bomb."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGED as exc:
        raise ProtocolReadError(kind.broken) from exc
    try:
        zip_check(zf)
    except ZipBomb as exc:
        zf.close()
        raise ProtocolReadError(kind.too_large) from exc
    return zf


def check_xml_parts(zf: zipfile.ZipFile, names: list[str], kind: Kind) -> None:
    """Refuse XML parts that unpack past MAX_DOCX_XML_BYTES or hold too many elements.

    The parsers build every element of a part at once: count the tags before they do.
    """
    infos = [zf.getinfo(n) for n in names]
    if sum(i.file_size for i in infos) > limits.MAX_DOCX_XML_BYTES:
        raise ProtocolReadError(kind.too_large)
    tags = 0
    try:
        for info in infos:
            with zf.open(info) as fh:
                while chunk := fh.read(1024 * 1024):
                    tags += chunk.count(b"<")
                    if tags > limits.MAX_DOCX_XML_TAGS:
                        raise ProtocolReadError(kind.too_many)
    except _DAMAGED as exc:
        raise ProtocolReadError(kind.broken) from exc


def read_part(zf: zipfile.ZipFile, name: str, kind: Kind) -> bytes:
    """Unpack one (already measured) part."""
    try:
        return zf.read(name)
    except (*_DAMAGED, KeyError) as exc:
        raise ProtocolReadError(kind.broken) from exc


def parse_xml(data: bytes, kind: Kind, *, remove_blank_text: bool = False):
    """Parse one XML part safely: no entities, no network, lxml's default depth limit."""
    from lxml import etree

    if b"<!ENTITY" in data[:65536]:
        # Office files never declare entities; a document that does is built to expand.
        raise ProtocolReadError(kind.broken)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_blank_text=remove_blank_text,
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ProtocolReadError(kind.broken) from exc
