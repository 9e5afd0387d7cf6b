"""Bytes to text: UTF-8 first, then charset detection; binary data is refused."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters that do not occur in text: C0 controls other than tab, newline, form feed, CR.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\x0c", "\r"}
_CONTROL_CHAR = re.compile("[" + "".join(sorted(_CONTROL)) + "]")


def decode_bytes(data: bytes, where: str) -> str:
    """The text of ``data`` with newlines normalised to ``\\n`` (as ``open()`` reads it).

    Raises ``InputError`` naming ``where`` for binary data or text in no detectable encoding.
    """
    text = _decode(data, where)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:65536]
    # the controls counted by a character class, in C (most texts have none: one scan finds that)
    if sample and _CONTROL_CHAR.search(sample) and sum(1 for _ in _CONTROL_CHAR.finditer(sample)) / len(sample) > 0.01:
        raise InputError(where, "looks like a binary file (control characters), not text")
    return text


def _decode(data: bytes, where: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(where, f"broken {encoding} text: {exc.reason} at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise InputError(where, "looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (cesu := _cesu8(data)) is not None:
        return cesu
    from charset_normalizer import from_bytes  # here: nearly every text is UTF-8

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(where, "cannot decode: not UTF-8 and no other text encoding detected")
    return str(best)


def _cesu8(data: bytes) -> str | None:
    """The text of CESU-8 (UTF-8 with each astral character written as two encoded UTF-16
    surrogates, as Java's modified UTF-8 and some databases write it), or None when ``data``
    is not CESU-8. Charset detection would read it as a legacy encoding and store mojibake."""
    if b"\xed" not in data:
        return None
    try:
        text = data.decode("utf-8", "surrogatepass")
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")  # pairs joined
    except UnicodeError:
        return None
