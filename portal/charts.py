"""The monitoring page's charts: SVG rendered on the server with pygal (pure Python, SVG only,
no JavaScript and no outside files with `js=[]`), given to the page as an image (a data: URL),
so the strict Content-Security-Policy stays as it is and nothing runs in the browser. Sized for
a 360 px phone; every chart's figures are also in a table beside it."""

from __future__ import annotations

import base64
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
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=13,
    legend_font_size=13,
    tooltip_font_size=13,
)
WIDTH, HEIGHT = 420, 280


def _options() -> dict[str, object]:
    return {
        "style": STYLE,
        "width": WIDTH,
        "height": HEIGHT,
        "js": [],
        "disable_xml_declaration": True,
        "print_values": True,
        "print_zeroes": False,
        "legend_at_bottom": True,
        "truncate_label": 16,
        "x_label_rotation": 0,
    }


def as_image(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def bars(labels: Sequence[str], series: Sequence[tuple[str, Sequence[int | None]]]) -> str:
    """Vertical bars (one or more series per label), as a data: URL."""
    chart = pygal.Bar(**_options(), show_legend=len(series) > 1)
    chart.x_labels = list(labels)
    for name, values in series:
        chart.add(name, list(values))
    return as_image(chart.render())


def horizontal_bars(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[int | None]]]
) -> str:
    """Horizontal bars, for long labels such as journey stages."""
    chart = pygal.HorizontalBar(**_options(), show_legend=len(series) > 1)
    chart.x_labels = list(labels)
    for name, values in series:
        chart.add(name, list(values))
    return as_image(chart.render())
