"""A team's scores over its assessments: the overall line, one line per principle, the
verdict of each assessment marked on the overall line by shape and colour, and a ring
round each self-assessment (its period also says "(selv)").

matplotlib's object API (no pyplot); the module is imported only when the team view is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ipsfidelity.analysis import AssessmentScore
from ipsfidelity.i18n import tr
from ipsfidelity.review_words import kind_word, state_word
from ipsfidelity.ui.common.colours import (
    LINE_COLOURS,
    MUTED,
    OVERALL_LINE,
    RADAR_COLOURS,
    VERDICT_MARKERS,
)
from ipsfidelity.ui.compare.deltas import period_label
from ipsfidelity.wording import verdict_short_text

_DASHES = ("-", "--", "-.", ":")


class TrendChart(FigureCanvasQTAgg):
    def __init__(self) -> None:
        self.figure = Figure(figsize=(7.0, 3.2), layout="constrained")
        super().__init__(self.figure)
        self.axes = self.figure.add_subplot()
        self.setMinimumSize(420, 240)
        self.overall_line: Line2D | None = None
        self.lines: dict[str, Line2D] = {}  # principle id -> its line
        self.verdict_marks: dict[str, Line2D] = {}
        self.self_mark: Line2D | None = None  # the ring round each self-assessment
        self._hidden: set[str] = set()
        self.chosen_marks: list[Line2D] = []  # where the two compared assessments are

    def set_history(
        self, scores: Sequence[AssessmentScore], principles: Sequence[tuple[str, str]]
    ) -> None:
        """Draw `scores` (oldest first); `principles` are (id, label) in pack order."""
        ax = self.axes
        ax.clear()
        self.lines.clear()
        self.verdict_marks.clear()
        self.chosen_marks = [
            ax.axvline(0, color=colour, linewidth=6, alpha=0.18, visible=False, zorder=0)
            for colour in RADAR_COLOURS
        ]
        xs = list(range(len(scores)))
        for i, (pid, label) in enumerate(principles):
            (line,) = ax.plot(
                xs,
                [_nan(s.principles.get(pid)) for s in scores],
                color=LINE_COLOURS[i % len(LINE_COLOURS)],
                linestyle=_DASHES[(i // 2) % len(_DASHES)],
                linewidth=1.3,
                marker=".",
                label=f"{pid} {label}",
            )
            line.set_visible(pid not in self._hidden)
            self.lines[pid] = line
        (self.overall_line,) = ax.plot(
            xs,
            [_nan(s.overall) for s in scores],
            color=OVERALL_LINE,
            linewidth=2.6,
            label=tr("common.overall"),
            zorder=3,
        )
        for verdict, (marker, colour) in VERDICT_MARKERS.items():
            picked = [(x, s.overall) for x, s in enumerate(scores) if s.verdict == verdict]
            if not picked:
                continue
            (mark,) = ax.plot(
                [x for x, _ in picked],
                [_nan(y) for _, y in picked],
                linestyle="none",
                marker=marker,
                markersize=9,
                markerfacecolor=colour if verdict != "incomplete" else "white",
                markeredgecolor=colour if verdict != "incomplete" else "#555555",
                markeredgewidth=1.4,
                label=verdict_short_text(verdict),
                zorder=4,
            )
            self.verdict_marks[verdict] = mark
        own = [(x, s.overall) for x, s in enumerate(scores) if s.kind == "self"]
        self.self_mark = None
        if own:
            (self.self_mark,) = ax.plot(
                [x for x, _ in own],
                [_nan(y) for _, y in own],
                linestyle="none",
                marker="o",
                markersize=17,
                markerfacecolor="none",
                markeredgecolor=MUTED,
                markeredgewidth=1.5,
                label=kind_word("self"),
                zorder=5,
            )
        ax.set_ylim(-3, 103)
        ax.set_yticks([0, 25, 50, 75, 100])
        ax.set_ylabel(tr("common.score"), fontsize=9)
        ax.set_xlim(-0.4, max(len(scores) - 0.6, 0.4))
        ax.set_xticks(xs)
        ax.set_xticklabels(_tick_labels(scores), fontsize=8, rotation=45 if len(xs) > 6 else 0)
        ax.tick_params(axis="y", labelsize=8)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self._legend()
        self.draw_idle()

    def set_principle_visible(self, principle_id: str, visible: bool) -> None:
        if visible:
            self._hidden.discard(principle_id)
        else:
            self._hidden.add(principle_id)
        line = self.lines.get(principle_id)
        if line is not None:
            line.set_visible(visible)
            self._legend()
            self.draw_idle()

    def mark_chosen(self, positions: Sequence[int | None]) -> None:
        """Shade the compared assessments (by index, oldest 0) in the radar's colours."""
        for mark, x in zip(self.chosen_marks, positions, strict=False):
            mark.set_visible(x is not None)
            if x is not None:
                mark.set_xdata([x, x])
        self.draw_idle()

    def visible_principles(self) -> list[str]:
        return [pid for pid, line in self.lines.items() if line.get_visible()]

    def _legend(self) -> None:
        """Only what is drawn: the overall line, the verdict marks, the visible principles."""
        handles = [self.overall_line] if self.overall_line is not None else []
        handles += list(self.verdict_marks.values())
        handles += [self.self_mark] if self.self_mark is not None else []
        handles += [line for line in self.lines.values() if line.get_visible()]
        self.axes.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=8,
            frameon=False,
        )


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value


def _tick_labels(scores: Sequence[AssessmentScore]) -> list[str]:
    """The period ("(selv)" for a self-assessment), with the date where a period holds
    more than one assessment, and the state of a review not finished yet ("Kladde"): its
    scores may still change, and a half-rated draft's total is not the quarter's result."""
    counts = Counter(s.period for s in scores)
    labels = []
    for s in scores:
        lines = [period_label(s)]
        if counts[s.period] > 1:
            lines.append(f"{s.date:%d-%m}")
        if s.state != "finished":
            lines.append(state_word(s.state))
        labels.append("\n".join(lines))
    return labels
