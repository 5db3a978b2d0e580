"""Minutes whose topics are marked by "Topic:" lines, in notes or in a chat log, and a
meeting bot's summary.

A scribe's chat log sets each topic with a line "Topic: …" (said by someone, "<nick> Topic:
…", or as a bot's "#topic …"), and some notes label each topic alike: two or more such lines
naming different topics are the items. One "Topic:" line is the meeting's subject, no item.
A meeting bot closes every entry of its summary with who set the topic and when
("(alice, 16:10:20)"): that is no part of the title.
"""

from transferhub.protocols.reader import parse_text


def _titles(result: dict) -> list[str]:
    found_none = any(n["code"] == "no_items" for n in result["warning_codes"])
    return [] if found_none else [it["title"] for it in result["agenda"]]


ENGLISH_CHAT = """Weekly sync 2024-05-02

Present: Lina, Rafael, Mei
Scribe: Mei

<lina> Topic: Release schedule
<rafael> we can ship on the 10th
<lina> Topic: CI outages
<mei> the runner died twice this week
[16:40] <lina> #topic Open floor
<mei> nothing from me
"""


def test_english_topics_set_in_a_chat_log_are_the_items():
    result = parse_text(ENGLISH_CHAT, fmt="txt")
    assert _titles(result) == ["Release schedule", "CI outages", "Open floor"]
    assert "runner died" in result["agenda"][1]["minutes"]


GERMAN_LABELS = """# Teamtreffen 02.05.2024

Anwesend: Lina, Rafael, Mei

Thema: Veröffentlichung

Wir veröffentlichen am 10. Mai.

Thema: Ausfälle der Testumgebung

Der Server fiel zweimal aus.

Thema: Verschiedenes

Nichts.
"""


def test_german_topic_labels_are_the_items():
    assert _titles(parse_text(GERMAN_LABELS, fmt="md")) == [
        "Veröffentlichung",
        "Ausfälle der Testumgebung",
        "Verschiedenes",
    ]


ONE_SUBJECT = """Board call 2024-05-02

Topic: Monthly board call
Present: Lina, Rafael, Mei

We talked about the budget and the website. Nothing was decided.
"""


def test_one_topic_line_is_the_meetings_subject_no_item():
    assert _titles(parse_text(ONE_SUBJECT, fmt="txt")) == []


ENGLISH_BOT_SUMMARY = """=================================
#infra-meeting: Infra weekly
=================================

Meeting started by lina at 16:00:03 UTC.

Meeting summary
---------------
* Announcements  (lina, 16:03:44)
  * LINK: https://example.org/news   (lina, 16:04:01)

* Database migration  (lina, 16:10:20)
  * AGREED: move the database on Friday  (lina, 16:20:11)

* Open floor  (lina, 16:40:02)
  * nothing new  (mei, 16:41:00)

Meeting ended at 16:45:10 UTC.
"""


def test_english_bot_summary_titles_without_who_and_when():
    assert _titles(parse_text(ENGLISH_BOT_SUMMARY, fmt="txt")) == [
        "Announcements",
        "Database migration",
        "Open floor",
    ]
