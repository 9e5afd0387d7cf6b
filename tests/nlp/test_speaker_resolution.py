"""Speakers: pronouns and roles resolved, name variants merged, affiliations, kinds."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_cue_rules import VOCAB

from sourcebook.nlp.attribution.candidate import Candidate
from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.speakers import resolve_speakers


def atts(nlp, text):
    return nlp(text)._.sourcebook_attributions


def by_cue(items, cue):
    found = [a for a in items if a.cue is not None and a.cue.text == cue]
    assert found, [(a.cue and a.cue.text) for a in items]
    return found


def test_name_variants_merge_to_the_fullest_name(nlp):
    text = (
        "Margaret O'Neill, the agency's director, said the camps were full. "
        "O'Neill added that more tents were on the way. "
        "Ms. O'Neill warned that winter would be hard."
    )
    items = atts(nlp, text)
    assert {a.speaker for a in items} == {"Margaret O'Neill"}
    assert all(a.speaker_kind == "person" for a in items)
    assert items[0].affiliation == "agency's director"


@pytest.mark.parametrize(
    "text,cue,speaker",
    [
        ("Daniel Frey said the road was open. He added that the bridge was not.", "added", "Daniel Frey"),
        ("Helena Sato arrived on Monday. She said the talks had failed.", "said", "Helena Sato"),
        (
            "Oxfam published its figures on Monday. They warned that the crisis was getting worse.",
            "warned",
            "Oxfam",
        ),
    ],
)
def test_pronouns_resolve_to_the_named_source(nlp, text, cue, speaker):
    assert by_cue(atts(nlp, text), cue)[0].speaker == speaker


def test_role_noun_resolves_to_the_person_with_that_role(nlp):
    text = (
        "Peter Lindqvist, the UN refugee envoy, visited the camp on Monday. "
        "The envoy said that the camp could not take more people."
    )
    att = by_cue(atts(nlp, text), "said")[0]
    assert att.speaker == "Peter Lindqvist"


def test_affiliation_from_x_from_y(nlp):
    text = "Laura Benn from Save the Children said the clinics had closed."
    att = atts(nlp, text)[0]
    assert att.speaker == "Laura Benn"
    assert att.affiliation == "Save the Children"


def test_affiliation_from_title_before_the_name(nlp):
    text = "Irish Ambassador Conor Walsh said the vote would be held on Friday."
    att = atts(nlp, text)[0]
    assert att.speaker == "Conor Walsh"
    assert att.affiliation == "Irish Ambassador"


@pytest.mark.parametrize(
    "text,speaker,kind",
    [
        ("The U.N. said that aid convoys were blocked.", "United Nations", "organisation"),
        ("The United Nations said that aid convoys were blocked.", "United Nations", "organisation"),
        ("The ICRC said that aid convoys were blocked.", "International Committee of the Red Cross", "organisation"),
        ("Reuters reported that aid convoys were blocked.", "Reuters", "outlet"),
    ],
)
def test_organisation_aliases_fold(nlp, text, speaker, kind):
    att = atts(nlp, text)[0]
    assert att.speaker == speaker
    assert att.speaker_kind == kind


def test_relative_pronoun_takes_its_antecedent(nlp):
    text = "The plan was opposed by Tom Akers, who said it would fail."
    att = by_cue(atts(nlp, text), "said")[0]
    assert att.speaker == "Tom Akers"


@pytest.mark.parametrize(
    "text,speaker",
    [
        # 'who' is said of people: the people noun, not the thing the parser hangs it on
        ("The closed depot has become a rallying point for strikers, who said the pay was too low.", "strikers"),
        # a role in apposition to a name is that person
        ("The board heard Lena Marsh, a clerk at the Harbour Office who said the files were lost.", "Lena Marsh"),
        # the last of a list of names, and an aside between dashes skipped
        ("Guests included Ivo Brandt and Rosa Kline, who said the food was cold.", "Rosa Kline"),
    ],
)
def test_who_takes_the_nearest_person(nlp, text, speaker):
    assert by_cue(atts(nlp, text), "said")[-1].speaker == speaker


def test_a_first_name_of_the_other_gender_is_another_person(nlp):
    text = (
        "President Vell spoke in the capital. Mr. Vell said the budget was fair.\n\n"
        "The first lady, Clara Vell, visited a school. Mr. Vell said teachers would get a raise."
    )
    assert [a.speaker for a in by_cue(atts(nlp, text), "said")] == ["Vell", "Vell"]


def test_source_less_attribution_has_no_speaker(nlp):
    text = "It was reported that the border had been closed."
    items = atts(nlp, text)
    assert items and items[0].source is None and items[0].speaker is None


def test_affiliation_is_the_whole_organisation_name_after_from(nlp):
    doc = nlp("\u201cWe are running out of fuel,\u201d Nadia Kerr from Save the Children told a radio station.")
    [att] = [a for a in doc._.sourcebook_attributions if a.speaker == "Nadia Kerr"]
    assert att.affiliation == "Save the Children"


# ---------------------------------------------------------------- issue 11: one test per class


def test_pronoun_chain_follows_gender_and_the_last_speaker(nlp):
    text = (
        "Marta Keller, the city's housing minister, spoke on Monday. Her deputy, Tomas Brandt, was also there.\n\n"
        "The minister said rents would be frozen. She added that new flats would be built. "
        "Brandt said the plan was costed. He said the money was there."
    )
    items = atts(nlp, text)
    assert by_cue(items, "added")[0].speaker == "Marta Keller"
    assert [a.speaker for a in by_cue(items, "said")] == ["Marta Keller", "Tomas Brandt", "Tomas Brandt"]


def test_she_skips_a_man_of_the_same_surname(nlp):
    text = (
        "Police shot Caleb Morrow outside his home. His wife, Ilse Morrow, recorded the encounter.\n\n"
        '"Put the gun down," she said.'
    )
    assert by_cue(atts(nlp, text), "said")[0].speaker == "Ilse Morrow"


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Governor Alan Price met reporters on Tuesday. The governor said the state would pay.", "Alan Price"),
        (
            "Democrat Ruth Calder and Republican Owen Mast debated on Monday. Calder said taxes must rise. "
            "The Democratic nominee said the rich would pay.",
            "Ruth Calder",
        ),
        ("The agency published its report on Monday. Tax experts said it was wrong.", "Tax experts"),
        ("Ana Ruiz spoke first. A senior official said the talks would resume.", "senior official"),
        # 'the agency' is no union; it can be a public body of another name
        ("The Brask Dockers' Union said wages were too low. The agency said the port would reopen.", "agency"),
        ("The Tessel Budget Office said the repairs would cost more. The agency said prices had risen.",
         "Tessel Budget Office"),
        # a description complete in itself is not the last speaker
        ('"We are rebuilding," said Ada Lind, an engineer. The mayor of Brask said 30 bridges were closed.',
         "mayor of Brask"),
    ],
)
def test_role_phrases_resolve_only_with_evidence(nlp, text, speaker):
    assert atts(nlp, text)[-1].speaker == speaker


def test_transcript_turns_name_their_speaker(nlp):
    text = "WALLACE: Do you accept the result of the vote?\n\nWALLACE: That is not an answer.\n"
    speakers = {a.speaker for a in atts(nlp, text) if a.source is not None}
    assert speakers == {"Wallace"}


def test_headline_verbs_are_not_part_of_the_name(nlp):
    text = "Obama Calls for Calm After Shooting\n\nPresident Barack Obama said on Sunday that the country must stay calm."
    assert {a.speaker for a in atts(nlp, text)} == {"Barack Obama"}


def test_people_who_share_a_surname_stay_two(nlp):
    text = (
        "Dan Ortiz, the campaign's press secretary, said the rally was full. "
        "Josh Ortiz, a city councillor, said the rally was half empty."
    )
    assert [a.speaker for a in atts(nlp, text)] == ["Dan Ortiz", "Josh Ortiz"]


def test_generic_sources_keep_their_description(nlp):
    text = (
        "Donald Keel unveiled the plan on Monday. Tax experts said the plan would cost billions. "
        "Officials said the budget was balanced."
    )
    items = atts(nlp, text)
    assert [a.speaker for a in items[-2:]] == ["Tax experts", "Officials"]
    assert all(a.speaker_kind == "group" for a in items[-2:])


@pytest.mark.parametrize(
    "text",
    ["63 said they would vote.", "My lungs told me to stop running."],
)
def test_numbers_and_things_are_no_speakers(nlp, text):
    assert all(a.speaker is None for a in atts(nlp, text))


def test_first_person_outside_a_quote_is_the_author(nlp):
    text = "Mr. Keel, I have a deal for you. I think your returns should be public, said no one."
    assert all(a.speaker != "Keel" for a in atts(nlp, text) if a.source is not None and a.source.text == "I")


def test_first_person_inside_a_quote_is_the_quoted_speaker(nlp):
    text = 'Sara Lind spoke in Ohio. "I think we will win," Lind said.'
    items = atts(nlp, text)
    assert {a.speaker for a in items} == {"Sara Lind"}


# ---------------------------------------------------------------- agreement, recency, descriptions


def test_she_after_a_described_woman_keeps_the_description(nlp):
    text = (
        "Oskar Brandt runs the farm with his family. My mother has lived there for years, "
        "but now she says the farm is too big."
    )
    att = by_cue(atts(nlp, text), "says")[0]
    assert att.speaker == "My mother"


def test_they_takes_the_group_named_after_the_last_plural_speaker(nlp):
    text = (
        "Local farmers said the river was low. The agency then interviewed forty fishermen and boat owners. "
        "They said the nets were empty."
    )
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "forty fishermen"


def test_his_lawyer_is_not_someone_elses_lawyer(nlp):
    text = (
        "Vera Holm's lawyer, Ines Dahl, said the deal was fair. The committee then held Piet Kroon in contempt. "
        "His lawyer said he would not testify."
    )
    att = atts(nlp, text)[-1]
    assert att.speaker != "Ines Dahl"


def test_a_company_noun_is_the_firm_the_article_is_about(nlp):
    text = (
        "Tessel Financial Corp. faces questions over fake accounts. Tessel Financial Corp. fired 300 staff. "
        "Regulators fined Tessel Financial Corp. on Monday.\n\n"
        "The bank said it had changed its rules."
    )
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "Tessel Financial Corp."


def test_a_firm_the_tagger_calls_a_name_is_no_person(nlp):
    # 'Wells' is no first name any list knows and 'Fargo' never stands alone
    text = (
        "Wells Fargo faces questions over fake accounts. Wells Fargo fired 300 staff. "
        "Regulators fined Wells Fargo on Monday.\n\nThe bank said it had changed its rules."
    )
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "Wells Fargo"


def test_a_name_set_beside_a_firm_is_the_firm(nlp):
    text = "The construction firm, Bergstrom Bygg, said in a statement that it was cooperating fully."
    att = by_cue(atts(nlp, text), "said")[0]
    assert (att.speaker, att.speaker_kind) == ("Bergstrom Bygg", "organisation")


def test_he_after_an_unnamed_speaker_is_that_speaker(nlp):
    text = ("The regional governor, Pavel Kral, wrote that rescue teams were still searching the rubble.\n\n"
            '"There were only women buying bread," a market trader told reporters by phone. '
            "He said he had seen two shells land.")
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "market trader"


def test_the_body_a_speaker_heads_is_her_affiliation(nlp):
    text = '"We are still reaching villages," said Ruth Adeyemi, who heads the Red Crescent\'s office in the capital.'
    assert by_cue(atts(nlp, text), "said")[0].affiliation == "Red Crescent's office"
    # a relative clause of something else done is no affiliation
    text = "Tom Berg, who ran for mayor in 2019, said the plan would fail."
    assert by_cue(atts(nlp, text), "said")[0].affiliation is None


def test_the_company_is_the_firm_named_last_close_by(nlp):
    text = "The carmaker Norvik Motors will cut about 4,000 jobs, the company announced on Thursday."
    assert by_cue(atts(nlp, text), "announced")[0].speaker == "Norvik Motors"
    # a public body named last is no company
    text = "The health ministry said 40 people were hurt. Later, the company said it had closed the plant."
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "company"


def test_a_described_lede_is_the_person_named_next(nlp):
    text = (
        "Former Brask port chairman urges a new harbour plan\n\n"
        "A former Brask port chairman says the city should build a second harbour before the old one fails.\n\n"
        "\u201cWe cannot wait another decade,\u201d said Tomas Ekberg, who led the port board from 1998 to 2004."
    )
    items = atts(nlp, text)
    assert {a.speaker for a in items if a.source is not None} == {"Tomas Ekberg"}


def test_a_described_lede_is_not_a_person_named_next_by_another_role(nlp):
    text = (
        "The trial of the former minister entered its third week on Monday.\n\n"
        "Hale's lawyer argued that the bank records proved nothing.\n\n"
        "The judge, Ingrid Solberg, warned the jury not to read news reports about the case."
    )
    assert by_cue(atts(nlp, text), "argued")[0].speaker == "Hale's lawyer"


def test_an_anonymous_lede_stays_a_description(nlp):
    text = (
        "A senior Brask port official said the harbour would close.\n\n"
        "\u201cWe cannot wait,\u201d said Tomas Ekberg, the mayor."
    )
    assert atts(nlp, text)[0].speaker == "senior Brask port official"


def test_a_person_named_in_passing_does_not_take_he(nlp):
    text = (
        "\u201cThe party must be ready,\u201d said Tomas Ekberg. A contest could bring lobbying by loyalists to "
        "Jonas Berg and Erik Lund.\n\n\u201cThis is a different time,\u201d he said."
    )
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "Tomas Ekberg"


def test_a_quote_over_paragraphs_belongs_to_the_speaker_named_after_it(nlp):
    text = (
        "Ferry services resumed on Monday after the storm.\n\n"
        "\u201cWe lost three boats in one night. The harbour wall is gone and the insurers will not pay.\n\n"
        "\u201cWe are asking the state for help because nobody else will,\u201d said Tomas Ekberg, who runs the ferry "
        "company.\n\nThe state has not replied."
    )
    att = by_cue(atts(nlp, text), "said")[0]
    assert att.speaker == "Tomas Ekberg"
    assert att.contents[0].text.startswith("We lost three boats")
    assert len(att.contents) == 2


def test_a_surname_goes_to_the_bearer_named_as_a_subject_not_in_passing(nlp):
    text = (
        "Sen. Pavel Dorn endorsed the plan on Friday. Dorn said he had prayed over it.\n\n"
        "Critics shared a photo of Irena Dorn at the rally. \u201cI will not back down,\u201d Dorn said in July."
    )
    assert [a.speaker for a in by_cue(atts(nlp, text), "said")] == ["Pavel Dorn", "Pavel Dorn"]


def test_an_abbreviated_title_holds_its_role(nlp):
    text = "Sen. Pavel Dorn spoke in the morning. Hours later the senator said the vote would fail."
    assert by_cue(atts(nlp, text), "said")[0].speaker == "Pavel Dorn"


def test_she_inside_a_candidates_own_quote_is_not_that_candidate(nlp):
    text = (
        "Karin Holt and Mara Lind met in the second debate on Sunday. Holt attacked her rival's record on schools.\n\n"
        "\u201cShe said last year that the schools were fine. She was wrong,\u201d Holt said."
    )
    inner = [a for a in atts(nlp, text) if a.source is not None and a.source.text == "She"]
    assert inner and all(a.speaker == "Mara Lind" for a in inner)


def test_he_in_reported_speech_may_be_the_speaker(nlp):
    text = "Tom Reyes spoke on Monday. Reyes said he would fix the roads and he said the money was there."
    assert {a.speaker for a in atts(nlp, text) if a.source is not None} == {"Tom Reyes"}


def test_a_surname_tagged_as_a_noun_is_the_person_named_before(nlp):
    text = "Governor Tom Reyes campaigned for Dan Ortiz on Monday. \u201cHe told me he would fix the roads,\u201d Reyes said."
    items = atts(nlp, text)
    assert by_cue(items, "said")[0].speaker == "Tom Reyes"
    assert by_cue(items, "told")[0].speaker == "Dan Ortiz"


def test_question_and_answer_turns(nlp, monkeypatch):
    text = (
        "Mayor Lena Sato spoke to the Herald on Monday.\n\n"
        "Q: Do you think the bridge will reopen this year?\n\n"
        "A: I think it will. We have the money and we have the engineers.\n"
    )
    # who speaks in each turn, whatever confidence the ranker gives the short 'I think it will'
    monkeypatch.setattr(nlp.get_pipe("sourcebook_attributions").extractor.ranker, "threshold", 0.0)
    items = atts(nlp, text)
    # the one interviewed, not the paper (the question's 'think' is the verb alone: 'Do you think X?')
    answer = next(a for a in by_cue(items, "think") if a.source is not None and a.source.text == "I")
    assert answer.speaker == "Lena Sato"
    assert not [a for a in items if a.source is not None and a.source.text == "Q"]  # a question is no statement
    # the answer is hers, as a whole
    answers = [a for a in items if a.source is not None and a.source.text == "A"]
    assert [(a.speaker, [c.text for c in a.contents]) for a in answers] == [
        ("Lena Sato", ["I think it will. We have the money and we have the engineers"])]


def test_a_title_case_role_is_a_role_not_a_name(nlp):
    text = (
        "Sen. Pavel Dorn backs the harbour plan.\n\n"
        "Senator from Ohio says he will vote for the plan.\n\n"
        "Sen. Pavel Dorn said on Friday that the harbour plan would pass."
    )
    found = [a for a in atts(nlp, text) if a.source is not None and a.source.text.startswith("Senator")]
    assert found and all(a.speaker == "Pavel Dorn" for a in found)


def test_he_inside_a_quote_is_the_man_named_in_that_quote(nlp):
    text = (
        "\u201cThis is a sad day,\u201d said Rep. Omar Vance, head of the caucus. \u201cPiet Kroon is a fraud. "
        "He started this years ago by saying things that were false.\u201d"
    )
    inner = [a for a in atts(nlp, text) if a.source is not None and a.source.text == "He"]
    assert inner and all(a.speaker == "Piet Kroon" for a in inner)


def test_a_described_subject_with_a_name_beside_it_is_that_person(nlp):
    text = "The state's campaign chairman, Tomas Lind, said he could not comment on the letter."
    assert {a.speaker for a in atts(nlp, text) if a.source is not None} == {"Tomas Lind"}


def test_his_wife_is_the_woman_who_shares_his_surname(nlp):
    text = (
        "Tomas Lind runs the bakery on Harbour Street with Maria Lind. Tomas Lind said sales had fallen.\n\n"
        "His wife said the rent had doubled."
    )
    assert atts(nlp, text)[-1].speaker == "Maria Lind"


@pytest.mark.parametrize("text, speaker, affiliation", [
    ("The council spent $9 million, according to the regional auditor, Piet Varn.", "Piet Varn", "regional auditor"),
    ("According to the company's chief executive, Jon Mell, sales doubled.", "Jon Mell", "company's chief executive"),
    ("The council spent $4 million, the mayor, Ona Kessel, said on Tuesday.", "Ona Kessel", "mayor"),
    ("The ministry's spokeswoman Ana Pol said talks would resume.", "Ana Pol", "ministry's spokeswoman"),
    ("Its director of operations, Hana Voss, told reporters the roads were shut.", "Hana Voss",
     "director of operations"),
])
def test_a_role_with_the_name_beside_it_is_that_person_in_that_role(nlp, text, speaker, affiliation):
    found = atts(nlp, text)
    assert [(a.speaker, a.affiliation) for a in found] == [(speaker, affiliation)]


def test_according_to_a_source_then_a_name_starting_the_claim_keeps_them_apart(nlp):
    found = atts(nlp, "According to the mayor, Piet Varn resigned on Monday.")
    assert [(a.speaker, [c.text for c in a.contents]) for a in found] == [("mayor", ["Piet Varn resigned on Monday"])]



def test_an_organisation_is_named_within_its_source():
    """'Relief Agencies Warn Of Hunger' as one ORG entity (a Title-Cased headline to the NER):
    the speaker of the source 'Relief Agencies' is 'Relief Agencies', not the whole line."""
    # as the tagger reads the line: 'Relief' a verb, 'Agencies' its object, 'Warn' an auxiliary
    rows = [("Relief", "VERB", "VB", "ROOT", 0), ("Agencies", "NOUN", "NNS", "dobj", 0),
            ("Warn", "AUX", "MD", "aux", 0), ("Of", "ADP", "IN", "prep", 0), ("Hunger", "PROPN", "NNP", "pobj", 3)]
    doc = Doc(VOCAB, words=[r[0] for r in rows], pos=[r[1] for r in rows], tags=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"])
    cand = Candidate(cue=(16, 23), source=(0, len("Relief Agencies")), contents=[(24, 30)], source_token=1)
    [resolved] = resolve_speakers(doc, [cand], lexicon())
    assert (resolved.name, resolved.kind) == ("Relief Agencies", "organisation"), resolved


def test_a_description_defined_by_its_own_clause_is_not_the_firm_named_before(nlp):
    text = ("The carmaker Norvik Motors will cut about 4,000 jobs. "
            "The company that supplies its engines said orders had fallen by a third.")
    assert by_cue(atts(nlp, text), "said")[0].speaker == "company"


def test_a_name_set_beside_a_role_is_a_person_whatever_the_ner_took_it_for(nlp):
    # the small model tags 'Castell' alone, as an organisation; 'Ana' is a first name, so the
    # two are her name, the role before them her affiliation, and 'she' is her (not the
    # woman quoted before)
    text = ("\u201cWe acted in time,\u201d said Priya Menon, the operator's safety chief. "
            "The regional governor, Ana Castell, has ordered an inquiry. "
            "In a post on social media, she wrote that the operator had failed the villages.")
    wrote = by_cue(atts(nlp, text), "wrote")[0]
    assert (wrote.speaker, wrote.affiliation) == ("Ana Castell", "regional governor")


@pytest.mark.parametrize("text, affiliation", [
    # a proper name with an organisation word that the NER left untagged
    ('"We will appeal," said Jon Pike of Harbour Bank.', "Harbour Bank"),
    # the name set beside a group noun
    ('"It is a scandal," said Ola Berg of the charity Clean Rivers.', "Clean Rivers"),
])
def test_the_body_after_of_is_the_affiliation(nlp, text, affiliation):
    assert by_cue(atts(nlp, text), "said")[0].affiliation == affiliation


def test_an_organisation_set_beside_a_common_noun_is_the_speaker(nlp):
    # the small model tags 'Nordline Energy' a PERSON: a name ending in an organisation word
    # with no first name is an organisation
    text = "The operator, Nordline Energy, said in a statement that it respected the ruling."
    said = by_cue(atts(nlp, text), "said")[0]
    assert (said.speaker, said.speaker_kind) == ("Nordline Energy", "organisation")


@pytest.mark.parametrize("text, affiliation", [
    # an age set beside a name is no affiliation
    ('"We would do it again," said Lena Marsh, 24.', None),
    # a title before the name is no part of the role
    ("The survey's lead author, Dr. Hana Ito, said the loss had surprised her team.", "survey's lead author"),
    # running something that is no body
    ('"The reef is alive," said Mark Fenn, who runs diving trips from the port.', None),
])
def test_what_is_no_affiliation_is_left_out(nlp, text, affiliation):
    assert by_cue(atts(nlp, text), "said")[0].affiliation == affiliation


def test_the_role_repeated_is_the_one_described_before_not_the_last_person_named(nlp):
    text = ('"It was a mistake," said Jane Holt. A senior official said the talks had stalled. '
            "The official would not say when they would resume.")
    assert by_cue(atts(nlp, text), "would not say")[0].speaker == "senior official"


def test_an_interview_answer_after_a_colon_is_no_affiliation(nlp):
    text = ("Q&A: What the levy means for drivers\n\n"
            "The transport minister presented the levy on Monday. We spoke to Lina Berger, a transport planner.\n\n"
            "Who pays most?\n\n"
            "Berger: Commuters from the suburbs. They have no train to take instead.")
    answer = [a for a in atts(nlp, text) if a.speaker == "Lina Berger"]
    assert answer and all(a.affiliation == "transport planner" for a in answer), answer


def test_a_role_of_another_kind_is_someone_else(nlp):
    text = ("Transport minister Ewa Lind resigned on Friday. In a letter, Lind said she had made mistakes. "
            "The prime minister thanked her for her service.")
    thanked = by_cue(atts(nlp, text), "thanked")[0]
    assert thanked.speaker == "prime minister", thanked
    # a modifier of time or rank says no other kind: 'the former minister' may be her
    text = ("Transport minister Ewa Lind resigned on Friday. In a letter, Lind said she had made mistakes. "
            "The former minister thanked her staff.")
    assert by_cue(atts(nlp, text), "thanked")[0].speaker == "Ewa Lind"


@pytest.mark.parametrize("text, cue, speaker, kind", [
    ("Waiting lists have reached their highest level, a report by the National Audit Office has found.",
     "has found", "National Audit Office", "organisation"),
    ("A new report says the river is polluted.", "says", "unspecified reports", "reports"),
])
def test_a_report_speaks_for_its_author(nlp, text, cue, speaker, kind):
    found = by_cue(atts(nlp, text), cue)[0]
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


def test_they_is_not_someone_inside_what_they_said(nlp):
    text = ("Health officials dispute some of the figures. "
            "The number of patients waiting more than a year has fallen, they say, from 400,000 to 310,000.")
    assert by_cue(atts(nlp, text), "say")[0].speaker == "Health officials"


def test_a_lede_role_named_after_its_noun_is_the_person_quoted_next_and_their_affiliation(nlp):
    text = ("Mayor: 'We will rebuild every home'\n\n"
            "The mayor of Tarn promised on Monday that every house destroyed by the fire would be rebuilt.\n\n"
            '"This town has been through worse," Elena Varga told residents at a meeting in the school hall.')
    found = atts(nlp, text)
    assert [(a.speaker, a.affiliation) for a in by_cue(found, "promised")] == [("Elena Varga", "mayor of Tarn")]
    assert [(a.speaker, a.affiliation) for a in by_cue(found, "told")] == [("Elena Varga", "mayor of Tarn")]
    # the headline's role is the person the body's role became
    assert [a.speaker for a in found if a.cue is not None and a.cue.start < text.index("\n")] == ["Elena Varga"]


def test_the_airline_is_the_firm_named_before(nlp):
    text = ("Skyway cancelled 300 flights on Saturday after a software fault grounded its fleet. "
            "The airline said the fault had been fixed by mid-afternoon.")
    assert by_cue(atts(nlp, text), "said")[0].speaker == "Skyway"


def test_an_age_description_is_the_person_of_that_age(nlp):
    text = ("The panel found no evidence that Sarah Quinn, 41, had struck the boy. "
            "Her lawyer, Tom Hale, said the case should never have been brought. "
            '"I love this job," the 41-year-old said.')
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "Sarah Quinn"


def test_a_surname_the_ner_took_for_a_place_is_the_person_named_in_full(nlp):
    text = ("The panel found no evidence that Sarah Quinn, 41, had struck the boy. Her lawyer, Tom Hale, said "
            'the allegation had "destroyed a career for nothing". The boy\'s parents said they were considering '
            "an appeal.\n\nQuinn, who has taught at the school for 15 years, said she hoped to return to the "
            "classroom in the new year.")
    said = by_cue(atts(nlp, text), "said")[-1]
    assert (said.speaker, said.speaker_kind) == ("Sarah Quinn", "person")


def test_she_is_not_the_subject_of_what_she_said(nlp):
    text = ('"Nobody should die like that," said his sister, Grace Mensah. '
            "Her mother, she said, had not slept since the funeral.")
    assert by_cue(atts(nlp, text), "said")[-1].speaker == "Grace Mensah"


def test_a_person_keeps_the_affiliation_the_article_gave_them(nlp):
    text = ("Her EU counterpart, Marco Rossi, said Oslo had walked away from a fair offer. "
            '"We were close," Rossi told reporters in Brussels.')
    assert [a.affiliation for a in atts(nlp, text)] == ["EU counterpart", "EU counterpart"]


@pytest.mark.parametrize("text, speaker", [
    ("Downing Street said the prime minister's thoughts were with the family.", "Downing Street"),
    ("The Kremlin said the talks had failed.", "Kremlin"),
])
def test_a_seat_of_government_is_an_organisation(nlp, text, speaker):
    said = by_cue(atts(nlp, text), "said")[0]
    assert (said.speaker, said.speaker_kind) == (speaker, "organisation")


def test_an_age_description_with_no_age_given_is_the_person_named_last(nlp):
    text = ("Tom Baxter has joined City from United for a fee reported to be 40 million pounds. "
            'The 26-year-old said he was "excited to start a new chapter".')
    assert by_cue(atts(nlp, text), "said")[0].speaker == "Tom Baxter"


def test_a_one_word_name_the_article_takes_for_a_firm_is_no_person(nlp):
    # the NER tags 'Orbis' ORG three times and PERSON once: the article's majority decides
    text = ("Orbis unveiled its first folding phone on Wednesday. The phone will cost $1,799, said Naomi Reyes. "
            "Analysts doubt that Orbis can sell many. Orbis said pre-orders would open next week in 30 countries. "
            "Earlier this year Orbis was fined 120 million euros.")
    said = [a for a in by_cue(atts(nlp, text), "said") if a.source is not None and a.source.text == "Orbis"]
    assert [(a.speaker, a.speaker_kind) for a in said] == [("Orbis", "organisation")]


def test_an_organisation_named_like_a_title_and_a_name_is_no_person(nlp):
    # 'Justice' is a judge's title too; the NER tags the group once, and the resolver keeps it
    text = ("A rights group said on Monday that detainees were beaten in custody. "
            "Justice Watch's director, Leyla Demir, said the denial was predictable. "
            "In a long report, Justice Watch said former detainees were held without charge.")
    said = by_cue(atts(nlp, text), "said")
    assert [(a.speaker, a.speaker_kind) for a in said[1:]] == [("Leyla Demir", "person"),
                                                                ("Justice Watch", "organisation")]
    assert said[1].affiliation == "Justice Watch's director"


@pytest.mark.parametrize("text, cue, which, speaker, kind", [
    # a surname the NER took for a title of a work is the person named in full
    ("Ferraz's agent, Diego Salas, disputed the findings. "
     '"Luca is fit, he played ninety minutes last weekend," Salas told the Sports Desk.',
     "told", 0, "Diego Salas", "person"),
    # an office is not the person quoted last when the article gave them no role
    ('"I grabbed the dog and drove," said Peter Olsen, 67, who spent the night at a school. '
     "The governor declared a state of emergency on Saturday and said the army would help.",
     "said", -1, "governor", "description"),
    # a name set beside a group noun is that organisation
    ("IG Stahl, the union that represents most of the plant's workers, said it would resist every job cut.",
     "said", 0, "IG Stahl", "organisation"),
    # a school district speaks as a body, the one the article named
    ("A judge ruled that the Harlow school district had broken the law. "
     "The district said in a statement that it was reviewing the decision.",
     "said", 0, "Harlow school district", "organisation"),
])
def test_who_speaks_whatever_the_ner_said(nlp, text, cue, which, speaker, kind):
    found = by_cue(atts(nlp, text), cue)[which]
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


def test_a_person_keeps_the_role_they_were_introduced_with(nlp):
    text = ("The mayor of Darrow, Felix Kane, resigned on Friday. "
            "Kane, who has led the city since 2018, denies any wrongdoing.")
    assert [a.affiliation for a in by_cue(atts(nlp, text), "denies")] == ["mayor of Darrow"]


def test_a_counterpart_is_a_role(nlp):
    text = ("Varnia's foreign minister, Adela Rusu, said her country had offered every guarantee. "
            "Her Osland counterpart, Mihail Dorn, disagreed. He told reporters that Varnia had refused to talk.")
    told = by_cue(atts(nlp, text), "told")[0]
    assert (told.speaker, told.affiliation) == ("Mihail Dorn", "Adela Rusu's Osland counterpart")


def test_a_lower_case_role_the_tagger_took_for_a_name_is_no_organisation(nlp):
    text = ("On social media, the prime minister wrote that she respected the right to protest. "
            "\u00abWe will not govern by the street\u00bb, she added.")
    found = atts(nlp, text)
    assert [(a.speaker, a.speaker_kind) for a in found] == [("prime minister", "description")] * 2


@pytest.mark.parametrize("text, speaker", [
    ("A poll published on Friday by the institute Ifam shows 68 percent of voters oppose the reform.", "Ifam"),
    ("A report published by the Media Freedom Institute found that 14 outlets had been warned.",
     "Media Freedom Institute"),
])
def test_a_poll_or_report_speaks_for_whoever_made_it(nlp, text, speaker):
    found = [a for a in atts(nlp, text) if a.parent is None]
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "organisation")]


@pytest.mark.parametrize("text, speaker, kind", [
    ("Harlan Stores declined to comment.", "Harlan Stores", "organisation"),
    ("The Financial Courier first reported the talks on Tuesday.", "Financial Courier", "outlet"),
])
def test_a_name_ending_in_a_firms_or_papers_word_is_no_person(nlp, text, speaker, kind):
    found = atts(nlp, text)
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, kind)]


def test_the_company_is_no_organisation_named_in_passing(nlp):
    # 'the River Tam' (an ORG to the NER) is where the writer swam, not a firm
    text = ("I grew up swimming in the River Tam. Today I would not let my children near it. "
            "The water company says its sewage overflows are within permitted limits.")
    assert by_cue(atts(nlp, text), "says")[0].speaker == "water company"


def test_an_organisations_short_form_is_its_full_name(nlp):
    text = ("Halvorsen Foods reported a rise in profit on Tuesday. Shares in Halvorsen rose 6 percent. "
            "The company also raised its forecast, it said in a statement.")
    assert [a.speaker for a in by_cue(atts(nlp, text), "said")] == ["Halvorsen Foods"]


def test_the_ministry_is_the_last_ministry_named_whatever_came_between(nlp):
    text = ("The Health Ministry of Carvonia on Wednesday ordered the withdrawal of two brands. "
            "Dr Sofia Arndt, of Belmar General Hospital, said infants were recovering. "
            "The ministry said parents could call a helpline.")
    said = by_cue(atts(nlp, text), "said")[-1]
    assert (said.speaker, said.speaker_kind) == ("Health Ministry of Carvonia", "organisation")


def test_a_firm_named_by_its_trade_is_no_person(nlp):
    text = ("Consumer electronics maker Lumora is recalling its smart speakers after reports that they overheat. "
            "The company said it had received 37 reports of overheating.")
    said = by_cue(atts(nlp, text), "said")[0]
    assert (said.speaker, said.speaker_kind) == ("Lumora", "organisation")


@pytest.mark.parametrize("text, speaker, kind", [
    ("A study of 300 colonies was published on Wednesday. The report found that egg mass had fallen.",
     "report", "description"),
    ("Ashby District Council approved the bypass on Monday. The council's own consultation report found that "
     "most respondents opposed the scheme.", "Ashby District Council", "organisation"),
    ("Reports say the talks have failed.", "unspecified reports", "reports"),
])
def test_a_report_is_its_authors_or_the_one_described_before(nlp, text, speaker, kind):
    found = [a for a in atts(nlp, text) if a.parent is None and a.cue is not None and a.cue.text in ("found", "say")]
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, kind)]


def test_a_first_name_beside_a_kin_noun_is_a_person(nlp):
    # the NER takes 'Frida' for a place
    text = "His daughter, Frida, is less philosophical. She thinks the council should have found him another job."
    thinks = by_cue(atts(nlp, text), "thinks")[0]
    assert (thinks.speaker, thinks.speaker_kind, thinks.affiliation) == ("Frida", "person", "daughter")


def test_a_closed_quotation_paragraph_is_not_the_next_speakers(nlp):
    # the first paragraph's quotation closes: it is no part of the question asked after it
    text = ('He was repairing a rope on the jetty.\n\n"The bridge is good for the village. I know that."\n\n'
            '"Do you ever get bored?" she asked.\n\n"Never," he said.')
    asked = by_cue(atts(nlp, text), "asked")[0]
    assert [c.text for c in asked.contents] == ["Do you ever get bored?"]


def test_a_one_word_name_beside_a_place_noun_is_no_person(nlp):
    # the NER tags the capital a PERSON, the last 'person' before 'she' once Kovac left the window
    text = (
        "Anton Berg claimed victory in the presidential election on Sunday after exit polls put him narrowly "
        "ahead of the incumbent, Irena Kovac.\n\n"
        '"The people have chosen change," Berg told supporters in the capital, Rendal. He promised lower fuel taxes.\n\n'
        'Kovac would not concede. "It is far too early to say," she said in a short speech.\n\n'
        "Her campaign manager, Boris Lentz, said postal votes, which are counted last, usually favour the president.\n\n"
        "The electoral commission said turnout was 67 percent. Official results are due on Tuesday.\n\n"
        "Kovac's message to supporters that night was defiant \u2014 \"We are not finished,\" she wrote on social media.")
    assert by_cue(atts(nlp, text), "wrote")[0].speaker == "Irena Kovac"


def test_an_affiliation_leaves_out_the_relative_clause_on_it(nlp):
    text = ('"The numbers are impressive," said Anna Kowalski, an epidemiologist at Kessling University who was '
            "not involved in the study.")
    assert by_cue(atts(nlp, text), "said")[0].affiliation == "epidemiologist at Kessling University"
