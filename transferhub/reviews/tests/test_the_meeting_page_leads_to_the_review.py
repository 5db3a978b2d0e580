"""The draft's meeting page leads to the review: managers hand it on and then follow the
round, a reviewer reads it; a member who is not asked sees no link."""

from django.urls import reverse

from transferhub.reviews.services import review_start


def test_the_meeting_page_offers_each_their_step(client_as, seed_meeting, people):
    page = reverse("meetings:detail", args=[seed_meeting.pk])
    start = reverse("reviews:meeting", args=[seed_meeting.pk])
    assert start in client_as("secretariat").get(page).content.decode()
    assert "Zur Prüfung geben" not in client_as("member").get(page).content.decode()
    review = review_start(meeting=seed_meeting, actor=people["secretariat"].user)
    assert review.get_absolute_url() in client_as("chair").get(page).content.decode()
    member_page = client_as("member").get(page).content.decode()
    assert reverse("reviews:read", args=[review.pk]) in member_page
    assert "Entwurf prüfen" in member_page
