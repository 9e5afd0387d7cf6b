"""Data files a build decodes the same way every time, kept decoded between builds.

Two installed data files cost a build more CPU to decode than anything else it does before its first
article but the spaCy model: py3langid's model (68 MB of arrays in LZMA, 0.46-0.60 s of CPU to
decompress in every process) and gender_guesser's list of given names (48,000 lines parsed, 0.06-0.16 s).
Their decoded form is kept in a folder of the user's cache directory (``~/.cache/sourcebook``, not
read from the environment: only the CLI reads it) whose name is a hash of the files it was decoded
from (path, size and modification time of each, and the Python version): an upgraded library or a
changed reader gets a new folder, never a stale one, and the older folder of its kind is removed. A folder
appears whole or not at all (written beside its place, then renamed), so builds running at once never read a
half-written one. Nothing here is required: an unwritable or broken cache only means decoding from the source
again, the same values either way.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = ["cache_root", "folder_for", "store"]

log = logging.getLogger(__name__)

#: bumped when a reader's files change shape (part of every folder's key)
FORMAT = 1


def cache_root() -> Path | None:
    """The directory holding the decoded files (``~/.cache/sourcebook``); None without a home."""
    try:
        return Path.home() / ".cache" / "sourcebook"
    except RuntimeError:  # no home directory to expand
        return None


def folder_for(kind: str, sources: Iterable[Path]) -> Path | None:
    """The folder for ``kind`` decoded from ``sources`` (None: no cache directory, or a source
    that cannot be looked at, which the caller's own reading then reports)."""
    root = cache_root()
    if root is None:
        return None
    key = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    try:
        for source in sources:
            status = source.stat()
            key.update(f"\n{source.resolve()} {status.st_size} {status.st_mtime_ns}".encode())
    except OSError:
        return None
    return root / f"{kind}-{key.hexdigest()[:20]}"


def store(folder: Path, write: Callable[[Path], Any], broken: bool = False) -> None:
    """Fill ``folder`` by ``write(empty folder)``: written beside it and renamed into place. One
    already there is another build's, left as it is, unless the caller found it ``broken``.
    Failures are logged and dropped: the caller already holds what it decoded."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    except OSError as exc:
        log.debug("no cache for %s: %s", folder.name, exc)
        return
    try:
        write(scratch)
        if broken:
            shutil.rmtree(folder, ignore_errors=True)
        scratch.rename(folder)
    except OSError as exc:  # another build renamed its copy first, or the disk is full
        log.debug("cache folder %s not written: %s", folder, exc)
    else:
        _prune(folder)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _prune(folder: Path) -> None:
    """Remove the folders of ``folder``'s kind decoded from older sources (an upgraded library, a changed reader):
    one kind keeps one folder, not one per version ever installed. Another installation's folder removed here only
    means it decodes again and writes its own back."""
    kind = folder.name.rsplit("-", 1)[0]
    for other in folder.parent.glob(f"{kind}-*"):
        if other != folder and other.is_dir() and other.name.rsplit("-", 1)[0] == kind:
            shutil.rmtree(other, ignore_errors=True)
