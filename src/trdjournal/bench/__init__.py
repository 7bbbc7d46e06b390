"""``python -m trdjournal.bench``: trdjournal measured against the floor of its own stack.

Each case runs several times and reports its median next to a floor: the same kind of work
done by the bare libraries (PySide6 + pyqtgraph, reportlab, sqlite-utils), measured in the
same run, so the ratio stays meaningful on a shared, noisy machine.
"""
