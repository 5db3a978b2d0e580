"""Each result cell names its column, for the card each row becomes on a phone."""

import re


def test_every_result_cell_carries_its_column_name(client_as, supplier):
    page = client_as("anonymous").get("/lieferanten/", {"q": "muster"}).content.decode()
    row = re.search(r"<tbody>.*?</tr>", page, re.S).group(0)
    labels = re.findall(r'<td data-label="([^"]+)">', row)
    assert labels == ["Region", "Branche", "Größe", "Siegel", "LkSG"]
