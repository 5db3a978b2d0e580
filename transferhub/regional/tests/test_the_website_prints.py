"""A network's website is printable: a print stylesheet of our own drops navigation and
forms and writes link targets out; no third-party asset is loaded."""

import datetime as dt
import re

from django.contrib.staticfiles import finders
from django.utils import timezone

from transferhub.network.models import Network


def test_every_website_page_links_the_print_stylesheet(client, db):
    Network.objects.create(
        name="OM Rheinland-Pfalz Nord",
        slug="om-rlp-nord",
        recognised_until=timezone.localdate() + dt.timedelta(days=30),
    )
    for path in ("", "kontakt/", "impressum/", "datenschutz/"):
        html = client.get(f"/netzwerke/om-rlp-nord/{path}").content.decode()
        sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"( media="print")?', html)
        assert ("/static/regional/print.css", ' media="print"') in sheets, path
        assert all(href.startswith("/static/") for href, _media in sheets)
    css = open(finders.find("regional/print.css"), encoding="utf-8").read()
    assert "@media print" in css and "display: none" in css
