"""Server-rendered SVG charts (no JavaScript): horizontal stacked bars of shares."""

from html import escape

from django.utils.safestring import SafeString, mark_safe

TRAFFIC_SEGMENTS = [
    ("green", "grün", "#2e7d32"),
    ("yellow", "gelb", "#f2b600"),
    ("red", "rot", "#c62828"),
]
# Enough distinct, print-safe blues for a survey scale.
SCALE_COLOURS = ["#08306b", "#2171b5", "#6baed6", "#c6dbef", "#fdd0a2", "#bdbdbd", "#969696"]

LABEL_WIDTH = 260
BAR_WIDTH = 400
ROW_HEIGHT = 26
GAP = 8


def _trim(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stacked_bars(
    title: str, rows: list[tuple[str, list[float]]], segments: list[tuple[str, str, str]]
) -> SafeString:
    """Draw one bar per row, its parts in percent; labels left, legend below.

    rows: (label, [share per segment in percent]); segments: (key, label, colour).
    """
    height = len(rows) * (ROW_HEIGHT + GAP) + 40
    width = LABEL_WIDTH + BAR_WIDTH + 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}" '
        f'preserveAspectRatio="xMinYMin meet" font-family="DejaVu Sans, sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, values) in enumerate(rows):
        y = index * (ROW_HEIGHT + GAP)
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + ROW_HEIGHT / 2 + 4}" text-anchor="end">'
            f"<title>{escape(label)}</title>{escape(_trim(label))}</text>"
        )
        x = float(LABEL_WIDTH)
        if not any(values):
            parts.append(
                f'<rect x="{x}" y="{y}" width="{BAR_WIDTH}" height="{ROW_HEIGHT}" fill="#eeeeee"/>'
            )
        for (_key, seg_label, colour), value in zip(segments, values, strict=False):
            w = BAR_WIDTH * value / 100
            if w <= 0:
                continue
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{ROW_HEIGHT}" fill="{colour}">'
                f"<title>{escape(label)}: {escape(seg_label)} {value:.0f} %</title></rect>"
            )
            if w > 28:
                ink = "#000" if colour in ("#f2b600", "#c6dbef", "#fdd0a2", "#bdbdbd") else "#fff"
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y + ROW_HEIGHT / 2 + 4}" text-anchor="middle" '
                    f'fill="{ink}">{value:.0f} %</text>'
                )
            x += w
    legend_y = len(rows) * (ROW_HEIGHT + GAP) + 14
    x = float(LABEL_WIDTH)
    for _key, seg_label, colour in segments:
        parts.append(f'<rect x="{x}" y="{legend_y}" width="12" height="12" fill="{colour}"/>')
        parts.append(
            f'<text x="{x + 16}" y="{legend_y + 11}">{escape(_trim(seg_label, 24))}</text>'
        )
        x += 24 + 7 * min(len(seg_label), 24)
    parts.append("</svg>")
    return mark_safe("".join(parts))


def traffic_chart(title: str, rows: list[tuple[str, dict]]) -> SafeString:
    """Rows of {"green", "yellow", "red"} shares in percent."""
    return stacked_bars(
        title,
        [
            (label, [shares.get(key, 0) for key, _l, _c in TRAFFIC_SEGMENTS])
            for label, shares in rows
        ],
        TRAFFIC_SEGMENTS,
    )


def counts_to_shares(counts: dict[str, int]) -> dict[str, float]:
    total = sum(counts.get(k, 0) for k, _l, _c in TRAFFIC_SEGMENTS)
    return {k: (100 * counts.get(k, 0) / total if total else 0) for k, _l, _c in TRAFFIC_SEGMENTS}


def scale_chart(title: str, rows: list[tuple[str, list[float]]], labels: list[str]) -> SafeString:
    segments = [
        (str(i), label, SCALE_COLOURS[i % len(SCALE_COLOURS)]) for i, label in enumerate(labels)
    ]
    return stacked_bars(title, rows, segments)
