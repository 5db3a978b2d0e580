"""One walk in Chromium: a regional network applies → criteria answered → decision in the
AG Transfer → its website is live with its public meeting and event → a visitor registers →
mail and .ics → the organiser checks them in → the certificate PDF names them."""

import datetime as dt
import io
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from conftest import make_person
from transferhub.decisions.models import Decision
from transferhub.decisions.services import decision_record
from transferhub.events.models import Event, Registration
from transferhub.lib.testing.browser import assert_no_violations, field, sign_in
from transferhub.meetings.models import AgendaItem
from transferhub.meetings.services import (
    agenda_item_add,
    meeting_create,
    minutes_approve,
    minutes_record,
)
from transferhub.network.models import Body, Network, RecognitionApplication

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _world(ag_transfer):
    network = Network.objects.create(
        name="OM Rheinland-Pfalz Nord",
        slug="om-rlp-nord",
        federal_states="RP",
        postcode_prefixes="56",
        website_text="**Gute Arbeit** im nördlichen Rheinland-Pfalz.",
    )
    coordinator = make_person("Nadine", "Westerburg", username="nord")
    network.coordinators.add(coordinator)
    network.contacts.add(coordinator)
    body = Body.objects.create(name="Netzwerkrunde Nord", network=network)
    held = meeting_create(
        body=body,
        name="Netzwerkrunde Nord",
        date=timezone.localdate() - dt.timedelta(days=20),
        start_time=dt.time(14),
        end_time=dt.time(16),
    )
    minutes_record(item=agenda_item_add(meeting=held, name="Bericht"), minutes="Berichtet.")
    minutes_approve(meeting=held)
    start = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=30)
    Event.objects.create(
        network=network,
        body=body,
        title="Netzwerktreffen Fachkräfte",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=4),
        place="Koblenz",
        capacity=20,
        published=True,
    )
    ag_meeting = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=10),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    return network, ag_meeting


def test_a_regional_network_goes_from_application_to_a_visitors_certificate(
    page: Page, live_server, people, ag_transfer
):
    base = live_server.url
    network, ag_meeting = _world(ag_transfer)

    # The coordinator answers every criterion with evidence and submits.
    sign_in(page, base, "nord")
    page.goto(f"{base}/netzwerke/verwaltung/{network.pk}/")
    page.get_by_role("link", name="Anerkennung beantragen").click()
    page.get_by_role("button", name="Antrag beginnen").click()
    for group in page.locator("fieldset").all():
        group.get_by_label("erfüllt").check()
        group.get_by_label("Nachweis").fill("Grundlagenpapier vom 01.03.2026, Abschnitt 2.")
    page.get_by_role("button", name="Einreichen").click()
    expect(
        page.get_by_text("Der Antrag wurde bei der Geschäftsstelle eingereicht.")
    ).to_be_visible()
    page.get_by_role("button", name="Abmelden").click()
    assert page.goto(f"{base}/netzwerke/om-rlp-nord/").status == 404  # not yet live

    # The secretariat puts it on the AG Transfer's agenda; the decision there recognises it.
    sign_in(page, base, "secretariat")
    application = RecognitionApplication.objects.get()
    page.goto(f"{base}/netzwerke/verwaltung/antraege/{application.pk}/")
    field(page, "Sitzung").select_option(index=1)
    page.get_by_role("button", name="Auf die Tagesordnung setzen").click()
    expect(page.get_by_text("Der Antrag steht auf der Tagesordnung.")).to_be_visible()
    item = AgendaItem.objects.get(meeting=ag_meeting, name__contains="Rheinland-Pfalz Nord")
    decision_record(
        meeting=ag_meeting,
        agenda_item=item,
        kind=Decision.Kind.RESOLUTION,
        text="Die AG Transfer erkennt OM Rheinland-Pfalz Nord als regionales Netzwerk an.",
        actor=people["secretariat"].user,
    )
    page.get_by_role("button", name="Abmelden").click()

    # The website is live: text, the public meeting's minutes, the event; accessible.
    for viewport in ({"width": 1280, "height": 900}, {"width": 390, "height": 844}):
        page.set_viewport_size(viewport)
        page.goto(f"{base}/netzwerke/om-rlp-nord/")
        expect(page.get_by_role("heading", name="OM Rheinland-Pfalz Nord")).to_be_visible()
        expect(page.get_by_role("link", name=re.compile("Netzwerkrunde Nord"))).to_be_visible()
        assert_no_violations(page, f"network website {viewport['width']} px")
    page.get_by_role("link", name="Netzwerktreffen Fachkräfte").click()
    assert_no_violations(page, "event page")

    # A visitor registers, confirms by the mailed link, gets the .ics.
    field(page, "Name").fill("Anna Arbeit")
    field(page, "Organisation").fill("Muster Metall GmbH")
    field(page, "E-Mail").fill("anna@example.org")
    page.get_by_label(re.compile("Ich willige ein")).check()
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_text("Fast geschafft")).to_be_visible()
    (opt_in,) = [m for m in mail.outbox if m.to == ["anna@example.org"]]
    link = re.search(r"https?://\S+(/veranstaltungen/anmeldung/\S+/bestaetigen/)", opt_in.body)[1]
    page.goto(f"{base}{link}")
    page.get_by_role("button", name="Anmeldung bestätigen").click()
    expect(page.get_by_text("Ihre Anmeldung ist bestätigt.")).to_be_visible()
    confirmed = [m for m in mail.outbox if m.to == ["anna@example.org"]][-1]
    assert confirmed.attachments[0][0].endswith(".ics")

    # On the day the organiser checks her in on a phone; the certificate names her.
    sign_in(page, base, "nord")
    event = Event.objects.get()
    page.goto(f"{base}/veranstaltungen/verwaltung/{event.pk}/einlass/")
    field(page, "Name oder Organisation").fill("Anna")
    page.get_by_role("button", name="Suchen").click()
    page.get_by_role("button", name="Anna Arbeit einchecken").click()
    expect(page.get_by_text("1 Person anwesend")).to_be_visible()
    assert_no_violations(page, "check-in list on a phone")
    registration = Registration.objects.get()
    response = page.request.get(
        f"{base}/veranstaltungen/verwaltung/anmeldungen/{registration.pk}/bescheinigung/"
    )
    text = PdfReader(io.BytesIO(response.body())).pages[0].extract_text()
    assert "Anna Arbeit" in text and "Netzwerktreffen Fachkräfte" in text
