"""How the ``sourcebook`` command words its errors: one line saying what is wrong, naming the
bad value, and one line with a hint (the option or command meant, an example, where help is).

``describe`` turns a usage error raised while the command line is parsed (click's exceptions,
as Typer raises them) into those two lines; ``describe_failure`` does the same for errors
raised while a command runs. Nothing here prints or exits: ``cli.main`` does, in one place.

Typer >= 0.2x vendors its own copy of click, so the exception classes are taken from the module
that defines ``typer.BadParameter`` (Typer's public name), whichever click that is.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import typer

__all__ = ["EXIT_ERROR", "EXIT_USAGE", "Message", "click_exceptions", "describe", "describe_failure",
           "example_of", "existing_paths"]

EXIT_ERROR = 1
EXIT_USAGE = 2

#: (what went wrong, a hint or None)
Message = tuple[str, str | None]

_NO_COMMAND = re.compile(r"No such command '(?P<name>[^']*)'")
_PHRASES = (  # Typer's wording of a bad value -> plain words
    ("valid integer", "expects a whole number"),
    ("valid number", "expects a number"),
    ("valid boolean", "expects yes or no"),
)


def click_exceptions():
    """The ``exceptions`` module of the click that Typer uses."""
    return sys.modules[typer.BadParameter.__module__]


def example_of(command) -> str | None:
    """The ``Example: ...`` line of a command's help, if it has one."""
    for line in (getattr(command, "help", None) or "").splitlines():
        if line.strip().startswith("Example:"):
            return line.strip()[len("Example:"):].strip()
    return None


def _path(ctx) -> str:
    return getattr(ctx, "command_path", None) or "sourcebook"


def _help_hint(ctx) -> str:
    return f"see `{_path(ctx)} --help`"


def _option_names(param) -> str:
    opts = [o for o in getattr(param, "opts", []) or [] if o.startswith("-")]
    if opts:
        return max(opts, key=len)
    return (getattr(param, "name", None) or "value").upper()


def _given_value(option: str, argv: Sequence[str]) -> str | None:
    """What the user wrote after ``option`` (``--jobs abc`` or ``--jobs=abc``)."""
    for i, arg in enumerate(argv):
        if arg == option and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
    return None


def _plain(message: str) -> str:
    message = message.strip().rstrip(".")
    for phrase, plain in _PHRASES:
        if phrase in message.lower():
            return plain
    return message[:1].lower() + message[1:]


def describe(exc: Exception, argv: Sequence[str]) -> Message:
    """The two lines for a usage error raised while parsing ``argv``."""
    ex = click_exceptions()
    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command", None)
    if isinstance(exc, ex.NoSuchOption):
        found = f"no such option {exc.option_name}"
        if ctx is not None and ctx.command_path != "sourcebook":
            found += f" for `{ctx.command_path}`"
        if exc.possibilities:
            return f"{found}; did you mean {' or '.join(sorted(exc.possibilities))}?", _help_hint(ctx)
        return found, _help_hint(ctx)
    if isinstance(exc, ex.MissingParameter):
        param = exc.param
        example = example_of(command)
        hint = f"for example: {example}" if example else _help_hint(ctx)
        if getattr(param, "param_type_name", "") == "argument":
            return f"`{_path(ctx)}` needs {(param.name or 'an argument').upper()}", hint
        return f"`{_path(ctx)}` needs the option {_option_names(param)}", hint
    if isinstance(exc, ex.BadParameter):
        param = getattr(exc, "param", None)
        if getattr(exc, "hint", None):  # raised by our own callbacks, already worded
            return exc.message, exc.hint
        if param is None:
            return _plain(exc.format_message()), _help_hint(ctx)
        name = _option_names(param)
        value = _given_value(name, argv) if name.startswith("-") else None
        what = f"invalid value {value!r} for {name}" if value is not None else f"invalid {name}"
        return f"{what}: {_plain(exc.message)}", _help_hint(ctx)
    if isinstance(exc, ex.UsageError):
        message = exc.format_message()
        missing = _NO_COMMAND.search(message)
        if missing and command is not None and hasattr(command, "list_commands"):
            name = missing.group("name")
            close = difflib.get_close_matches(name, command.list_commands(ctx), n=2, cutoff=0.5)
            found = f"no such command {name!r}"
            if close:
                found += f"; did you mean {' or '.join(close)}?"
            return found, f"`{_path(ctx)} --help` lists the commands"
        return _plain(message), _help_hint(ctx)
    return _plain(str(exc)), None


def describe_failure(exc: BaseException) -> Message:
    """The two lines for an error raised while a command ran (not a SourcebookError)."""
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot use{where}: {exc.strerror or exc}", "check the path and its permissions"
    return (f"unexpected {type(exc).__name__}: {exc}",
            "this is a bug: run again with --debug to see where, and report it")


class MissingPath(typer.BadParameter):
    """A path given on the command line that does not exist, with the nearest existing name."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint  # read by ``describe``


def existing_paths(value: list[str] | None) -> list[str] | None:
    """Typer callback for input paths: every path must exist (``-`` is standard input; a URL
    is left to the build). A missing path fails before anything is built, with the nearest
    existing name as a hint."""
    for raw in value or []:
        if raw == "-" or "://" in raw:
            continue
        path = Path(raw)
        if path.exists():
            continue
        parent = path.parent if str(path.parent) else Path(".")
        hint = "give files or directories of articles, or - for standard input"
        try:
            siblings = [p.name for p in parent.iterdir()] if parent.is_dir() else []
        except OSError:
            siblings = []
        close = difflib.get_close_matches(path.name, siblings, n=1)
        if close:
            hint = f"did you mean {parent / close[0] if str(parent) != '.' else close[0]}?"
        raise MissingPath(f"no such file or directory: {raw}", hint)
    return value
