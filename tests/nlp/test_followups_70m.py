"""Follow-ups of the seventieth pass on speakers (helper M). Every sentence here is written for this file, with
made-up names, places and bodies.

- A body's noun ('the chain', 'the retailer', 'the company') stands first for the body the article introduced by
  that noun or whose name it heads, named in the last sentences, before a body that only fits the noun and spoke
  or was a clause's subject since ('Brackwell, the chain, opened ... Ormond Bank, which lent it money ... A
  spokesman for the chain said X': Brackwell; 'The retailer Brackwell ... Its landlord, Kestrel Estates, ... A
  spokeswoman for the retailer said X': Brackwell, not the landlord). ``body_salience.called_body`` (from
  ``roles.role``); ``affiliations.body_before`` and ``shortened.body_named`` take a body introduced so as one
  whose name says the noun. A body that only fits, with none introduced so, is left as it was ('A spokesman for
  the lender' after Ormond Bank).
- A 'she' with no one of her gender before it goes to the last person named in its sentence or the one before,
  as a clause's subject, whose gender only the first name gave and the name list is unsure of ('Jess Morrow runs
  the bakery. She said X': the list has 'Jess' as a man's name, rare in Britain and of either gender there, and
  'Kit' as mostly a man's everywhere and a woman's in one country), as ``guessed_genders`` already did for the
  last speaker; not for a name the list is sure of ('John'), nor past another person named since.
- 'in question', 'in response': a bare noun after 'in' is an idiom and names no medium of the report
  ('retweeted the image in question'; ``inverted_media.bare_idiom``, asked in ``verbs.medium_of``).
  The pronoun may be two sentences past the name when no one spoke in between ('the dairy farmer Jess Orwin
  said X. The clip has racked up 1.2m views. "Y," she said': ``probe_social_70``'s farmer_tiktok, and its
  live_went, both strict xfails there, now right).
- 'Court records show X' under a headline 'records show': the tagger reads 'Court' as a name, and a lone
  capitalised body's noun before a poll's or record's noun was taken for a pollster's name ('the latest Harris
  survey'), so the speaker was 'Court'; such a word is no maker's name, and the document speaks
  (``documents.author_of``; ``probe_filings_70``'s sheriff_records).
- Right on main already (pinned below): 'Court filings show X', 'Court papers allege Y' give the document
  (``verb_compounds``); an FAQ's 'Q:' lines give no record of their own; a forum post's 'They said X' after
  'two staff members' is the staff.
- Left: an 'I' in an FAQ's question ('Q: What if I think X?') is given to 'interviewer' (``interviews`` reads
  'Q:'/'A:' turns as an interview's; nothing yet tells a page's own questions, answered in its 'we', from an
  interviewer's; a strict xfail below); a forum post's 'they said X' with no group before it goes to the post's
  username only where the NER tags the username a body ('Posted by X' is no byline to ``candidate.byline_line``,
  which knows 'By' only, and a 'they' no one fits falls to the last body named): ``probe_pages_70``'s
  hiking_forum, which no sentence written here reproduced (the NER read the usernames as numbers or products).

Of the 12 cases below that the mends touch (six body nouns, three pronouns, two media, one document), 0 were
right on main (d4279b76) and 12 after; the 16 others were right before and after. PolNeAR: no attribution record
changes (train 13082 right of 15696, dev 1416 of 1711, before and after); ``evaluate speakers`` unchanged on train
(0.947, 234 of 247) and dev (0.960, 529 of 551, role 0.837).
"""

from __future__ import annotations

import pytest
from probe_records import top

CHAIN = ("Brackwell, the chain, opened its first shop in Dunmore in 1990. The store sits beside Ormond Bank, which lent "
         "it money.\n\n")
RETAILER = "The retailer Brackwell has closed four shops. Its landlord, Kestrel Estates, raised the rent in May.\n\n"
COMPANY = "Brennick Foods, the company, recalled two batches of peas. Its supplier, Talvor Farms, was not named.\n\n"


def _speaker(nlp, text: str, source: str) -> str | None:
    found = [r for r in top(nlp, text) if r.source is not None and r.source.text == source]
    assert found, [(r.source.text if r.source else None, r.speaker) for r in top(nlp, text)]
    return found[0].speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    (CHAIN + "A spokesman for the chain said the shop would stay open.", "A spokesman for the chain",
     "spokesman for Brackwell"),
    (CHAIN + "The chain said the shop would stay open.", "The chain", "Brackwell"),
    (RETAILER + "A spokeswoman for the retailer said the closures were temporary.", "A spokeswoman for the retailer",
     "spokeswoman for Brackwell"),
    (RETAILER + "The retailer said the closures were temporary.", "The retailer", "Brackwell"),
    (COMPANY + "The company said no one had fallen ill.", "The company", "Brennick Foods"),
    (COMPANY + "A spokeswoman for the company said no one had fallen ill.", "A spokeswoman for the company",
     "spokeswoman for Brennick Foods"),
])
def test_a_body_noun_stands_for_the_body_introduced_by_it(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a body that only fits the noun, none introduced by it: as before
    ("Ormond Bank lent the shop money last year.\n\nA spokesman for the lender said the loan would be repaid.",
     "A spokesman for the lender", "spokesman for Ormond Bank"),
    # a body whose name the noun heads, that spoke before another that only fits
    ("Kestrel Bank said profits had doubled. A rival lender, Norvik Finance, said its own had fallen. The bank said "
     "the figures were sound.", "The bank", "Kestrel Bank"),
])
def test_a_body_that_only_fits_is_left_as_it_was(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.xfail(strict=True, reason="the NER splits 'Harlow and Pike' (a PERSON 'Harlow' or nothing, an ORG "
                   "'Pike'), so the article introduces no body as 'the chain'; the last that fits is taken")
def test_a_body_named_with_and_still_lost(nlp):
    text = ("Harlow and Pike, the chain, opened its first shop in Dunmore in 1990. The store sits beside Ormond Bank, "
            "which lent it money.\n\nA spokesman for the chain said the shop would stay open.")
    assert _speaker(nlp, text, "A spokesman for the chain") == "spokesman for Harlow and Pike"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Jess Morrow runs the bakery on Quay Street. She said the ovens were forty years old.", "Jess Morrow"),
    ("Kit Hanley coaches the under-12 team. She said the pitch had flooded twice this winter.", "Kit Hanley"),
    # the name's guess where it agrees
    ("Jess Morrow runs the bakery on Quay Street. He said the ovens were forty years old.", "Jess Morrow"),
    # a name the list is sure of is a man's: 'she' is someone else
    ("John Hale runs the bakery on Quay Street. She said the ovens were forty years old.", None),
    # another person named since
    ("Jess Morrow met Tom Vane at the market. She said the stalls were too expensive.", None),
])
def test_a_pronoun_takes_a_name_whose_gender_was_only_guessed(nlp, text, speaker):
    found = [r for r in top(nlp, text) if r.source is not None and r.source.text in ("She", "He")]
    assert [r.speaker for r in found] == [speaker]


