"""A second reader's check of the sixty-seventh pass's second wave of attribution rules (helpers C, K, L, N, M):
for each new or changed rule, sentences it was not written for, near-misses where it must not fire and true cases
worded otherwise than its own tests. Every sentence is written for this file, with made-up names, places and bodies.

Rules and what this reading found (on main before this pass's mends). ``closing_findings`` fine: a finding closing
its sentence in other words ('the statistics office reported', 'police figures suggest', 'tests by the agency
showed') reports the clause, and a verb in a relative clause on a noun of the clause ('a rate the survey found
worrying', 'the lowest the club has seen', 'more than the council had forecast') reports nothing. ``copula_roles``
fine on near-misses ('is not the mayor', 'wants to be mayor', 'is the son of a miner', 'is married to a nurse', 'is
a teacher's aide', 'is the mayor's sister') but under-fired on a role's word with no article that the parser tags
an adjective ('Ines Daro was headteacher at Brell Academy'); mended in ``copula_roles._a_noun`` (a role noun of
``role_nouns.txt`` tagged an adjective with no adverb of its own). 'has been harbour master' is still missed (the
parser splits the role into an adjective and a predicate). ``capital_names`` fine. ``stock_orders`` fine on
directives ('ordered 3,000 troops to the border', 'an inquiry', 'the release of 40 protesters', 'dozens of
prisoners home') but under-fired on a count's noun ('ordered dozens of laptops', 'hundreds of beds': a report with
the goods as its content); mended in ``stock_orders`` (a noun the recogniser tags a number counts). Goods 'from' a
maker are read as sent (harmless with nothing else to report), and a purpose after the goods ('ordered 40 jets to
replace its old fleet') is taken for an order's words: strict xfails. ``noun_verbs._said_clause`` fine ('Dorn Water
forecast that X', 'Analysts at Crane Bank forecast that X'; 'The forecast that X proved wrong' no source 'The').
``given_roles.acronym_role`` fine ('The CFO' a role named Orla Penn; 'The FBI', 'The NHS', 'The BBC' stay bodies
given no person). ``role_synonyms._owned_by_name`` fine (not another body's chief, not a council's leader for 'the
company's boss'). ``talks_given`` and ``carried_displays`` fine (a sign torn down keeps the sign, not the police,
as its source); 'gave a sermon in which he urged calm' gives no report as before the wave ('calm' an adjective).
``bidden`` under-fired on an order's verb tagged a proper noun whose object the parser took for its apposition
('Contact the council if you believe X'); mended in ``bidden``: a noun phrase right after it with no comma is its
object. ``data_cache`` fine (a folder removed mid-way, a cache that cannot be made, a cached folder emptied, a
source that cannot be looked at).

Of the 88 checks here, 79 passed on main before the mends and 84 pass after (4 strict xfails); the mended are
'ordered dozens of laptops' (twice), 'ordered hundreds of beds', 'Contact the council' and 'was headteacher at'. On
PolNeAR train the three mends change no record (13049 right of 15662 before and after), dev 1416 of 1711 before and
after; ``evaluate speakers`` on dev (0.960, 529 of 551) and on train's gold (0.947, 234 of 247) unchanged.
"""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _with_cue(found, cue):
    return [r for r in found if r.cue is not None and cue in r.cue.text.split()]


def _bare(text):
    return text.strip("\"'\u201c\u201d")


def _shown(found):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)) for r in found]


def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# ---------------------------------------------------------------------------------------------- reports kept


