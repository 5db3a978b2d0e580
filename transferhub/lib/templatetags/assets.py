"""`{% asset path %}`: `{% static path %}` worked out once per process.

base.html links five stylesheets and scripts on every page; `{% static %}` asks the
storage each time (some 35 µs a file).
"""

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import StaticNode
from django.urls import get_script_prefix
from django.utils.html import conditional_escape

register = template.Library()

_assets: dict[tuple[str, str], str] = {}


@register.simple_tag
def asset(path: str) -> str:
    key = (get_script_prefix(), path)
    url = _assets.get(key)
    if url is None:
        if len(_assets) > 1000:  # script prefixes come from requests: keep the table small
            _assets.clear()
        url = _assets[key] = conditional_escape(StaticNode.handle_simple(path))
    return url


@receiver(setting_changed)
def _forget(**kwargs) -> None:
    # Tests change the static storage and URL; a server's settings never change.
    _assets.clear()
