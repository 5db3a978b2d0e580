"""`{% breadcrumbs "Sitzungen" list_url meeting.name meeting_url item.name %}` on deep pages."""

from django import template
from django.template.loader import get_template

register = template.Library()


@register.simple_tag(takes_context=True)
def breadcrumbs(context, *parts):
    """Render the trail from Start: label, URL pairs, then the current page's label."""
    crumbs = [(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
    if len(parts) % 2:
        crumbs.append((parts[-1], ""))
    return get_template("breadcrumbs.html").render({"crumbs": crumbs}, context.request)
