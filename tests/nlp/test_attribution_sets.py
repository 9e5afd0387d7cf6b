"""Two sets of sentences written for these tests (issue 12): ones that attribute nothing
(narration, questions, imperatives, headings, captions, first person, lists) must give no
attribution; ones that do (every cue class) must give the right cue, source and content."""

from __future__ import annotations

import pytest

# narration, questions, imperatives, headings, captions, first person, lists
NOT_ATTRIBUTIONS = [
    "My lungs were begging for oxygen as we climbed the last ridge.",
    "No one knows how deep the old mine shafts run.",
    "Winemakers ripped up the fickle vine and planted olive trees instead.",
    "The board met to determine whether rates will rise.",
    "The river flooded the lower town twice last spring.",
    "Prices at the market rose by a third over the winter.",
    "How many families still live along the coast?",
    "Why did the bridge collapse in the first place?",
    "Is the vaccine safe for children under five?",
    "Turn left at the old mill and follow the stream to the bridge.",
    "Preheat the oven and grease a shallow baking tin.",
    "Click here to subscribe to our weekly newsletter.",
    "Weather forecast for the weekend",
    "Photo: Firefighters tackle a blaze on the hillside above the village.",
    "Pictured: the new ferry leaves the harbour at dawn.",
    "Related stories",
    "I walked to the station in the rain and missed the last train.",
    "We spent the afternoon repairing the fence behind the barn.",
    "I remember the smell of bread from the bakery on our street.",
    "My grandmother grew tomatoes along the south wall of the garden.",
    "Flour, sugar, two eggs and a pinch of salt.",
    "Monday: sunny. Tuesday: showers. Wednesday: strong winds.",
    "Correction: An earlier version of this article gave the wrong date for the first walkout.",
    "Update: The ferry timetable below was changed on Friday afternoon.",
    "The museum opens at nine and closes at five.",
    "The orchestra played three encores before the lights came up.",
    "A gust of wind tore the roof off the school gym.",
    "The cat slept on the warm stones of the terrace all afternoon.",
    "Trains between the two cities run every twenty minutes.",
    "The company built a new warehouse near the airport.",
    "The coach put his best player at number 10.",
    "Opinion: Why the city needs a second crossing",
    "Breaking: Mayor resigns over bridge scandal",
    "Flooding: river levels keep rising across the north",
    "Election: the count drags on into a third day",
    "Snow covered the pass for most of January.",
    "The team won its third match in a row on Saturday.",
    "Thousands of birds gather on the lake each autumn.",
    "The recipe needs two cups of flour.",
    "The road winds through pine forest for twelve miles.",
    "She painted the kitchen yellow last summer.",
    "The farmers harvested the wheat a week early this year.",
    "The tide came in quickly and covered the causeway.",
    "Contact us for opening times and ticket prices.",
    "Share this article on social media.",
    "The hotel has forty rooms, a pool and a small gym.",
    "He drove the tractor across the muddy field.",
    "The library moved to a larger building in 2019.",
    "Volunteers planted two hundred trees along the canal.",
    "The old lighthouse was restored with money from a local trust.",
    "Our dog chased the ducks into the pond.",
    "The festival draws visitors from across the region.",
    "They sailed from the harbour before sunrise.",
    "The children built a raft out of driftwood.",
    "The storm knocked out power to six villages.",
    "Do you think the rain will stop before the match?",
    "Please keep your ticket until the end of the journey.",
    "Chapter 3: The Long Road North",
    "Scroll down for the full results table.",
    "The bakery sells out of croissants by ten o'clock.",
    "A new bus line connects the hospital with the station.",
    "The mountain hut sleeps twelve people in bunk beds.",
    "I was shaking with cold when the boat finally docked.",
    "The vineyard lies on a steep slope above the river.",
    "Heavy rain delayed the start of the race by an hour.",
    "The bridge was painted red in the 1950s.",
    "Fishermen mended their nets on the quay.",
    "The school added a second language to its lessons.",
    "The plane landed safely despite the crosswind.",
    # words that are cues in another sense (stance, belief, display, plans, view, idioms)
    "They had tears in their eyes as the ship left the harbour.",
    "The fee is certain to rise next year.",
    "She put it on the shelf by the door.",
    "The pillars support the weight of the roof.",
    "The truck backed into the loading bay.",
    "Our neighbours backed their car out of the drive.",
    "The walls carry the weight of three floors.",
    "The museum's plans for the east wing hang in the lobby.",
    "The bridge links the old town with the harbour.",
    "The storm showed no sign of easing overnight.",
    "Caption: A farmer holds a lamb at the spring fair.",
    "1. Preheat the oven. 2. Mix the flour and eggs.",
    "What did the council decide about the parking fees?",
    "Answer the questions below and send the form back by Friday.",
    "Tickets: adults 12 euros, children free.",
    "The storm showed that the old levee was too weak.",
    # weather and alarms say nothing; a door is answered without a word; a question's asker
    "The rain warned the climbers to turn back before dusk.",
    "The fire alarm announced the end of the council meeting.",
    "He answered the door in his pyjamas.",
    "Who told the press that the talks had failed?",
    "Share this article with your friends.",
    # a thing takes no stance ('calls for' needs someone who can call); a museum shows, a road leads
    "The recipe calls for two cups of flour.",
    "The museum shows works by local artists.",
    "The road leads to the old mine.",
]

