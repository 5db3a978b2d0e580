"""The meeting day on one page (Protokollieren), in Chromium.

A note-taker records the seed's meeting on the recording page alone; typed minutes survive a
decision, a task and a reload; two people editing one item see both texts instead of losing
one; axe-core finds nothing on the recording page and the projector view.
"""

import datetime as dt
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Browser, Locator, Page, expect
from pypdf import PdfReader

from conftest import make_person
from transferhub.decisions.models import Decision, Task
from transferhub.lib.testing.browser import (
    assert_no_violations,
    browser_contexts,
    field,
    sign_in,
)
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, Attendance, Meeting
from transferhub.network.models import Organisation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The seed's agenda (shared/seeds/000_…): title, minutes planned, presenters (keys of
# `presenters` below). The break after item 4 has no number.
AGENDA = [
    ("Neues aus der Offensive Mittelstand", 20, ["chair"]),
    (
        "Klimawandel, Dekarbonisierung und Co. – Aktivitäten des BMAS im Themenfeld „Umweltschutz“",
        30,
        ["sieker"],
    ),
    ("Umsetzungshilfe „Finanzierung und Liquidität“", 30, ["member"]),
    (
        "Ergebnisse der Befragung der OM-Partner zur Nutzung der Ergebnisse der Arbeitsforschung",
        30,
        ["secretariat"],
    ),
    None,  # Pause, 10 minutes
    (
        "OM-Zeichen-Arbeitsschutz – OM-Lieferantendatenbank: Ein attraktives Zusatzangebot "
        "für Beratende von KMU",
        20,
        ["cernavin"],
    ),
    ("OM-Zusatzqualifizierung „KI bewerten und erkennen“", 30, ["schmalen"]),
    ("KI im Dienste der Diversität (www.kidd-prozess.de)", 30, ["hofmeister"]),
    (
        "NRW-Landesprogramm Vereinbarkeit Beruf und Pflege – Ein Thema für die KMU-Beratung?",
        30,
        ["ollertz"],
    ),
    ("Verschiedenes", 10, []),
]
PLANNED = ["09:00", "09:20", "09:50", "10:20", "10:50", "11:00", "11:20", "11:50", "12:20", "12:50"]

# What the note-taker writes, per item number: minutes, and the decisions the seed has
# (items 2, 3, 6, 7 and 8), with the kind where it is not an agreement.
MINUTES = {
    "1": "Prof. Dr. Oliver Kruse stellt Neues aus der Offensive Mittelstand vor – siehe "
    "Anlage 1. Factsheet für nicht-Arbeitsschützer*innen.",
    "2": "Achim Sieker stellt die Aktivitäten des BMAS im Themenfeld „Umweltschutz“ vor.",
    "3": "Wilhelm Heidbrede stellt die „Umsetzungshilfe zur Sicherung des "
    "Finanzierungsspielraums und der Liquidität bei KMU“ vor – siehe Anlage 2.",
    "4": "Theresa Joerißen stellt die Ergebnisse der Bedarfsanalyse im Rahmen des Projekts "
    "WIN:A vor – siehe Anlage 3.",
    "5": "Die Vorstellung wurde auf die nächste Sitzung der AG Transfer vertagt.",
    "6": "Bruno Schmalen stellt neue Entwicklungen der OM-Zusatzqualifizierung vor.",
    "7": "Dr. Arnd Hofmeister stellt das Projekt „KI im Dienste der Diversität (KIDD)“ vor.",
    "8": "Greta Ollertz stellt das NRW-Landesprogramm Vereinbarkeit Beruf und Pflege vor.",
    "9": "Das nächste Treffen der AG Transfer findet statt am 24.11.2022 von 09:00 – 11:00 Uhr.",
}
DECISIONS = {
    "2": (
        "Die OM wird kurzfristig KMU-gerechte Informationen zur betrieblichen "
        "Energieeinsparung erstellen.",
        "Vereinbarung",
    ),
    "3": (
        "Nach den o.g. Ergänzungen/Anpassungen kann die Umsetzungshilfe ins Layout gegeben "
        "und veröffentlicht werden.",
        "Vereinbarung",
    ),
    "6": (
        "Es gibt keine Stimmen, die dafür sind, die Abstimmung im Strategiekreis zu vertagen.",
        "abgelehnter Antrag",
    ),
    "7": (
        "In kleiner Runde wird zwischen KIDD und enAIble diskutiert, wie die beiden Projekte "
        "zusammengedacht werden können.",
        "Vereinbarung",
    ),
    "8": (
        "Die Entwicklung einer Kurzinfo der OM zu den Angeboten „Kenne ich die "
        "Pflegesituation meiner Beschäftigten“.",
        "Vereinbarung",
    ),
}
TODOS = [  # item 3: text, owner (person label, else the body), due (days after the meeting)
    ("Die Umsetzungshilfe wird um ein Glossar ergänzt.", None, None),
    (
        "Prof. Dr. Oliver Kruse bereitet die Ansprache von Bankenverbänden vor.",
        "Kruse, Prof. Dr. Oliver (Offensive Mittelstand)",
        46,  # the seed: 15.09. → 31.10.2022
    ),
]
SAVED = re.compile(r"^gespeichert \d\d:\d\d:\d\d$")


