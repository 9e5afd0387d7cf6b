"""What the written sets test a record by (the sentence sets ``test_probe_findings_57_sentences``,
``test_probe_findings_57_senses`` and their successors; the article sets ``test_probe_findings_57_layouts``,
``test_probe_findings_58_layouts`` and ``test_probe_findings_58_web``): a report is right when a top-level record
has a word of the gold cue, the gold source (none when empty) and the gold first content, quotation marks and a
closing stop aside; a line reports nothing when no record's cue, source or content starts in it."""

from __future__ import annotations

_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "


def bare(text: str, stops: str = ".,") -> str:
    return text.strip(_MARKS).rstrip(stops).strip(_MARKS).strip()


def right_record(nlp, text: str, cue: str, source: str, content: str) -> tuple[bool, list]:
    """Whether a top-level record of ``text`` has the cue word, the source (none when empty) and the first
    content; and every top-level record as (cue, source, contents), to show when it has not."""
    found = [r for r in nlp(text)._.sourcebook_attributions if r.parent is None]
    there = [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents]) for r in found]
    return any(
        r.contents and bare(r.contents[0].text) == bare(content) and (r.source.text if r.source else "") == source
        and r.cue is not None and cue.lower() in r.cue.text.lower() for r in found), there


def found_in(records, cue: str, source: str, content: str, stops: str = ".,") -> tuple[bool, list]:
    """Whether one of an article's ``records`` has the cue word, the source (none when empty) and the first
    content (``stops``: the marks a content's end may lose); and every record, to show when none has."""
    there = [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents]) for r in records]
    return any(
        r.cue is not None and cue.lower() in r.cue.text.lower() and (r.source.text if r.source else "") == source
        and r.contents and bare(r.contents[0].text, stops) == bare(content, stops) for r in records), there


def touching(records, text: str, line: str) -> list:
    """The cues of the ``records`` whose cue, source or a content starts in ``line`` of ``text``."""
    start = text.index(line)
    end = start + len(line)
    return [r.cue.text if r.cue else None for r in records
            if any(start <= s.start < end for s in (r.cue, r.source, *r.contents) if s is not None)]


def speaker_of(records, cue: str, source: str, opening: str) -> str | None:
    """The speaker of the record with that cue and source whose first content opens with ``opening``."""
    return next((r.speaker for r in records if r.cue is not None and r.cue.text == cue and r.source is not None
                 and r.source.text == source and r.contents and r.contents[0].text.lstrip(_MARKS).startswith(opening)),
                "no such report")


def set_tests(reports: list, not_reports: list, still_wrong: dict[str, str], still_shown: dict[str, str]) -> tuple:
    """The tests of one written set, for its module to bind to names starting with 'test_': every report
    right and every line reporting nothing silent, but for the listed cases, each a strict xfail with its
    reason (so that a mend shows as a pass), and every listed case in the set."""
    import pytest

    @pytest.mark.parametrize(("kind", "text", "cue", "source", "content"), [r for r in reports if r[1] not in still_wrong])
    def report_found(nlp, kind, text, cue, source, content):
        right, there = right_record(nlp, text, cue, source, content)
        assert right, there

    @pytest.mark.parametrize(("kind", "text"), [r for r in not_reports if r[1] not in still_shown])
    def no_record(nlp, kind, text):
        assert [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in nlp(text)._.sourcebook_attributions] == []

    @pytest.mark.parametrize(("text", "why"), list(still_wrong.items()))
    @pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
    def report_still_wrong(nlp, text, why):
        cue, source, content = next(r[2:] for r in reports if r[1] == text)
        right, there = right_record(nlp, text, cue, source, content)
        assert right, (why, there)

    @pytest.mark.parametrize(("text", "why"), list(still_shown.items()))
    @pytest.mark.xfail(strict=True, reason="still shown: see the case's reason")
    def line_still_shown(nlp, text, why):
        assert [r.cue.text if r.cue else None for r in nlp(text)._.sourcebook_attributions] == [], why

    def listed_in_the_set():
        texts = {r[1] for r in reports} | {r[1] for r in not_reports}
        assert set(still_wrong) <= texts and set(still_shown) <= texts

    # (a test over an empty list of cases is left unbound, None, rather than reported as skipped)
    return (report_found, no_record, report_still_wrong if still_wrong else None, line_still_shown if still_shown else None,
            listed_in_the_set)


def article_set_tests(articles: dict, gold: dict, not_reports: dict, speakers: dict | None = None, *,
                      still_wrong: dict, still_shown: dict | None = None, known_speakers: dict | None = None,
                      stops: str = ".,") -> tuple:
    """The tests of one written set of articles, for its module to bind (the fixture ``parsed`` and names
    starting with 'test_'): every gold report found, every line reporting nothing silent, every gold speaker
    right, but for the listed cases, each a strict xfail with its reason, and every listed case in the set; a test
    over an empty list is None."""
    import pytest
    from probe_records import top

    reports = [(n, *g) for n, items in gold.items() for g in items]
    lines = [(n, line) for n, items in not_reports.items() for line in items]
    said = [(n, *s) for n, items in (speakers or {}).items() for s in items]
    still_shown, known_speakers = still_shown or {}, known_speakers or {}

    @pytest.fixture(scope="module")
    def parsed(nlp):
        return {name: top(nlp, text) for name, text in articles.items()}

    @pytest.mark.parametrize(("name", "cue", "source", "content"), [r for r in reports if r[:3] not in still_wrong])
    def report_found(parsed, name, cue, source, content):
        found, there = found_in(parsed[name], cue, source, content, stops)
        assert found, there

    @pytest.mark.parametrize(("name", "line"), [r for r in lines if r not in still_shown])
    def line_silent(parsed, name, line):
        assert touching(parsed[name], articles[name], line) == []

    @pytest.mark.parametrize(("name", "cue", "source", "speaker", "opening"),
                             [s for s in said if s[:1] + s[2:3] not in known_speakers])
    def speaker_right(parsed, name, cue, source, speaker, opening):
        assert speaker_of(parsed[name], cue, source, opening) == speaker

    @pytest.mark.parametrize(("name", "cue", "source", "why"), [(*k, v) for k, v in still_wrong.items()])
    @pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
    def report_still_wrong(parsed, name, cue, source, why):
        content = next(r[3] for r in reports if r[:3] == (name, cue, source))
        found, there = found_in(parsed[name], cue, source, content, stops)
        assert found, (why, there)

    @pytest.mark.parametrize(("name", "line", "why"), [(*k, v) for k, v in still_shown.items()])
    @pytest.mark.xfail(strict=True, reason="still shown: see the case's reason")
    def line_still_shown(parsed, name, line, why):
        assert touching(parsed[name], articles[name], line) == [], why

    @pytest.mark.parametrize(("name", "source", "why"), [(*k, v) for k, v in known_speakers.items()])
    @pytest.mark.xfail(strict=True, reason="a speaker still wrong: see the case's reason")
    def speaker_still_wrong(parsed, name, source, why):
        cue, speaker, opening = next((s[1], s[3], s[4]) for s in said if (s[0], s[2]) == (name, source))
        assert speaker_of(parsed[name], cue, source, opening) == speaker, why

    def listed_in_the_set():
        assert set(still_wrong) <= {r[:3] for r in reports}
        assert set(still_shown) <= set(lines)
        assert set(known_speakers) <= {s[:1] + s[2:3] for s in said}

    return (parsed, report_found, line_silent, speaker_right if said else None, report_still_wrong if still_wrong else None,
            line_still_shown if still_shown else None, speaker_still_wrong if known_speakers else None, listed_in_the_set)
