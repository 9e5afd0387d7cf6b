"""Browsing and reviewing a store on SQLite and PostgreSQL: search, filters and pages of
articles, speakers, statements and measures (``store.browse``), and the review history
(``store.reviews``), over hand-built records."""

from __future__ import annotations

import pytest

from sourcebook.errors import NotFound, SettingsError
from sourcebook.model import (
    VERDICT_ORDER,
    Article,
    Attribution,
    Extraction,
    Figure,
    Measure,
    MeasureMember,
    Origin,
    Span,
    Speaker,
)
from sourcebook.store import Store, browse
from sourcebook.store.reviews import add_review, reviews

FIRST = 'Harbour officials said 40 boats sank. "We lost everything," Ana Ruiz said.'
SECOND = "Ana Ruiz said 55 boats sank in the storm.\n\nThe 50% Club said   the harbour reopened."


def _article(article_id: str, text: str, stem: str, outlet: str, published: str) -> Article:
    return Article(id=article_id, text=text, stem=stem, title=stem.title(), outlet=outlet, published=published,
                   origin=Origin(f"/data/{stem}.txt"))


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def records() -> list[tuple[Article, Extraction]]:
    first = _article("aaaa1111", FIRST, "harbour", "The Test", "2031-01-02")
    second = _article("bbbb2222", SECOND, "storm", "Other Paper", "2031-01-05")
    return [
        (first, Extraction(
            attributions=(
                Attribution("a1", "indirect", _span(FIRST, "Harbour officials"), _span(FIRST, "said"),
                            (_span(FIRST, "40 boats sank"),), speaker="Harbour officials"),
                Attribution("a2", "direct", _span(FIRST, "Ana Ruiz"), None, (_span(FIRST, "We lost everything,"),),
                            speaker="Ana Ruiz", relayed_by="Wire Agency"),
            ),
            figures=(Figure("f1", _span(FIRST, "40"), 40.0, 40.0, 40.0, "exact", unit="boats", predicate="sank",
                            according_to="Harbour officials", attribution="a1",
                            sentence=_span(FIRST, "Harbour officials said 40 boats sank.")),),
        )),
        (second, Extraction(
            attributions=(
                Attribution("a1", "indirect", _span(SECOND, "Ana Ruiz"), _span(SECOND, "said"),
                            (_span(SECOND, "55 boats sank in the storm"),), speaker="Ana Ruiz"),
                Attribution("a2", "indirect", _span(SECOND, "The 50% Club"), _span(SECOND, "Club said"),
                            (_span(SECOND, "the harbour reopened"),), speaker="The 50% Club"),
            ),
            figures=(Figure("f1", _span(SECOND, "55"), 55.0, 55.0, 55.0, "exact", unit="boats", predicate="sank",
                            according_to="Ana Ruiz", attribution="a1",
                            sentence=_span(SECOND, "Ana Ruiz said 55 boats sank in the storm.")),),
        )),
    ]


RUIZ = Speaker("sp_ruiz", "Ana Ruiz", "person", None, ("Ana Ruiz", "Ruiz"))
OFFICIALS = Speaker("sp_officials", "Harbour officials", "organisation")
CLUB = Speaker("sp_club", "The 50% Club", "organisation")
SPEAKERS = {"aaaa1111:a1": OFFICIALS, "aaaa1111:a2": RUIZ, "bbbb2222:a1": RUIZ, "bbbb2222:a2": CLUB}
BOATS = (MeasureMember("aaaa1111:f1", "aaaa1111", 23, 25), MeasureMember("bbbb2222:f1", "bbbb2222", 14, 16))
MEASURES = [
    Measure("m_agree", "boats sank (agreeing)", "agree", BOATS, "boats|sank", "overlap"),
    Measure("m_single", "boats sank (one source)", "single_source", BOATS[:1], "boats|sank", "one source"),
    Measure("m_conflict", "boats sank", "conflict", BOATS, "boats|sank", "40 against 55 on the same day"),
]


