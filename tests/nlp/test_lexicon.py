"""The lexicon: one loader, every packaged file loads, bad files are named, and each piece of
knowledge is written once."""

from __future__ import annotations

import json
import shutil

import pytest

from sourcebook.errors import SettingsError
from sourcebook.nlp.lexicon import (
    ATTRIBUTION_VERB_LISTS,
    DEFAULT_DIRECTORY,
    LexiconError,
    check_all,
    list_names,
    table,
    table_names,
    tagged,
    word_set,
    words,
)
from sourcebook.nlp.lexicon.schemas import SCHEMAS

#: each tag and the lists it may mark: +figures the attribution verbs the figure extractor
#: also reads, +speech the nouns of view that name words said ('in the words of X'), +by those
#: that take 'by' ('by her own account'), +from and +to those that take 'from' or 'to' ("to the coach's mind"),
#: +in the polls that source a clause with 'in' ('In a poll released Monday, X') and the +by nouns of view
#: that take 'in' as well ('in his reckoning'), +broadcast and +magazine the words of broadcasters' and magazines' names,
#: +clause the cue verbs that are cues only with a clause ('held that X'), +ordinal and +lead the rating verbs
#: that rate only with a rank ('places the state ninth') or a poll's lead ('had X up by five'); +measure the laws, rulings,
#: plans and deals among the source nouns, which hold no attitude ('The law is hostile to unions')
KNOWN_TAGS = {"in": ("attribution/poll_nouns", "attribution/view_nouns"),
              "from": ("attribution/view_nouns",), "to": ("attribution/view_nouns",),
              "figures": ATTRIBUTION_VERB_LISTS, "speech": ("attribution/view_nouns",),
              "by": ("attribution/view_nouns", "attribution/name_giving_verbs"), "as": ("attribution/name_giving_verbs",),
              "company": ("group_role_nouns",), "name": ("attribution/organisation_words",),
              "broadcast": ("newspaper_words",), "magazine": ("newspaper_words",),
              "clause": ("attribution/belief_verbs", "attribution/speech_verbs"),
              "ordinal": ("attribution/rating_verbs",), "lead": ("attribution/rating_verbs",),
              "measure": ("attribution/source_nouns",), "group": ("attribution/source_nouns",),
              "claim": ("attribution/taken_objects",),
              "call": ("attribution/taken_objects",), "signal": ("attribution/taken_objects",),
              "voice": ("attribution/taken_objects",), "hit": ("attribution/taken_objects",),
              "admit": ("attribution/taken_objects",), "post": ("attribution/taken_objects",),
              "sign": ("attribution/taken_objects",), "call_for": ("attribution/taken_objects",),
              "report_for": ("attribution/taken_objects",),
              "sing": ("attribution/taken_objects",), "say": ("attribution/taken_objects",),
              "record": ("attribution/taken_objects",),
              "confirm": ("attribution/taken_objects",),
              "see": ("attribution/taken_objects",), "write": ("attribution/taken_objects",),
              "order": ("attribution/taken_objects",), "acknowledge": ("attribution/taken_objects",),
              "declare": ("attribution/taken_objects",), "withdraw": ("attribution/taken_objects",),
              "cast": ("attribution/taken_objects",), "bare": ("attribution/taken_objects",),
              "thing": ("attribution/perception_verbs",),
              "show": ("attribution/show_business",), "look": ("attribution/show_business",),
              "level": ("figures/depth_subjects",),
              "more": ("figures/majority_words",), "less": ("figures/majority_words",),
              "size": ("figures/majority_words",),
              "fined": ("figures/payer_verbs",), "buyer": ("figures/payer_verbs",),
              "seller": ("figures/payer_verbs",), "receiver": ("figures/payer_verbs",),
              "granted": ("figures/payer_verbs",), "maker": ("attribution/story_frames",),
              "courtesy": ("titles",),
              **{tag: ("attribution/pressing_words",) for tag in ("on", "pressure", "drive", "give")},
              **{tag: ("attribution/kin_ends",) for tag in ("parent", "grandparent", "uncle", "upper", "lower")},
              "october": ("figures/fiscal_countries",), "april": ("figures/fiscal_countries",),
              "july": ("figures/fiscal_countries",), "starts": ("figures/fiscal_countries",),
              **{kind: ("cause_nouns",) for kind in ("earthquake", "aftershock", "tsunami", "weather", "fire",
                                                   "explosion", "eruption", "avalanche")}}


