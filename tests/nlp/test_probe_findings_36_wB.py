"""Patterns of the thirty-sixth session (helper wB): a name a naming phrase gives a source ('My
aunt, a retired postmistress named Edith Varley, told me', 'The crew, which calls itself
NullHarbor, said', 'A smuggler known as Bluefin said', 'who goes by Marlow', 'an account called
@MarshWatch') is the speaker, and 'she', 'it', 'the group' or 'the hacker' after it stand for
that name (``naming.py``, ``name_giving_verbs.txt``, ``name_nouns.txt``). A name given to
anything else in the source is no speaker's. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.naming import given_name


def _speakers(nlp, text, cue="said"):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue) if a.parent is None]


@pytest.mark.parametrize("text, cue, speaker, kind", [
    ("My aunt, a retired postmistress named Edith Varley, told me the post office had closed in 1998.", "told",
     "Edith Varley", "person"),
    ("Our guide, a former miner named Aled Rhys, warned that the tunnel floods after rain.", "warned",
     "Aled Rhys", "person"),
    ("A smuggler known as Bluefin said the border had been open for weeks.", "said", "Bluefin", "person"),
    ("A trader who goes by Marlow said the market had frozen.", "said", "Marlow", "person"),
    ("The crew behind the outage, which calls itself NullHarbor, said the utility had ignored its warnings.", "said",
     "NullHarbor", "organisation"),
    ("A coalition calling itself the Westbrook Tenants Front said rents had doubled since 2020.", "said",
     "Westbrook Tenants Front", "organisation"),
    ("The group, which posts under the name Grey Lantern, wrote that the data was fresh.", "wrote",
     "Grey Lantern", "organisation"),
])
def test_the_name_a_naming_phrase_gives_the_source_is_the_speaker(nlp, text, cue, speaker, kind):
    assert _speakers(nlp, text, cue) == [(speaker, kind)]


@pytest.mark.parametrize("text, speakers", [
    ("My aunt, a retired postmistress named Edith Varley, told me the post office had closed in 1998. "
     "She said nobody had asked the village.", ["Edith Varley", "Edith Varley"]),
    ("A smuggler known as Bluefin said the border had been open for weeks. He said the guards were paid.",
     ["Bluefin", "Bluefin"]),
    ("The crew behind the outage, which calls itself NullHarbor, said the utility had ignored its warnings. "
     "It said more leaks would follow.", ["NullHarbor", "NullHarbor"]),
])
def test_a_pronoun_after_the_named_source_is_that_name(nlp, text, speakers):
    assert [a.speaker for a in records(nlp, text) if a.parent is None] == speakers


def test_a_pronoun_inside_the_named_sources_content_is_that_name(nlp):
    text = ("My neighbour, a retired lorry driver named Bert Haskins, told me he walks to the shops now, "
            "something he said he never did before.")
    assert [a.speaker for a in records(nlp, text)] == ["Bert Haskins", "Bert Haskins"]


@pytest.mark.parametrize("text, cue, speaker", [
    ("The clip was first posted by an account called @MarshWatch. In a later post, it wrote that the clip was real.",
     "wrote", "@MarshWatch"),
    ("The group, which posts under the name Grey Lantern, listed the files on Monday. In the listing, the group "
     "wrote that the data was fresh.", "wrote", "Grey Lantern"),
    ("A hacker known as Quillfeather leaked the files in May. Police have not found the hacker. The hacker said in "
     "a message that the leak was a warning.", "said", "Quillfeather"),
])
def test_it_or_the_noun_again_stands_for_the_name_given_before(nlp, text, cue, speaker):
    assert [a.speaker for a in records(nlp, text, cue)] == [speaker]


def test_the_noun_again_after_another_one_introduced_is_not_the_first_name(nlp):
    text = ("A nurse named Ellen Park said the ward was full. Another nurse, Jo Smith, said it was quiet. "
            "The nurse said later that she was tired.")
    assert [a.speaker for a in records(nlp, text, "said")] == ["Ellen Park", "Jo Smith", "Jo Smith"]


def test_a_body_named_as_a_gang_is_no_firm_the_article_means(nlp):
    text = ("A hacking crew known as Tallowmere posted the files on Monday. Researchers at the security company "
            "Orvik Labs said the files were genuine. In a blog post, the firm wrote that the records included bank "
            "details.")
    assert [a.speaker for a in records(nlp, text, "wrote")] == ["Orvik Labs"]


@pytest.mark.parametrize("text, speaker", [
    ("Edgar Pim, who owns a horse named Thunder, said the race was fixed.", "Edgar Pim"),
    ("Priya Nair, known as \"Pip\" to her friends, said the results were in.", "Priya Nair"),
    ("The council, which named Ruth Obi treasurer in May, said the budget would balance.", "council"),
    ("The company, which calls its new app Beacon, said downloads had doubled.", "company"),
    ("A man known as a fierce critic of the mayor said the budget was wrong.", "man"),
    ("A documentary called Cold Water said the river was polluted.", "documentary called Cold Water"),
    ("A report called Left Behind, published by the Tenants Union, said rents had doubled.", "Tenants Union"),
])
def test_a_name_given_to_someone_or_something_else_is_no_speaker(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text, "said")] == [speaker]


@pytest.mark.parametrize("text", [
    "A farmer with a dog named Rex said the fence had been cut.",
    "A spokesman for a group calling itself the Dale Watch said the dam was unsafe.",
])
def test_a_name_given_inside_the_source_to_another_noun_is_not_its_speaker(nlp, text):
    found = records(nlp, text, "said")
    assert len(found) == 1 and found[0].speaker not in ("Rex", "Dale Watch")


@pytest.mark.parametrize("text, noun, name", [
    ("A group calling itself the Harbor League met.", "group", "Harbor League"),
    ("The gang, which calls itself HollowKey, met.", "gang", "HollowKey"),
    ("A hacker known as Vesper met us.", "hacker", "Vesper"),
    ("A woman who goes by Kestrel met us.", "woman", "Kestrel"),
    ("A driver named as Lou Carrera met us.", "driver", "Lou Carrera"),
    ("The board, which named Jane Doe chief executive, met.", "board", None),
    ("A man called the police.", "man", None),
    ("A firm known for its ads met.", "firm", None),
])
def test_given_name_reads_the_naming_phrase_on_a_noun(nlp, text, noun, name):
    doc = nlp(text)
    found = given_name(next(t for t in doc if t.text == noun), lexicon())
    assert (" ".join(t.text for t in found[1]) if found else None) == name
