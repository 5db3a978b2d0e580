from django import template
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..markdown import render_markdown
from ..versioning import reason_display

register = template.Library()


@register.filter
def markdown(text: str):
    return render_markdown(text)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """Return the current query string with some parameters replaced (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return "?" + urlencode(sorted((k, v) for k in params for v in params.getlist(k)))


@register.filter
def version_reason(stored: str) -> str:
    """Why a version was made, worded in the reader's language."""
    return reason_display(stored or "")


# A locale's way of writing a time of day, like Django's per-locale formats: German adds
# "Uhr", English writes the bare 24-hour time (never "10:00 h").
CLOCK_SUFFIX = {"de": " Uhr"}


@register.filter
def clock(time: str) -> str:
    """A time of day as the language writes it: "10:00 Uhr" in German, "10:00" in English."""
    return f"{time}{CLOCK_SUFFIX.get((get_language() or 'de').split('-')[0], '')}"


@register.filter
def item_name(item) -> str:
    """An agenda item's name; a break named by default shows as "Pause"/"Break" to its reader."""
    if isinstance(item, dict):
        is_break, name = item.get("is_break"), item.get("name", "")
    else:
        is_break, name = getattr(item, "is_break", False), getattr(item, "name", "")
    # A break gets its default name in the language of whoever added it.
    if is_break and name in ("Pause", "Break"):
        return _("Pause")
    return name
