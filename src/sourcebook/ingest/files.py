"""Which files a build reads: regular files only, links checked, names shown safely.

A path a user gives, or one met in a directory walk, is read only when it is a regular file.
Everything else is reported as skipped, by name, with the reason:

- FIFOs, sockets and devices (opening a FIFO for reading blocks forever);
- symbolic links that loop, dangle, or lead out of the directory being walked (a link to
  ``/etc/passwd`` inside an article folder); ``--follow-links`` reads links that leave it;
- folders that cannot be listed.

Directories reached through links are walked once: each directory is identified by its device
and inode, so a link back up the tree is reported as a loop instead of being walked forever.

File names that are not valid UTF-8 arrive as str with surrogate escapes (``os.fsdecode``);
``shown`` turns them into ``\\xff`` escapes for messages, the store and exports, while the file
itself is opened by its real name.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..model import Skipped

__all__ = ["Found", "regular_file", "shown", "walk"]


def shown(name: str | os.PathLike[str]) -> str:
    """``name`` with the bytes of a non-UTF-8 file name escaped (``b\\xff`` -> ``\\xff``)."""
    text = os.fspath(name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def regular_file(path: Path) -> str | None:
    """None when ``path`` (links followed) is a regular file, else why it is not read."""
    try:
        mode = path.stat().st_mode
    except RuntimeError:  # pathlib's symlink loop on older Pythons
        return "symbolic link loop"
    except OSError as exc:
        if path.is_symlink():
            return "symbolic link loop" if exc.errno == 40 else "dangling symbolic link (its target does not exist)"
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    return f"not a regular file ({_kind(mode)}): not read"


@dataclass(frozen=True, slots=True)
class Found:
    """A regular file met in a walk."""

    path: Path


def walk(root: Path, follow_links: bool = False) -> list[Found | Skipped]:
    """The regular files under ``root`` (hidden names left out), sorted, and every entry that is
    not read, as Skipped in its place."""
    found: list[Found | Skipped] = []
    top = root.resolve()
    seen: set[tuple[int, int]] = set()

    def visit(directory: Path, shown_as: Path) -> None:
        try:
            info = directory.stat()
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            found.append(Skipped(shown(shown_as), f"cannot list folder: {exc.strerror or exc}"))
            return
        key = (info.st_dev, info.st_ino)
        if key in seen:
            real = directory.resolve()
            if real == shown_as.parent.resolve() or real in shown_as.parent.resolve().parents:
                found.append(Skipped(shown(shown_as), "symbolic link loop (a link to a folder it is in)"))
            else:  # a second way to the same folder: nothing wrong, nothing new
                found.append(Skipped(shown(shown_as), "a folder already read by another path", ignored=True))
            return
        seen.add(key)
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = shown_as / entry.name
            if entry.is_symlink():
                problem = _link_problem(Path(entry.path), top, follow_links)
                if problem:
                    found.append(Skipped(shown(path), problem))
                    continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                visit(Path(entry.path), path)
                continue
            problem = regular_file(Path(entry.path))
            if problem:
                found.append(Skipped(shown(path), problem))
            else:
                found.append(Found(path))

    visit(root, root)
    return found


def _link_problem(link: Path, top: Path, follow_links: bool) -> str | None:
    try:
        target = link.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError as exc:
        return "symbolic link loop" if exc.errno == 40 else "dangling symbolic link (its target does not exist)"
    if not follow_links and target != top and top not in target.parents:
        return f"symbolic link to {shown(target)}, outside the folder being read (--follow-links reads it)"
    return None
