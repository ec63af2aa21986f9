"""The fidelity radar: one axis per principle, 0 to 100, this review over an earlier one.

`RadarChart` keeps its Figure and lines so a rating change only moves points
(the app redraws it on every rating); `render_radar` draws once for the report.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon

# Colour-blind-safe pair (Okabe-Ito): current review solid blue, earlier dashed orange.
STYLES = (
    {"color": "#0072B2", "linestyle": "-", "linewidth": 2.0, "fill_alpha": 0.18},
    {"color": "#E69F00", "linestyle": "--", "linewidth": 1.6, "fill_alpha": 0.0},
)


@dataclass(frozen=True)
class Series:
    label: str
    scores: Sequence[float | None]  # one per axis, 0..100; None draws as 0 with a hollow marker


def _closed(values: Sequence[float]) -> list[float]:
    return [*values, values[0]]


class RadarChart:
    def __init__(
        self,
        axis_labels: Sequence[str],
        figure: Figure | None = None,
        size: tuple[float, float] = (5.0, 5.0),
        font_size: float = 9.0,
    ) -> None:
        if len(axis_labels) < 3:
            raise ValueError("a radar needs at least three axes")
        self.figure = figure or Figure(figsize=size, layout="constrained")
        self.axes = self.figure.add_subplot(projection="polar")
        self.labels = list(axis_labels)
        n = len(self.labels)
        self.angles = [2 * math.pi * i / n for i in range(n)]
        ax = self.axes
        ax.set_theta_offset(math.pi / 2)  # first principle at the top, then clockwise
        ax.set_theta_direction(-1)
        ax.set_autoscale_on(False)
        ax.set_xlim(0, 2 * math.pi)
        ax.set_ylim(0, 100)
        ax.set_yticks([25, 50, 75, 100])
        ax.set_yticklabels(["25", "50", "75", "100"], fontsize=font_size - 2, color="#555555")
        for tick in ax.get_yticklabels():  # readable where a score line crosses it
            tick.set_bbox({"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 0.6})
        ax.set_rlabel_position(180 / n)
        ax.set_xticks(self.angles)
        ax.set_xticklabels(
            [textwrap.fill(label, 16, break_long_words=False) for label in self.labels],
            fontsize=font_size,
        )
        ax.tick_params(axis="x", pad=6)
        ax.grid(color="#bbbbbb", linewidth=0.6)
        ax.spines["polar"].set_color("#999999")
        self._lines: list[Line2D] = []
        self._fills: list[Polygon] = []
        for style in STYLES:
            (line,) = ax.plot(
                [],
                [],
                color=style["color"],
                linestyle=style["linestyle"],
                linewidth=style["linewidth"],
                marker="o",
                markersize=4,
            )
            fill = Polygon(
                [[0, 0]],
                closed=True,
                facecolor=style["color"],
                alpha=style["fill_alpha"],
                edgecolor="none",
            )
            ax.add_patch(fill)
            self._lines.append(line)
            self._fills.append(fill)
        self._legend = None

    def set_series(self, series: Sequence[Series]) -> None:
        """Show up to two series (current first); only data moves, nothing is rebuilt."""
        if len(series) > len(STYLES):
            raise ValueError(f"at most {len(STYLES)} series")
        for i, (line, fill) in enumerate(zip(self._lines, self._fills, strict=True)):
            if i < len(series):
                values = [0.0 if v is None else float(v) for v in series[i].scores]
                if len(values) != len(self.angles):
                    raise ValueError("one score per axis")
                theta, r = _closed(self.angles), _closed(values)
                line.set_data(theta, r)
                line.set_label(series[i].label)
                line.set_visible(True)
                fill.set_xy(list(zip(theta, r, strict=True)))
                fill.set_visible(STYLES[i]["fill_alpha"] > 0)
            else:
                line.set_visible(False)
                line.set_label("_hidden")
                fill.set_visible(False)
        if self._legend is not None:
            self._legend.remove()
            self._legend = None
        if len(series) > 1:
            # Below everything, in room the layout keeps for it: never over an axis label.
            self._legend = self.figure.legend(
                handles=self._lines[: len(series)],
                loc="outside lower center",
                ncol=2,
                frameon=False,
                fontsize="small",
            )


def render_radar(
    axis_labels: Sequence[str],
    series: Sequence[Series],
    size: tuple[float, float] = (5.0, 5.0),
    font_size: float = 9.0,
) -> Figure:
    chart = RadarChart(axis_labels, size=size, font_size=font_size)
    chart.set_series(series)
    return chart.figure