@pytest.mark.parametrize(("text", "cue", "medium"), [
    ("The mayor retweeted the image in question, saying it showed the flood defences working.", "retweeted", None),
    ("The mayor said in response that the road would reopen.", "said", None),
    ("The mayor said in a statement that the road would reopen.", "said", "statement"),
    ("The mayor wrote on Facebook that the road would reopen.", "wrote", "Facebook"),
])
def test_an_idiom_of_a_bare_noun_is_no_medium(nlp, text, cue, medium):
    assert [r.medium for r in top(nlp, text) if r.cue is not None and r.cue.text == cue] == [medium]


def test_a_pronoun_two_sentences_past_a_guessed_name(nlp):
    text = ("In a video posted to TikTok on Monday, the dairy farmer Sam Imrie said she was paid less for a litre of "
            "milk than it cost her to produce.\n\nThe clip has been watched 40,000 times.\n\n\"We can't keep doing "
            "this,\" she said in the video.")
    assert [r.speaker for r in top(nlp, text) if r.source is not None and r.source.text == "she"] == ["Sam Imrie"]


def test_a_lone_body_noun_is_no_records_maker(nlp):
    text = ("Candidate owed back taxes, records show\n\nCourt records show that Tomas Brenner, a candidate for county "
            "clerk, owed $18,000 in back taxes in 2020.")
    assert _speaker(nlp, text, "Court records") == "Court records"


@pytest.mark.parametrize(("text", "source"), [
    ("Mara Quill sued her former employer in March.\n\nCourt filings show she was paid less than her colleagues.",
     "Court filings"),
    ("Orrin Homes filed papers on Monday. Court papers allege the tenants damaged the flats.", "Court papers"),
    ("Court records show Mara Quill was paid less than her colleagues.", "Court records"),
    ("According to court filings, the firm was warned about the damp in 2021.", "court filings"),
])
def test_a_document_with_a_modifier_noun_is_the_document(nlp, text, source):
    assert _speaker(nlp, text, source) == source


@pytest.mark.parametrize("text", [
    "Frequently asked questions\n\nQ: When will the pool reopen?\n\nA: The pool will reopen in June, once the repairs "
    "are finished.\n\nQ: Will prices rise?\n\nA: Prices will stay the same for members.",
    "Pool reopening: what you need to know\n\nQ: When will the pool reopen?\nA: The pool will reopen in June.\n\nQ: "
    "Will prices rise?\nA: No, prices will stay the same for members.",
    "FAQ\n\nQ. Can I bring my dog?\nA. Dogs are allowed on the lower path only.\n\nQ. Is there parking?\nA. There is a "
    "car park beside the gate.",
])
def test_an_faq_has_no_interviewer(nlp, text):
    found = nlp(text)._.sourcebook_attributions
    assert not [r for r in found if r.speaker == "interviewer" or r.source is not None and r.source.text.startswith("Q")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Posted by kelpie_rider on 3 March\n\nI rang the depot about my parcel and spoke to two staff members. They said "
     "the van had broken down.", "two staff members"),
    ("kelpie_rider wrote:\n\nI rang the depot twice about my parcel. The staff there were friendly enough. They said "
     "the van had broken down and would be fixed by Friday.", None),  # (no one: 'The staff there' is a subject
])                                                                       # the pronoun does not reach)
def test_a_forum_posts_they_is_not_its_username(nlp, text, speaker):
    found = nlp(text)._.sourcebook_attributions  # (the second is inside the post's 'wrote')
    assert [r.speaker for r in found if r.source is not None and r.source.text == "They"] == [speaker]


@pytest.mark.xfail(strict=True, reason="a page's own question is read as an interviewer's turn: ``interviews`` tells no "
                   "FAQ from an interview")
def test_an_faqs_i_is_no_interviewer(nlp):
    text = ("Parking permits: your questions answered\n\nQ: Can I renew my permit online?\n\nA: Yes. Renew it on our "
            "website before it runs out.\n\nQ: What if I think my permit was charged twice?\n\nA: Call us and we "
            "will refund the second charge.")
    assert "interviewer" not in [r.speaker for r in nlp(text)._.sourcebook_attributions]

