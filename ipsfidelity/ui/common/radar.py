"""The shared RadarChart inside Qt. matplotlib is imported only when this module is.

A rating change only moves the two data lines, so after the first full draw the grid,
labels and legend are kept as a pixel background and only the data is drawn over it
(matplotlib's blitting); a full draw happens on resize or when the legend changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtGui import QResizeEvent

from ipsfidelity.charts.radar import RadarChart, Series
from ipsfidelity.i18n import tr

RADAR_SIDE_PAD = 0.2  # inches between the outermost labels and the figure's sides
LAYOUT_PASSES = 2  # extra constrained-layout passes on resize (each ~ a few ms)


def radar_text(labels: Sequence[str], series: Sequence[Series]) -> str:
    """The chart in words, for a screen reader: each series' score on each axis."""
    from ipsfidelity.wording import number

    lines = []
    for one in series:
        scores = "; ".join(
            tr("access.radar_score", principle=label, score=number(score))
            if score is not None
            else tr("access.radar_not_rated", principle=label)
            for label, score in zip(labels, one.scores, strict=True)
        )
        lines.append(tr("access.radar_series", series=one.label, scores=scores))
    return "\n".join(lines)


class RadarWidget(FigureCanvasQTAgg):
    """Keeps one figure; `show_series` only moves data and redraws that."""

    def __init__(self, axis_labels: Sequence[str]) -> None:
        self.chart = RadarChart(axis_labels, size=(5.0, 5.0), font_size=9.0)
        super().__init__(self.chart.figure)
        self.setMinimumSize(360, 360)
        # A screen reader reads the scores (show_series fills the description in).
        self.setAccessibleName(tr("access.radar"))
        engine = self.figure.get_layout_engine()
        if engine is not None:  # room beside the longest axis labels, off the widget's edge
            engine.set(w_pad=RADAR_SIDE_PAD)  # type: ignore[call-arg]  # constrained layout takes it
        self._align_labels()
        self._background: object | None = None
        self._legend_labels: tuple[str, ...] | None = None
        for artist in self._data_artists():
            artist.set_animated(True)  # left out of full draws; drawn over the background
        self.mpl_connect("draw_event", self._on_full_draw)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the figure takes the new size; a full draw follows
        # Constrained layout places the polar axes from where the labels were: after a big
        # size change one pass leaves the top and bottom labels cut off. Passes here, then
        # the draw's own, and they fit.
        engine = self.figure.get_layout_engine()
        if engine is not None:
            for _ in range(LAYOUT_PASSES):
                engine.execute(self.figure)

    def _align_labels(self) -> None:
        """Labels grow away from the circle (left side right-aligned), so none covers it."""
        for label, angle in zip(self.chart.axes.get_xticklabels(), self.chart.angles, strict=True):
            sin, cos = math.sin(angle), math.cos(angle)  # the first axis at the top, clockwise
            label.set_horizontalalignment(
                "left" if sin > 0.1 else "right" if sin < -0.1 else "center"
            )
            label.set_verticalalignment(
                "bottom" if cos > 0.1 else "top" if cos < -0.1 else "center"
            )

    def _data_artists(self) -> list[Artist]:
        return [*self.chart.axes.lines, *self.chart.axes.patches]

    def _on_full_draw(self, _event: DrawEvent | None) -> None:
        self._background = self.copy_from_bbox(self.figure.bbox)
        self._draw_data()

    def _draw_data(self) -> None:
        for artist in self._data_artists():
            if artist.get_visible():
                self.chart.axes.draw_artist(artist)
        for tick in self.chart.axes.get_yticklabels():  # the scale stays over the lines
            self.chart.axes.draw_artist(tick)

    def show_series(self, series: Sequence[Series]) -> None:
        labels = tuple(s.label for s in series)
        legend_changes = labels != self._legend_labels
        self.chart.set_series(series)
        self.setAccessibleDescription(radar_text(self.chart.labels, series))
        self._legend_labels = labels
        if self._background is None or legend_changes:
            self.draw()  # grid, labels and legend too; the draw event redraws the data
            return
        self.restore_region(self._background)
        self._draw_data()
        self.blit(self.figure.bbox)
