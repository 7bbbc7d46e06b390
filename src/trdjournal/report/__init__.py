"""The appointment report: a PDF built with reportlab from analysis results. No Qt."""