@pytest.fixture
def seed_agenda_today(people, ag_transfer, om, mailoutbox) -> Meeting:
    """The seed's meeting as it stands on the morning: today, its agenda, members invited.

    No minutes, decisions, tasks or times yet: the note-taker records them.
    """
    bmas = Organisation.objects.create(
        name="BMAS – Bundesministerium für Arbeit und Soziales", short_name="BMAS"
    )
    presenters = {
        **people,
        "sieker": make_person("Achim", "Sieker", org=bmas),
        "cernavin": make_person("Oleg", "Cernavin", org=om),
        "schmalen": make_person("Bruno", "Schmalen", org=om),
        "hofmeister": make_person("Arnd", "Hofmeister", title="Dr."),
        "ollertz": make_person("Greta", "Ollertz"),
    }
    meeting = services.meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate(),
        start_time=dt.time(9),
        end_time=dt.time(13),
        location="online",
        note_taker=people["secretariat"],
    )
    for row in AGENDA:
        if row is None:
            services.agenda_item_add(
                meeting=meeting, name="Pause", kind=AgendaItem.Kind.BREAK, duration_minutes=10
            )
            continue
        name, minutes, who = row
        services.agenda_item_add(
            meeting=meeting,
            name=name,
            duration_minutes=minutes,
            presenters=[(presenters[key], None) for key in who],
        )
    services.meeting_invite(meeting=meeting)
    mailoutbox.clear()
    meeting.refresh_from_db()
    return meeting


def record_url(base: str, meeting: Meeting) -> str:
    return base + reverse("meetings:record", args=[meeting.pk])


def section(page: Page, item: AgendaItem) -> Locator:
    return page.locator(f"#item-{item.pk}")


def minutes_field(part: Locator) -> Locator:
    return part.get_by_label("Protokoll (Markdown)")


def saved(part: Locator) -> None:
    """Wait until autosave reports "gespeichert hh:mm:ss" for this item."""
    expect(part.locator(".save-state")).to_have_text(SAVED)


def add_decision(part: Locator, text: str, kind: str) -> None:
    part.get_by_text("Beschluss hinzufügen").click()
    field(part, "Beschlusstext").fill(text)
    field(part, "Art").select_option(label=kind)
    part.get_by_role("button", name="Beschluss festhalten").click()
    expect(part.locator(".decision", has_text=text)).to_be_visible()


