"""The certificate's issue line sits below the verification address, on the one page."""

import io

import pdfplumber
import pytest
from django.utils import translation

from transferhub.suppliers.exports import certificate_pdf


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_issue_line_is_below_the_verification_address(seal, settings, language):
    settings.SITE_URL = "https://zertifikate.offensive-mittelstand.example.org:8443"
    with translation.override(language):
        _name, _mime, pdf = certificate_pdf(seal)
    document = pdfplumber.open(io.BytesIO(pdf))
    assert len(document.pages) == 1
    lines = document.pages[0].extract_text_lines()
    url = next(line for line in lines if "zertifikate.offensive-mittelstand" in line["text"])
    issued = next(line for line in lines if line["text"].startswith("Ausgestellt am"))
    assert issued["top"] > url["bottom"], (url, issued)