REPORTS = [
    # a finding closing its sentence after a comma, worded otherwise (``closing_findings``)
    ("Unemployment in Kelby fell to 4.1%, the statistics office reported.", "reported", "the statistics office",
     "Unemployment in Kelby fell to 4.1%"),
    ("Nine in ten nurses feel overworked, a poll by Carewatch found.", "found", "a poll by Carewatch",
     "Nine in ten nurses feel overworked"),
    ("Burglaries in Brell rose 8% last year, police figures suggest.", "suggest", "police figures",
     "Burglaries in Brell rose 8% last year"),
    ("Half of the bridges in Orwell need repair, an audit by the council concluded.", "concluded",
     "an audit by the council", "Half of the bridges in Orwell need repair"),
    ("The river was twice as dirty as in 2020, tests by the agency showed.", "showed", "tests by the agency",
     "The river was twice as dirty as in 2020"),
    # 'order' with people sent, or a directive (``stock_orders``)
    ("General Hask ordered 3,000 troops to the border.", "ordered", "General Hask", None),
    ("The judge ordered an inquiry into the deaths.", "ordered", "The judge", None),
    ("The governor ordered 12 prisoners released on Friday.", "ordered", "The governor", None),
    ("The mayor ordered 50 buses to stay in the depot during the strike.", "ordered", "The mayor", None),
    ("The court ordered the release of 40 protesters.", "ordered", "The court", None),
    # 'X forecast that Y' (``noun_verbs._said_clause``)
    ("Her estimate that 400 jobs would go was too low.", "estimate", "Her", "400 jobs would go"),
    ("Dorn Water forecast that bills would rise by 9% next year.", "forecast", "Dorn Water",
     "bills would rise by 9% next year"),
    ("The Kelby Met Office forecast that the rain would spread north overnight.", "forecast",
     "The Kelby Met Office", None),
    ("Analysts at Crane Bank forecast that rates would fall in May.", "forecast", "Analysts at Crane Bank", None),
    ("Brisk Airways forecast that profits would halve.", "forecast", "Brisk Airways", "profits would halve"),
    # initials of a role (``given_roles.acronym_role``) and of a body
    ("The CFO said margins would improve next year.", "said", "The CFO", None),
    ("The company's CEO said the plant would stay open.", "said", "The company's CEO", None),
    ("The FBI said the suspect had fled to Brell.", "said", "The FBI", None),
    ("The NHS said waiting lists had grown again.", "said", "The NHS", None),
    # a talk with its words, and a sign carried (``talks_given``, ``carried_displays``)
    pytest.param("The bishop gave a sermon in which he urged calm.", "urged", "he", None, marks=_xfail(
        "'urged calm' with 'calm' tagged an adjective gives 'urged' no content, so no report; the same on main before "
        "the wave ('sermon' or 'speech' alike): not ``talks_given``")),
    ("The bishop gave a sermon in which he urged the town to stay calm.", "urged", "he", None),
    ("The envoy held a briefing at which she warned that talks could collapse.", "warned", "she", None),
    ('Marchers carried banners reading "Save our pool".', "reading", "Marchers", "Save our pool"),
    ('Nurses waved placards that read "Pay us fairly".', "read", "Nurses", "Pay us fairly"),
    # a reader's view after an order with no cue of its own (``bidden``): a report with its own subject kept
    ("Kelby bus fares to rise\n\nCommuters believe the rise is unfair, a survey found.", "believe", "Commuters",
     None),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), REPORTS)
def test_a_report_is_kept(nlp, text, cue, source, content):
    found = _with_cue(records(nlp, text), cue)
    assert any(r.source is not None and r.source.text == source and (
        content is None or r.contents and _bare(r.contents[0].text) == _bare(content)) for r in found), _shown(found)


# ---------------------------------------------------------------------------------------------- no report


NONE = [
    # a clause that is no finding closing its sentence (``closing_findings``)
    ("Turnout was 37%, a rate the survey found worrying.", "found"),
    ("Sales rose 12%, a figure the firm found encouraging.", "found"),
    ("Attendance fell to 2,000, the lowest the club has seen.", "seen"),
    ("The lake froze over, something few people in Kelby remember.", "remember"),
    # goods ordered (``stock_orders``)
    ("The airline has ordered 40 aircraft from Vesta.", "ordered"),
    ("Brell council ordered 12 new buses last year.", "ordered"),
    ("The hospital ordered 300 more ventilators in March.", "ordered"),
    ("The school ordered dozens of laptops for its pupils.", "ordered"),
    ("The navy has ordered six frigates worth \u00a38bn.", "ordered"),
    pytest.param("The airline ordered 40 jets to replace its old fleet.", "ordered", marks=_xfail(
        "a purpose after the goods reads as an order's infinitive ('ordered 50 buses to stay in the depot' is one): "
        "'40 jets to replace its old fleet' is taken for the order's words")),
    # a sign spoiled or removed (``carried_displays``)
    ('The council painted over a mural reading "Free Kelby".', "reading"),
    # a report's verb in a relative clause on a noun of the clause before ('a rate the survey found'), a comparison
    ("Rents rose 9%, more than the council had forecast.", "forecast"),
    ("Crime fell by a third, a drop the minister called remarkable.", "called"),
    # a bare talk (``talks_given``)
    ("The chancellor will deliver her budget speech on Wednesday.", "deliver"),
    ("The author gave a reading at Brell library last night.", "gave"),
    # an order with a reader's view (``bidden``)
    ("Kelby bus fares to rise\n\nEmail us if you think your fare was wrongly charged.", "think"),
    ("Brell school closes\n\nContact the council if you believe your child has lost a place.", "believe"),
]


@pytest.mark.parametrize(("text", "cue"), NONE)
def test_a_lookalike_reports_nothing(nlp, text, cue):
    assert _with_cue(records(nlp, text), cue) == [] or all(
        r.source is None and not r.contents for r in _with_cue(records(nlp, text), cue))


# ---------------------------------------------------------------------------------------------- a noun after 'that'


