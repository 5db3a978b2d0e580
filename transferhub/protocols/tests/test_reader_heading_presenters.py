"""First names of those present in brackets after a heading are the item's presenters."""

from transferhub.protocols.reader import read_protocol


def _titles_and_presenters(text: str) -> list[tuple[str, list[str]]]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [(a["title"], [p["name"] for p in a["presenters"]]) for a in r["agenda"]]


def test_deutsche_vornamen_in_klammern_sind_die_vortragenden():
    got = _titles_and_presenters("""# Treffen am 12.03.2024

Anwesend: Leon Farchau, Michael Prange, Olaf Koenig

## Vereinsheim (Michael)
Besichtigung am Freitag.

## Antrag Lasercutter (Leon & Michael)
Antrag ist geschrieben.

## Sommerfest (alle!)
Termin steht.
""")
    assert got == [
        ("Vereinsheim", ["Michael"]),
        ("Antrag Lasercutter", ["Leon", "Michael"]),
        ("Sommerfest", []),
    ]


def test_english_first_names_in_brackets_and_other_brackets_stay_in_the_title():
    got = _titles_and_presenters("""# Team meeting 12 March 2024

Present: Anna Berg, Tom Reed

## Budget (Anna and Tom)
Approved.

## Turn on recording (done)
Done.
""")
    assert got == [("Budget", ["Anna", "Tom"]), ("Turn on recording (done)", [])]
