"""The start page leads there: managers see drafts to hand to review, a reviewer the
draft waiting for them; everyone finds the public calendar in the menu."""

from django.urls import reverse

from transferhub.reviews.services import review_start


def test_managers_and_reviewers_find_the_review_on_the_start_page(client_as, seed_meeting, people):
    start = reverse("reviews:meeting", args=[seed_meeting.pk])
    assert start in client_as("secretariat").get("/").content.decode()
    assert start not in client_as("member").get("/").content.decode()
    review = review_start(meeting=seed_meeting, actor=people["secretariat"].user)
    page = client_as("member").get("/").content.decode()
    assert "Protokollentwürfe zur Prüfung" in page
    assert reverse("reviews:read", args=[review.pk]) in page
    assert reverse("subscriptions:calendar") in client_as("anonymous").get("/").content.decode()
