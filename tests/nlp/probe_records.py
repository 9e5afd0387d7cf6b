"""What the probe tests read of a text's records (imported by the ``test_probe_findings*``
modules, which pytest runs with this directory on the path)."""

from __future__ import annotations

import pytest


def records(nlp, text, cue=None):
    """The records shown for ``text``, those with the cue ``cue`` only when given."""
    return [a for a in nlp(text)._.sourcebook_attributions if cue is None or (a.cue is not None and a.cue.text == cue)]


def contents(record):
    """A record's contents as text."""
    return [c.text for c in record.contents]


def top(nlp, text):
    """The records shown for ``text`` that no other record holds."""
    return [r for r in records(nlp, text) if r.parent is None]


def _bare(text):
    return text.strip("\"'\u201c\u201d\u2018\u2019")


class _Found(tuple):
    """A pair (found, what there is) that is true only when found: 'assert found_report(...)' asks the
    first part, not whether the pair is empty (a plain pair is always true)."""

    def __bool__(self):
        return bool(self[0])


def found_report(found, cue, source, content):
    """Whether ``found`` holds a report whose cue holds ``cue``, with the source ``source`` and a first
    content ``content`` (quotation marks around either left out); the assertion message lists what there is."""
    return _Found(_found_report(found, cue, source, content))


def _found_report(found, cue, source, content):
    return any(
        r.cue is not None and cue.lower() in r.cue.text.lower() and r.source is not None and r.source.text == source
        and r.contents and _bare(r.contents[0].text) == _bare(content) for r in found
    ), [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)) for r in found]


def touching(found, text, line):
    """The cues of the records in ``found`` with a span starting inside ``line`` of ``text``."""
    start = text.index(line)
    end = start + len(line)
    return [r.cue.text if r.cue else None for r in found
            if any(start <= s.start < end for s in (r.cue, r.source, *r.contents) if s is not None)]


def speaker_of(found, cue, source, content):
    """The speaker of the report in ``found`` with that cue, source and content opening, else a note of what there is."""
    for r in found:
        if (r.cue is not None and r.cue.text == cue and r.source is not None and r.source.text == source
                and r.contents and r.contents[0].text.startswith(content)):
            return r.speaker
    return f"no report ({[(r.cue.text if r.cue else None, r.source.text if r.source else None) for r in found]})"


def sources_and_speakers(nlp, text):
    """Each top-level record's source text and speaker for ``text``."""
    return [(r.source.text if r.source is not None else None, r.speaker) for r in top(nlp, text)]


def article_checks(articles, gold, not_reports):
    """The checks every module of written probe articles runs, for it to bind by these names: the
    module's ``parsed`` fixture (each article's top-level records, by name), ``test_the_articles_reports``
    (each report of ``gold`` is found) and ``test_the_articles_lines_that_report_nothing`` (no record
    touches a line of ``not_reports``)."""

    @pytest.fixture(scope="module")
    def parsed(nlp):
        return {name: top(nlp, text) for name, text in articles.items()}

    @pytest.mark.parametrize(("name", "cue", "source", "content"), [(n, *g) for n, reports in gold.items() for g in reports])
    def reports(parsed, name, cue, source, content):
        found, there = found_report(parsed[name], cue, source, content)
        assert found, there

    @pytest.mark.parametrize(("name", "line"), [(n, line) for n, lines in not_reports.items() for line in lines])
    def nothing(parsed, name, line):
        assert touching(parsed[name], articles[name], line) == []

    return parsed, reports, nothing


def nested_check(articles, nested):
    """``test_the_articles_nested_reports``: each report of ``nested`` is found among all the records,
    those another holds included."""

    @pytest.mark.parametrize(("name", "cue", "source", "content"), [(n, *g) for n, reports in nested.items() for g in reports])
    def nested_reports(nlp, name, cue, source, content):
        found, there = found_report(records(nlp, articles[name]), cue, source, content)
        assert found, there

    return nested_reports


def still_wrong_check(still_wrong):
    """``test_the_articles_reports_still_wrong``: the reports of ``still_wrong`` (name, cue, source,
    content, why) are known to be missed, a strict xfail each, so a mend shows as a pass to move."""

    @pytest.mark.parametrize(("name", "cue", "source", "content", "why"), still_wrong)
    @pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
    def reports_still_wrong(parsed, name, cue, source, content, why):
        found, there = found_report(parsed[name], cue, source, content)
        assert found, (why, there)

    return reports_still_wrong


def speaker_checks(articles, speakers, known):
    """The checks every module of written speaker articles runs, for it to bind by these names: the
    module's ``parsed`` fixture, ``test_the_articles_speakers`` (each report of ``speakers``, by article
    name: cue, source, speaker, content opening, has that speaker) and ``test_the_speakers_still_wrong``
    (``known``: name, cue, source, content, speaker; a strict xfail each)."""

    @pytest.fixture(scope="module")
    def parsed(nlp):
        return {name: top(nlp, text) for name, text in articles.items()}

    @pytest.mark.parametrize(("name", "cue", "source", "speaker", "content"),
                             [(n, *g[:3], g[3]) for n, gold in speakers.items() for g in gold])
    def named(parsed, name, cue, source, speaker, content):
        assert speaker_of(parsed[name], cue, source, content) == speaker

    @pytest.mark.parametrize(("name", "cue", "source", "content", "speaker"), known)
    @pytest.mark.xfail(strict=True, reason="a speaker still wrong (see the articles' KNOWN)")
    def still_wrong(parsed, name, cue, source, content, speaker):
        assert speaker_of(parsed[name], cue, source, content) == speaker

    return parsed, named, still_wrong
