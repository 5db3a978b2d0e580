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

from django import forms
from django.core.cache import cache as django_cache
from django.middleware.csrf import get_token
from django.template.loader import get_template, render_to_string
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from .templatetags.fields import widget_html

# How long a part keyed by what it shows is kept (the meeting part, OParl's meeting objects).
TIMEOUT_SECONDS = 24 * 3600


@cache
def template_digest(*names: str) -> str:
    """A short digest of these templates' source: a changed template misses the cache."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(get_template(name).template.source.encode())
    return digest.hexdigest()[:12]


def cached_part(
    request,
    key: str,
    render: Callable[[str], dict],
    refresh: Callable[[dict], bool | None] | None = None,
) -> dict:
    """The part stored under `key`, rendered by `render(csrf_placeholder)` when missing.

    `render` returns a dict whose "html" is the markup, rendered with the placeholder
    as the context's `csrf_token`; other entries (small facts the rest of the page needs)
    come back as they were. The returned "html" carries this visitor's token.
    `refresh(part)` may bring a found part's entries up to date in place (the meeting
    page's sections per item); when it says it did (True), the part is stored again; None:
    the part is out of date as a whole and is rendered anew.
    """
    part = django_cache.get(key)
    refreshed = False if part is None or refresh is None else refresh(part)
    if part is None or refreshed is None:
        placeholder = secrets.token_hex(16)
        part = render(placeholder) | {"csrf_placeholder": placeholder}
        django_cache.set(key, part, TIMEOUT_SECONDS)
    elif refreshed:
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


def form_fields_html(form, template_name: str = "form_fields.html") -> str:
    """The form's fields as `{% include template_name %}` writes them, kept (see _kept).

    For the registers' filter forms: labels, selects of some hundred options and the
    shared template cost some 2 ms a page, for HTML that is the same whenever the form
    shows the same. The key is what it shows: the language, the template, each field's
    label, help text, widget and choices (so a new body is in the list at once) and which
    choice is selected. Free text (the search words) is not in the key: it is rendered
    as a placeholder and put in, escaped, on the way out. A form with errors, or with a
    field of another kind, is rendered as it is, so no entry holds what a visitor typed.
    """
    templates = (template_name,)
    key_parts = _form_key_parts(form)
    if key_parts is None:
        return mark_safe(_render(form, templates))  # noqa: S308 - rendered by our template
    key_parts, texts = key_parts
    entry = _kept(
        _form_key(form, templates, key_parts),
        lambda: _render_with_placeholders(form, templates, texts),
    )
    return _filled(entry, form, texts)


# A translated label's text per language, kept with the label: the key of a form names every
# option of its selects, and gettext for each of some 150 lazy labels cost 0.3 ms a page.
_TEXTS: dict[tuple[str | None, int], tuple[Promise, str]] = {}
_TEXTS_MOST = 10_000


def _text(value, language: str | None) -> str:
    """str(value); a lazy translation's text from _TEXTS once it was read in this language."""
    if not isinstance(value, Promise):
        return str(value)
    key = (language, id(value))
    known = _TEXTS.get(key)
    if known is not None and known[0] is value:  # the same label, not one at a reused id
        return known[1]
    if len(_TEXTS) >= _TEXTS_MOST:  # labels made per request would otherwise pile up
        _TEXTS.clear()
    text = str(value)
    _TEXTS[key] = (value, text)
    return text


def _form_key_parts(form) -> tuple[list, dict] | None:
    """What the form's fields show as plain values (in the language), its non-empty texts.

    None: don't cache.
    """
    if form.is_bound and form.errors:
        return None
    language = get_language()
    parts: list = [
        [(_text(legend, language), tuple(names)) for legend, names in getattr(form, "sections", ())]
    ]
    texts = {}
    for field in form:
        widget = field.field.widget
        common = (
            field.name,
            type(widget).__name__,
            _text(field.label, language),
            _text(field.help_text, language),
            field.field.required,
            repr(widget.attrs),
        )
        value = field.value()
        if isinstance(widget, forms.CheckboxInput):
            parts.append((*common, bool(widget.check_test(value))))
        elif isinstance(widget, forms.Select) and not widget.allow_multiple_selected:
            choices = widget.choices
            if not isinstance(choices, list | tuple):
                return None  # a query per iteration: not worth a key
            flat = []
            for choice_value, label in choices:
                if isinstance(label, list | tuple):
                    group = tuple((str(v), _text(x, language)) for v, x in label)
                    flat.append((_text(choice_value, language), group))
                else:
                    flat.append((str(choice_value), _text(label, language)))
            wanted = {str(v) for v in widget.format_value(value)}
            selected = next(
                (v for v in _choice_values(choices) if ("" if v is None else str(v)) in wanted),
                None,
            )
            parts.append((*common, tuple(flat), "" if selected is None else str(selected)))
        elif type(widget) in (forms.TextInput, forms.SearchInput):
            text = widget.format_value(value)
            if text is not None:
                texts[field.name] = text
            parts.append((*common, text is not None))
        else:
            return None
    if texts and not form.is_bound:
        return None  # initial texts are not swapped for placeholders
    return parts, texts


def _choice_values(choices):
    for choice_value, label in choices:
        if isinstance(label, list | tuple):
            yield from (v for v, _label in label)
        else:
            yield choice_value


