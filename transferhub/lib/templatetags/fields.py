"""`{{ field|widget_html }}`: a field's widget without Django's "---------" empty choice."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

DASHES = ">---------</option>"


@register.filter
def widget_html(bound_field) -> str:
    """Render the widget; an empty choice says "please choose" or "none" in words."""
    html = str(bound_field)
    if DASHES in html:
        words = _("– bitte wählen –") if bound_field.field.required else _("– keine Auswahl –")
        html = html.replace(DASHES, f">{escape(words)}</option>")
    return mark_safe(html)  # noqa: S308 - Django's own rendering, one fixed text swapped in


@register.filter
def form_sections(form) -> list[tuple[str, list]]:
    """A long form's visible fields in its `sections` ((legend, names), ...), then the rest.

    A form without sections gives one untitled section of all its visible fields.
    """
    visible = {field.name: field for field in form.visible_fields()}
    result = []
    for legend, names in getattr(form, "sections", ()):
        fields = [visible.pop(name) for name in names if name in visible]
        if fields:
            result.append((legend, fields))
    if visible:
        result.append(("", list(visible.values())))
    return result
