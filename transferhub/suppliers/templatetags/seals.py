"""{% seal_badge seal %}: a seal's kind and status on every page that lists seals."""

import datetime as dt
from collections.abc import Callable
from html import escape as escape_text

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from transferhub.suppliers.models import SEAL_STATUS_LABELS, SealKind

register = template.Library()


def _badge_html(status: str, kind: str, status_label: str, until: str) -> str:
    """The badge's markup; every text already escaped."""
    return f'<span class="badge seal-{escape_text(status)}">{kind}: {status_label}{until}</span>'


def _until(status: str, seal, until_text: str) -> str:
    if status != "valid":
        return ""
    day = seal.valid_until  # the template filter date:"d.m.Y"
    return " " + escape_text(until_text % {"d": f"{day.day:02d}.{day.month:02d}.{day.year:04d}"})


@register.simple_tag
def seal_badge(seal, today: dt.date | None = None) -> SafeString:
    """The badge, e.g. "OM-Zeichen Arbeitsschutz: gültig bis 26.11.2028"."""
    status = seal.status(today)
    html = _badge_html(
        status,
        escape_text(str(seal.get_kind_display())),
        escape_text(str(SEAL_STATUS_LABELS[status])),
        _until(status, seal, _("bis %(d)s")),
    )
    return mark_safe(html)  # noqa: S308 - every text escaped


def seal_badge_maker(today: dt.date | None = None) -> Callable[[object], str]:
    """seal -> the HTML of its {% seal_badge %}, the labels translated once for many seals."""
    kinds = {value: escape_text(str(label)) for value, label in SealKind.choices}
    statuses = {key: escape_text(str(label)) for key, label in SEAL_STATUS_LABELS.items()}
    until_text = _("bis %(d)s")

    def badge(seal) -> str:
        status = seal.status(today)
        kind = kinds[seal.kind] if seal.kind in kinds else escape_text(str(seal.kind))
        return _badge_html(status, kind, statuses[status], _until(status, seal, until_text))

    return badge
