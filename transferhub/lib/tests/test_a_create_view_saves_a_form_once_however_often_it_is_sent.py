"""The contract every create view gets from lib.idempotency, on a view of its own.

A second post of the same rendered form saves nothing and goes where the first went, with
"Bereits gespeichert"; so does one that meets the first at the token's key; a refused save
claims nothing, and the corrected form saves.
"""

import pytest
from django import forms
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse, HttpResponseRedirect
from django.test import RequestFactory

from transferhub.lib.idempotency import OnceForm, answers_resent_forms, new_token, save_once
from transferhub.lib.models import SubmittedForm

pytestmark = pytest.mark.django_db
ALREADY = "Bereits gespeichert"


class NameForm(OnceForm):
    name = forms.CharField()


class Refused(Exception):
    pass


class Records:
    """A stand-in for a service: keeps the names it made, refuses "refused", one name once."""

    def __init__(self):
        self.made: list[str] = []

    def create(self, name: str) -> int:
        if name == "refused":
            raise Refused
        self.made.append(name)
        return len(self.made)

    def clean_name(self, form: NameForm) -> None:
        if form.cleaned_data.get("name") in self.made:
            form.add_error("name", "Den Namen gibt es schon.")


def create_view(records: Records, *, meanwhile=None):
    @answers_resent_forms
    def view(request):
        form = NameForm(request.POST)
        if form.is_valid_once("/list/"):
            records.clean_name(form)
        if form.is_bound and not form.errors:
            if meanwhile is not None:
                meanwhile(form)
            try:
                pk = save_once(
                    form, lambda: records.create(form.cleaned_data["name"]), lambda pk: f"/r/{pk}/"
                )
            except Refused:
                return HttpResponse("refused", status=400)
            return HttpResponseRedirect(f"/r/{pk}/")
        return HttpResponse(str(form.errors), status=400)

    return view


def post(view, data: dict):
    request = RequestFactory().post("/new/", data)
    request._messages = CookieStorage(request)
    response = view(request)
    return response, [str(m) for m in request._messages]


def test_a_form_sent_twice_makes_one_record_and_goes_where_the_first_went():
    records = Records()
    view = create_view(records)
    data = {"name": "AG Umwelt", "submit_token": new_token()}

    first, first_notes = post(view, data)
    second, second_notes = post(view, data)

    assert records.made == ["AG Umwelt"]
    assert (first.status_code, first["Location"], first_notes) == (302, "/r/1/", [])
    assert (second.status_code, second["Location"]) == (302, "/r/1/")
    assert ALREADY in second_notes[0]


def test_a_resent_form_goes_to_its_first_result_though_it_is_no_longer_valid():
    # The name is taken now, by the form's own first post: no error, the first result.
    records = Records()
    view = create_view(records)
    data = {"name": "AG Umwelt", "submit_token": new_token()}
    post(view, data)

    again, notes = post(view, data)
    other, _ = post(view, {**data, "submit_token": new_token()})

    assert (again.status_code, again["Location"]) == (302, "/r/1/")
    assert ALREADY in notes[0]
    assert other.status_code == 400 and "gibt es schon" in other.content.decode()


def test_a_post_that_meets_the_first_at_the_token_saves_nothing():
    # Both passed the first look; the other post claimed the token before this one saved.
    token = new_token()

    def first_post_claims(form):
        SubmittedForm.objects.create(token=token, url="/r/7/")

    records = Records()
    response, notes = post(
        create_view(records, meanwhile=first_post_claims), {"name": "X", "submit_token": token}
    )

    assert records.made == []
    assert (response.status_code, response["Location"]) == (302, "/r/7/")
    assert ALREADY in notes[0]


def test_a_refused_save_claims_nothing_and_the_corrected_form_saves():
    records = Records()
    view = create_view(records)
    token = new_token()

    refused, _ = post(view, {"name": "refused", "submit_token": token})
    corrected, notes = post(view, {"name": "AG Umwelt", "submit_token": token})

    assert refused.status_code == 400
    assert (corrected.status_code, corrected["Location"], notes) == (302, "/r/1/", [])
    assert list(SubmittedForm.objects.values_list("url", flat=True)) == ["/r/1/"]
