"""click's own messages ("Error: ...", "Missing option", "Usage:") in the CLI's language.

click marks its messages with the standard library's gettext, which reads only LANG-style
variables and a domain click never binds. So the CLI points each click module's ``_`` and
``ngettext`` at trdjournal's catalogue; the messages a user meets are listed below with ``N_``
so babel extracts them into that catalogue (click ships no translations of its own).
"""

from __future__ import annotations

import functools
import importlib

from trdjournal.i18n import N_, NN_, _, ngettext

CLICK_MODULES = ("core", "exceptions", "types", "decorators", "parser", "formatting", "termui")

MESSAGES = (
    N_("Error: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Invalid value: {message}"),
    N_("Missing option"),
    N_("Missing argument"),
    N_("Missing parameter"),
    N_("Missing command."),
    N_("No such command {name!r}."),
    N_("No such option {name!r}."),
    N_("Try '{command} {option}' for help."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Aborted!"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("default: {default}"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a directory."),
    N_("Could not open file {filename!r}: {message}"),
    N_("Option '{name}' requires an argument."),
)
PLURALS = (
    NN_("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    NN_("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    NN_(
        "Option '{name}' requires {nargs} arguments.", "Option '{name}' requires {nargs} arguments."
    ),
    NN_("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
)


def _translating_help(method):
    """``method`` run with the object's ``help`` looked up in the catalogue: click stores the
    help texts when the commands are defined (before the CLI has chosen its language), so they
    are marked with ``N_`` and translated here, when --help is shown."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        original = self.help
        if original:
            self.help = _(original)
        try:
            return method(self, *args, **kwargs)
        finally:
            self.help = original

    wrapper.translating = True
    return wrapper


def _translate_help_texts() -> None:
    import click

    for owner, name in (
        (click.Command, "format_help_text"),
        (click.Command, "get_short_help_str"),
        (click.Option, "get_help_record"),
    ):
        method = getattr(owner, name)
        if not getattr(method, "translating", False):
            setattr(owner, name, _translating_help(method))


def translate_click() -> None:
    """Route click's messages through the core catalogue, in its current language."""
    _translate_help_texts()
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = _
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
