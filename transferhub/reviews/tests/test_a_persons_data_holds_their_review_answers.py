"""Privacy: a person's data export lists the review rounds they were asked to and their
answers; erasing the person removes them."""

from transferhub.network.services import person_data, person_erase
from transferhub.reviews.models import Reviewer
from transferhub.reviews.services import response_save, review_start


def test_the_export_lists_the_answers_and_erasing_removes_them(seed_meeting, people):
    review = review_start(meeting=seed_meeting, actor=people["secretariat"].user)
    reviewer = review.reviewers.get(person=people["member"])
    item = seed_meeting.agenda_items.get(number="3")
    response_save(reviewer=reviewer, item=item, kind="comment", comment="Bitte kürzen.")
    data = person_data(people["member"])
    assert data["reviews"][0]["answers"][0]["comment"] == "Bitte kürzen."
    person_erase(person=people["member"])
    assert not Reviewer.objects.filter(person_id=people["member"].pk).exists()
