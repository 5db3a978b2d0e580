"""What a reviewer should look at after an import, as codes with parameters.

The reader records each notice as {"code": …, "params": {…}} (the result's "warning_codes")
and, as the import contract asks, as a German sentence in "warnings". Whoever shows a notice
later can translate it into the reader's language with `render(code, params, gettext)`; the
message ids are marked for makemessages here.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import gettext_noop

MESSAGES: dict[str, str] = {
    "no_items": gettext_noop(
        "Es wurden keine Tagesordnungspunkte erkannt; der gesamte Text steht unter einem Punkt."
    ),
    "date_from_file_name": gettext_noop("Das Sitzungsdatum stammt aus dem Dateinamen."),
    "date_not_found": gettext_noop(
        "Das Sitzungsdatum wurde im Kopf des Protokolls nicht gefunden."
    ),
    "title_differs": gettext_noop(
        "TOP %(number)s: Der Titel in der Tagesordnung („%(agenda)s“) weicht von der "
        "Überschrift im Protokoll („%(heading)s“) ab."
    ),
    "item_not_in_agenda": gettext_noop(
        "TOP %(number)s steht im Protokolltext, aber nicht in der Tagesordnung."
    ),
    "item_not_in_text": gettext_noop(
        "TOP %(number)s steht in der Tagesordnung, kommt im Protokolltext aber nicht vor."
    ),
    "item_renumbered": gettext_noop(
        "TOP %(number)s („%(heading)s“): Die Nummer im Protokoll passte nicht in die "
        "Reihenfolge der Punkte und wurde angepasst."
    ),
    "count_differs": gettext_noop(
        "Die angegebene Zahl der Teilnehmenden (%(stated)s) weicht von der Länge der "
        "Teilnehmendenliste (%(listed)s) ab."
    ),
    "meeting_log": gettext_noop(
        "Die Datei ist ein Sitzungsverzeichnis mit %(count)s Sitzungen in einer Tabelle; "
        "gelesen wurde die letzte vom %(date)s, die anderen stehen nicht im Entwurf."
    ),
    # Notices of the import itself (protocols.services), stored the same way.
    "end_missing": gettext_noop("Das Ende der Sitzung fehlt; angenommen wurde %(end)s Uhr."),
    "due_before_meeting": gettext_noop(
        "Die Aufgabe „%(text)s“ war vor der Sitzung fällig; das Datum wurde weggelassen."
    ),
}


def render(code: str, params: dict | None = None, translate: Callable[[str], str] = str) -> str:
    """Return the notice as a sentence, translated by translate (e.g. Django's gettext)."""
    message = translate(MESSAGES[code])
    return message % params if params else message


def entry(code: str, **params: object) -> dict:
    """A notice as a meeting stores it: code and parameters, and the German sentence."""
    return {"code": code, "params": params, "text": render(code, params)}


def shown(notice: dict | str, translate: Callable[[str], str] = str) -> str:
    """A stored notice as a sentence in the reader's language (a plain string as it is)."""
    if isinstance(notice, dict) and notice.get("code") in MESSAGES:
        return render(notice["code"], notice.get("params") or None, translate)
    return notice.get("text", "") if isinstance(notice, dict) else str(notice)


class Notices:
    """Collects notices while one document is read."""

    def __init__(self) -> None:
        self.codes: list[dict] = []
        self.texts: list[str] = []

    def add(self, code: str, **params: object) -> None:
        """Record a notice by code, with the values its sentence names."""
        self.codes.append({"code": code, "params": params})
        self.texts.append(render(code, params))
