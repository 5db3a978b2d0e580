"""With a job queue that can wait (the database backend in production), starting a written
procedure schedules its close for the deadline; the worker's run then records the outcome."""

import datetime as dt

from django.utils import timezone
from django_tasks import default_task_backend

from transferhub.votes.models import Vote
from transferhub.votes.services import ballot_cast

from .conftest import start


def test_starting_schedules_the_close_at_the_deadline_and_the_job_closes(voting, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    vote = start(voting)
    queued = {r.task.func.__name__: r for r in default_task_backend.results}
    assert set(queued) == {"vote_mail_ballots", "vote_close_at_deadline"}
    closing = queued["vote_close_at_deadline"]
    assert closing.task.run_after == vote.deadline and list(closing.args) == [vote.pk]

    for person in (voting.chair, voting.member, voting.anna):
        ballot_cast(voter=vote.voters.get(person=person), choice="yes")
    # Run before its time (a clock off by a little), it leaves the vote open.
    assert closing.task.call(*closing.args) == "open"
    Vote.objects.filter(pk=vote.pk).update(deadline=timezone.now() - dt.timedelta(seconds=1))
    assert closing.task.call(*closing.args) == "closed"
    assert closing.task.call(*closing.args) == "closed"  # run twice: one decision
    vote.refresh_from_db()
    assert vote.result == "adopted" and vote.decision.votes_yes == 3
