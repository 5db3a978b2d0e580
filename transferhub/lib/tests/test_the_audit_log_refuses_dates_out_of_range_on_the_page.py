"""The audit log page answers a date out of range with a form error, not a server error."""

import pytest
from django.urls import reverse

URL = reverse("lib:audit_log")


@pytest.mark.parametrize(
    "query",
    [{"end": "9999-12-31"}, {"start": "0001-01-01"}, {"start": "1899-12-31", "end": "2201-01-01"}],
)
def test_a_date_out_of_range_is_a_form_error_on_the_page(client_as, query):
    response = client_as("secretariat").get(URL, query)
    assert response.status_code == 200
    form = response.context["form"]
    for field in query:
        assert form.errors[field] == ["Bitte geben Sie ein Datum zwischen 1900 und 2200 an."]
    assert "Bitte geben Sie ein Datum zwischen 1900 und 2200 an." in response.content.decode()
    assert list(response.context["page_obj"]) == []


def test_dates_within_the_range_filter_as_before(client_as):
    response = client_as("secretariat").get(URL, {"start": "1900-01-01", "end": "2200-12-31"})
    assert response.status_code == 200
    assert response.context["form"].is_valid()