NOT_A_REPORT_OF = [
    # a noun with its own 'that' clause is no subject of a verb 'forecast' (``noun_verbs._said_clause``)
    ("The forecast that rain would spread north proved wrong.", "forecast"),
    ("The claim that the mill had closed is false.", "claim"),
    ("A warning that the dam could fail was ignored.", "warning"),
]


@pytest.mark.parametrize(("text", "noun"), NOT_A_REPORT_OF)
def test_a_noun_with_a_clause_is_no_source(nlp, text, noun):
    found = records(nlp, text)
    assert not [r for r in found if r.source is not None and r.source.text.split()[0] in ("The", "Her", "A")
                and r.cue is not None and r.cue.text == "proved"], _shown(found)
    assert not [r for r in found if r.cue is not None and r.cue.text == noun and r.source is not None
                and r.source.text in ("The", "Her", "A")], _shown(found)


# ---------------------------------------------------------------------------------------------- speakers


SPEAKERS = [
    # a role a copula gives (``copula_roles``), worded otherwise
    ("Lena Marsh is chief executive of Dorn Water. The chief executive said bills would rise.",
     "The chief executive", "Lena Marsh"),
    pytest.param("Ravi Stoll has been harbour master in Kelby since 2015. The harbour master said the quay was unsafe.",
     "The harbour master", "Ravi Stoll", marks=_xfail(
         "the parser reads 'harbour' as the copula's adjective and 'master' as its predicate: no noun of a role "
         "after the copula (the same with 'head teacher' only when it has an article)")),
    ("Ravi Stoll has been the harbour master in Kelby since 2015. The harbour master said the quay was unsafe.",
     "The harbour master", "Ravi Stoll"),
    # a role's word with no article, tagged an adjective (mended: ``copula_roles._a_noun``)
    ("Marta Quell was chief of the Kelby fire service for years. The chief said the budget had been cut.",
     "The chief", "Marta Quell"),
    ("Tobias Wren became headmaster of Orwell Grammar in May. The headmaster said exams would go ahead.",
     "The headmaster", "Tobias Wren"),
    ("Hana Ostrow was elected mayor of Brell last week. The mayor said the buses would run all night.",
     "The mayor", "Hana Ostrow"),
    ("Hana Ostrow remains treasurer of the Kelby Rowing Club. The treasurer said the club owed nothing.",
     "The treasurer", "Hana Ostrow"),
    ("Ines Daro was headteacher at Brell Academy for a decade. The headteacher said the school had changed.",
     "The headteacher", "Ines Daro"),
    ("Piet Lomond is the police commissioner for Orwell. The commissioner said patrols would double.",
     "The commissioner", "Piet Lomond"),
    # a role with the firm's possessive (``role_synonyms._owned_by_name``)
    ("Kelby Foods' finance director, Ana Ruiz, said costs had risen. The company's finance director said prices "
     "would follow.", "The company's finance director", "Ana Ruiz"),
    # the CFO named (``given_roles.acronym_role``)
    ("Orla Penn, the chief financial officer of Brisk Airways, said fuel was dear. The CFO said fares would rise.",
     "The CFO", "Orla Penn"),
    # a label in capitals with a short given name (``capital_names``)
    ("KAI MORROW: We waited six hours.\nHOST: Why so long?\nKAI MORROW: Nobody came.", "KAI MORROW", "Kai Morrow"),
    ("ELI BRANT: The water is brown.\nELI BRANT: It has been for weeks.", "ELI BRANT", "Eli Brant"),
]


@pytest.mark.parametrize(("text", "source", "speaker"), SPEAKERS)
def test_a_speaker_named(nlp, text, source, speaker):
    found = [r for r in records(nlp, text) if r.source is not None and r.source.text == source]
    assert found and all(r.speaker == speaker for r in found), [(r.source.text, r.speaker) for r in found]


