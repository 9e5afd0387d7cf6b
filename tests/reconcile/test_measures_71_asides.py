"""Measures beside an article's asides: a quake's magnitude and its aftershocks' in one article, and a part stated
after its whole in one sentence (issue 12's "cross-article verdicts that compare unrelated numbers"), found in the
orvane-quake event corpus. 'A magnitude 6.4 earthquake struck the Orvane valley ..., the national civil protection
agency said. ... Several aftershocks above magnitude 4 followed.' gave a different_scope measure of 6.4 and 4 (in the
store, after the merge's ``verdicts._own_asides``, a single_source measure of the 6.4 alone), and 'Doctors at St
Anne's, Lisch's only hospital, said they had treated about 150 injured people, a dozen of them in critical condition'
a conflict between 'about 150' and 'a dozen' of one source. Each story is 1-2 dated articles with the hand gold:
the figures (article:number as written) that form one measure, and its verdict, checked on the figures as the
pipeline gives them (``test_measures_63._measures``) and as a build reads them back from its store
(``build.reconcile.reconcile_inputs``). Sentences, places and names written for these tests.

What was wrong, and the mends:

- The store gave a figure its sentence's place but not its text, so ``reconcile.measures.causes`` read no cause in
  any build: an earthquake's toll and an aftershock's were one count there, as were their magnitudes. The store now
  reads each figure's sentence text with it (``store.read.stored_figures``).
- A cause noun a reading apart from its verb ('An aftershock of magnitude 5.1 hit') was no cause: the words between
  may now hold a decimal (``causes``).
- Figures of two kinds of cause for one time and place gave a different_scope measure, though a quake's magnitude is
  no scope of its aftershocks' (``grouping._two_causes``).
- 'above magnitude 4' was an exact 4: a qualifier word written before the scale's name is the figure's
  (``figures.reading_bounds``).
- The figure after a report's content ('a dozen of them') names the source as written but has no attribution, so a
  build took it for a second source: one that names the source of a figure of its sentence that has one is that
  speaker's (``build.reconcile._told_by``), so ``items.without_parts`` takes it for the part it is.
- With ``verdicts._own_asides``, a stratum left with one figure gave a single_source measure of one; now none.

Counts on the 10 stories written before counting (5 gold measures in 4 stories; 6 stories with none), on the figures
as the pipeline gives them: before 7 right (the two magnitude stories wrong: a different_scope of 6.4 and 4, a
single_source of 5.9 alone; the third story's gold was first written as 'agree' for 5.9 and 5.8, against the decided
convention that two exact readings of one quake conflict, and set to it after the count), after 9 right; as a build
reads them back: before 5 right (the aftershock's toll joined the quake's, the dozen conflicted with its whole), after
9. The one left (a strict xfail) is 'organisers put the number at 15,000': 'put' names no happening. The orvane-quake
corpus now gives 5 measures, not 7 (no magnitude measure, no conflict at St Anne's); its gold is unchanged (3/3).
"""

from __future__ import annotations

import pytest

from sourcebook.build.reconcile import reconcile_inputs
from sourcebook.model import Article
from sourcebook.nlp.collect import collect
from sourcebook.reconcile.measures import build_measures
from sourcebook.store import Store