@pytest.fixture
def store(store_url):
    s = Store(store_url, create=True)
    s.add_articles(records())
    s.replace_reconciliation(SPEAKERS, MEASURES)
    yield s
    s.close()


def test_search_filters_and_pages_of_articles(store):
    total, hits = browse.search_articles(store)
    assert total == 2 and [h.id for h in hits] == ["bbbb2222", "aaaa1111"]  # newest first
    assert (hits[1].attributions, hits[1].figures, hits[1].published_estimated) == (2, 1, False)
    assert [h.id for h in browse.search_articles(store, q="storm")[1]] == ["bbbb2222"]
    assert [h.id for h in browse.search_articles(store, q="everything")[1]] == ["aaaa1111"]
    assert browse.search_articles(store, q="zzqqnotaword") == (0, [])
    for q in ('"', "NEAR(a b)", "*", "a AND OR NOT", "'; DROP TABLE articles; --"):
        browse.search_articles(store, q=q)  # search syntax never reaches the database as code
    assert browse.search_articles(store)[0] == 2
    assert [h.id for h in browse.search_articles(store, outlet="The Test")[1]] == ["aaaa1111"]
    assert [h.id for h in browse.search_articles(store, date_from="2031-01-03")[1]] == ["bbbb2222"]
    assert [h.id for h in browse.search_articles(store, date_to="2031-01-02")[1]] == ["aaaa1111"]
    assert [h.id for h in browse.search_articles(store, limit=1, offset=1)[1]] == ["aaaa1111"]
    assert browse.outlets(store) == ["Other Paper", "The Test"]


def test_speakers_and_their_statements(store):
    total, rows = browse.list_speakers(store, None, 10, 0)
    assert total == 3 and rows[0].id == "sp_ruiz" and (rows[0].statements, rows[0].articles) == (2, 2)
    assert rows[0].aliases == ("Ana Ruiz", "Ruiz")
    assert [r.id for r in browse.list_speakers(store, "ruiz", 10, 0)[1]] == ["sp_ruiz"]
    assert [r.id for r in browse.list_speakers(store, "%", 10, 0)[1]] == ["sp_club"]  # wildcards taken literally
    assert browse.list_speakers(store, "_", 10, 0)[0] == 0
    assert browse.list_speakers(store, None, 1, 1)[1][0].id != "sp_ruiz"
    assert browse.speaker(store, "sp_ruiz") == RUIZ
    assert browse.speaker(store, "sp_nobody") is None
    total, statements = browse.speaker_statements(store, "sp_ruiz", 10, 0)
    assert total == 2 and [s.article_id for s in statements] == ["aaaa1111", "bbbb2222"]  # oldest first
    quote = statements[0]
    assert quote.contents == ("We lost everything,",) and quote.offset == FIRST.index("We lost")
    assert quote.document == "harbour.txt" and quote.relayed_by == "Wire Agency"
    fields = browse.speaker_fields(store, ["sp_ruiz", "sp_club", "sp_nobody"])
    assert {sid: found[:3] for sid, found in fields.items()} == {
        "sp_ruiz": ("Ana Ruiz", "person", None), "sp_club": ("The 50% Club", "organisation", None)}
    assert browse.speaker_fields(store, []) == {}


