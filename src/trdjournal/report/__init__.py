"""The appointment report: a PDF built with reportlab from analysis results. No Qt.

Importing this package is cheap; reportlab loads only when a report is written, so the
GUI's start-up does not pay for it.
"""

from trdjournal.report.options import (
    DEFAULT_SECTIONS,
    SECTIONS,
    ReportRequest,
    default_period,
    plan_request,
)

__all__ = [
    "DEFAULT_SECTIONS",
    "SECTIONS",
    "ReportRequest",
    "default_period",
    "plan_request",
    "write_report",
]


def write_report(*args, **kwargs):
    """See trdjournal.report.build.write_report."""
    from trdjournal.report.build import write_report as build

    return build(*args, **kwargs)
