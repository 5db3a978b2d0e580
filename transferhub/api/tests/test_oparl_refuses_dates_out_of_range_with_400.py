"""OParl list filters with a date out of range answer 400 with a clear message, not 500."""

import pytest

from transferhub.api.oparl import BODY_KEY

OUT_OF_RANGE = [
    ("modified_since", "0001-01-01"),
    ("modified_since", "9999-12-31T23:59:59-12:00"),
    ("created_since", "0001-01-01T00:00:00+14:00"),
    ("created_until", "9999-12-31"),
    ("modified_until", "9999-12-31T23:59:59-12:00"),
    ("created_since", "1899-12-31"),
    ("modified_until", "2201-01-01T00:00:00+01:00"),
]


@pytest.mark.parametrize(("name", "value"), OUT_OF_RANGE)
def test_a_date_out_of_range_is_a_400_with_oparl_error_json(client, seed_meeting, name, value):
    for path in (f"/oparl/v1/body/{BODY_KEY}/meeting", f"/oparl/v1/body/{BODY_KEY}/person"):
        response = client.get(path, {name: value})
        assert response.status_code == 400, (path, response.status_code)
        body = response.json()
        assert body["code"] == "invalid_filter"
        assert "1900" in body["message"] and "2200" in body["message"]


def test_dates_at_the_edges_of_the_range_still_filter(client, seed_meeting):
    response = client.get(
        f"/oparl/v1/body/{BODY_KEY}/person",
        {"modified_since": "1900-01-01", "modified_until": "2200-12-31T23:59:59+01:00"},
    )
    assert response.status_code == 200
    assert response.json()["pagination"]["totalElements"] >= 1


def test_a_malformed_date_keeps_its_own_message(client):
    response = client.get(f"/oparl/v1/body/{BODY_KEY}/meeting", {"modified_since": "gestern"})
    assert response.status_code == 400
    assert "ISO 8601" in response.json()["message"]


def test_the_body_list_answers_both_kinds_of_bad_date_alike(client, db):
    for value, message in (("0001-01-01", "1900"), ("gestern", "ISO 8601")):
        response = client.get("/oparl/v1/body", {"modified_since": value})
        assert response.status_code == 400, value
        assert response.json()["code"] == "invalid_filter"
        assert message in response.json()["message"]
