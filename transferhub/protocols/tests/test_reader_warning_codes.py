"""Warnings come as codes with parameters too, so they can be shown in the reader's language."""

from transferhub.protocols.reader import notices, parse_text

TEXT = (
    "# Protokoll\n\nTeilnehmende: 5\n\nTagesordnung\n\n1. Kasse\n2. Sonstiges\n\n"
    "## 1. Kassenbericht\n\nText.\n\n## 3. Neues\n\nText.\n"
)


def test_each_warning_has_its_code_and_parameters_beside_the_german_sentence():
    r = parse_text(TEXT, fmt="md", filename="vorstand_2022-03-03.md")
    codes = [w["code"] for w in r["warning_codes"]]
    assert "date_from_file_name" in codes
    assert "item_not_in_agenda" in codes
    assert len(r["warnings"]) == len(r["warning_codes"])
    for w, sentence in zip(r["warning_codes"], r["warnings"], strict=True):
        assert notices.render(w["code"], w["params"]) == sentence


def test_a_warning_is_rendered_in_another_language_by_the_given_translation():
    english = {
        notices.MESSAGES[
            "item_not_in_text"
        ]: "Item %(number)s is on the agenda but not in the text."
    }
    got = notices.render("item_not_in_text", {"number": "4"}, lambda m: english.get(m, m))
    assert got == "Item 4 is on the agenda but not in the text."
