"""The monitoring page's charts: SVG rendered on the server with pygal (pure Python, SVG only,
no JavaScript and no outside files with `js=[]`), given to the page as an image (a data: URL),
so the strict Content-Security-Policy stays as it is and nothing runs in the browser. Sized for
a 360 px phone; every chart's figures are also in a table beside it."""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence

import pygal
from pygal.style import Style

STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#1c2430",
    foreground_strong="#1c2430",
    foreground_subtle="#55606e",
    colors=("#0b5d6b", "#b35c00", "#1f6b3a", "#a4262c"),
    font_family="system-ui, sans-serif",
    label_font_size=15,
    major_label_font_size=15,
    value_font_size=15,
    legend_font_size=15,
    tooltip_font_size=15,
)
WIDTH, HEIGHT = 360, 260


def _options() -> dict[str, object]:
    return {
        "style": STYLE,
        "width": WIDTH,
        "height": HEIGHT,
        "js": [],
        "disable_xml_declaration": True,
        "print_zeroes": False,
        "legend_at_bottom": True,
        "truncate_label": 16,
        "x_label_rotation": 0,
    }


# pygal writes its interactive settings into the SVG as a script; an image never runs one, and
# the page has no use for it, so it is taken out.
_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script>", re.S)


def as_image(svg: bytes | str) -> str:
    data = _SCRIPT.sub(b"", svg.encode("utf-8") if isinstance(svg, str) else svg)
    return "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")


def _whole_numbers(values: Sequence[int | None]) -> list[int]:
    """Axis steps for counts: whole numbers, about five of them."""
    top = max([v for v in values if v] or [1])
    step = max(1, -(-top // 5))
    return list(range(0, top + step, step))


def bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int | None]]],
    *,
    percent: bool = False,
    x_title: str | None = None,
) -> str:
    """Vertical bars (one or more series per label), as a data: URL. With many bars (the weeks
    of a quarter) only every fourth label is written, so they stay readable on a phone."""
    crowded = len(labels) > 8
    values = [v for _, row in series for v in row]
    chart = pygal.Bar(
        **_options(),
        show_legend=len(series) > 1,
        x_labels_major_every=4 if crowded else None,
        show_minor_x_labels=not crowded,
        print_values=not crowded,
        range=(0, 100) if percent else None,
        y_labels=list(range(0, 101, 20)) if percent else _whole_numbers(values),
        x_title=x_title,
    )
    chart.x_labels = list(labels)
    for name, row in series:
        chart.add(name, list(row))
    return as_image(chart.render())
