"""A written procedure on the demo's Strategiekreis, walked through the pages as people do it.

The chair starts it, every voter gets a mail with a personal link and votes through it
without logging in (one changes the vote, one hands it to another), the chair closes when
all have voted, the decision stands in the register with its number and counts, and
everyone entitled gets the result by mail.
"""

import datetime as dt
import re

from django.contrib.auth.models import User
from django.core import mail
from django.test import TestCase
from django.utils import timezone

from transferhub.decisions.models import Decision
from transferhub.network.models import Body
from transferhub.votes.models import Vote


def _links(outbox):
    return {
        m.to[0]: re.search(r"https?://[^/\s]+(/abstimmungen/link/[^/\s]+/)", m.body).group(1)
        for m in outbox
    }


def test_a_written_procedure_on_the_strategiekreis_from_start_to_the_register(demo, client):
    body = Body.objects.get(name="Strategiekreis")
    running = Vote.objects.get(body=body)  # the demo's own procedure, under way
    assert running.is_open and running.ballots.count() == 1

    client.force_login(User.objects.get(username="leitung"))
    assert "Check Betrieblicher Umweltschutz" in client.get("/abstimmungen/").content.decode()
    form = client.get(f"/abstimmungen/neu/?body={body.pk}").content.decode()
    token = re.search(r'name="submit_token" value="([^"]+)"', form).group(1)
    mail.outbox.clear()
    deadline = (timezone.localtime() + dt.timedelta(days=10)).strftime("%Y-%m-%dT%H:%M")
    with TestCase.captureOnCommitCallbacks(execute=True):
        started = client.post(
            "/abstimmungen/neu/",
            {
                "body": body.pk,
                "title": "Umsetzungshilfe Finanzierung und Liquidität",
                "motion": "Der Strategiekreis gibt die Umsetzungshilfe zur Veröffentlichung frei.",
                "reasoning": "Das Glossar ist ergänzt.",
                "deadline": deadline,
                "submit_token": token,
            },
            follow=True,
        )
    assert "Das Umlaufverfahren läuft" in started.content.decode()
    vote = Vote.objects.exclude(pk=running.pk).get(body=body)
    voters = list(vote.voters.select_related("person"))
    assert len(voters) >= 5 and len(mail.outbox) == len([v for v in voters if v.person.email])
    links = _links(mail.outbox)
    assert all("Umlaufverfahren Strategiekreis" in m.subject for m in mail.outbox)

    client.logout()
    emails = [v.person.email for v in voters]
    first, second, *rest = emails
    # The first hands the vote to the second, who then votes twice: own and by proxy.
    second_person = next(v.person for v in voters if v.person.email == second)
    page = client.post(
        links[first], {"action": "proxy", "person": second_person.pk}
    ).content.decode()
    assert "Ihre Stimme ist übertragen" in page
    first_voter = next(v for v in voters if v.person.email == first)
    assert "Sie führen die Stimme von" in client.get(links[second]).content.decode()
    client.post(links[second], {"choice": "yes"})
    client.post(links[second], {"choice": "yes", "for_voter": first_voter.pk})
    for n, address in enumerate(rest):
        client.post(links[address], {"choice": "no" if n == 0 else "yes"})
    changed = client.post(links[rest[0]], {"choice": "abstain"}).content.decode()
    assert "Ihre Stimme ist geändert." in changed
    # The result stays hidden until the close.
    assert "nach dem Ende der Abstimmung gezeigt" in client.get(links[rest[1]]).content.decode()

    client.force_login(User.objects.get(username="leitung"))
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        closed = client.post(f"/abstimmungen/{vote.pk}/beenden/", follow=True).content.decode()
    assert "als Beschluss eingetragen" in closed
    vote.refresh_from_db()
    assert vote.result == "adopted"
    decision = Decision.objects.get(vote=vote)
    yes = len(voters) - 1
    assert (decision.votes_yes, decision.votes_no, decision.votes_abstain) == (yes, 0, 1)
    assert decision.register_number == f"Strategiekreis {timezone.localdate().year}/1"
    register = client.get("/beschluesse/", {"q": "Umsetzungshilfe"}).content.decode()
    assert decision.register_number in register
    detail = client.get(f"/beschluesse/{decision.pk}/").content.decode()
    assert "vertreten durch" in detail and "Enthaltung:" in detail
    assert f"/abstimmungen/{vote.pk}/" in detail
    assert len(mail.outbox) == len(emails)
    assert all(decision.register_number in m.body for m in mail.outbox)