def _render_with_placeholders(form, templates: tuple[str, ...], texts: dict) -> tuple[str, tuple]:
    """Render the form with a placeholder in place of each text; the text stays out of it."""
    placeholders = {name: secrets.token_hex(16) for name in texts}
    data = form.data
    form.data = data.copy() if placeholders else data
    try:
        for name, placeholder in placeholders.items():
            form.data[form.add_prefix(name)] = placeholder
        html = _render(form, templates)
    finally:
        form.data = data
    return html, tuple((placeholder, TEXT, name) for name, placeholder in placeholders.items())


# Forms rendered once per process and kept, keyed by what they show (form_fields_html,
# blank_form_html): some hundred entries at the most (a form class and language each, a
# filter form per choice shown, a minutes form per item text shown). Kept in this process
# only, so new code never meets HTML of the old.
_KEPT: dict[str, tuple[str, tuple]] = {}
_KEPT_MOST = 500
BLANK_TEMPLATES = ("form_errors.html", "form_fields.html")
# What stands in a kept form's HTML in place of a part filled in on each use (_filled).
TEXT, FRESH, LIVE = "text", "fresh", "live"


def _form_key(form, templates: tuple[str, ...], shows) -> str:
    """The key of a kept form: its class, prefix and ids, the templates, the language, `shows`."""
    identity = (type(form).__module__, type(form).__qualname__, form.prefix, form.auto_id)
    language = get_language()
    return hashlib.sha256(
        repr((identity, templates, template_digest(*templates), language, shows)).encode()
    ).hexdigest()


def _kept(key: str, render: Callable[[], tuple[str, tuple]]) -> tuple[str, tuple]:
    """The (html, markers) kept under `key`, rendered by `render()` when missing."""
    entry = _KEPT.get(key)
    if entry is None:
        entry = render()
        if len(_KEPT) >= _KEPT_MOST:
            _KEPT.clear()
        _KEPT[key] = entry
    return entry


def _filled(entry: tuple[str, tuple], form, texts: dict | None = None) -> SafeString:
    """A kept form's HTML with each marker's part of this use put in its place.

    TEXT: what the visitor typed, escaped; FRESH: a callable initial's new value (a one-time
    token), escaped; LIVE: a field whose choices come from the database, rendered now.
    """
    html, markers = entry
    for marker, kind, what in markers:
        if marker not in html:  # in a template that does not show it (form_errors.html)
            continue
        if kind == TEXT:
            part = escape_text(str(texts[what]))
        elif kind == FRESH:
            part = escape_text(str(what()))
        else:
            part = str(widget_html(form[what]))
        html = html.replace(marker, part)
    return mark_safe(html)  # noqa: S308 - rendered by our templates, values escaped


def blank_form_html(form, templates: tuple[str, ...] = BLANK_TEMPLATES) -> SafeString:
    """An unbound form as `templates` (its errors and fields) write it one after the other.

    For the forms of an item's page (decision, task, file, minutes) and the import page:
    their widgets and label templates cost some 5 ms a page for HTML that is the same
    whenever the form shows the same. Kept (see _kept), keyed by the form's class, prefix,
    ids, initial values, the language and the templates' source. A one-time token (a
    callable initial) is put in afresh each time; a field whose choices come from the
    database (a picker, a model select) is rendered per call into its place, so a new or
    renamed person shows at once.
    """
    if form.is_bound:
        return mark_safe(_render(form, templates))  # noqa: S308 - rendered by our templates
    initial = sorted((k, repr(v)) for k, v in form.initial.items())
    entry = _kept(_form_key(form, templates, initial), lambda: _blank_entry(form, templates))
    return _filled(entry, form)


def _render(form, templates: tuple[str, ...]) -> str:
    context = {"form": form}
    return "".join(render_to_string(name, context) for name in templates)


def _blank_entry(form, templates: tuple[str, ...]) -> tuple[str, tuple]:
    """Render `form` with a marker for each fresh initial and each field shown from the database."""
    markers = []
    saved_initial = dict(form.initial)
    saved_render = {}
    try:
        for name, field in form.fields.items():
            if callable(field.initial) and name not in form.initial:
                marker = f"__blank_initial_{secrets.token_hex(8)}__"
                form.initial[name] = marker
                markers.append((marker, FRESH, field.initial))
            choices = getattr(field.widget, "choices", None)
            from_database = isinstance(field, forms.ModelChoiceField) or (
                choices is not None and not isinstance(choices, list | tuple)
            )
            if from_database:
                marker = f"__blank_field_{secrets.token_hex(8)}__"
                saved_render[name] = field.widget
                field.widget = _Marker(field.widget, marker)
                markers.append((marker, LIVE, name))
        html = _render(form, templates)
    finally:
        form.initial.clear()
        form.initial.update(saved_initial)
        for name, widget in saved_render.items():
            form.fields[name].widget = widget
        form._bound_fields_cache.clear()  # they hold the markers as their initial values
    return html, tuple(markers)


class _Marker:
    """A field's widget as the template sees it, rendering a marker in its place."""

    def __init__(self, widget, marker: str):
        self._widget = widget
        self._marker = marker

    def __getattr__(self, name):
        return getattr(self._widget, name)

    def render(self, *args, **kwargs) -> SafeString:
        return mark_safe(self._marker)  # noqa: S308 - a marker of letters and digits
