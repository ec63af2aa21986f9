"""The shared RadarChart inside Qt. matplotlib is imported only when this module is."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

from ipsfidelity.charts.radar import RadarChart, Series


class RadarWidget(FigureCanvasQTAgg):
    """Keeps one figure; `show_series` only moves data and redraws."""

    def __init__(self, axis_labels: Sequence[str]) -> None:
        self.chart = RadarChart(axis_labels, size=(5.0, 5.0), font_size=9.0)
        super().__init__(self.chart.figure)
        self.setMinimumSize(360, 360)

    def show_series(self, series: Sequence[Series]) -> None:
        self.chart.set_series(series)
        self.draw_idle()

    def redraw_now(self, series: Sequence[Series]) -> None:
        """Synchronous redraw, for measuring how long a rating change takes to show."""
        self.chart.set_series(series)
        self.draw()