from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- a quake's magnitude and its aftershocks' in one article
    ("quake and aftershocks above a magnitude", [
        ("a", "2039-04-02", "A magnitude 6.4 earthquake struck the Varrick valley early on Saturday, killing at least "
                            "18 people, the national civil protection agency said. Several aftershocks above "
                            "magnitude 4 followed."),
    ], []),
    ("quake and an aftershock of a magnitude", [
        ("a", "2039-04-03", "A magnitude 5.9 earthquake hit Tessbury on Sunday, the seismology office said. An "
                            "aftershock of magnitude 5.1 hit the town two hours later."),
    ], []),
    ("two agencies' magnitudes beside an aftershock", [
        ("a", "2039-04-03", "A magnitude 5.9 earthquake hit Tessbury on Sunday, the seismology office said. An "
                            "aftershock of magnitude 4.6 shook the town in the afternoon."),
        ("b", "2039-04-03", "The earthquake that hit Tessbury on Sunday had a magnitude of 5.8, the geological "
                            "survey said."),
    ], [("conflict", {"a:5.9", "b:5.8"})]),
    ("an aftershock's toll apart from the quake's in one article", [
        ("a", "2039-04-05", "The earthquake killed 44 people in Oldmere on Monday, the interior ministry said. A "
                            "strong aftershock killed three more people in Oldmere on Tuesday."),
    ], []),
    # ---- a part stated after its whole
    ("injured and those in critical condition", [
        ("a", "2039-05-11", "Doctors at Bellmont General, the city's main hospital, said they had treated about 90 "
                            "injured people, a dozen of them in critical condition."),
    ], []),
    ("dead and children among them", [
        ("a", "2039-05-12", "The regional governor said 40 people had died in the floods in Carrow, 11 of them "
                            "children."),
    ], []),
    ("rescued and a part from one source", [
        ("a", "2039-05-12", "Firefighters in Hallick said they had rescued 65 people from the flooded streets, "
                            "about 20 of them elderly residents of a care home."),
    ], []),
    ("a whole and its part told twice across articles", [
        ("a", "2039-05-12", "Police said 30 people were injured in the stampede in Morrow Park, eight of them "
                            "seriously."),
        ("b", "2039-05-12", "Thirty people were injured in the stampede in Morrow Park, the ambulance service said."),
    ], [("agree", {"a:30", "b:Thirty"})]),
    # ---- look-alikes that must still be compared
    ("two sources in one sentence still conflict", [
        ("a", "2039-06-01", "Police said 4,000 people marched through Pelham on Saturday, while organisers put the "
                            "number at 15,000."),
    ], [("conflict", {"a:4,000", "a:15,000"})]),
    ("a quake's toll rising, no aftershock", [
        ("a", "2039-04-05", "The earthquake killed 44 people in Oldmere on Monday, the interior ministry said."),
        ("b", "2039-04-07", "The earthquake in Oldmere has killed 61 people, the interior ministry said on "
                            "Wednesday."),
    ], [("changed_over_time", {"a:44", "b:61"})]),
]


STILL_WRONG = {
    "two sources in one sentence still conflict": "'organisers put the number at 15,000': 'put' names no happening, so "
                                                  "the organisers' count takes part in no measure",
}


def _cases():
    for name, articles, gold in STORIES:
        marks = [pytest.mark.xfail(strict=True, reason=STILL_WRONG[name])] if name in STILL_WRONG else []
        yield pytest.param(name, articles, gold, marks=marks, id=name)


@pytest.mark.parametrize(("name", "articles", "gold"), list(_cases()))
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


def _stored_measures(nlp, path, articles) -> set[tuple[str, frozenset[str]]]:
    """The measures of ``articles`` as a build finds them: extracted, stored, read back and merged."""
    with Store(str(path / "asides.db"), create=True) as store:
        for article, published, text in articles:
            doc = nlp.make_doc(text)
            doc._.sourcebook_published = published
            for _name, proc in nlp.pipeline:
                doc = proc(doc)
            store.add_articles([(Article(article, text, article, published=published), collect(doc))])
        _speakers, inputs = reconcile_inputs(store)
    written = {src.figure_id: f"{src.article_id}:{src.figure.span.text}" for src in inputs}
    return {(m.verdict, frozenset(written[member.figure_id] for member in m.members)) for m in build_measures(inputs)}


@pytest.mark.parametrize(("name", "articles", "gold"), list(_cases()))
def test_measures_of_a_build(nlp, tmp_path, name, articles, gold):
    assert _stored_measures(nlp, tmp_path, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("sentence", "number", "qualifier"),
    [
        ("Several aftershocks above magnitude 4 followed the quake.", "4", "more than"),
        ("An aftershock of around magnitude 5 shook Tessbury.", "5", "around"),
        ("Aftershocks of over magnitude 3 were felt in Pellam.", "3", "more than"),
        ("A magnitude 6.1 earthquake struck Pellam on Monday.", "6.1", "exact"),
    ],
)
def test_a_qualifier_before_the_scale(nlp, sentence, number, qualifier):
    figure = next(f for f in nlp(sentence)._.sourcebook_figures if f.span.text == number)
    assert (figure.unit, figure.qualifier) == ("magnitude", qualifier)


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("Several aftershocks above magnitude 4 followed.", "aftershock"),
        ("An aftershock of magnitude 5.1 hit the town two hours later.", "aftershock"),
        ("A magnitude 6.4 earthquake struck the valley on Friday.", "earthquake"),
    ],
)
def test_the_cause_of_a_reading(nlp, sentence, cause):
    from sourcebook.reconcile.measures.causes import cause_of

    figure = next(f for f in nlp(sentence)._.sourcebook_figures if f.unit == "magnitude")
    assert cause_of(figure) == cause