# (text, cue, source, contents): every cue class of issue 12
ATTRIBUTIONS = [
    # verbs of saying, indirect
    ("The mayor said the bridge would reopen in May.", "said", "The mayor", ["the bridge would reopen in May"]),
    # a finding verb with a person's or an outlet's clause, not only a poll's
    ("The county auditor found that two of the contracts were never signed.", "found", "The county auditor",
     ["two of the contracts were never signed"]),
    # a passive with an agent, for a stance verb too
    ("The new levy was opposed by most of the fruit growers.", "was opposed", "most of the fruit growers",
     ["The new levy"]),
    ("Officials announced that the border crossing would close at night.", "announced", "Officials",
     ["the border crossing would close at night"]),
    ("The minister warned that food prices would keep rising.", "warned", "The minister",
     ["food prices would keep rising"]),
    ("The company confirmed that forty workers had been laid off.", "confirmed", "The company",
     ["forty workers had been laid off"]),
    ("Police reported that two men had been arrested near the port.", "reported", "Police",
     ["two men had been arrested near the port"]),
    ("The senator argued that the tax would hurt small farms.", "argued", "The senator",
     ["the tax would hurt small farms"]),
    ("The coach admitted that his team had played badly.", "admitted", "The coach",
     ["his team had played badly"]),
    ("The governor told reporters that the schools would stay open.", "told", "The governor",
     ["the schools would stay open"]),
    ("The union insisted that the strike would go ahead.", "insisted", "The union", ["the strike would go ahead"]),
    ("The judge ruled that the contract was invalid.", "ruled", "The judge", ["the contract was invalid"]),
    ("The doctor explained that the virus spreads through water.", "explained", "The doctor",
     ["the virus spreads through water"]),
    ("Residents complained that the buses never came on time.", "complained", "Residents",
     ["the buses never came on time"]),
    ("The spokeswoman denied that the plant had leaked chemicals.", "denied", "The spokeswoman",
     ["the plant had leaked chemicals"]),
    ("The mayor says the park will be finished by June.", "says", "The mayor", ["the park will be finished by June"]),
    ("The principal has acknowledged that the roof needs repairs.", "has acknowledged", "The principal",
     ["the roof needs repairs"]),
    # direct quotes: every mark kind, before and after the cue, split, colon
    ('"The water is rising," the engineer said.', "said", "the engineer", ["The water is rising"]),
    ("\u201cWe have no more beds,\u201d said Anna Berg, a nurse at the clinic.", "said",
     "Anna Berg, a nurse at the clinic", ["We have no more beds"]),
    ("The pilot said: \u201cThe runway is flooded.\u201d", "said", "The pilot", ["The runway is flooded"]),
    ('"The roads are closed," the sheriff said, "and they will stay closed tonight."', "said", "the sheriff",
     ["The roads are closed", "and they will stay closed tonight"]),
    ("\u201cThe harvest was poor,\u201d the farmer said. \u201cWe lost half the crop.\u201d", "said",
     "the farmer", ["The harvest was poor", "We lost half the crop"]),
    ("''The ferry will not sail today,'' the captain said.", "said", "the captain",
     ["The ferry will not sail today"]),
    ("\u00abThe border is open again,\u00bb the customs officer said.", "said", "the customs officer",
     ["The border is open again"]),
    ('"We will rebuild," Maria Lopez told the local paper.', "told", "Maria Lopez", ["We will rebuild"]),
    ('"It is a disaster," added the fire chief.', "added", "the fire chief", ["It is a disaster"]),
    # an 'as' aside opening the sentence: the rest of the sentence is the content
    ("As the harbour master pointed out, the old pier cannot hold the new ferries.", "pointed out",
     "the harbour master", ["the old pier cannot hold the new ferries"]),
    # a participle on the object of the doer's verb: the doer speaks
    ("The council issued a statement saying the bridge would reopen in May.", "issued a statement saying",
     "The council", ["the bridge would reopen in May"]),
    ("The campaign took the unusual step of criticizing the intelligence agencies.", "criticizing",
     "The campaign", ["the intelligence agencies"]),
    # a relative pronoun that is the reported clause's subject: the pronoun and the clause
    ("The workers blame the closure of the mill, which they say left the town without jobs.", "say",
     "they", ["which", "left the town without jobs"]),
    # a plea: the adjective is part of the cue
    ("She pleaded not guilty to all six charges on Monday.", "pleaded not guilty", "She", ["to all six charges"]),
    # an answer: 'said yes'
    ("Asked whether the ferry should run at night, most of the fishermen said yes.", "said",
     "most of the fishermen", ["yes"]),
    # a verb of manner beside a quotation; a verb that is a cue only there, before or after it
    ('"Go back to your seats," the chairman barked.', "barked", "the chairman", ["Go back to your seats"]),
    ('"Not a bad day for a swim," the lifeguard laughed.', "laughed", "the lifeguard", ["Not a bad day for a swim"]),
    ('"The roof held," the builder continued. "The walls did not."', "continued", "the builder",
     ["The roof held", "The walls did not"]),
    # mixed quotes kept whole
    ('The mayor said the storm had left the harbour "a field of broken glass".', "said", "The mayor",
     ['the storm had left the harbour "a field of broken glass"']),
    # according to
    ("According to the coast guard, three boats are still missing.", "According to", "the coast guard",
     ["three boats are still missing"]),
    ("Three boats are still missing, according to the coast guard.", "according to", "the coast guard",
     ["Three boats are still missing"]),
    # belief and knowledge cues
    ("The farmers believe the drought will last another year.", "believe", "The farmers",
     ["the drought will last another year"]),
    ("The doctors fear that the outbreak will spread to the capital.", "fear", "The doctors",
     ["the outbreak will spread to the capital"]),
    ("Economists expect that inflation will fall next spring.", "expect", "Economists",
     ["inflation will fall next spring"]),
    ("The coach thinks his team can win the cup.", "thinks", "The coach", ["his team can win the cup"]),
    ("The villagers know that the dam is unsafe.", "know", "The villagers", ["the dam is unsafe"]),
    ("The minister hopes that the talks will resume soon.", "hopes", "The minister", ["the talks will resume soon"]),
    ("Sanders is hoping that the vote will go his way.", "is hoping", "Sanders", ["the vote will go his way"]),
    ("The board estimated that repairs would cost two million dollars.", "estimated", "The board",
     ["repairs would cost two million dollars"]),
    ("The teachers worry that the new rules will confuse pupils.", "worry", "The teachers",
     ["the new rules will confuse pupils"]),
    ("The analyst agreed that the shift was a matter of geography.", "agreed", "The analyst",
     ["the shift was a matter of geography"]),
    ("A spokesman for the bank declined to comment.", "declined", "A spokesman for the bank", ["to comment"]),
    # documents and polls as sources
    ("A new poll shows that most voters oppose the plan.", "shows", "A new poll", ["most voters oppose the plan"]),
    ("The report found that the river was badly polluted.", "found", "The report",
     ["the river was badly polluted"]),
    ("The study suggests that sleep improves memory.", "suggests", "The study", ["sleep improves memory"]),
    ("A survey of farmers found that most had lost money.", "found", "A survey of farmers",
     ["most had lost money"]),
    # nominal cues
    ("The mayor repeated his claim that the fire was started deliberately.", "claim", "his",
     ["the fire was started deliberately"]),
    ("The union rejected the company's argument that wages were too high.", "argument", "the company's",
     ["wages were too high"]),
    # verbs whose object is the content; phrasal cues
    ("The governor criticized the budget for cutting school funds.", "criticized", "The governor",
     ["the budget for cutting school funds"]),
    ("The council called for an inquiry into the collapse.", "called for", "The council",
     ["an inquiry into the collapse"]),
    ("The charity urged the government to send more tents.", "urged", "The charity",
     ["the government to send more tents"]),
    ("The senator described the bill as a disaster for farmers.", "described", "The senator",
     ["the bill as a disaster for farmers"]),
    # the parser made 'as' the mark of a clause
    ("He described the country as beset by illegal immigrants, some of them killers.", "described",
     "He", ["the country as beset by illegal immigrants"]),
    # the parser hangs the noun's clause on the verb
    ("He repeated his contention that identifying the group as Islamic will only serve as a propaganda tool.",
     "repeated", "He", ["his contention that identifying the group as Islamic will only serve as a propaganda tool"]),
    ("Residents asked whether the water was safe to drink.", "asked", "Residents",
     ["whether the water was safe to drink"]),
    ("The minister promised to build two new hospitals.", "promised", "The minister", ["to build two new hospitals"]),
    # passive with an agent; relative clause
    ("The plan was criticised by the opposition.", "was criticised", "the opposition", ["The plan"]),
    # parenthetical and trailing cues
    ("The bridge, the engineer said, will not survive another flood.", "said", "the engineer",
     ["The bridge", "will not survive another flood"]),
    ("The school will close in June, the principal said.", "said", "the principal",
     ["The school will close in June"]),
    ("Prices will rise again next year, the bank predicted.", "predicted", "the bank",
     ["Prices will rise again next year"]),
    # pronoun sources
    ("She said the clinic had run out of vaccines.", "said", "She", ["the clinic had run out of vaccines"]),
    ("They claimed the election had been rigged.", "claimed", "They", ["the election had been rigged"]),
    # titles and appositions kept in the source
    ("Dr. Helen Park, the head of the hospital, said the ward would reopen.", "said",
     "Dr. Helen Park, the head of the hospital", ["the ward would reopen"]),
    ("Sen. John Reed (D-R.I.) said the vote would be close.", "said", "Sen. John Reed (D-R.I.)",
     ["the vote would be close"]),
    # organisations
    ("The World Health Organization warned that the outbreak was spreading.", "warned",
     "The World Health Organization", ["the outbreak was spreading"]),
    ("Amnesty International said the prisoners had been beaten.", "said", "Amnesty International",
     ["the prisoners had been beaten"]),
    # medium and relay
    ("The actor wrote on Facebook that he was leaving the show.", "wrote", "The actor",
     ["he was leaving the show"]),
    ("The general told the BBC that the troops would withdraw.", "told", "The general",
     ["the troops would withdraw"]),
    # coordinated content
    ("The mayor said the roads were closed and the schools would stay shut.", "said", "The mayor",
     ["the roads were closed and the schools would stay shut"]),
    # the writer's trailing clause is no part of the content
    ("The agency reported that ten children had died, shortly after the fighting began.", "reported",
     "The agency", ["ten children had died"]),
    ("The nurse said the ward was full, but she did not say how many patients had been turned away.", "said",
     "The nurse", ["the ward was full"]),
    # stances and evaluations: the object is the content
    ("The mayor opposed the plan to close the library.", "opposed", "The mayor", ["the plan to close the library"]),
    ("The committee endorsed the plan to widen the motorway.", "endorsed", "The committee",
     ["the plan to widen the motorway"]),
    ("Several senators backed the proposal for a second bridge.", "backed", "Several senators",
     ["the proposal for a second bridge"]),
    ("The opposition accused the minister of lying to parliament.", "accused", "The opposition",
     ["the minister of lying to parliament"]),
    ("The governor dismissed the report as political theatre.", "dismissed", "The governor",
     ["the report as political theatre"]),
    ("The company announced plans to close two factories.", "announced", "The company",
     ["plans to close two factories"]),
    # documents as sources
    ("The ministry's report shows that exports fell by a fifth.", "shows", "The ministry's report",
     ["exports fell by a fifth"]),
    ("A leaked memo reveals that the firm knew about the fault.", "reveals", "A leaked memo",
     ["the firm knew about the fault"]),
    ("The lawsuit claims that the factory poisoned the well.", "claims", "The lawsuit",
     ["the factory poisoned the well"]),
    # beliefs held a long time; a second report in the same sentence
    ("Villagers have long suspected that the mine polluted the river.", "have long suspected", "Villagers",
     ["the mine polluted the river"]),
    ("Critics said the law would hurt the poor, while supporters argued it would create jobs.", "argued",
     "supporters", ["it would create jobs"]),
    ("Critics of the plan say it favours the rich.", "say", "Critics of the plan", ["it favours the rich"]),
    # phrases of view, verbs that say only with their word, adjectives of certainty
    ("In the view of the auditors, the accounts were incomplete.", "In the view of", "the auditors",
     ["the accounts were incomplete"]),
    ("In Ortiz's opinion, the harbour tax came too late.", "In Ortiz's opinion", "Ortiz",
     ["the harbour tax came too late"]),
    ("The minister made clear that no more money would be available.", "made clear", "The minister",
     ["no more money would be available"]),
    ('The chief constable put it bluntly: "We do not have enough officers."', "put it", "The chief constable",
     ["We do not have enough officers"]),
    ("The minister hinted that an election could come early.", "hinted", "The minister",
     ["an election could come early"]),
    ("Scientists are certain that the glacier is shrinking.", "are certain", "Scientists",
     ["the glacier is shrinking"]),
    # a report trailing a report: each its own content, one speaker
    ('Ms. Lindqvist said she would appeal, calling the verdict "deeply unjust".', "calling", "Ms. Lindqvist",
     ['the verdict "deeply unjust"']),
    # quote marks of every kind, unbalanced marks, colon, dash and headline quotes
    ("\u2018We have nothing left\u2019: farmers count the cost of floods", ":", "farmers", ["We have nothing left"]),
    ("'The road is closed,' the officer said.", "said", "the officer", ["The road is closed"]),
    ("\u2018We have no water,\u2019 the villager said.", "said", "the villager", ["We have no water"]),
    ("\u201eWe will not leave\u201c, the tenant said.", "said", "the tenant", ["We will not leave"]),
    ('"The road is closed, the officer said on Tuesday.', "said", "the officer", ["The road is closed"]),
    ("The tenant said: 'We will not leave.'", "said", "The tenant", ["We will not leave"]),
    ('"We will not leave." \u2014 Maria Lopez', "\u2014", "Maria Lopez", ["We will not leave"]),
    ('Floods ahead\nMayor: "The bridge will reopen in May"', ":", "Mayor", ["The bridge will reopen in May"]),
    # a quotation over two paragraphs; a quotation of two sentences
    ('The inspector said: "The dam is safe.\n\n"We checked every wall twice and found no cracks."', "said",
     "The inspector", ["The dam is safe.", "We checked every wall twice and found no cracks"]),
    ('"The water came in the night. We lost everything," said Ana Ruiz, who runs the bakery.', "said",
     "Ana Ruiz, who runs the bakery", ["The water came in the night. We lost everything"]),
    # a tail with whom it was told; a source set off by commas, a role and a name
    ("The harbour will reopen on Thursday, port officials told local radio.", "told", "port officials",
     ["The harbour will reopen on Thursday"]),
    ("Three of the wounded are in a serious condition, a hospital spokesman, Karel Dorn, said by telephone.",
     "said", "a hospital spokesman, Karel Dorn", ["Three of the wounded are in a serious condition"]),
    # said in a document; the manner of a quotation before a colon; a share of people
    ("The charity said in a report that child malnutrition had doubled since March.", "said", "The charity",
     ["child malnutrition had doubled since March"]),
    ('The minister was defiant: "I will not resign."', "was defiant:", "The minister", ["I will not resign"]),
    ("About 4 in 10 say they want the next council to cut fares.", "say", "About 4 in 10",
     ["they want the next council to cut fares"]),
    # the writer's words before a colon that opens the quotation are not the resident's
    ('The mood was grim: "We have lost everything," one resident said.', "said", "one resident",
     ["We have lost everything"]),
    # documents that allege and accuse; a phrase of words said; a participle of belief
    ("Court documents allege that the two men laundered $4 million through a car dealership.", "allege",
     "Court documents", ["the two men laundered $4 million through a car dealership"]),
    ('In the words of one aid worker, the camp is "a disaster waiting to happen."', "In the words of",
     "one aid worker", ['the camp is "a disaster waiting to happen."']),
    ("Residents are convinced the factory poisoned their wells.", "are convinced", "Residents",
     ["the factory poisoned their wells"]),
    # the participle says how they spoke, not who they are
    ("Two senior officials, speaking on condition of anonymity, said the talks had broken down.", "said",
     "Two senior officials", ["the talks had broken down"]),
    # quotation marks of other styles: British single marks, curly single marks, guillemets
    ("'We are running out of time,' warned the head of the agency.", "warned", "the head of the agency",
     ["We are running out of time"]),
    ("\u2018It\u2019s a miracle nobody died,\u2019 the fire chief said.", "said", "the fire chief",
     ["It\u2019s a miracle nobody died"]),
    ("\u00abWe will not give in,\u00bb the minister said.", "said", "the minister", ["We will not give in"]),
    # a 'that' clause the parser read as an infinitive complement ('would "look at"'), its adverb left out
    ('She said only that the union would "look at any serious offer".', "said", "She",
     ['the union would "look at any serious offer"']),
    # the parser's object of the cue is the reported clause's subject; an addressee is not
    ("Aid groups warned the true figure was likely to be far higher.", "warned", "Aid groups",
     ["the true figure was likely to be far higher"]),
    ("She warned the committee the plan would fail.", "warned", "She", ["the plan would fail"]),
    # a sourcing phrase set off inside the clause, hung on its subject
    ("The number of cases, according to the ministry, rose to 41 on Friday.", "according to", "the ministry",
     ["The number of cases", "rose to 41 on Friday"]),
    # an estimate: a poll verb setting its object at a number
    ("Officials in the province put the death toll at 41.", "put", "Officials in the province",
     ["the death toll at 41"]),
    ("The disaster agency put the number of displaced at 12,000, but aid groups say it is higher.", "put",
     "The disaster agency", ["the number of displaced at 12,000"]),
    # a dash opening the quotation: the words before it are the writer's
    ('The striker was more blunt \u2014 "We were terrible," he said.', "said", "he", ["We were terrible"]),
    # a cue clause ended by a colon, its statement unquoted after it
    ("The coach put it simply: the team was not fit enough.", "put it", "The coach",
     ["the team was not fit enough"]),
    # a cue in a relative clause reports nothing past the comma that closes it
    ("The levy, which officials say is unfair, was scrapped in a late vote.", "say", "officials",
     ["which", "is unfair"]),
    ("The budget, which critics say is reckless, passed by three votes.", "say", "critics", ["which", "is reckless"]),
    # a 'that' clause the parser hung on a noun after the cue as a relative clause with a mark
    ("The mayor wrote on X, formerly Twitter, that the bridge would reopen in May.", "wrote", "The mayor",
     ["the bridge would reopen in May"]),
    # a cue after a comma ending the sentence with its speaker, read as a verb with an object
    ("The bridge was closed to lorries for the first time, reported the Valley Courier.", "reported",
     "the Valley Courier", ["The bridge was closed to lorries for the first time"]),
    ("The union leader argued that the offer was an insult to every nurse, reported the Daily Ledger.", "reported",
     "the Daily Ledger", ["The union leader argued that the offer was an insult to every nurse"]),
    # 'it' joined to a second verb of saying is the one subject of both
    ("It apologised to its customers and said refunds would be paid within a week.", "said", "It",
     ["refunds would be paid within a week"]),
    # a described time after 'warn of' is what was said (the NER made it a DATE)
    ("In a letter to shareholders, the chairman warned of a difficult year ahead.", "warned of", "the chairman",
     ["a difficult year ahead"]),
    # the thousands comma of a number inside the source is no clause break
    ("Around two-thirds of residents oppose the plan, according to a survey of 2,000 adults.", "according to",
     "a survey of 2,000 adults", ["Around two-thirds of residents oppose the plan"]),
    # a series of one speaker's verbs: the second one's subject is the first one's, not the
    # noun after it (as in '..., said the mayor')
    ("The coach praised the defence, called the referee \u201ca disgrace\u201d and walked out.", "called",
     "The coach", ["the referee \u201ca disgrace\u201d"]),
]


