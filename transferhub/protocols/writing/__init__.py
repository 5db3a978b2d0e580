"""Write a meeting's protocol (PDF, DOCX, Markdown) and agenda (PDF) laid out like real minutes.

Each function returns (filename, mimetype, bytes).
"""

from .docx import protocol_docx
from .markdown import protocol_markdown
from .pdf import agenda_pdf, protocol_pdf

__all__ = ["agenda_pdf", "protocol_docx", "protocol_markdown", "protocol_pdf"]
