"""What the written sentence sets of the fifty-fourth pass test a record by (``test_probe_findings_57_sentences``,
``test_probe_findings_57_senses``): a report is right when a top-level record has a word of the gold cue, the
gold source (none when empty) and the gold first content, quotation marks and a closing stop aside."""

from __future__ import annotations

_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "


def bare(text: str) -> str:
    return text.strip(_MARKS).rstrip(".,").strip(_MARKS).strip()


def right_record(nlp, text: str, cue: str, source: str, content: str) -> tuple[bool, list]:
    """Whether a top-level record of ``text`` has the cue word, the source (none when empty) and the first
    content; and every top-level record as (cue, source, contents), to show when it has not."""
    found = [r for r in nlp(text)._.sourcebook_attributions if r.parent is None]
    there = [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents]) for r in found]
    return any(
        r.contents and bare(r.contents[0].text) == bare(content) and (r.source.text if r.source else "") == source
        and r.cue is not None and cue.lower() in r.cue.text.lower() for r in found), there