@pytest.fixture
def copy(tmp_path):
    """A copy of the packaged lexicon to break or extend."""
    target = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, target)
    return target


# ---------------------------------------------------------------- the packaged lexicon


def test_every_packaged_file_loads():
    check_all()
    assert len(list_names()) >= 40
    assert set(SCHEMAS) <= set(table_names())


@pytest.mark.parametrize("name", list_names())
def test_word_list_has_a_header_and_words(name):
    path = DEFAULT_DIRECTORY / f"{name}.txt"
    assert path.read_text("utf-8").startswith("#"), f"{path}: say what the list is for in a # header"
    assert words(name)


@pytest.mark.parametrize("name", list_names())
def test_tags_are_known_and_only_on_their_lists(name):
    for tag in KNOWN_TAGS:
        assert not tagged(name, tag) or name in KNOWN_TAGS[tag], f"{name}: +{tag} marks only {KNOWN_TAGS[tag]}"
    raw = (DEFAULT_DIRECTORY / f"{name}.txt").read_text("utf-8")
    for line in raw.splitlines():
        body = line.split("#", 1)[0]
        for part in body.split()[1:]:
            if part.startswith("+"):
                assert part[1:] in KNOWN_TAGS, f"{name}: unknown tag {part}"


def test_figure_cue_verbs_are_defined_once():
    """A verb that is both an attribution cue and a figure cue is tagged +figures in its
    attribution list, not repeated in figures/cue_verbs.txt."""
    attribution_verbs = frozenset().union(*(word_set(name) for name in ATTRIBUTION_VERB_LISTS))
    repeated = word_set("figures/cue_verbs") & attribution_verbs
    assert not repeated, f"tag these +figures in the attribution lists instead: {sorted(repeated)}"


def test_months_and_number_words_are_defined_once():
    """Months live in calendar.json and number words in numbers.json: no word list repeats
    them (one month name or number word may be another word: 'march', 'one')."""
    calendar = table("calendar")
    months = {w for key in ("months", "month_abbreviations", "weekdays") for w in calendar[key] if not w.startswith("_")}
    numbers = table("numbers")
    number_words = {w for key in ("units", "tens", "counting_words") for w in numbers[key] if not w.startswith("_")}
    for name in list_names():
        listed = word_set(name)
        assert len(listed & months) <= 1, f"{name} repeats calendar words: {sorted(listed & months)}"
        assert len(listed & number_words) <= 2, f"{name} repeats number words: {sorted(listed & number_words)}"


@pytest.mark.parametrize(
    "first, second",
    [
        ("attribution/speech_nouns", "attribution/belief_nouns"),
        ("attribution/relative_words", "attribution/relative_pronouns"),
        ("figures/cue_nouns", "figures/report_nouns"),
    ],
)
def test_lists_of_one_kind_do_not_overlap_beyond_the_known(first, second):
    """Lists that sort words into kinds: a word in both would be read as the first kind
    only. The few overlaps that exist are deliberate (listed here)."""
    deliberate = {
        ("attribution/speech_nouns", "attribution/belief_nouns"): {"opposition"},
        ("attribution/relative_words", "attribution/relative_pronouns"): {"which", "who", "whom", "whose"},
        ("figures/cue_nouns", "figures/report_nouns"): {"report", "reports"},
    }[(first, second)]
    assert word_set(first) & word_set(second) <= deliberate


# reconcile reads the lexicon without spaCy: tests/reconcile/test_measures.py
# (test_reconcile_does_not_import_spacy imports these modules too, in its one new process)


# ---------------------------------------------------------------- the loader


def test_word_list_format(copy):
    (copy / "test.txt").write_text("# a header\n\nsay  +figures # a comment\nweigh   in\n\n", "utf-8")
    assert words("test", copy) == ("say", "weigh in")
    assert tagged("test", "figures", copy) == {"say"}