NOT_SPEAKERS = [
    # a copula that gives no role of one's own (``copula_roles``)
    ("Mira Holt is not the mayor. The mayor said the road would close.", "The mayor", "Mira Holt"),
    ("Mira Holt wants to be mayor. The mayor said the road would close.", "The mayor", "Mira Holt"),
    ("Ben Orr is the son of a miner. The miner said the pit had been unsafe.", "The miner", "Ben Orr"),
    ("Ben Orr is married to a nurse. The nurse said the ward was full.", "The nurse", "Ben Orr"),
    ("Kit Vance is a teacher's aide at Brell Primary. The teacher said the class was too big.", "The teacher",
     "Kit Vance"),
    ("Mira Holt is no longer the mayor. The mayor said the road would close.", "The mayor", "Mira Holt"),
    ("Mira Holt was not elected mayor. The mayor said the road would close.", "The mayor", "Mira Holt"),
    ("Mira Holt is the mayor's sister. The mayor said the road would close.", "The mayor", "Mira Holt"),
    ("Ben Orr is a keen supporter of the club. The manager said the club would sign a striker.", "The manager",
     "Ben Orr"),
    ("Ida Crane is a fierce critic of the scheme. The mayor said the scheme would go ahead.", "The mayor",
     "Ida Crane"),
    # another body's role (``role_synonyms._owned_by_name``)
    ("Harlan Freight's chief executive, Rena Tovey, said fuel costs had doubled. The union's chief said drivers "
     "would strike.", "The union's chief", "Rena Tovey"),
    ("Kelby Council's leader, Ines Daro, said rents would rise. The company's boss said the plan was fair.",
     "The company's boss", "Ines Daro"),
    # a body's initials are no role (``given_roles.acronym_role``)
    ("Agent Tom Rusk led the search. The FBI said the suspect had fled.", "The FBI", "Tom Rusk"),
    ("Officer Lin Moss joined the BBC team. The BBC said the film would air in May.", "The BBC", "Lin Moss"),
    ("Dr Asha Brook runs the ward. The NHS said waiting lists had grown.", "The NHS", "Asha Brook"),
]


@pytest.mark.parametrize(("text", "source", "not_speaker"), NOT_SPEAKERS)
def test_a_speaker_not_named(nlp, text, source, not_speaker):
    found = [r for r in records(nlp, text) if r.source is not None and r.source.text == source]
    assert found and all(r.speaker != not_speaker for r in found), [(r.source.text, r.speaker) for r in found]


# ---------------------------------------------------------------------------------------------- the data cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    from sourcebook import data_cache

    root = tmp_path / "sourcebook"
    monkeypatch.setattr(data_cache, "cache_root", lambda: root)
    return root


def test_a_cache_folder_removed_while_it_is_written(cache):
    from sourcebook import data_cache

    def write(scratch):
        (scratch / "a.txt").write_text("x")
        import shutil
        shutil.rmtree(cache)  # another process cleans the cache mid-way

    data_cache.store(cache / "kind-1", write)  # dropped, not raised
    assert not (cache / "kind-1").exists()


def test_a_cache_that_cannot_be_made(tmp_path, monkeypatch):
    from sourcebook import data_cache

    blocker = tmp_path / "home-file"
    blocker.write_text("a file where the cache's folder would go")  # as a read-only home: no folder can be made
    monkeypatch.setattr(data_cache, "cache_root", lambda: blocker / "sourcebook")
    data_cache.store(blocker / "sourcebook" / "kind-1", lambda scratch: (scratch / "a").write_text("x"))
    from sourcebook.ingest import language

    assert language._identifier.__wrapped__().classify("The mayor said the bridge would reopen.")[0] == "en"


def test_a_cached_folder_emptied_is_read_again(cache):
    from sourcebook.ingest import language

    first = language._identifier.__wrapped__()
    for folder in cache.glob("langid-*"):
        for file in folder.iterdir():
            if file.name != "meta.json":
                file.unlink()  # removed between two builds
    again = language._identifier.__wrapped__()
    text = "Der Bürgermeister sagte, die Brücke werde wieder geöffnet."
    assert again.classify(text)[0] == first.classify(text)[0]


def test_a_source_that_cannot_be_looked_at_has_no_folder(cache, tmp_path):
    from sourcebook import data_cache

    assert data_cache.folder_for("kind", [tmp_path / "missing.bin"]) is None


# ---------------------------------------------------------------------------------------------- the rules' tests


def _token(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "stock"), [
    # goods bought: a number, a comparison, a count's noun (mended: 'dozens', ``stock_orders``)
    pytest.param("The airline has ordered 40 aircraft from Vesta.", True, marks=_xfail(
        "'from' is read as sending ('ordered 300 troops from the city'), so goods from a maker are no stock; harmless "
        "while nothing else makes a report, not with a purpose after it (below)")),
    ("The council ordered 12 new buses for the airport route.", True),
    ("The school ordered dozens of laptops for its pupils.", True),
    ("The trust ordered hundreds of beds last winter.", True),
    ("The hospital ordered 300 more ventilators in March.", True),
    # people sent or bid to act, a directive's thing
    ("General Hask ordered 3,000 troops to the border.", False),
    ("The minister ordered 200 police onto the streets of Brell.", False),
    ("The fire chief ordered 40 firefighters into the burning mill.", False),
    ("The judge ordered an inquiry into the deaths.", False),
    ("The court ordered the release of 40 protesters.", False),
    ("The governor ordered dozens of prisoners home.", False),
])
def test_goods_ordered(nlp, text, stock):
    from sourcebook.nlp.attribution.stock_orders import counted_stock

    verb = _token(nlp, text, "ordered")
    thing = next(c for c in verb.children if c.dep_ == "dobj")
    assert counted_stock(verb, thing) is stock