def _atts(nlp, text):
    return nlp(text)._.sourcebook_attributions


@pytest.mark.parametrize("text", NOT_ATTRIBUTIONS)
def test_not_an_attribution(nlp, text):
    atts = _atts(nlp, text)
    assert atts == (), [(a.cue and a.cue.text, a.source and a.source.text, [c.text for c in a.contents]) for a in atts]


@pytest.mark.parametrize("text, cue, source, expected", ATTRIBUTIONS)
def test_attribution(nlp, text, cue, source, expected):
    atts = _atts(nlp, text)
    found = [a for a in atts if a.cue is not None and a.cue.text == cue]
    assert found, [(a.cue and a.cue.text, a.source and a.source.text, [c.text for c in a.contents]) for a in atts]
    att = found[0]
    assert (att.source.text if att.source else None) == source
    assert [c.text for c in att.contents] == expected


def test_sets_are_large_enough():
    assert len(NOT_ATTRIBUTIONS) >= 60
    assert len(ATTRIBUTIONS) >= 60
    assert len(set(NOT_ATTRIBUTIONS)) == len(NOT_ATTRIBUTIONS)
    assert len({t for t, *_ in ATTRIBUTIONS}) == len(ATTRIBUTIONS)


def test_a_live_page_time_stamp_is_no_part_of_the_content(nlp):
    text = ("Live: Storm makes landfall\n\n"
            "10:42 Power is out for about 180,000 homes, the grid operator said.\n\n"
            '9.50am "Stay at home unless your journey is essential," the police chief told local radio.')
    contents = [c.text for a in _atts(nlp, text) for c in a.contents]
    assert "Power is out for about 180,000 homes" in contents, contents
    assert "Stay at home unless your journey is essential" in contents, contents
