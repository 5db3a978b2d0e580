"""AsciiDoc minutes name those present under a block title (".__Teilnehmer:__" over a list)
or after a label set in underscores ("__Teilnehmer:__ A, B"); both are attendance."""

from transferhub.protocols.reader import read_protocol


def _names(tmp_path, text, ext="adoc"):
    path = tmp_path / f"protokoll.{ext}"
    path.write_text(text, encoding="utf-8")
    return [p["name"] for p in read_protocol(path)["participants"]]


HEAD = "= Protokoll Gruppe 7\n__Treffen am 12.11.2024__\n\n"
BODY = "\n== Bemerkungen\n* Prototyp vorgeführt\n\n== Aktueller Stand\nDie Tests laufen.\n"


def test_a_label_in_underscores_before_the_names(tmp_path):
    text = HEAD + "__Teilnehmer:__ J. Brandt, K. Ostrowski, M. Yilmaz\n" + BODY
    assert _names(tmp_path, text) == ["J. Brandt", "K. Ostrowski", "M. Yilmaz"]


def test_a_block_title_over_a_list_of_names(tmp_path):
    text = HEAD + ".__Teilnehmer:__\n\n* Karla Brandt\n* Jonas Ostrowski\n* Mira Yilmaz\n" + BODY
    assert _names(tmp_path, text) == ["Karla Brandt", "Jonas Ostrowski", "Mira Yilmaz"]


def test_an_english_block_title_without_emphasis(tmp_path):
    text = (
        "= Team meeting\n_Meeting on 2024-11-12_\n\n.Attendees:\n\n* Karla Brandt\n"
        "* Jonas Ostrowski\n\n== Notes\n* Prototype shown\n\n== Next steps\nTests run.\n"
    )
    assert _names(tmp_path, text) == ["Karla Brandt", "Jonas Ostrowski"]


def test_a_sentence_starting_with_a_dot_is_no_label(tmp_path):
    # ".NET 8 is out: we upgrade" has a colon but is no block title of one label.
    text = HEAD + ".NET 8 ist erschienen, wir stellen um: Jonas Ostrowski prüft das\n" + BODY
    assert _names(tmp_path, text) == []
