"""Parts of a page rendered once and kept in the cache, keyed by what they show.

The caller names a key that moves with every change the part shows (a content stamp,
the language, the viewer's variant); `cached_part()` renders the part on a miss and
keeps it a day. A part with forms is stored with a placeholder where the CSRF token
goes and gets the visitor's own token on the way out, so one rendering serves every
visitor of the same variant while no token is ever shared.
"""

import hashlib
import secrets
from collections.abc import Callable
from functools import cache
from html import escape as escape_text

from django.core.cache import cache as django_cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils.safestring import mark_safe

TIMEOUT_SECONDS = 24 * 3600


@cache
def template_digest(*names: str) -> str:
    """A short digest of these templates' source: a changed template misses the cache."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(get_template(name).template.source.encode())
    return digest.hexdigest()[:12]


def cached_part(request, key: str, render: Callable[[str], dict]) -> dict:
    """The part stored under `key`, rendered by `render(csrf_placeholder)` when missing.

    `render` returns a dict whose "html" is the markup, rendered with the placeholder
    as the context's `csrf_token`; other entries (small facts the rest of the page needs)
    come back as they were. The returned "html" carries this visitor's token.
    """
    part = django_cache.get(key)
    if part is None:
        placeholder = secrets.token_hex(16)
        part = render(placeholder) | {"csrf_placeholder": placeholder}
        django_cache.set(key, part, TIMEOUT_SECONDS)
    html = part["html"]
    placeholder = part["csrf_placeholder"]
    if placeholder in html:
        html = html.replace(placeholder, get_token(request))
    return part | {"html": mark_safe(html)}  # noqa: S308 - rendered by our template


def as_html(value) -> str:
    """`value` as `{{ value }}` writes it in a template: escaped unless already safe.

    For rows written in Python (the registers' 50 rows): the standard library's escape
    gives Django's bytes without its lazy wrapper and a SafeString per value.
    """
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape_text(str(value))
