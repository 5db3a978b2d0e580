"""Personal signed links (lib.signed_links): an altered, expired or otherwise foreign token
is refused with a German message the apps show as it is; a sound one gives back its data."""

import datetime as dt

import pytest
from django.core import signing

from transferhub.lib.signed_links import LinkError, payload_open, payload_token

SALT = "transferhub.tests.link"
DAY = dt.timedelta(days=1)


def test_a_sound_token_gives_back_what_it_carries():
    token = payload_token(SALT, {"task": 7, "person": 3})
    assert payload_open(SALT, token, max_age=DAY) == {"task": 7, "person": 3}


def test_an_altered_token_or_one_of_another_salt_is_refused():
    token = payload_token(SALT, {"task": 7})
    for bad in (token[:-2] + "xx", token.replace(":", "ä", 1), "", payload_token("other", {})):
        with pytest.raises(LinkError, match="ungültig"):
            payload_open(SALT, bad, max_age=DAY)


def test_an_expired_token_says_so_in_the_apps_words():
    token = payload_token(SALT, {"task": 7})
    with pytest.raises(LinkError, match="^Dieser Link ist abgelaufen.$"):
        payload_open(SALT, token, max_age=dt.timedelta(seconds=-1))
    with pytest.raises(LinkError, match="melden Sie sich an"):
        payload_open(
            SALT, token, max_age=dt.timedelta(seconds=-1), expired="Bitte melden Sie sich an."
        )


def test_a_signed_value_that_is_no_record_of_fields_is_refused():
    token = signing.TimestampSigner(salt=SALT).sign_object([1, 2])
    with pytest.raises(LinkError, match="ungültig"):
        payload_open(SALT, token, max_age=DAY)
