"""Versions on editable records: a save from an outdated version is refused, never applied.

Every editable record (meeting, agenda item, decision, task) has a `version` that each
write raises by one. A writer says which version it read (`expected`); the row is claimed
by one conditional UPDATE (`... WHERE pk = %s AND version = %s`), which is atomic on SQLite
and PostgreSQL alike and takes the row's write lock for the rest of the transaction. A
writer that read nothing (a one-click "erledigt") passes `expected=None` and still bumps.

The web shows a refused save beside the current text to merge; the API answers 412 to a
stale `If-Match` (see `etag` and `version_from_if_match`).
"""

import datetime as dt
import re

from django.db.models import F, Model
from django.utils.translation import gettext as _


class StaleVersion(Exception):
    """The record changed since the writer read it; `current` is the record as it is now."""

    def __init__(self, current: Model):
        self.current = current
        super().__init__(
            _(
                "Dieser Eintrag wurde inzwischen von jemand anderem geändert (jetzt Version "
                "%(version)d). Ihre Änderung wurde nicht gespeichert; bitte vergleichen und "
                "erneut speichern."
            )
            % {"version": current.version}
        )


def version_claim(instance: Model, expected: int | None = None) -> int:
    """Raise the row's version if it is still `expected` (any version when None).

    Call first inside the write's transaction: the UPDATE locks the row, so checks made
    after it (e.g. "minutes not frozen") see what the write will be applied to.
    """
    model = type(instance)
    rows = model._default_manager.filter(pk=instance.pk)
    if expected is not None:
        rows = rows.filter(version=expected)
    if rows.update(version=F("version") + 1) == 0:
        current = model._default_manager.filter(pk=instance.pk).first()
        if current is None:
            raise model.DoesNotExist
        raise StaleVersion(current)
    # Fresh values: a write without `expected` must not put back what others just saved.
    instance.refresh_from_db()
    return instance.version


def etag(instance: Model) -> str:
    """The HTTP entity tag of a record's current version."""
    return f'"{instance.version}"'


def version_from_if_match(header: str | None) -> int | None:
    """The version an `If-Match` header names: None without one or for `*`, -1 if unreadable.

    -1 never matches, so a garbled header is refused like a stale one (412), not ignored.
    """
    if header is None or header.strip() in ("", "*"):
        return None
    tag = header.split(",")[0].strip()
    if tag.startswith("W/"):
        tag = tag[2:]
    tag = tag.strip('"')
    return int(tag) if tag.isdigit() and len(tag) < 10 else -1


# --- Why a version was made ------------------------------------------------------------
# A reason the system writes itself (an approval) is stored as a code such as
# "auto:approved-by-chair:2022-09-20" and worded in the reader's language when shown;
# a reason a person typed is shown as typed.
AUTOMATIC = "auto:"


def _automatic_texts() -> dict[str, str]:
    return {
        "approved": _("Genehmigung"),
        "approved-by-chair": _("Nach Prüfung genehmigt durch die Leitung am %(day)s."),
        "approved-by-body": _(
            "Nach Prüfung genehmigt durch das Gremium in seiner Sitzung vom %(date)s."
        ),
        "approved-on": _("Nach Prüfung genehmigt am %(day)s."),
    }


# German texts stored before the codes, read back as their code.
_STORED_GERMAN = [
    (re.compile(r"^Genehmigung$"), "approved"),
    (re.compile(r"^Nach Prüfung genehmigt durch die Leitung am (.+)\.$"), "approved-by-chair"),
    (
        re.compile(r"^Nach Prüfung genehmigt durch das Gremium in seiner Sitzung vom (.+)\.$"),
        "approved-by-body",
    ),
    (re.compile(r"^Nach Prüfung genehmigt am (.+)\.$"), "approved-on"),
]


def automatic_reason(code: str, day: dt.date | None = None) -> str:
    """The stored form of a reason the system gives ("approved", "approved-by-chair", ...)."""
    return f"{AUTOMATIC}{code}" + (f":{day.isoformat()}" if day else "")


def reason_display(stored: str) -> str:
    """A version's reason in the reader's language; a typed reason unchanged."""
    code, day = "", ""
    if stored.startswith(AUTOMATIC):
        code, _sep, iso = stored[len(AUTOMATIC) :].partition(":")
        try:
            day = dt.date.fromisoformat(iso).strftime("%d.%m.%Y") if iso else ""
        except ValueError:
            return stored
    else:
        for pattern, known in _STORED_GERMAN:
            match = pattern.match(stored)
            if match:
                code, day = known, (match.group(1) if match.groups() else "")
                break
    text = _automatic_texts().get(code)
    if text is None:
        return stored
    return text % {"day": day, "date": day} if "%(" in text else text