@pytest.mark.parametrize(
    "content, problem",
    [
        ("# only a header\n", "lists no words"),
        ("say\ntell\nsay\n", "line 3: 'say' repeats line 1"),
        ("say +\n", "line 1"),
    ],
)
def test_bad_word_list_is_named(copy, content, problem):
    path = copy / "attribution" / "speech_verbs.txt"
    path.write_text(content, "utf-8")
    with pytest.raises(LexiconError) as caught:
        words("attribution/speech_verbs", copy)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_missing_file_is_named(copy):
    (copy / "figures" / "cue_verbs.txt").unlink()
    with pytest.raises(LexiconError, match=r"figures/cue_verbs\.txt: missing"):
        check_all(copy)


def test_missing_directory_is_named(tmp_path):
    with pytest.raises(LexiconError, match="no such directory"):
        words("attribution/speech_verbs", tmp_path / "nowhere")


@pytest.mark.parametrize(
    "name, change, problem",
    [
        ("numbers", lambda d: d["units"].update(seven="7"), "at 'units.seven': expected a number, found '7'"),
        ("numbers", lambda d: d.pop("tens"), "missing key 'tens'"),
        ("numbers", lambda d: d["vague"].update(dozens=[24]), "at 'vague.dozens': expected a list of two"),
        ("calendar", lambda d: d.update(seasons={}), "unknown key 'seasons'"),
        ("measures", lambda d: d["units"]["people"].update(words="people"), "at 'units.people.words': expected a list"),
        ("aliases", lambda d: d.update({"Reuters": "Reuters news agency"}), "at 'Reuters': expected a list"),
    ],
)
def test_table_schema_errors_name_the_file_and_the_key(copy, name, change, problem):
    path = copy / f"{name}.json"
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LexiconError) as caught:
        table(name, copy)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_invalid_json_is_named(copy):
    (copy / "calendar.json").write_text("{", "utf-8")
    with pytest.raises(LexiconError, match=r"calendar\.json: not valid JSON"):
        table("calendar", copy)


def test_lexicon_error_is_a_settings_error():
    assert issubclass(LexiconError, SettingsError)


def test_user_measures_file_is_checked(tmp_path, monkeypatch):
    from sourcebook.reconcile.classes import load_classes

    bad = tmp_path / "measures.json"
    bad.write_text(json.dumps({"units": {"tents": {"words": "tent"}}, "happenings": {}}), "utf-8")
    with pytest.raises(LexiconError, match=r"measures\.json: at 'units\.tents\.words'"):
        load_classes(str(bad))



# ---------------------------------------------------------------- what the tables say
# (unit as written, class, population): measures.json's unit classes. A new unit word gets
# its row here (docs/lexicons.md).
UNIT_CLASSES = [
    ("civilians", "people", "people"),
    ("marchers", "people", "people"),
    ("children", "people", "children"),
    ("doctors", "people", "doctors"),  # doctors and nurses are peers, neither a part of the other
    ("nurses", "people", "nurses"),
    ("paramedics", "people", "medical workers"),
    ("police officers", "people", "police"),  # a compound sub-group is the unit whole (figures.group_units)
    ("foreign nationals", "people", "foreigners"),
    ("pregnant women", "people", "pregnant women"),  # a group of its own, no rival count of all women
    ("customers", "people", "people"),  # whose data a breach exposed
    ("teachers", "people", "people"),  # who went on strike, marched, were hurt: people
    ("members", "people", "people"),  # "crew members": the parser's head is the last noun
    ("families", "families", "families"),  # families are no count of people ("400 families" vs "2,000 people")
    ("homes", "buildings", "buildings"),
    ("hospitals", "hospitals", "hospitals"),
    ("aid trucks", "trucks", "trucks"),  # trucks, tonnes and parcels of aid are different measures
    ("tonnes", "tonnes", "tonnes"),
    ("hectares", "area", "area"),  # a fire's burned area; a length is no measure
    ("vaccine doses", "doses", "doses"),
    ("dollars", "money", "money"),
    ("years", "durations", "durations"),
    ("tickets", "tickets", "tickets"),  # tickets sold, votes cast, seats won, downloads: no people counted
    ("ballots", "votes", "votes"),
    ("seats", "seats", "seats"),
    ("downloads", "downloads", "downloads"),
    ("suspects", "people", "people"),  # arrested, charged, convicted: people
    ("tents", None, None),
]


@pytest.mark.parametrize("unit, name, population", UNIT_CLASSES)
def test_unit_classes(unit, name, population):
    from sourcebook.reconcile.classes import load_classes

    found = load_classes(None).unit(unit)
    assert (found.name, found.population) == (name, population) if name else found is None
