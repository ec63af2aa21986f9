"""The team's outcome figures over time under its trend chart: the share in ordinary job or
education per assessment that has figures, beside the Danish Inklusion trial's 59.5 %.

Positions follow the trend chart above (one step per assessment, oldest left), so a period
sits under its scores; assessments without figures leave a gap instead of a made-up zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ipsfidelity.i18n import tr
from ipsfidelity.store.followup import INKLUSION_SHARE
from ipsfidelity.ui.common.colours import MUTED, OVERALL_LINE
from ipsfidelity.wording import number

if TYPE_CHECKING:
    from ipsfidelity.analysis import AssessmentScore
    from ipsfidelity.store.followup import OutcomeInfo


class OutcomeTrendChart(FigureCanvasQTAgg):
    def __init__(self) -> None:
        # No layout engine: the left and right edges are copied from the score chart above
        # (`follow`), so a period stands under its scores; only the height is set here.
        self.figure = Figure(figsize=(7.0, 1.6))
        super().__init__(self.figure)
        self.axes = self.figure.add_subplot()
        self.figure.subplots_adjust(left=0.07, right=0.8, bottom=0.25, top=0.9)
        self._above: Axes | None = None
        self.setMinimumSize(420, 92)  # with the team view, still on a 768-pixel-high screen
        self.setMaximumHeight(170)
        self.share_line: Line2D | None = None
        self.reference_line: Line2D | None = None

    def follow(self, axes: Axes) -> None:
        """Keep the plot's left and right edges at those of `axes` (same-width canvas)."""
        self._above = axes
        canvas = axes.figure.canvas
        canvas.mpl_connect("draw_event", lambda _event: self._line_up())

    def _line_up(self) -> None:
        if self._above is None:
            return
        above, mine = self._above.get_position(), self.axes.get_position()
        if (round(above.x0, 4), round(above.width, 4)) != (round(mine.x0, 4), round(mine.width, 4)):
            self.axes.set_position((above.x0, mine.y0, above.width, mine.height))
            self.draw_idle()

    def set_outcomes(
        self, scores: Sequence[AssessmentScore], outcomes: Sequence[OutcomeInfo]
    ) -> bool:
        """Draw the shares at their assessments' places; False (nothing drawn) when no
        assessment of the team has figures with participants."""
        where = {s.id: x for x, s in enumerate(scores)}
        points = [
            (where[o.assessment_id], o.share, o)
            for o in outcomes
            if o.assessment_id in where and o.share is not None
        ]
        ax = self.axes
        ax.clear()
        self.share_line = self.reference_line = None
        if not points:
            self.draw_idle()
            return False
        self.reference_line = ax.axhline(
            INKLUSION_SHARE,
            color=MUTED,
            linestyle="--",
            linewidth=1.2,
            label=tr("trend.outcome_reference", share=number(INKLUSION_SHARE)),
        )
        xs = [x for x, _, _ in points]
        ys = [float(y) for _, y, _ in points if y is not None]
        (self.share_line,) = ax.plot(
            xs,
            ys,
            color=OVERALL_LINE,
            linewidth=2.0,
            marker="o",
            markersize=5,
            label=tr("common.in_job"),
        )
        for x, y, o in points:
            # Labels go on the side away from the reference line, so they never sit on it.
            below = y is not None and y < INKLUSION_SHARE
            ax.annotate(
                tr(
                    "trend.outcome_point",
                    share=number(y),
                    in_job=o.in_job_or_education,
                    participants=o.participants,
                ),
                (x, y),
                textcoords="offset points",
                xytext=(0, -9 if below else 6),
                ha="center",
                va="top" if below else "bottom",
                fontsize=7,
            )
        ax.set_ylim(0, 118)  # room above 100 % for a label
        ax.set_yticks([0, 50, 100])
        ax.set_ylabel("%", fontsize=9)
        ax.set_xlim(-0.4, max(len(scores) - 0.6, 0.4))
        ax.set_xticks(xs)
        ax.set_xticklabels([scores[x].period for x in xs], fontsize=8)
        ax.tick_params(axis="y", labelsize=8)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        self.draw_idle()
        return True
