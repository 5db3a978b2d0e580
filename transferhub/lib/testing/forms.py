"""Read a form off a rendered page as a browser would send it, for tests that post forms."""

from html.parser import HTMLParser


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[tuple[str, dict]] = []
        self._fields: dict | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._first_option: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._fields = {}
            self.forms.append((a.get("action", ""), self._fields))
        if self._fields is None or "disabled" in a:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "file", "reset", "image"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._fields[name] = a.get("value", "on")
                return
            self._fields[name] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self._fields[name] = ""
        elif tag == "select" and name:
            self._select, self._first_option = name, None
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if self._first_option is None:
                self._first_option = value
            if "selected" in a:
                self._fields[self._select] = value

    def handle_endtag(self, tag):
        if tag == "form":
            self._fields = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            if self._fields is not None and self._select not in self._fields:
                self._fields[self._select] = self._first_option or ""
            self._select = None

    def handle_data(self, data):
        if self._textarea and self._fields is not None:
            # A browser drops the one newline right after <textarea>.
            text = self._fields[self._textarea] + data
            self._fields[self._textarea] = text[1:] if text.startswith("\n") else text


def form_data(page, action: str | None = None, *, path: str | None = None) -> dict:
    """The values the form posting to `action` (or the page's only POST form) would send.

    `page` is a test client's response or a page's HTML; a form without an action posts to
    the page's own path (`path`, for HTML). Submit buttons and files are left out.
    """
    if isinstance(page, str):
        html = page
    else:
        html, path = page.content.decode(), page.request.get("PATH_INFO")
    parser = _Forms()
    parser.feed(html)
    found = [
        fields for target, fields in parser.forms if action is None or (target or path) == action
    ]
    if action is None:
        found = [f for f in found if "csrfmiddlewaretoken" in f]
    if len(found) != 1:
        raise AssertionError(f"{len(found)} forms posting to {action!r} on the page")
    return {k: v for k, v in found[0].items() if k != "csrfmiddlewaretoken"}
