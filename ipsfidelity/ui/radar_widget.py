"""The shared RadarChart inside Qt. matplotlib is imported only when this module is."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

from ipsfidelity.charts.radar import RadarChart, Series


class RadarWidget(FigureCanvasQTAgg):
    """Keeps one figure; `show_series` only moves data and redraws."""

    def __init__(self, axis_labels: Sequence[str]) -> None:
        self.chart = RadarChart(axis_labels, size=(5.0, 5.0), font_size=9.0)
        super().__init__(self.chart.figure)
        self.setMinimumSize(360, 360)
        self._align_labels()

    def _align_labels(self) -> None:
        """Labels grow away from the circle (left side right-aligned), so none covers it."""
        for label, angle in zip(self.chart.axes.get_xticklabels(), self.chart.angles, strict=True):
            sin = math.sin(angle)  # the first axis is at the top, clockwise
            label.set_horizontalalignment(
                "left" if sin > 0.1 else "right" if sin < -0.1 else "center"
            )

    def show_series(self, series: Sequence[Series]) -> None:
        self._set(series)
        self.draw_idle()

    def redraw_now(self, series: Sequence[Series]) -> None:
        """Synchronous redraw, for measuring how long a rating change takes to show."""
        self._set(series)
        self.draw()

    def _set(self, series: Sequence[Series]) -> None:
        self.chart.set_series(series)
        legend = self.chart.axes.get_legend()
        if legend is not None:  # below the bottom axis label, not over it
            legend.set_bbox_to_anchor((0.5, -0.16))
