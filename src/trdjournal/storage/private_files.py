"""Files trdjournal writes for the user (exports, the report, backups): owner-only (0600) from
the first byte, written beside their final name and renamed into place when complete.

A folder trdjournal makes for itself (the data folder, backups/) is 0700. A folder the user
chose keeps its mode: it is never widened, nor changed at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from trdjournal.storage.cipher import fsync_file

PRIVATE_FILE = 0o600


@contextmanager
def private_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path``, created 0600, for the block to write; flushed and
    renamed over ``path`` when the block ends, removed if it fails (or is interrupted)."""
    path = Path(path).expanduser()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)
    try:
        yield temporary
        if os.name == "posix":
            os.chmod(temporary, PRIVATE_FILE)  # whatever the writer did to it
        fsync_file(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_private(path: Path, write: Callable[[Any], None], mode: str) -> None:
    """Write ``path`` through ``write(handle)`` (text mode: UTF-8), owner-only, atomically."""
    with private_output(path) as temporary:
        encoding = {"encoding": "utf-8"} if "b" not in mode else {}
        with open(temporary, mode, **encoding) as out:
            write(out)
