"""``trdjournal screenshot OUTDIR``: each main view of the journal as OUTDIR/<view>.png.

Renders offscreen when there is no display, so it works in CI and over SSH. ``--size`` is the
size of the PNG in pixels; ``--scale`` renders the interface that much larger inside it, as a
125% or 150% desktop setting would.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from trdjournal.context import AppContext
from trdjournal.i18n import N_, _, format_number, parse_number


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if (
        not sep
        or not width.isdigit()
        or not height.isdigit()
        or int(width) < 320
        or int(height) < 240
    ):
        raise click.BadParameter(
            _("write WIDTHxHEIGHT in pixels, at least 320x240 (got {text})").format(
                text=repr(text)
            ),
            param_hint="'--size'",
        )
    return int(width), int(height)


def _scale(value: str | float) -> float:
    """--scale as typed, with the locale's decimal sign ("1,5" in Swedish) or a dot, 1-3."""
    try:
        scale = value if isinstance(value, float) else parse_number(value)
    except ValueError:
        raise click.BadParameter(
            _("{value} is not a number; write it like {example}").format(
                value=repr(value), example=format_number(1.5)
            )
        ) from None
    if not 1.0 <= scale <= 3.0:
        raise click.BadParameter(
            _("{value} is not in the range {range}.").format(
                value=format_number(scale, 3), range=f"{format_number(1)}-{format_number(3)}"
            )
        )
    return scale


@click.command(
    help=N_(
        "Save a PNG of each main view of the journal in OUTDIR (for the README, or to check the UI)."
    )
)
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--size", default="1280x800", show_default=True, help=N_("PNG size, WIDTHxHEIGHT pixels.")
)
@click.option(
    "--scale",
    metavar="NUMBER",
    callback=lambda _ctx, _param, value: _scale(value),
    default="1.0",
    show_default=True,
    help=N_("Interface scale, as a desktop's 125% (1.25) or 150% (1.5) setting."),
)
@click.option(
    "--theme",
    type=click.Choice(["light", "dark"]),
    default="light",
    show_default=True,
    help=N_("Palette to render with."),
)
@click.pass_obj
def screenshot(app: AppContext, outdir: Path, size: str, scale: float, theme: str) -> None:
    width, height = _size(size)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"  # read when the QApplication starts
    from trdjournal.ui.base.operations import wait_idle
    from trdjournal.ui.shell.app import application, open_window
    from trdjournal.ui.shell.view_registry import VIEWS

    qt_app = application(theme)
    window = open_window(app, remember=False)
    window.show()
    ratio = window.devicePixelRatioF()
    if abs(ratio - scale) > 0.01:
        click.echo(
            _("note: rendering at scale {ratio}; the Qt application was already running").format(
                ratio=f"{ratio:g}"
            ),
            err=True,
        )
    window.resize(round(width / ratio), round(height / ratio))
    outdir.mkdir(parents=True, exist_ok=True)
    for spec in VIEWS:
        window.show_view(spec.key)
        qt_app.processEvents()
        wait_idle()
        target = outdir / f"{spec.key}.png"
        image = window.grab().toImage()
        if not image.save(str(target)):
            raise click.ClickException(_("could not write {target}").format(target=target))
        click.echo(f"{target} ({image.width()}x{image.height()})")
    window.close()
