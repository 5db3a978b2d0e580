"""Minutes that call themselves minutes are read even when they give no date and no topics;
text without any word of a meeting is still refused, dated or not."""

import pytest

from transferhub.protocols.reader import ProtocolReadError, read_protocol

UNDATED_DE = (
    "Protokoll zum Gruppenprojekt, 2. Woche\n\n"
    "Wir haben die Aufgaben für den Prototyp verteilt und das Repository eingerichtet.\n\n"
    "Nächste Woche stellen wir den ersten Entwurf vor.\n"
)
UNDATED_EN = (
    "Notes of the team meeting\n\n"
    "We set up the shared drive and agreed to keep the weekly call.\n\n"
    "Priya will send the draft budget to everyone.\n"
)


@pytest.mark.parametrize("text", [UNDATED_DE, UNDATED_EN])
def test_undated_minutes_without_topics_are_read_as_one_item(text):
    result = read_protocol(text.encode(), filename="notizen.txt")
    assert result["date"] is None
    assert len(result["agenda"]) == 1
    codes = {w["code"] for w in result["warning_codes"]}
    assert {"no_items", "date_not_found"} <= codes


@pytest.mark.parametrize(
    "text",
    [
        "Berlin, 12.03.2024\n\nSehr geehrte Damen und Herren, anbei die Rechnung für März.",
        "London, 3 May 2024\n\nDear Sir or Madam, please find the invoice enclosed.",
    ],
)
def test_a_dated_text_without_any_word_of_a_meeting_is_still_refused(text):
    with pytest.raises(ProtocolReadError, match="Protokollstruktur"):
        read_protocol(text.encode(), filename="brief.txt")
