"""Stories: articles about one event grouped by shared names and distinctive words within a
time window (``reconcile.stories``). The articles here are written for these tests."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from sourcebook.reconcile.stories import StoryInput, build_stories, story_id

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

FLOOD = [
    ("f1", "2031-03-02", "River Varn bursts its banks in Varnholm",
     "The River Varn burst its banks in Varnholm on Sunday, flooding the old market and the ferry quay. "
     "Mayor Ilse Brandvik said 300 homes were under water and the Varnholm ferry would not run. "
     "Sandbags were handed out at the fire station on Quay Street.",
     (("River Varn", "LOC"), ("Varnholm", "GPE"), ("Ilse Brandvik", "PERSON"), ("Quay Street", "FAC"))),
    ("f2", "2031-03-03", "Varnholm counts flood damage as the Varn recedes",
     "Floodwater from the Varn began to recede in Varnholm on Monday. Ilse Brandvik, the mayor, said "
     "the market flooding had damaged 310 homes and the ferry quay. Volunteers filled sandbags at Quay Street.",
     (("Varn", "LOC"), ("Varnholm", "GPE"), ("Ilse Brandvik", "PERSON"), ("Quay Street", "FAC"))),
    ("f3", None, "Flood bulletin",
     "Residents of Varnholm whose homes flooded when the River Varn burst its banks can collect sandbags and "
     "blankets at the ferry quay, the mayor's office said. Ilse Brandvik thanked the volunteers.",
     (("Varnholm", "GPE"), ("River Varn", "LOC"), ("Ilse Brandvik", "PERSON"))),
]
MINE = [
    ("m1", "2031-03-03", "Miners trapped at Dremmel colliery",
     "Eleven miners were trapped underground at the Dremmel colliery after a tunnel collapsed on Monday, "
     "the Kestrel Mining Company said. Rescue teams drilled a shaft towards the trapped miners overnight.",
     (("Dremmel", "GPE"), ("Kestrel Mining Company", "ORG"))),
    ("m2", "2031-03-05", "Dremmel rescue reaches the trapped miners",
     "Rescuers at the Dremmel colliery reached the eleven trapped miners on Wednesday through a drilled "
     "shaft, Kestrel Mining Company said. The tunnel collapse is being investigated.",
     (("Dremmel", "GPE"), ("Kestrel Mining Company", "ORG"))),
]
BUDGET = [
    ("b1", "2031-03-04", "Calloway council passes its budget",
     "Calloway city council passed next year's budget by seven votes to four on Tuesday, raising library "
     "hours and cutting the parking levy, councillor Odette Marsh said.",
     (("Calloway", "GPE"), ("Odette Marsh", "PERSON"))),
    ("b2", "2031-03-06", "Calloway budget vote angers shop owners",
     "Shop owners in Calloway said the council's budget, passed on Tuesday, cut the parking levy too little. "
     "Odette Marsh defended the budget vote and the longer library hours.",
     (("Calloway", "GPE"), ("Odette Marsh", "PERSON"))),
]


def articles(rows) -> list[StoryInput]:
    return [StoryInput(aid, published, title, text, entities) for aid, published, title, text, entities in rows]


def groups(stories) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in stories}


def test_articles_about_one_event_form_one_story_and_other_events_their_own():
    stories = build_stories(articles(FLOOD + MINE + BUDGET))
    assert groups(stories) == {frozenset({"f1", "f2", "f3"}), frozenset({"m1", "m2"}), frozenset({"b1", "b2"})}
    assert [len(s.articles) for s in stories] == [3, 2, 2]  # most articles first


def test_the_same_articles_give_the_same_stories_and_ids_in_any_order():
    rows = FLOOD + MINE + BUDGET
    first = build_stories(articles(rows))
    for seed in range(5):
        shuffled = list(rows)
        random.Random(seed).shuffle(shuffled)
        assert build_stories(articles(shuffled)) == first


def test_a_story_is_named_after_its_earliest_article_and_keeps_that_id_when_later_ones_join():
    alone = build_stories(articles(FLOOD[:1]))
    grown = build_stories(articles(FLOOD))
    assert alone[0].id == grown[0].id == story_id("f1")
    assert grown[0].articles == ("f1", "f2", "f3")  # time order, the undated article last
    assert (grown[0].first, grown[0].last) == ("2031-03-02", "2031-03-03")


def test_an_undated_article_joins_by_content_alone():
    stories = build_stories(articles(FLOOD[2:] + MINE))
    assert frozenset({"f3"}) in groups(stories)
    stories = build_stories(articles(FLOOD))
    assert groups(stories) == {frozenset({"f1", "f2", "f3"})}


def test_the_same_words_months_apart_are_two_stories():
    later = [("f9", "2031-07-20", "River Varn floods Varnholm again",
              "The River Varn burst its banks in Varnholm again on Sunday, flooding the market and the ferry quay. "
              "Ilse Brandvik said homes were under water and sandbags were handed out at Quay Street.",
              (("River Varn", "LOC"), ("Varnholm", "GPE"), ("Ilse Brandvik", "PERSON"), ("Quay Street", "FAC")))]
    stories = build_stories(articles(FLOOD[:2] + later))
    assert groups(stories) == {frozenset({"f1", "f2"}), frozenset({"f9"})}


def test_the_label_names_what_the_articles_share_and_when():
    stories = build_stories(articles(FLOOD + MINE + BUDGET))
    flood = next(s for s in stories if "f1" in s.articles)
    assert "Varnholm" in flood.label and "Ilse Brandvik" in flood.label
    assert flood.label.endswith("· 2-3 Mar 2031")
    assert "Varnholm" in flood.names
    single = build_stories(articles(MINE[:1]))[0]
    assert single.label == "Miners trapped at Dremmel colliery · 3 Mar 2031"  # a story of one: its title


def test_no_articles_no_stories():
    assert build_stories([]) == []


def test_many_articles_stay_cheap():
    """1,000 articles about 50 events: grouped correctly in seconds (the pass is about linear)."""
    rnd = random.Random(5)
    common = [f"common{i}" for i in range(2000)]
    items = []
    for k in range(1000):
        event = k % 50
        own = [f"event{event}word{j}" for j in range(10)]
        day = f"2031-{1 + event % 12:02d}-{1 + rnd.randint(0, 5):02d}"
        text = " ".join(rnd.choices(common, k=200) + rnd.choices(own, k=30))
        items.append(StoryInput(f"a{k:05d}", day, None, text, ((f"Town{event}", "GPE"),)))
    started = time.perf_counter()
    stories = build_stories(items)
    assert time.perf_counter() - started < 30
    assert len(stories) == 50 and {len(s.articles) for s in stories} == {20}


def _texts(folder: Path) -> list[StoryInput]:
    return [StoryInput(p.stem, None, None, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def test_the_bundled_examples_are_one_story():
    assert len(build_stories(_texts(ROOT / "examples"))) == 1


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="the seed articles (../shared/seeds) are not here")
def test_the_seed_articles_are_one_story():
    assert len(build_stories(_texts(SHARED / "seeds"))) == 1


POLNEAR_DEV = SHARED / "corpora" / "polnear" / "dev" / "text"


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR dev (../shared/corpora/polnear/dev) is not here")
def test_political_articles_on_many_subjects_give_several_small_stories():
    """84 articles from Sept-Oct 2016 on many subjects: several stories of a few articles each,
    neither one giant story nor only stories of one (dates from the file names)."""
    items = [StoryInput(p.stem, p.stem.split("_")[1], None, p.read_text(encoding="utf-8"))
             for p in sorted(POLNEAR_DEV.glob("*.txt"))]
    stories = build_stories(items)
    sizes = [len(s.articles) for s in stories]
    assert sum(1 for n in sizes if n > 1) >= 5
    assert max(sizes) <= 10


def test_a_store_of_one_article_is_one_story_of_it_without_weighing_pairs(monkeypatch):
    """One article has no pair: its story is built without the vectors (nor scipy's import)."""
    from sourcebook.reconcile import stories as module

    def no_vectors(items):
        raise AssertionError("vectors built for a single article")

    monkeypatch.setattr(module, "_vectors", no_vectors)
    [story] = build_stories([StoryInput("a1", "2031-05-02", "Ferry runs aground off Kelvary", "The ferry ran aground.")])
    assert story.articles == ("a1",) and story.id == story_id("a1")
    assert story.label == "Ferry runs aground off Kelvary · 2 May 2031"


@pytest.mark.parametrize("text", [
    "Harbour’s pilots said the Kelvary ferry’s hull held.",
    "Tolls rose 12% in 2031; the co-op's board met, then re-met!",
    "", "a an of", "O’Dowd-Reyes and l’Étang wrote",
])
def test_words_are_the_matches_of_the_word_pattern_in_lower_case(text):
    from sourcebook.reconcile.stop_words import stop_words
    from sourcebook.reconcile.stories import _WORD, _words

    expected = [w for w in (m.group().lower().replace("’", "'") for m in _WORD.finditer(text))
                if len(w) > 2 and w not in stop_words()]
    assert _words(text) == expected
