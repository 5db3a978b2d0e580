"""{% seal_badge seal %}: a seal's kind and status on every page that lists seals."""

import datetime as dt

from django import template
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from transferhub.suppliers.models import SEAL_STATUS_LABELS

register = template.Library()


@register.simple_tag
def seal_badge(seal, today: dt.date | None = None) -> SafeString:
    """The badge, e.g. "OM-Zeichen Arbeitsschutz: gültig bis 26.11.2028"."""
    status = seal.status(today)
    until = ""
    if status == "valid":
        until = " " + _("bis %(d)s") % {"d": date_format(seal.valid_until, "d.m.Y")}
    return format_html(
        '<span class="badge seal-{}">{}: {}{}</span>',
        status,
        seal.get_kind_display(),
        SEAL_STATUS_LABELS[status],
        until,
    )
