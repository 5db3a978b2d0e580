"""Deactivating a login ends its calendar feeds and revokes its API tokens."""

import datetime as dt

from transferhub.api.models import ApiToken, CalendarFeed
from transferhub.api.services import feed_key_reset, token_create
from transferhub.lib.models import ActionLog


def _deactivate(user) -> None:
    user.is_active = False
    user.save()


def test_the_feed_of_a_deactivated_login_is_gone(client, people, ag_transfer):
    key = feed_key_reset(person=people["member"]).key
    assert client.get(f"/kalender/{key}.ics").status_code == 200
    _deactivate(people["member"].user)
    assert client.get(f"/kalender/{key}.ics").status_code == 404
    assert client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", {"key": key}).status_code == 404


def test_deactivating_gives_the_feed_a_new_key_so_reactivating_does_not_revive_the_old_url(
    client, people
):
    old = feed_key_reset(person=people["member"]).key
    _deactivate(people["member"].user)
    user = people["member"].user
    user.is_active = True
    user.save()
    assert client.get(f"/kalender/{old}.ics").status_code == 404
    assert CalendarFeed.objects.get(person=people["member"]).key != old


def test_deactivating_revokes_the_api_tokens(client, people, ag_transfer):
    token, secret = token_create(user=people["member"].user, name="Kalender", scope="read")
    bearer = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/me", headers=bearer).status_code == 200
    _deactivate(people["member"].user)
    token.refresh_from_db()
    assert token.revoked is not None
    assert client.get("/api/v1/me", headers=bearer).status_code == 401
    assert client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", headers=bearer).status_code == 404
    assert ActionLog.objects.filter(action="api_token.revoked", object_id=token.pk).exists()


def test_a_token_revoked_earlier_keeps_its_date(people):
    token, _secret = token_create(user=people["member"].user, name="alt", scope="read")
    earlier = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    ApiToken.objects.filter(pk=token.pk).update(revoked=earlier)
    _deactivate(people["member"].user)
    token.refresh_from_db()
    assert token.revoked == earlier


def test_a_login_saved_for_other_reasons_keeps_its_tokens_and_feed(people):
    token, _secret = token_create(user=people["member"].user, name="Kalender", scope="read")
    key = feed_key_reset(person=people["member"]).key
    user = people["member"].user
    user.first_name = "Wilhelm"
    user.save()
    token.refresh_from_db()
    assert token.revoked is None
    assert CalendarFeed.objects.get(person=people["member"]).key == key


def test_a_feed_or_token_of_a_login_deactivated_past_the_signals_is_refused_too(
    client, people, ag_transfer
):
    from django.contrib.auth.models import User

    key = feed_key_reset(person=people["member"]).key
    _token, secret = token_create(user=people["member"].user, name="Kalender", scope="read")
    User.objects.filter(pk=people["member"].user.pk).update(is_active=False)  # no save()
    assert client.get(f"/kalender/{key}.ics").status_code == 404
    bearer = {"Authorization": f"Bearer {secret}"}
    assert client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", headers=bearer).status_code == 404
