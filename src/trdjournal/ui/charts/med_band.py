"""The medication band: one row per drug, a bar per dose step with its label, stop marks, and a
row each for treatment sessions and appointments.

Drawn by one item that paints in device pixels, so labels keep their size while zooming and
a label that does not fit its bar is left out (the hover line names the dose instead) rather
than overlapping its neighbour. The geometry is computed once per layout (``set_rows``); a
paint only maps the visible rectangles.
"""

from __future__ import annotations

import bisect
import dataclasses

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF

from trdjournal.analysis.timeline import MedLane, Timeline
from trdjournal.ui.base.theme import text_on
from trdjournal.ui.charts.axis_dates import DAY, x_of
from trdjournal.ui.charts.colors import ChartColors, qcolor, role_color

BAR_HALF_HEIGHT = 0.36  # of a row
SESSIONS_ROW_LABEL = QT_TRANSLATE_NOOP("charts", "Sessions")
APPOINTMENTS_ROW_LABEL = QT_TRANSLATE_NOOP("charts", "Appointments")


@dataclasses.dataclass(frozen=True)
class Bar:
    x0: float
    x1: float
    label: str
    fill: QColor
    text: QColor


@dataclasses.dataclass(frozen=True)
class Stop:
    x: float
    label: str  # the reason, e.g. "side effects"


@dataclasses.dataclass(frozen=True)
class BandRow:
    title: str
    bars: tuple[Bar, ...] = ()
    stops: tuple[Stop, ...] = ()
    ticks: tuple[float, ...] = ()  # session days (x of the day's middle)
    diamonds: tuple[float, ...] = ()  # appointment days


def _blend(colour: QColor, background: QColor, alpha: float) -> QColor:
    mix = [
        round(alpha * a + (1 - alpha) * b)
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (background.red(), background.green(), background.blue()),
            strict=True,
        )
    ]
    return QColor(*mix)


def lane_row(lane: MedLane, colors: ChartColors) -> BandRow:
    """A drug's row: bars shaded by dose (lighter = lower share of the highest dose shown)."""
    base, background = QColor(role_color(colors, lane.role)), QColor(colors.background)
    top = max((s.dose for c in lane.courses for s in c.segments), default=1.0) or 1.0
    bars, stops = [], []
    for course in lane.courses:
        for seg in course.segments:
            fill = _blend(base, background, 0.45 + 0.55 * seg.dose / top)
            bars.append(Bar(x_of(seg.start), x_of(seg.end), seg.label, fill, text_on(fill)))
        if course.stop is not None:
            stops.append(Stop(x_of(course.stop.date), course.stop.reason_label))
    return BandRow(lane.drug, tuple(bars), tuple(stops))


def marker_rows(timeline: Timeline, x0: float, x1: float) -> list[BandRow]:
    """A row for sessions and one for appointments, when any lies between x0 and x1."""
    rows = []
    ticks = tuple(x_of(s.date) + DAY / 2 for s in timeline.sessions)
    if any(x0 <= x <= x1 for x in ticks):
        rows.append(BandRow(QCoreApplication.translate("charts", SESSIONS_ROW_LABEL), ticks=ticks))
    days = tuple(x_of(a.date) + DAY / 2 for a in timeline.appointments)
    if any(x0 <= x <= x1 for x in days):
        rows.append(
            BandRow(QCoreApplication.translate("charts", APPOINTMENTS_ROW_LABEL), diamonds=days)
        )
    return rows


def visible_lanes(lanes: tuple[MedLane, ...], x0: float, x1: float) -> list[MedLane]:
    """The lanes with a bar or stop between x0 and x1."""
    shown = []
    for lane in lanes:
        for course in lane.courses:
            spans = [(x_of(s.start), x_of(s.end)) for s in course.segments]
            if course.stop is not None:
                spans.append((x_of(course.stop.date), x_of(course.stop.date) + DAY))
            if any(a < x1 and b > x0 for a, b in spans):
                shown.append(lane)
                break
    return shown


