"""Peak resident memory of this process, for the probes that run in a fresh interpreter.

``getrusage().ru_maxrss`` is not this interpreter's own peak on Linux: the kernel carries the
high-water mark across ``execve``, and Python's subprocess starts a child with vfork, so a probe
spawned by a bench process that already holds 230 MB reports at least 230 MB whatever it used
itself. ``VmHWM`` in /proc/self/status belongs to the process's current memory map, the one
``exec`` made, so it is the probe's own peak. Elsewhere (macOS, BSD) ru_maxrss is used.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

STATUS = Path("/proc/self/status")


def peak_rss_bytes() -> float:
    try:
        for line in STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1]) * 1024  # "VmHWM:   83012 kB"
    except OSError:
        pass  # no /proc (macOS, BSD): fall back below
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kB on Linux and BSD
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale)
