"""The embedded radar: a rating change redraws only the data, and the pixels follow it."""

from __future__ import annotations

import numpy as np
from pytestqt.qtbot import QtBot

from ipsfidelity.charts.radar import Series
from ipsfidelity.i18n import pick
from ipsfidelity.instrument import default_pack
from ipsfidelity.ui.common.radar import RadarWidget


def _pixels(radar: RadarWidget) -> np.ndarray:
    return np.asarray(radar.buffer_rgba()).copy()


def test_moving_data_changes_the_picture_and_moving_back_restores_it(qtbot: QtBot) -> None:
    pack = default_pack()
    labels = [pick(p.short) for p in pack.principles]
    radar = RadarWidget(labels)
    qtbot.addWidget(radar)
    radar.resize(420, 420)
    before = Series("Forrige (2026-Q3)", [50.0] * len(labels))
    radar.show_series([Series("Denne", [100.0] * len(labels)), before])
    first = _pixels(radar)
    figure = radar.figure
    radar.show_series([Series("Denne", [0.0, *[100.0] * (len(labels) - 1)]), before])
    assert radar.figure is figure  # the figure is reused, not rebuilt
    changed = _pixels(radar)
    assert (changed != first).any()
    radar.show_series([Series("Denne", [100.0] * len(labels)), before])
    assert (_pixels(radar) == first).all()


def test_axis_labels_are_the_short_danish_principle_names(qtbot: QtBot) -> None:
    pack = default_pack()
    radar = RadarWidget([pick(p.short) for p in pack.principles])
    qtbot.addWidget(radar)
    texts = [t.get_text().replace("\n", " ") for t in radar.chart.axes.get_xticklabels()]
    assert texts[0] == "Ingen eksklusion" and len(texts) == len(pack.principles)
    assert radar.chart.axes.get_ylim() == (0.0, 100.0)


def test_axis_labels_keep_a_margin_from_the_sides(qtbot: QtBot) -> None:
    pack = default_pack()
    labels = [pick(p.short) for p in pack.principles]
    radar = RadarWidget(labels)
    qtbot.addWidget(radar)
    radar.resize(620, 700)  # the results screen's half at 1280 px
    radar.show_series([Series("Denne", [100.0] * len(labels))])
    radar.draw()
    renderer = radar.get_renderer()
    width = radar.figure.bbox.width
    margin = 0.1 * radar.figure.dpi  # at least a tenth of an inch
    for label in radar.chart.axes.get_xticklabels():
        box = label.get_window_extent(renderer)
        assert box.x0 >= margin and box.x1 <= width - margin, label.get_text()
