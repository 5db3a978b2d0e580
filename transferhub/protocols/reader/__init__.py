"""Read minutes (Protokolle) from txt, md, rst, pdf, docx, odt, rtf or html into the contract's dict."""

from __future__ import annotations

import hashlib
import logging
import os

from .errors import ProtocolReadError, gettext_noop
from .extract import PARSE_AS, extract, extract_blocks, load
from .limits import time_limit
from .meeting_log import latest_meeting
from .notices import render
from .parse import parse_text

__all__ = ["ProtocolReadError", "extract_blocks", "parse_text", "read_protocol"]

logger = logging.getLogger(__name__)


def read_protocol(
    path_or_bytes: str | os.PathLike[str] | bytes,
    *,
    filename: str | None = None,
    body: str | None = None,
    with_text: bool = False,
) -> dict:
    """Read one minutes document and return the contract's JSON-ready dict.

    With with_text=True the extracted text is added under "_text" (not part of the
    contract), so that storing the draft does not read the file twice.
    """
    data, name = load(path_or_bytes, filename)
    with time_limit():  # extraction and parsing together (limits.MAX_SECONDS)
        fmt, text = extract(data, name)
        log = latest_meeting(text)
        if log:
            text = log[0]  # a table of meetings: its latest one
        try:
            result = parse_text(text, fmt=PARSE_AS.get(fmt, fmt), body=body, filename=name)
        except ProtocolReadError:
            raise
        except (ValueError, IndexError, KeyError, AttributeError, TypeError, RecursionError) as exc:
            # A reader bug must not reach a user as a traceback; it is logged for us instead.
            logger.exception("reader failed on %s", name)
            raise ProtocolReadError(
                gettext_noop(
                    "Das Protokoll konnte wegen eines internen Fehlers nicht gelesen werden."
                )
            ) from exc
    if log:
        result.setdefault("warnings", []).insert(0, render("meeting_log", log[1]))
        result.setdefault("warning_codes", []).insert(0, {"code": "meeting_log", "params": log[1]})
    source = {"path": name, "format": fmt, "sha256": hashlib.sha256(data).hexdigest()}
    if with_text:
        return {"source": source, **result, "_text": text}
    return {"source": source, **result}