def test_measures_in_verdict_order_with_their_values(store):
    total, rows = browse.list_measures(store, None, 10, 0)
    assert total == 3 and [m.id for m in rows] == ["m_conflict", "m_agree", "m_single"]
    assert [VERDICT_ORDER.index(m.verdict) for m in rows] == sorted(VERDICT_ORDER.index(m.verdict) for m in rows)
    assert [m.members for m in rows] == [2, 2, 1]
    assert [m.id for m in browse.list_measures(store, "agree", 10, 0)[1]] == ["m_agree"]
    assert [m.id for m in browse.list_measures(store, None, 1, 1)[1]] == ["m_agree"]
    assert browse.measure_row(store, "m_conflict").why == "40 against 55 on the same day"
    assert browse.measure_row(store, "m_nothere") is None
    values = browse.measure_values(store, ["m_conflict", "m_single"])
    assert [v.figure_id for v in values["m_conflict"]] == ["aaaa1111:f1", "bbbb2222:f1"]  # oldest first
    first = values["m_conflict"][0]
    assert (first.written, first.value, first.relayed_by, first.document) == ("40", 40.0, None, "harbour.txt")
    assert first.sentence == "Harbour officials said 40 boats sank."
    assert browse.measure_values(store, []) == {}
    found = browse.figure_measures(store, ["aaaa1111:f1", "bbbb2222:f1"])
    assert [m for m, _, _ in found["aaaa1111:f1"]] == ["m_agree", "m_conflict", "m_single"]
    assert [m for m, _, _ in found["bbbb2222:f1"]] == ["m_agree", "m_conflict"]


def test_reviews_are_kept_beside_the_records(store):
    first = add_review(store, "aaaa1111:f1", "disputed", "desk", "not in the recording")
    second = add_review(store, "aaaa1111:f1", "verified", "desk")
    other = add_review(store, "bbbb2222:a1", "wrong", "ed")
    assert (first.target_type, first.article_id, other.target_type) == ("figure", "aaaa1111", "attribution")
    assert [r.id for r in reviews(store)] == [first.id, second.id, other.id]  # oldest first
    assert [r.status for r in reviews(store, target_id="aaaa1111:f1")] == ["disputed", "verified"]
    assert [r.id for r in reviews(store, article_id="bbbb2222")] == [other.id]
    with pytest.raises(NotFound, match="aaaa1111:f9"):
        add_review(store, "aaaa1111:f9", "verified", "desk")
    with pytest.raises(SettingsError, match="valid: verified, disputed, wrong"):
        add_review(store, "aaaa1111:f1", "fine", "desk")
    assert store.count("reviews") == 3
    assert store.extraction("aaaa1111").figures[0].value == 40.0  # what was extracted is untouched


def test_aliases_include_how_the_articles_wrote_the_speaker(store_url):
    """A real build stores no name variant (reconciliation sees resolved names), so the ways
    the sources were written become the aliases: without the name itself, pronouns, leading
    articles or appositions."""
    text = ('Coach Ana Ruiz said the pier held. "It held," Ruiz said. She said 3 boats were lost. '
            'The harbour office said it agreed. Ana Ruiz, the coach, said nothing else.')
    statements = [("a1", "Coach Ana Ruiz", "the pier held"), ("a2", "Ruiz", "It held,"), ("a3", "She", "3 boats were lost"),
                  ("a4", "Ana Ruiz, the coach", "nothing else")]
    atts = tuple(Attribution(local, "indirect", _span(text, source), None, (_span(text, content),), speaker="Ana Ruiz")
                 for local, source, content in statements)
    plain_ruiz = Speaker("sp_ruiz2", "Ana Ruiz", "person")
    with Store(store_url, create=True) as s:
        s.add_articles([(_article("cccc3333", text, "pier", "The Test", "2031-01-09"), Extraction(attributions=atts))])
        s.replace_reconciliation({f"cccc3333:{local}": plain_ruiz for local, _, _ in statements}, [])
        assert browse.speaker(s, "sp_ruiz2").aliases == ("Coach Ana Ruiz", "Ruiz")
        assert browse.list_speakers(s, None, 10, 0)[1][0].aliases == ("Coach Ana Ruiz", "Ruiz")


def test_search_hits_carry_a_passage_with_the_words_found(store):
    (hit,) = browse.search_articles(store, q="storm boats")[1]
    assert "55 boats sank in the storm" in hit.snippet
    assert {hit.snippet[s:e].lower() for s, e in hit.highlights} == {"boats", "storm"}
    assert browse.search_articles(store)[1][0].snippet is None  # no search, no passage
