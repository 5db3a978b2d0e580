from django import template

from transferhub.checks.wz import wz_label

register = template.Library()


@register.filter(name="wz_label")
def wz_label_filter(code: str) -> str:
    """Show an industry by its WZ 2008 name, the code after it."""
    return wz_label(code)
