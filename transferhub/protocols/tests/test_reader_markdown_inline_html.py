"""Markdown minutes with HTML inside a line are read as a browser shows them."""

from transferhub.protocols.reader import read_protocol

MINUTES = """# Minutes for 2014-06-12

## Start: <time datetime="2014-06-12T10:46Z">6:46 p.m.</time>

## Attendance

  * <span class="name">Anna Berg</span>
  * Ben Ott

## Treasury report

  * The <b>budget</b> was approved.

Meeting closed at <time datetime="2014-06-12T11:31Z">7:31 p.m.</time>
"""


def test_the_shown_time_counts_not_the_attribute():
    result = read_protocol(MINUTES.encode(), filename="minutes.md")
    assert result["start"] == "18:46"
    assert result["end"] == "19:31"


def test_no_tag_reaches_a_title_or_the_minutes():
    result = read_protocol(MINUTES.encode(), filename="minutes.md")
    text = " ".join(i["title"] + " " + (i.get("minutes") or "") for i in result["agenda"])
    assert "<" not in text and "budget" in text
