"""Create forms that save once: a double click or a resent form makes one record, not two.

Every rendered create form carries a random one-time token in a hidden field. The first post
that saves claims the token inside the transaction that creates the record and keeps the URL
it went on to (a row of SubmittedForm, in the database so every worker and process sees it).
A second post with the same token (the same form sent again: a double click, a reload after
the answer got lost) saves nothing and goes to that URL, with "Bereits gespeichert". Two posts
at the same moment meet at the token's unique key: the second waits for the first's
transaction and then finds the token taken.

A post that fails (a form error, a refused save) claims nothing: the token is free for the
corrected form. Tokens are kept a day; a form without a token (a script) simply saves.

A create view takes it in three steps: `@answers_resent_forms` on the view, the form asked
`is_valid_once(fallback)` instead of `is_valid()`, the service called through `save_once`.
Both ways a second post is found (before validating, and at the token's key) raise
AlreadySaved, which the decorator answers with `already_saved`.
"""

import datetime as dt
import functools
import secrets
from collections.abc import Callable
from typing import TypeVar

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import SubmittedForm

T = TypeVar("T")
KEEP = dt.timedelta(days=1)
TOKEN_FIELD = "submit_token"


def new_token() -> str:
    return secrets.token_urlsafe(24)


class OnceForm(forms.Form):
    """A create form with a one-time token (see the module's docstring)."""

    submit_token = forms.CharField(
        widget=forms.HiddenInput, required=False, max_length=64, initial=new_token
    )
    fallback = ""  # where a second post goes when the first left no URL (is_valid_once)

    def clean(self):
        data = super().clean()
        data.pop(TOKEN_FIELD, None)  # not a value of the record; the view passes cleaned_data on
        return data

    def is_valid_once(self, fallback: str) -> bool:
        """`is_valid()` for a form not saved before; raise AlreadySaved for one that was.

        Asked before validating: a form saved before may be invalid now (its name taken by
        its own first post) and still goes where that went. `fallback` is where a second
        post goes when the first left no URL (`save_once` raises with it too).
        """
        self.fallback = fallback
        if (done := saved_before(self)) is not None:
            raise AlreadySaved(done, fallback)
        return self.is_valid()

    def token(self) -> str:
        """The token this post carries ("" if none or a malformed one)."""
        raw = (self.data.get(self.add_prefix(TOKEN_FIELD)) or "").strip()
        ok = 16 <= len(raw) <= 64 and all(c.isalnum() or c in "-_" for c in raw)
        return raw if ok else ""


class AlreadySaved(Exception):
    """This form was saved before; `url` is where its first post went."""

    def __init__(self, url: str, fallback: str = ""):
        self.url = url
        self.fallback = fallback
        super().__init__(url)


def saved_before(form: OnceForm) -> str | None:
    """Where the first post of this form went, if it was saved already (within a day)."""
    token = form.token()
    if not token:
        return None
    since = timezone.now() - KEEP
    return (
        SubmittedForm.objects.filter(token=token, created__gte=since)
        .values_list("url", flat=True)
        .first()
    )


def save_once(form: OnceForm, work: Callable[[], T], url: str | Callable[[T], str]) -> T:
    """Run `work` and keep where it leads (`url`, or `url(result)`) under the form's token.

    Raises AlreadySaved when the token was claimed before; an exception from `work` rolls
    the claim back with everything else.
    """
    token = form.token()
    if not token:
        return work()
    with transaction.atomic():
        SubmittedForm.objects.filter(created__lt=timezone.now() - KEEP).delete()
        try:
            with transaction.atomic():
                claim = SubmittedForm.objects.create(token=token, url="")
        except IntegrityError:
            raise AlreadySaved(saved_before(form) or "", form.fallback) from None
        result = work()
        claim.url = url(result) if callable(url) else url
        claim.save(update_fields=["url"])
    return result


def already_saved(request: HttpRequest, url: str, fallback: str) -> HttpResponseRedirect:
    """Answer a second post of a saved form: to the first result, with a note."""
    messages.info(
        request,
        _(
            "Bereits gespeichert: Dieses Formular war schon abgeschickt worden. Es wurde "
            "nichts doppelt angelegt."
        ),
    )
    return HttpResponseRedirect(url or fallback)


def answers_resent_forms(view):
    """Answer AlreadySaved raised in a create view: to the first post's result, with a note."""

    @functools.wraps(view)
    def answering(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except AlreadySaved as exc:
            return already_saved(request, exc.url, exc.fallback)

    return answering
