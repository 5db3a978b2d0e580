"""Minutes keep "Unternehmer*innen" as written and turn web addresses into links (issue 12)."""

from transferhub.lib.markdown import render_markdown

REL = 'rel="noopener noreferrer nofollow"'


def html(text: str) -> str:
    return str(render_markdown(text))


def test_the_gender_star_stays_a_star():
    out = html("Arbeitsschützer*innen und Unternehmer*innen")
    assert out == "<p>Arbeitsschützer*innen und Unternehmer*innen</p>"


def test_the_gender_star_stays_a_star_beside_markup():
    out = html("Die **Kolleg*innen** und *alle* Bürger*innen.\n\n- Teilnehmer*innen")
    assert "<strong>Kolleg*innen</strong>" in out
    assert "<em>alle</em> Bürger*innen." in out
    assert "<li>Teilnehmer*innen</li>" in out


def test_a_bare_address_becomes_a_link():
    out = html("Die Unterlagen liegen unter https://www.ihk.de/transfer_ag/unterlagen.")
    assert (
        f'<a href="https://www.ihk.de/transfer_ag/unterlagen" {REL}>'
        "https://www.ihk.de/transfer_ag/unterlagen</a>.</p>"
    ) in out


def test_an_address_starting_with_www_becomes_a_link():
    out = html("Mehr dazu: www.arbeitsschutz-niedersachsen.de, Stand Mai.")
    assert (
        f'<a href="http://www.arbeitsschutz-niedersachsen.de" {REL}>'
        "www.arbeitsschutz-niedersachsen.de</a>, Stand Mai."
    ) in out


def test_brackets_and_quotes_around_an_address_stay_outside():
    out = html("(siehe https://example.org/a_(b)) und „https://example.org/c“")
    assert f'(siehe <a href="https://example.org/a_(b)" {REL}>' in out
    assert "</a>) und „<a" in out
    assert "https://example.org/c</a>“" in out


def test_written_links_code_and_mail_addresses_are_left_alone():
    out = html(
        "[Glossar](https://example.org/g) und <https://example.org/a> und "
        "`https://example.org/code` und info@www.example.org"
    )
    assert out.count("<a ") == 2
    assert f'<a href="https://example.org/g" {REL}>Glossar</a>' in out
    assert "<code>https://example.org/code</code>" in out
    assert "info@www.example.org" in out


def test_a_link_in_a_list_item_of_minutes():
    out = html("- Protokoll: https://example.org/p\n- Folien: www.example.org/f")
    assert f'<li>Protokoll: <a href="https://example.org/p" {REL}>' in out
    assert f'<li>Folien: <a href="http://www.example.org/f" {REL}>' in out
