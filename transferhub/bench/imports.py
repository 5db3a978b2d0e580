"""Benchmark: import 1,000 generated minutes (txt, md, docx, pdf mixed) into a fresh database.

Prints files per second and the peak memory of the process. Runs on its own throwaway
SQLite database (DATA_DIR in a temporary folder), never on the developer's data.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

SETS_UP_DJANGO = True
COUNT = int(os.environ.get("BENCH_IMPORTS", "1000"))

_PDF_TEMPLATE = """
#set page(paper: "a4", margin: 2cm)
#set text(font: "DejaVu Sans", size: 10pt, lang: "de")
#for line in sys.inputs.text.split("\\n") {
  if line == "" { parbreak() } else { line; linebreak() }
}
"""


def _write_files(directory: Path) -> dict[str, int]:
    import docx
    import typst

    from transferhub.lib.testing.minutes import minutes

    template = directory / "minutes.typ"
    template.write_text(_PDF_TEMPLATE, encoding="utf-8")
    formats = {"txt": 0, "md": 0, "docx": 0, "pdf": 0}
    for n in range(COUNT):
        m = minutes(n, marker=f"b{n}")
        stem = directory / m.name.removesuffix(".md")
        kind = ("txt", "md", "docx", "pdf")[n % 4]
        if kind in ("txt", "md"):
            stem.with_suffix(f".{kind}").write_text(m.text, encoding="utf-8")
        elif kind == "docx":
            document = docx.Document()
            for line in m.text.split("\n"):
                if line.startswith("## "):
                    document.add_heading(line[3:], level=2)
                elif line.startswith("# "):
                    document.add_heading(line[2:], level=1)
                elif line:
                    document.add_paragraph(line.replace("**", ""))
            document.save(stem.with_suffix(".docx"))
        else:
            plain = m.text.replace("**", "").replace("## ", "").replace("# ", "")
            pdf = typst.compile(str(template), sys_inputs={"text": plain})
            stem.with_suffix(".pdf").write_bytes(pdf)
        formats[kind] += 1
    template.unlink()
    return formats


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="transferhub-bench-imports-") as tmp:
        os.environ["DATA_DIR"] = tmp
        os.environ.pop("DATABASE_URL", None)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
        import django

        django.setup()
        from django.core.management import call_command

        from transferhub.protocols.reader import ProtocolReadError
        from transferhub.protocols.services import ProtocolImportError, protocol_import_file

        call_command("migrate", verbosity=0)
        files_dir = Path(tmp) / "minutes"
        files_dir.mkdir()
        formats = _write_files(files_dir)
        paths = sorted(files_dir.iterdir())
        failed = 0
        start = time.perf_counter()
        for path in paths:
            try:
                protocol_import_file(path, body_name="AG Transfer")
            except (ProtocolReadError, ProtocolImportError):
                failed += 1
        seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        mix = ", ".join(f"{count} {kind}" for kind, count in formats.items())
        return [
            ("import of generated minutes", f"{len(paths)} files ({mix})"),
            ("files per second (read + store)", f"{len(paths) / seconds:.1f}"),
            ("refused files", str(failed)),
            ("peak memory of the process", f"{peak_mb:.0f} MB"),
        ]


if __name__ == "__main__":
    for label, value in run():
        print(f"{label}: {value}")
