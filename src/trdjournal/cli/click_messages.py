"""click's own messages ("Error: ...", "Missing option", "Usage:") and every --help text in the
CLI's language.

click marks its messages with the standard library's gettext, which reads only LANG-style
variables and a domain click never binds. So the CLI points each click module's `_` and
`ngettext` at trdjournal's catalogue; the messages a user meets are listed below with `N_`
so babel extracts them into that catalogue (click ships no translations of its own).

Help texts (a command's help and epilog, an option's help) are stored when the commands are
defined, at import, before the CLI has chosen its language: they are written in English,
marked with `N_` (or built by a `LazyHelp`), and translated here each time --help shows
them. `trdjournal.cli.LazyGroup.main` chooses the language before click parses anything, so
the top-level `trdjournal --help` is translated too.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable

from trdjournal.i18n import N_, NN_, SOURCE_LANGUAGE, _, ngettext, use_locale

CLICK_MODULES = ("core", "exceptions", "types", "parser", "formatting", "termui")

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
    # ... whose {number_type} is the click type's English name, translated by _NumberTypeNamed.
    N_("integer"),
    N_("integer range"),
    N_("float"),
    N_("float range"),
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
    N_("required"),
    N_("env var: {var}"),
    N_("Positional arguments"),
    N_("[OPTIONS]"),
    N_("COMMAND [ARGS]..."),
    N_("[COMMAND] [ARGS]..."),
)
# The usage line's placeholders click writes in English (commands' own metavars such as DRUG
# or FILE are names the help texts use, and stay as they are).
USAGE_PIECES = ("[OPTIONS]", "COMMAND [ARGS]...", "[COMMAND] [ARGS]...")
# An option's placeholder ("--mood INTEGER"): the type's name, or the metavar this CLI gives
# ("--date YYYY-MM-DD"). Translated when shown; an argument's (DRUG, ID) stays, because the
# help texts name it.
OPTION_METAVARS = {
    text: text
    for text in (
        N_("INTEGER"),
        N_("INTEGER RANGE"),
        N_("TEXT"),
        N_("NUMBER"),
        N_("FILE"),
        N_("YYYY-MM-DD"),
        N_("LOW-HIGH"),
        N_("FLOAT"),
        N_("PATH"),
        N_("DIRECTORY"),
    )
}
PLURALS = (
    NN_("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    NN_("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    NN_(
        "Option '{name}' requires {nargs} arguments.", "Option '{name}' requires {nargs} arguments."
    ),
    NN_("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
)


# LazyHelp's English text (and click's cleaned-up copy of it: an option keeps a new `str`)
# -> the function that builds it in the current language.
_BUILDERS: dict[str, Callable[[], str]] = {}


class LazyHelp(str):
    """A help text built from parts when it is shown (the session kinds, the report's
    sections), so each part is translated in the CLI's language of that moment. As a `str`
    it is the English text, for anything that reads `help` directly; click may copy it into
    a plain `str` (an option cleans its help up), so the builder is found by that text."""

    def __new__(cls, build: Callable[[], str]) -> LazyHelp:
        with use_locale(SOURCE_LANGUAGE):
            english = build()
        for key in (english, inspect.cleandoc(english)):
            _BUILDERS[key] = build
        return super().__new__(cls, english)


def is_lazy(text: str) -> bool:
    """Whether `text` is a LazyHelp's (its parts are the catalogue's messages, not it)."""
    return text in _BUILDERS


def translated_help(text: str) -> str:
    """A help text in the current language: a LazyHelp's rebuilt, else the catalogue's."""
    build = _BUILDERS.get(text)
    return build() if build is not None else _(text)


def _translating(method, attribute: str):
    """`method` run with the object's `attribute` (help, epilog) in the current language."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        original = getattr(self, attribute)
        if original:
            setattr(self, attribute, translated_help(original))
        try:
            return method(self, *args, **kwargs)
        finally:
            setattr(self, attribute, original)

    wrapper.translating = True
    return wrapper


def _translating_usage(method):
    """The usage line's "[OPTIONS]" and "COMMAND [ARGS]..." in the current language."""

    @functools.wraps(method)
    def wrapper(self, ctx):
        return [_(piece) if piece in USAGE_PIECES else piece for piece in method(self, ctx)]

    wrapper.translating = True
    return wrapper


def _translating_metavar(method):
    """An option's placeholder in the current language ("--mood HELTAL")."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        shown = method(self, *args, **kwargs)
        return _(shown) if shown in OPTION_METAVARS else shown

    wrapper.translating = True
    return wrapper


def _translate_help_texts() -> None:
    import click

    for owner, name, wrap in (
        (click.Command, "format_help_text", lambda m: _translating(m, "help")),
        (click.Command, "get_short_help_str", lambda m: _translating(m, "help")),
        (click.Command, "format_epilog", lambda m: _translating(m, "epilog")),
        (click.Argument, "get_help_record", lambda m: _translating(m, "help")),
        (click.Option, "get_help_record", lambda m: _translating(m, "help")),
        (click.Command, "collect_usage_pieces", _translating_usage),
        (click.Group, "collect_usage_pieces", _translating_usage),
        (click.Parameter, "make_metavar", _translating_metavar),  # options; Argument has its own
    ):
        method = owner.__dict__.get(name)
        if method is not None and not getattr(method, "translating", False):
            setattr(owner, name, wrap(method))


class _NumberTypeNamed(str):
    """A translated message whose `{number_type}` click fills with its type's English name
    ("integer"): the name is translated too, so "2,5" for a whole number reads "is not a
    valid whole number" in Swedish, not the same "not a valid number" as "abc"."""

    def format(self, *args, **kwargs) -> str:
        if isinstance(kwargs.get("number_type"), str):
            kwargs["number_type"] = _(kwargs["number_type"])
        return str.format(self, *args, **kwargs)


def _click_gettext(message: str) -> str:
    translated = _(message)
    return _NumberTypeNamed(translated) if "{number_type}" in message else translated


def translate_click() -> None:
    """Route click's messages through the core catalogue, in its current language."""
    _translate_help_texts()
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = _click_gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
    # click.decorators translates only help texts it stores ("Show this message and exit."):
    # kept in English there, and translated when shown like every other help text, so a help
    # option made in one language never shows it in another.
    importlib.import_module("click.decorators")._ = N_