def due_date(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


def add_task(part: Locator, text: str, owner: str | None, due: int | None) -> None:
    details = part.locator("details", has_text="Aufgabe hinzufügen")
    details.locator("summary").click()
    field(part, "Aufgabe").fill(text)
    if owner:
        field(part, "zuständig (Person)").select_option(label=owner)
    else:
        field(part, "oder zuständig (Gremium)").select_option(label="AG Transfer")
    if due:
        field(part, "fällig am").fill(due_date(due).isoformat())
    part.get_by_role("button", name="Aufgabe anlegen").click()
    expect(part.locator(".tasks li", has_text=text)).to_be_visible()


def mark(attendance: Locator, name: str, status: str) -> None:
    """One click in the person's row of the list at the door."""
    row = attendance.get_by_role("row", name=re.compile(re.escape(name)))
    row.get_by_role("button", name=re.compile(f"^{status}")).click()
    expect(row.get_by_role("button", name=re.compile(f"^{status}"))).to_have_attribute(
        "aria-pressed", "true"
    )


def pdf_text(content: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    # One line; a word broken at its hyphen ("OM-⏎Lieferanten") is whole again.
    return re.sub(r"(?<=\w)- (?=[A-ZÄÖÜ])", "-", " ".join(text.split()))


def hhmm(moment: dt.datetime) -> str:
    return timezone.localtime(moment).strftime("%H:%M")


# --- 1. The whole meeting -------------------------------------------------------------------


def test_a_note_taker_records_the_seed_meeting_on_one_page(
    page: Page, live_server, people, seed_agenda_today
):
    meeting = seed_agenda_today
    base = live_server.url
    items = list(meeting.agenda_items.order_by("order"))
    numbered = {i.number: i for i in items if i.number}
    assert len(numbered) == 9
    sign_in(page, base, "secretariat")
    page.goto(record_url(base, meeting))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Protokollieren: AG Transfer")

    # The meeting begins.
    page.get_by_role("button", name="Sitzung beginnen").click()
    expect(page.locator("#meeting-clock")).to_contain_text("begonnen")

    # Attendance at the door: two members present, one excused, one guest.
    attendance = page.locator("#attendance")
    attendance.get_by_text("Liste an der Tür").click()
    mark(attendance, "Prof. Dr. Oliver Kruse", "anwesend")
    expect(attendance).to_contain_text("1 anwesend, 0 entschuldigt")
    mark(attendance, "Theresa Joerißen", "anwesend")
    expect(attendance).to_contain_text("2 anwesend, 0 entschuldigt")
    mark(attendance, "Wilhelm Heidbrede", "entschuldigt")
    expect(attendance).to_contain_text("2 anwesend, 1 entschuldigt")
    field(attendance, "Name des Gastes").fill("Welf Schröter")
    field(attendance, "Organisation").fill("Forum Soziale Technikgestaltung")
    attendance.get_by_role("button", name="Gast eintragen").click()
    expect(attendance).to_contain_text("3 anwesend, 1 entschuldigt")
    expect(attendance.locator("tr", has_text="Welf Schröter")).to_contain_text(
        "Forum Soziale Technikgestaltung"
    )

    # Item by item with the clock: "Beginnen" on the first, then "Weiter".
    first = section(page, items[0])
    first.get_by_role("button", name=re.compile("^Beginnen")).click()
    expect(first.locator(".item-clock")).to_contain_text("läuft")
    for index, item in enumerate(items):
        part = section(page, item)
        expect(part).to_have_class(re.compile(r"\bcurrent\b"))
        expect(part.locator(".item-clock")).to_contain_text("läuft")
        if not item.is_break:
            minutes = minutes_field(part)
            expect(minutes).to_be_focused()  # "Weiter" put the cursor there
            minutes.fill(MINUTES[item.number])
            if item.number == "5":
                field(part, "Status").select_option(label="vertagt")
            if item.number in DECISIONS:
                add_decision(part, *DECISIONS[item.number])
            if item.number == "3":
                for todo in TODOS:
                    add_task(part, *todo)
            expect(minutes).to_have_value(MINUTES[item.number])
        if index + 1 < len(items):
            part.get_by_role("button", name=re.compile("^Weiter")).click()
            expect(part.locator(".item-clock")).not_to_contain_text("läuft")
        else:
            part.get_by_role("button", name=re.compile("^Beenden")).click()
            expect(part.locator(".item-clock")).not_to_contain_text("läuft")
        if not item.is_break:
            saved(part)
    page.get_by_role("button", name="Sitzung beenden").click()
    expect(page.locator("#meeting-clock")).to_contain_text("beendet")

    # Back to item 1 by keyboard for an addendum: the status the clock set stays.
    minutes_field(section(page, items[-1])).focus()
    for _ in items[1:]:
        page.keyboard.press("Alt+ArrowUp")
    part = section(page, items[0])
    expect(part).to_have_class(re.compile(r"\bcurrent\b"))
    expect(minutes_field(part)).to_be_focused()
    expect(field(part, "Status")).to_have_value("discussed")
    page.keyboard.press("End")
    page.keyboard.type(" Nachtrag.")
    page.keyboard.press("Control+s")
    saved(part)
    written = {**MINUTES, "1": MINUTES["1"] + " Nachtrag."}

    # All of it is stored.
    meeting.refresh_from_db()
    assert meeting.actual_start and meeting.actual_end
    stored = {i.pk: i for i in meeting.agenda_items.all()}
    for item in items:
        done = stored[item.pk]
        assert done.actual_start and done.actual_end, item
        if item.is_break:
            continue
        assert done.minutes == written[item.number]
        expected = "postponed" if item.number == "5" else "discussed"
        assert done.status == expected, (item.number, done.status)
    decisions = Decision.objects.filter(meeting=meeting).select_related("agenda_item")
    assert sorted((d.agenda_item.number, d.text) for d in decisions) == sorted(
        (number, text) for number, (text, _kind) in DECISIONS.items()
    )
    assert decisions.get(agenda_item__number="6").kind == Decision.Kind.REJECTED
    tasks = Task.objects.filter(meeting=meeting)
    assert sorted(t.text for t in tasks) == sorted(t[0] for t in TODOS)
    assert {t.agenda_item.number for t in tasks} == {"3"}
    glossary, banks = (tasks.get(text=t[0]) for t in TODOS)
    assert glossary.owner_body == meeting.body
    assert banks.owner_person == people["chair"] and banks.due_date == due_date(46)
    statuses = {a.display_name: a.status for a in meeting.attendances.all()}
    assert statuses == {
        "Prof. Dr. Oliver Kruse": Attendance.Status.PRESENT,
        "Theresa Joerißen": Attendance.Status.PRESENT,
        "Wilhelm Heidbrede": Attendance.Status.EXCUSED,
        "Welf Schröter": Attendance.Status.PRESENT,
    }

    # The protocol with actual times: plan beside what happened, minutes, decisions, to-dos.
    response = page.request.get(
        base + reverse("protocols:protocol_pdf", args=[meeting.pk]) + "?zeiten=1"
    )
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    text = pdf_text(response.body())
    assert f", {meeting.date:%d.%m.%Y} von 09:00-13:00 Uhr" in text
    assert "Was Wer wann tatsächlich" in text
    for item, planned in zip(items, PLANNED, strict=True):
        # Each row: planned start (planned minutes), actual start (actual minutes).
        done = stored[item.pk]
        ran = round((done.actual_end - done.actual_start).total_seconds() / 60)
        row = f"{planned} ({item.duration_minutes} Min.) {hhmm(done.actual_start)} ({ran} Min.)"
        assert row in text, (item, row)
    assert "Ende 13:00" in text
    for number, minutes in written.items():
        assert minutes in text, number
    for decision_text, _kind in DECISIONS.values():
        assert decision_text in text
    assert "Die AG Transfer lehnt den Antrag ab: Es gibt keine Stimmen" in text
    assert "To Do:" in text
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt. (AG Transfer)" in text
    assert f"Bankenverbänden vor. (Oliver Kruse, bis {due_date(46):%d.%m.%Y})" in text
    assert "Teilnehmende: 3" in text
    assert "Welf Schröter (Forum Soziale Technikgestaltung)" in text


# --- 2. Nothing typed is lost ----------------------------------------------------------------

# Everything a keyboard gives a German note-taker, Markdown, markup that must stay text,
# whitespace at the ends of lines, and characters outside the BMP.
TYPED = (
    "Ärger über Öl & Übermaß: „Zitat“ – ‚halb‘ … ß ẞ € ½ 🙂 👩‍👩‍👧\n"
    "**fett**, _kursiv_, `code`, Arbeitsschützer*innen, <script>alert(1)</script> &amp;\n"
    "\n"
    "- Punkt eins  \n"
    "- Punkt zwei\ttab\n"
    "1. https://www.kidd-prozess.de/?a=1&b=2#x\n"
    "Ende."
)


def test_typed_minutes_a_decision_and_a_task_survive_a_reload(
    page: Page, live_server, seed_agenda_today
):
    meeting = seed_agenda_today
    base = live_server.url
    item = meeting.agenda_items.get(number="3")
    sign_in(page, base, "secretariat")
    page.goto(record_url(base, meeting) + f"?item={item.pk}")
    part = section(page, item)
    minutes = minutes_field(part)
    minutes.fill(TYPED[: -len("Ende.")])
    minutes.press_sequentially("Ende")  # the last characters typed key by key
    minutes.press(".")

    # A decision and a task, without saving the minutes by hand first.
    decision = "Die „Umsetzungshilfe“ geht ins Layout – mit Glossar für Arbeitsschützer*innen."
    add_decision(part, decision, "Beschluss")
    task = "Glossar ergänzen: <b>Liquidität</b> & „Rating“ 🙂"
    add_task(part, task, "Kruse, Prof. Dr. Oliver (Offensive Mittelstand)", 30)
    expect(minutes).to_have_value(TYPED)

    page.reload()
    part = section(page, item)
    expect(minutes_field(part)).to_have_value(TYPED)
    expect(part.locator(".decision")).to_contain_text(decision)
    expect(part.locator(".decision")).to_contain_text("Beschluss")
    expect(part.locator(".tasks li")).to_contain_text(task)
    expect(part.locator(".tasks li")).to_contain_text(f"fällig am {due_date(30):%d.%m.%Y}")
    item.refresh_from_db()
    assert item.minutes.replace("\r\n", "\n") == TYPED
    assert Decision.objects.get(meeting=meeting).text == decision
    assert Task.objects.get(meeting=meeting).text == task


# --- 3. Two people, one item -----------------------------------------------------------------


def test_a_second_save_from_an_older_version_shows_both_texts_and_the_choice_is_kept(
    browser: Browser, live_server, seed_agenda_today, browser_context_args
):
    meeting = seed_agenda_today
    base = live_server.url
    item = meeting.agenda_items.get(number="1")
    url = record_url(base, meeting) + f"?item={item.pk}"
    with browser_contexts(browser, **browser_context_args) as new:
        pages = {role: new().new_page() for role in ("chair", "secretariat")}
        for role, page in pages.items():
            sign_in(page, base, role)
            page.goto(url)
        two_people_one_item(pages, item)


def two_people_one_item(pages: dict[str, Page], item: AgendaItem) -> None:
    chair, secretariat = (section(pages[r], item) for r in ("chair", "secretariat"))

    # The chair saves first.
    chairs_text = "Kruse berichtet aus der Offensive Mittelstand."
    minutes_field(chair).fill(chairs_text)
    chair.get_by_role("button", name="Speichern").click()
    saved(chair)

    # The secretariat's page still holds the version it was read at: refused, both shown.
    mine = "Prof. Dr. Oliver Kruse stellt Neues aus der Offensive Mittelstand vor."
    minutes_field(secretariat).fill(mine)
    secretariat.get_by_role("button", name="Speichern").click()
    conflict = secretariat.locator(".conflict")
    expect(conflict).to_be_visible()
    expect(secretariat.locator(".save-state")).to_have_text("nicht gespeichert – Konflikt")
    expect(conflict.get_by_role("alert")).not_to_be_empty()
    expect(conflict.locator("pre").nth(0)).to_have_text(mine)
    expect(conflict.locator("pre").nth(1)).to_have_text(chairs_text)
    item.refresh_from_db()
    assert item.minutes == chairs_text

    # "Meine Fassung speichern": the secretariat's text is stored over the chair's, knowingly.
    conflict.get_by_role("button", name="Meine Fassung speichern").click()
    expect(conflict).to_be_hidden()
    saved(secretariat)
    item.refresh_from_db()
    assert item.minutes == mine

    # The chair, now behind, types on: refused in turn; taking the saved text keeps it.
    minutes_field(chair).fill(chairs_text + " Nachtrag.")
    chair.get_by_role("button", name="Speichern").click()
    conflict = chair.locator(".conflict")
    expect(conflict.locator("pre").nth(1)).to_have_text(mine)
    conflict.get_by_role("button", name="Gespeicherte Fassung übernehmen").click()
    expect(conflict).to_be_hidden()
    saved(chair)
    expect(minutes_field(chair)).to_have_value(mine)
    item.refresh_from_db()
    assert item.minutes == mine

    # Both pages can go on saving from here, without a new conflict.
    minutes_field(chair).fill(mine + " Ergänzt.")
    chair.get_by_role("button", name="Speichern").click()
    saved(chair)
    item.refresh_from_db()
    assert item.minutes == mine + " Ergänzt."


# --- 4. Accessibility ------------------------------------------------------------------------

DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}


def assert_clean_at_both_widths(page: Page, what: str) -> None:
    """axe-core on this page state on a desktop and on a phone, back on the phone."""
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        assert_no_violations(page, f"{what}, {viewport['width']} px")


def test_axe_finds_no_violation_on_the_recording_page_and_the_projector(
    page: Page, live_server, seed_agenda_today
):
    # One walk, done on a phone; each page state is checked at both widths.
    meeting = seed_agenda_today
    base = live_server.url
    page.set_viewport_size(PHONE)
    item = meeting.agenda_items.get(number="3")
    services.minutes_record(item=item, minutes="Die Umsetzungshilfe **wird** vorgestellt.")
    sign_in(page, base, "secretariat")
    page.goto(record_url(base, meeting) + f"?item={item.pk}")
    assert_clean_at_both_widths(page, "recording page")

    # With the clock running, every part of the item open, a decision and a task recorded.
    page.get_by_role("button", name="Sitzung beginnen").click()
    expect(page.locator("#meeting-clock")).to_contain_text("begonnen")
    part = section(page, item)
    part.get_by_role("button", name=re.compile("^Beginnen")).click()
    expect(part.locator(".item-clock")).to_contain_text("läuft")
    page.locator("#attendance").get_by_text("Liste an der Tür").click()
    add_decision(part, "Die Umsetzungshilfe geht ins Layout.", "Vereinbarung")
    add_task(part, "Glossar ergänzen", None, None)
    part.get_by_text("Vortragende hinzufügen").click()
    expect(part.get_by_role("button", name="Eintragen")).to_be_visible()
    part.get_by_text("Beschluss hinzufügen").click()
    part.get_by_text("Aufgabe hinzufügen").click()
    expect(part.get_by_role("button", name="Aufgabe anlegen")).to_be_visible()
    part.get_by_text("Datei hochladen").click()
    minutes_field(part).fill("Die Umsetzungshilfe wird vorgestellt; Glossar folgt.")
    saved(part)
    assert_clean_at_both_widths(page, "recording page, item open")

    # The conflict panel, too.
    services.minutes_record(item=AgendaItem.objects.get(pk=item.pk), minutes="Anderswo.")
    minutes_field(part).fill("Hier.")
    part.get_by_role("button", name="Speichern").click()
    expect(part.locator(".conflict")).to_be_visible()
    assert_clean_at_both_widths(page, "recording page, conflict")

    page.goto(base + reverse("meetings:projector", args=[meeting.pk]))
    expect(page.locator(".projector-current")).to_contain_text(item.name)
    assert_clean_at_both_widths(page, "projector")