class MedBandItem(pg.GraphicsObject):
    """Rows of bars in data coordinates (x: seconds, y: row index, row 0 at the top)."""

    def __init__(self, colors: ChartColors):
        super().__init__()
        self.colors = colors
        self.rows: list[BandRow] = []
        self._bounds = QRectF(0, -0.5, 1, 1)
        self._base_size = QFont().pointSizeF()
        self._font = self.font_for_row(17)
        self._metrics = QFontMetrics(self._font)

    def font_for_row(self, row_px: int) -> QFont:
        """A font whose text fits a band row ``row_px`` pixels high."""
        font = QFont()
        font.setPointSizeF(max(6.5, min(self._base_size * 0.85, self._base_size * row_px / 19)))
        return font

    def set_row_height(self, row_px: int) -> None:
        self._font = self.font_for_row(row_px)
        self._metrics = QFontMetrics(self._font)

    def set_rows(self, rows: list[BandRow]) -> None:
        self.prepareGeometryChange()
        self.rows = rows
        xs = [b.x0 for r in rows for b in r.bars] + [
            x for r in rows for x in (*r.ticks, *r.diamonds)
        ]
        xe = [b.x1 for r in rows for b in r.bars] + [
            x for r in rows for x in (*r.ticks, *r.diamonds)
        ]
        lo, hi = (min(xs), max(xe)) if xs else (0.0, DAY)
        self._bounds = QRectF(lo, -0.5, max(hi - lo, DAY), max(len(rows), 1))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        view = self.viewRect()
        if view is None or not self.rows:
            return
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        view_left = to_device.map(view.topLeft()).x()
        for index, row in enumerate(self.rows):
            top = to_device.map(QPointF(view.left(), index - BAR_HALF_HEIGHT)).y()
            bottom = to_device.map(QPointF(view.left(), index + BAR_HALF_HEIGHT)).y()
            y0, y1 = min(top, bottom), max(top, bottom)
            self._paint_bars(painter, to_device, row, view, view_left, y0, y1)
            self._paint_stops(painter, to_device, row, view, y0, y1)
            self._paint_markers(painter, to_device, row, view, y0, y1)
        painter.restore()

    def _paint_bars(self, painter, to_device, row, view: QRectF, view_left: float, y0, y1):
        painter.setPen(Qt.PenStyle.NoPen)
        for bar in row.bars:
            if bar.x1 < view.left() or bar.x0 > view.right():
                continue
            left = _device_x(to_device, bar.x0)
            right = _device_x(to_device, bar.x1)
            rect = QRectF(left + 1, y0, max(right - left - 1, 1), y1 - y0)  # 1 px gap: a step
            painter.fillRect(rect, bar.fill)
            # keep the label in sight when the bar starts left of the view
            visible = rect.intersected(QRectF(view_left, y0, 1e7, y1 - y0))
            if self._metrics.horizontalAdvance(bar.label) + 6 <= visible.width():
                painter.setPen(bar.text)
                painter.drawText(
                    visible.adjusted(3, 0, -3, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    bar.label,
                )
                painter.setPen(Qt.PenStyle.NoPen)

    def _paint_stops(self, painter, to_device, row: BandRow, view: QRectF, y0: float, y1: float):
        colour = QColor(self.colors.stop)
        starts = sorted(b.x0 for b in row.bars)
        for stop in row.stops:
            if stop.x < view.left() - 30 * DAY or stop.x > view.right():
                continue
            x = _device_x(to_device, stop.x)
            painter.setPen(QPen(colour, 2))
            half = (y1 - y0) / 2.6
            mid = (y0 + y1) / 2
            painter.drawLine(QPointF(x - half + 4, mid - half), QPointF(x + half + 4, mid + half))
            painter.drawLine(QPointF(x - half + 4, mid + half), QPointF(x + half + 4, mid - half))
            # the reason, if there is room before this drug's next bar (a restart)
            nxt = bisect.bisect_right(starts, stop.x)
            limit = _device_x(to_device, starts[nxt]) if nxt < len(starts) else 1e7
            text_x = x + 2 * half + 8
            width = self._metrics.horizontalAdvance(stop.label)
            if stop.label and text_x + width + 4 <= limit:
                painter.drawText(
                    QRectF(text_x, y0, width + 2, y1 - y0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    stop.label,
                )

    def _paint_markers(self, painter, to_device, row: BandRow, view: QRectF, y0: float, y1: float):
        """Sessions as ticks; appointments as diamonds, or as ticks when too close for diamonds
        (a 20-year view): one batched call each, so hundreds of markers stay cheap."""
        if row.ticks:
            xs = self._visible_device_x(to_device, row.ticks, view)
            painter.setPen(QPen(QColor(self.colors.session), 2))
            painter.drawLines([QLineF(x, y0, x, y1) for x in _one_per_pixel(xs)])
        if row.diamonds:
            xs = self._visible_device_x(to_device, row.diamonds, view)
            r = (y1 - y0) / 2
            mid = (y0 + y1) / 2
            painter.setPen(QPen(QColor(self.colors.appointment), 1.2))
            if len(xs) > 1 and min(b - a for a, b in zip(xs, xs[1:], strict=False)) < 2.2 * r:
                painter.drawLines([QLineF(x, y0, x, y1) for x in _one_per_pixel(xs)])
                return
            painter.setBrush(qcolor(self.colors.appointment, 0.25))
            path = QPainterPath()
            for x in xs:
                path.addPolygon(
                    QPolygonF(
                        [
                            QPointF(x, mid - r),
                            QPointF(x + r * 0.8, mid),
                            QPointF(x, mid + r),
                            QPointF(x - r * 0.8, mid),
                            QPointF(x, mid - r),
                        ]
                    )
                )
            painter.drawPath(path)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _visible_device_x(to_device, xs_data: tuple[float, ...], view: QRectF) -> list[float]:
        lo = bisect.bisect_left(xs_data, view.left())
        hi = bisect.bisect_right(xs_data, view.right())
        scale, shift = to_device.m11(), to_device.dx()
        return [scale * x + shift for x in xs_data[lo:hi]]


def _device_x(to_device, x: float) -> float:
    """x mapped to device pixels; the views neither rotate nor shear, so no QPointF is needed."""
    return to_device.m11() * x + to_device.dx()


def _one_per_pixel(xs: list[float]) -> list[float]:
    """Markers falling on one device pixel column are drawn once (a 20-year view)."""
    return sorted({round(x) for x in xs})


def row_ticks(rows: list[BandRow]) -> list[list[tuple[float, str]]]:
    """Major ticks for the band's left axis: each row's title at its index."""
    return [[(float(i), row.title) for i, row in enumerate(rows)], []]
