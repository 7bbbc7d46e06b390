"""The trial overlay: each measured trial from its start (x = weeks on the drug), its score as a
percentage of its own baseline, with the 50% response line and, for the selected PHQ-9 trial,
its remission line. Curves differ by colour and marker shape (never colour alone); trials
read from daily mood are dashed."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from trdjournal.analysis.trial_overlay import RESPONSE_PERCENT, TrialCurve
from trdjournal.domain.scales import scale
from trdjournal.ui.charts.colors import ChartColors, qcolor

# Eight hues, as many as trials drawn at once (OVERLAY_MAX_TRIALS): Okabe-Ito's seven chromatic
# colours with Paul Tol's wine (light) / violet (dark) as the eighth, in an order that keeps
# neighbours apart. No grey, black or white: those are the threshold lines' (the foreground
# colour), so a line at 50 % is never read as a trial. Beyond eight, a colour comes back with
# another marker shape.
CURVE_COLORS_LIGHT = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#882255",
    "#999933",
)
CURVE_COLORS_DARK = (
    "#56B4E9",
    "#E69F00",
    "#3ccf9f",
    "#E58FC0",
    "#F0E442",
    "#f07840",
    "#9a8cff",
    "#8fd175",
)
SYMBOLS = ("o", "s", "t", "d", "star", "t1", "p", "h")
LOWEST_TOP = 110.0  # the y axis reaches 10 % above the highest point, at least to 110 %


def curve_style(index: int, colours: tuple[str, ...]) -> tuple[str, str]:
    """Colour and marker of the ``index``-th curve: no two of the first len(colours) * 2 share
    both (the marker steps one further each time the colours start again)."""
    symbol = SYMBOLS[(index + index // len(colours)) % len(SYMBOLS)]
    return colours[index % len(colours)], symbol


SYMBOL_TEXT = {"o": "●", "s": "■", "t": "▼", "d": "◆", "star": "★", "t1": "▲", "p": "⬟", "h": "⬢"}


class TrialOverlayPlot(pg.PlotWidget):
    def __init__(self, colors: ChartColors, dark: bool):
        super().__init__(background=colors.background)
        self.colors = colors
        self.palette_colors = CURVE_COLORS_DARK if dark else CURVE_COLORS_LIGHT
        self.curves: list[TrialCurve] = []
        self.items: list[pg.PlotDataItem] = []
        self.selected: int | None = None
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setLabel("bottom", QCoreApplication.translate("charts", "weeks on the drug"))
        plot.setLabel(
            "left",
            QCoreApplication.translate("charts", "score, % of the trial's baseline"),
        )
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colors.foreground))
            axis.setTextPen(pg.mkPen(colors.foreground))
        plot.showGrid(x=True, y=True, alpha=0.15)
        baseline = pg.InfiniteLine(
            pos=100, angle=0, pen=pg.mkPen(qcolor(colors.foreground, 0.5), width=1)
        )
        response = pg.InfiniteLine(
            pos=RESPONSE_PERCENT,
            angle=0,
            pen=pg.mkPen(colors.foreground, width=1.5, style=Qt.PenStyle.DashLine),
        )
        self.remission = pg.InfiniteLine(
            pos=0,
            angle=0,
            pen=pg.mkPen(colors.foreground, width=2, style=Qt.PenStyle.DotLine),
        )
        self.remission.setVisible(False)
        for line in (baseline, response, self.remission):
            plot.addItem(line, ignoreBounds=True)

    def set_curves(self, curves: tuple[TrialCurve, ...]) -> None:
        plot = self.getPlotItem()
        for item in self.items:
            plot.removeItem(item)
        self.curves, self.items, self.selected = list(curves), [], None
        top, last_week = LOWEST_TOP, 8.0
        for i, curve in enumerate(curves):
            colour, symbol = curve_style(i, self.palette_colors)
            xs = np.array([p.weeks for p in curve.points], dtype=float)
            ys = np.array([p.percent for p in curve.points], dtype=float)
            dashed = curve.measure == "mood"
            item = pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(
                    colour,
                    width=2,
                    style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine,
                ),
                symbol=symbol,
                symbolSize=8,
                symbolBrush=QColor(colour),
                symbolPen=pg.mkPen(self.colors.background),
            )
            plot.addItem(item)
            self.items.append(item)
            if len(ys):
                top = max(top, float(ys.max()) + 10)
                last_week = max(last_week, float(xs.max()))
        plot.setYRange(0, min(top, 300), padding=0.02)
        plot.setXRange(-2, last_week + 1, padding=0)

    def select(self, index: int | None) -> None:
        """Bring one trial forward and show its remission line (its scale's remission line over
        its baseline: PHQ-9 below 5, QIDS-SR16 5 or less, MADRS-S 10 or less)."""
        self.selected = index
        for i, item in enumerate(self.items):
            item.setOpacity(1.0 if index is None or i == index else 0.3)
            item.setZValue(10 if i == index else 0)
        curve = self.curves[index] if index is not None and index < len(self.curves) else None
        shown = curve is not None and curve.remission_percent is not None
        self.remission.setVisible(shown)
        if shown:
            self.remission.setPos(curve.remission_percent)

    def legend_html(self, outcome_text: dict[str, str] | None = None) -> str:
        """The key, as rich text for a label beside the chart: colour and marker per trial."""
        fg = self.colors.foreground
        response = QCoreApplication.translate("charts", "50% of baseline: response")
        remission = QCoreApplication.translate("charts", "remission line of the selected trial")
        parts = [
            f'<span style="color:{fg}">– – – {html.escape(response)}</span>',
            f'<span style="color:{fg}">· · · {html.escape(remission)}</span>',
        ]
        for i, curve in enumerate(self.curves):
            colour, symbol = curve_style(i, self.palette_colors)
            mark = SYMBOL_TEXT[symbol]
            measure = (
                QCoreApplication.translate("charts", "daily mood, dashed")
                if curve.measure == "mood"
                else scale(curve.measure).name
            )
            outcome = (outcome_text or {}).get(curve.outcome, curve.outcome)
            text = html.escape(f"{curve.label}: {outcome} ({measure})")
            weight = "bold" if i == self.selected else "normal"
            parts.append(
                f'<span style="white-space:nowrap"><span style="color:{colour}; '
                f'font-weight:{weight}">{mark}</span>&nbsp;<span style="color:{fg}; '
                f'font-weight:{weight}">{text}</span></span>'
            )
        return " &nbsp; ".join(parts)
