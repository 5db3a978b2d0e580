"""The admin shows votes but changes none: a vote changes only through its pages and
services, which log every step."""

from django.contrib.auth.models import User
from django.urls import reverse

from transferhub.votes.models import Vote

from .conftest import start


def test_the_admin_shows_a_vote_and_refuses_to_change_or_delete_it(voting, client):
    vote = start(voting)
    admin = User.objects.create_superuser("admin", "admin@example.org", "geheim-123-geheim")
    client.force_login(admin)
    assert client.get(reverse("admin:votes_vote_changelist")).status_code == 200
    page = client.get(reverse("admin:votes_vote_change", args=[vote.pk]))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert client.get(reverse("admin:votes_vote_add")).status_code == 403
    assert (
        client.post(reverse("admin:votes_vote_delete", args=[vote.pk]), {"post": "yes"}).status_code
        == 403
    )
    client.post(reverse("admin:votes_vote_change", args=[vote.pk]), {"title": "Anders"})
    vote.refresh_from_db()
    assert Vote.objects.filter(pk=vote.pk).exists() and vote.title == "Positionspapier Transfer"
