# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Minimal pairs written for the fifty-ninth session's precision check (helper A): each pair holds one cue
word twice, once in a report and once in a sense that reports nothing, in news and web prose: idioms
('needless to say', 'so to speak', 'time will tell', 'all told', 'say, 20 minutes' for an example, 'speaks
volumes'), a thing taken, won, booked, charged or played ('the storm claimed 12 lives', 'posted a loss',
'charged the phone', 'sounded the horn'), a word as a modifier or a name ('a noted chef', 'a stated aim',
'the said property', 'an estimated 3,000', 'know-how'), a nominal subject of a verb that is no cue ('The
findings were printed', 'The thinking behind'), a physical act ('answered the door', 'put the kettle on',
'showed up'), instructions and recipes ('Add the onions'). The gold is written by hand as PolNeAR marks
it (NOTES.md: internal states count, sources are maximal). Every name, place and figure is made up. Read
by ``test_probe_findings_59_pairs``."""

#: (cue word, (report text, a word of the cue, source, first content), a line with the word that reports nothing)
PAIRS = [
    # ---- say
    ("say", ("The county archivist, Noor Halvorsen, said the parish ledgers had been damaged beyond repair.", "said", "The county archivist, Noor Halvorsen", "the parish ledgers had been damaged beyond repair"),
     "Needless to say, the parish ledgers were never found."),
    ("say", ("Residents of Tamsbury say the new cycle lane has made the junction more dangerous.", "say", "Residents of Tamsbury", "the new cycle lane has made the junction more dangerous"),
     "The cycle lane in Tamsbury is, so to speak, a road to nowhere."),
    ("say", ("The mayor of Drevna said on Friday that the tram extension would be delayed by a year.", "said", "The mayor of Drevna", "the tram extension would be delayed by a year"),
     "The tram extension, that is to say the branch to the airport, will open in May."),
    ("say", ("Pharmacists in Corrin say shortages of the antibiotic have eased since March.", "say", "Pharmacists in Corrin", "shortages of the antibiotic have eased since March"),
     "Truth be told, the pharmacy in Corrin lost money in each of its first three years."),
    ("say", ("A spokeswoman for Velden Water said the repairs to the main would take at least a week.", "said", "A spokeswoman for Velden Water", "the repairs to the main would take at least a week"),
     "All told, the repairs to the water main cost the town 48,000 euros."),
    ("say", ("The baker at Linthorpe Mill says the sourdough needs a full day to prove.", "says", "The baker at Linthorpe Mill", "the sourdough needs a full day to prove"),
     "Leave the dough somewhere warm for, say, 40 minutes, until it has doubled in size."),
    ("say", ("The planning officer said the council was likely to approve the scheme in June.", "said", "The planning officer", "the council was likely to approve the scheme in June"),
     "Let us say the council approves the scheme in June: building could then start before the autumn."),
    ("say", ("Older residents say the village has waited for a bypass since the 1960s.", "say", "Older residents", "the village has waited for a bypass since the 1960s"),
     "You could say the village of Ashcombe has been waiting for a bypass since the 1960s."),
    ("say", ("The box office manager, Ilse Varr, said that tickets for the festival had sold out in four hours.", "said", "The box office manager, Ilse Varr", "tickets for the festival had sold out in four hours"),
     "It goes without saying that tickets for the festival sell out fast."),
    ("say", ("The auctioneer said the farmhouse had sold for 310,000 pounds to a buyer from Leeds.", "said", "The auctioneer", "the farmhouse had sold for 310,000 pounds to a buyer from Leeds"),
     "The said property was sold at auction in 2019 for 310,000 pounds."),
    ("say", ("The ferry operator said the new timetable had left gaps on Sunday mornings.", "said", "The ferry operator", "the new timetable had left gaps on Sunday mornings"),
     "That said, the new ferry timetable has a few gaps on Sunday mornings."),
    ("say", ("Dealers say the price of second-hand tractors has doubled since the war began.", "say", "Dealers", "the price of second-hand tractors has doubled since the war began"),
     "Second-hand tractors are scarce, and that is saying something in a county with more farms than shops."),
    # ---- tell
    ("tell", ("Their mother told the Evening Post that the Brannock twins had never spent a night apart.", "told", "Their mother", "the Brannock twins had never spent a night apart"),
     "Even their mother struggles to tell the Brannock twins apart."),
    ("tell", ("The new goalkeeper told reporters he was ready to start on Saturday.", "told", "The new goalkeeper", "he was ready to start on Saturday"),
     "Time will tell whether the new goalkeeper is good enough for the top flight."),
    ("tell", ("The curator told visitors the blue vase in the hall was a Victorian copy.", "told", "The curator", "the blue vase in the hall was a Victorian copy"),
     "Few visitors can tell the difference between the copy and the original vase."),
    ("tell", ("The surveyor told the owners that damp had spread to every wall of the cottage.", "told", "The surveyor", "damp had spread to every wall of the cottage"),
     "Tell-tale patches of damp had spread to every wall of the cottage."),
    ("tell", ("The physio told the coach that the squad was exhausted after the cup run.", "told", "The physio", "the squad was exhausted after the cup run"),
     "The strain of the cup run is beginning to tell on the squad."),
    # ---- claim
    ("claim", ("The coastguard claimed that the storm warning had been issued too late.", "claimed", "The coastguard", "the storm warning had been issued too late"),
     "The storm claimed 12 lives along the coast of Ruvena."),
    ("claim", ("Fenwick claimed the course had been set up to favour the longer hitters.", "claimed", "Fenwick", "the course had been set up to favour the longer hitters"),
     "Fenwick claimed the title with a final round of 66."),
    ("claim", ("The farmer claimed the fire in his barn had been started deliberately.", "claimed", "The farmer", "the fire in his barn had been started deliberately"),
     "The fire claimed the old chapel and two barns on the edge of the village."),
    ("claim", ("Several passengers claimed their suitcases had been opened and searched.", "claimed", "Several passengers", "their suitcases had been opened and searched"),
     "Passengers on the Dubrin flight can claim their suitcases at carousel four."),
    # ---- report
    ("report", ("Twelve nurses reported that the heating had failed on the children's ward.", "reported", "Twelve nurses", "the heating had failed on the children's ward"),
     "Twelve nurses reported for duty at the cottage hospital despite the blizzard."),
    ("report", ("Neighbours reported that they had heard shouting from the flat on Sunday night.", "reported", "Neighbours", "they had heard shouting from the flat on Sunday night"),
     "A 15-year-old boy from Ostrava was reported missing on Sunday night."),
    ("report", ("The head of news reported that digital subscriptions had risen by 9 percent.", "reported", "The head of news", "digital subscriptions had risen by 9 percent"),
     "The new head of news reports to the editor-in-chief."),
    ("report", ("Local media reported that the savings bank would cut 500 jobs.", "reported", "Local media", "the savings bank would cut 500 jobs"),
     "The reporting season for the big banks starts next week."),
    # ---- warn
    ("warn", ("The security guard warned that the quarry was unsafe after dark.", "warned", "The security guard", "the quarry was unsafe after dark"),
     "The security guard warned the teenagers off the quarry with a torch."),
    # ---- announce
    ("announce", ("The parish council announced that the spring fair would return to the green in April.", "announced", "The parish council", "the spring fair would return to the green in April"),
     "Spring announced itself with a week of warm rain on the green."),
    # ---- state
    ("state", ("The forestry agency stated that a million trees would be planted by 2030.", "stated", "The forestry agency", "a million trees would be planted by 2030"),
     "A stated aim of the forestry scheme is to plant a million trees by 2030."),
    ("state", ("The letter stated that applicants must bring a passport to the interview.", "stated", "The letter", "applicants must bring a passport to the interview"),
     "Applicants should arrive at the stated time with a passport."),
    # ---- note
    ("note", ("The chef Amara Tull noted that her third restaurant had taken five years to open.", "noted", "The chef Amara Tull", "her third restaurant had taken five years to open"),
     "The noted chef Amara Tull opened her third restaurant in Lisbon on Friday."),
    ("note", ("Inspectors noted that several trains had left the station early.", "noted", "Inspectors", "several trains had left the station early"),
     "Bring a pencil and note the times of each train on the sheet."),
    ("note", ("The verger noted that the collection box had been forced open.", "noted", "The verger", "the collection box had been forced open"),
     "A crumpled 20-euro note was found in the collection box."),
    ("note", ("The guide noted that the castle museum was closed on Mondays.", "noted", "The guide", "the castle museum was closed on Mondays"),
     "Of note, the castle museum is closed on Mondays."),
    # ---- argue
    ("argue", ("The Pelham neighbours argued that the new hedge blocked the light to their kitchen.", "argued", "The Pelham neighbours", "the new hedge blocked the light to their kitchen"),
     "The Pelham neighbours argued for an hour about the height of the new hedge."),
    # ---- insist
    ("insist", ("The landlady insisted that every guest had signed the register.", "insisted", "The landlady", "every guest had signed the register"),
     "If you insist, the landlady will bring breakfast to your room."),
    # ---- suggest
    ("suggest", ("The retailers' survey suggests that winter coats will cost more this year.", "suggests", "The retailers' survey", "winter coats will cost more this year"),
     "The wool coat retails at a suggested price of 190 euros."),
    ("suggest", ("The botanists' survey suggests that the meadow holds four rare orchids.", "suggests", "The botanists' survey", "the meadow holds four rare orchids"),
     "As the name suggests, Long Meadow is a narrow strip of grassland beside the canal."),
    # ---- show
    ("show", ("Hospital figures show that waiting times in Trevane rose in May.", "show", "Hospital figures", "waiting times in Trevane rose in May"),
     "The painter will show her new canvases in Trevane next month."),
    ("show", ("Parish records show that the footpath was washed away in 1911.", "show", "Parish records", "the footpath was washed away in 1911"),
     "The warden showed the walkers the way down to the footpath."),
    ("show", ("Photographs showed the footbridge had been damaged before the flood.", "showed", "Photographs", "the footbridge had been damaged before the flood"),
     "The bridge contractor showed up an hour late for the opening ceremony."),
    ("show", ("The lodge's accounts show the roof repairs cost twice the estimate.", "show", "The lodge's accounts", "the roof repairs cost twice the estimate"),
     "The show opens at the Varga Theatre on Friday and runs until June."),
    # ---- find
    ("find", ("The inquiry's findings show that the fire alarm had been switched off.", "show", "The inquiry's findings", "the fire alarm had been switched off"),
     "The findings were printed in a 60-page booklet with colour charts."),
    ("find", ("The food inspectors found that the kitchen had no hot water.", "found", "The food inspectors", "the kitchen had no hot water"),
     "The food inspectors found a wallet in the kitchen drawer."),
    ("find", ("A review by the tourist board found the cafe's prices were the highest in town.", "found", "A review by the tourist board", "the cafe's prices were the highest in town"),
     "Visitors will find the cafe on the second floor, next to the gift shop."),
    # ---- reveal
    ("reveal", ("The magician revealed that he had learned the trick from his grandfather.", "revealed", "The magician", "he had learned the trick from his grandfather"),
     "The magician revealed a white dove from under his hat."),
    ("reveal", ("Divers revealed that the wreck was a schooner lost in 1871.", "revealed", "Divers", "the wreck was a schooner lost in 1871"),
     "The low spring tide revealed the wreck of a schooner."),
    # ---- call
    ("call", ("The ranger called the fire a warning to every visitor to the park.", "called", "The ranger", "the fire a warning to every visitor to the park"),
     "The campers called it a night after the fire died down."),
    ("call", ("The vicar called the closure of the village school a tragedy.", "called", "The vicar", "the closure of the village school a tragedy"),
     "The village is called Hollins Green and has one shop."),
    ("call", ("The referee called the pitch at Brayford unplayable.", "called", "The referee", "the pitch at Brayford unplayable"),
     "The referee called the match at Brayford off because of fog."),
    ("call", ("Ms Abara called the decision to close the shelter shameful.", "called", "Ms Abara", "the decision to close the shelter shameful"),
     "Ms Abara called her brother in Toronto every Sunday evening."),
    # ---- add
    ("add", ("\"We will reopen in June,\" the owner of the cafe added.", "added", "the owner of the cafe", "We will reopen in June"),
     "Add the onions and fry them gently for five minutes."),
    ("add", ("The director added that the new wing would open in the spring.", "added", "The director", "the new wing would open in the spring"),
     "The new wing adds 40 beds to the hospital."),
    ("add", ("The auditor added that the figures for the depot did not add up.", "added", "The auditor", "the figures for the depot did not add up"),
     "The figures for the depot simply do not add up."),
    # ---- point out
    ("point out", ("The guide pointed out that the castle had never been besieged.", "pointed out", "The guide", "the castle had never been besieged"),
     "The guide pointed out the castle from the window of the bus."),
    # ---- maintain
    ("maintain", ("The council maintains that its footpaths are safe for wheelchair users.", "maintains", "The council", "its footpaths are safe for wheelchair users"),
     "The council maintains 300 kilometres of footpaths and bridleways."),
    ("maintain", ("The pump crew maintained they had checked the valves before the flood.", "maintained", "The pump crew", "they had checked the valves before the flood"),
     "Crews maintained the pumps through the night as the river rose."),
    # ---- hold
    ("hold", ("The appeal court held that the lease had expired in 2021.", "held", "The appeal court", "the lease had expired in 2021"),
     "Ferreira held the lead for the final nine holes at Valderra."),
    ("hold", ("The regulator held that the roaming charges were unfair.", "held", "The regulator", "the roaming charges were unfair"),
     "The new concert hall holds 1,800 people."),
    # ---- put
    ("put", ("The tenant put it simply: \"The roof leaks every winter.\"", "put", "The tenant", "The roof leaks every winter."),
     "Put the kettle on and warm the pot before adding the tea."),
    # ---- answer
    ("answer", ("The depot manager answered that the phones had been switched off for the holiday.", "answered", "The depot manager", "the phones had been switched off for the holiday"),
     "Nobody answered the phone at the depot on Sunday."),
    ("answer", ("\"Nobody was hurt,\" the stationmaster answered.", "answered", "the stationmaster", "Nobody was hurt"),
     "The stationmaster answered the door in his uniform."),
    # ---- charge
    ("charge", ("Prosecutors charged that the firm had hidden its debts from investors.", "charged", "Prosecutors", "the firm had hidden its debts from investors"),
     "Guests can charge their phones at the reception desk."),
    ("charge", ("Critics of the museum charge that 15 euros is too much for a family.", "charge", "Critics of the museum", "15 euros is too much for a family"),
     "The museum charges 15 euros for entry."),
    # ---- accuse
    ("accuse", ("Neighbours accused the plumber of blocking the shared drain.", "accused", "Neighbours", "the plumber of blocking the shared drain"),
     "The accused, a 34-year-old plumber, appeared in the dock in a grey suit."),
    # ---- promise
    ("promise", ("The new coach promised that the team would play more attacking football.", "promised", "The new coach", "the team would play more attacking football"),
     "The young violinist showed great promise at the competition in Graz."),
    # ---- predict
    ("predict", ("Forecasters predicted that heavy snow would reach the valleys on Tuesday.", "predicted", "Forecasters", "heavy snow would reach the valleys on Tuesday"),
     "The predicted snow never reached the valleys."),
    # ---- estimate
    ("estimate", ("Police estimated that 3,000 people had lined the route of the parade.", "estimated", "Police", "3,000 people had lined the route of the parade"),
     "An estimated 3,000 people lined the route of the parade."),
    ("estimate", ("The builder estimated that the new kitchen would cost 14,000 pounds.", "estimated", "The builder", "the new kitchen would cost 14,000 pounds"),
     "Ask three builders for a free estimate before choosing a new kitchen."),
    # ---- fear
    ("fear", ("Climbers fear that the glacier route will be closed this summer.", "fear", "Climbers", "the glacier route will be closed this summer"),
     "A fear of heights kept the young climber off the glacier route."),
    # ---- think
    ("think", ("Most drivers think the new one-way system is a mess.", "think", "Most drivers", "the new one-way system is a mess"),
     "The thinking behind the new one-way system is a mystery to most drivers."),
    ("think", ("Engineers think the crack in the dam formed during the cold snap.", "think", "Engineers", "the crack in the dam formed during the cold snap"),
     "Think of a number between one and ten, then double it."),
    # ---- know
    ("know", ("The boatyard knows that shipbuilders in Korea want its hull designs.", "knows", "The boatyard", "shipbuilders in Korea want its hull designs"),
     "The boatyard sells its know-how to shipbuilders in Korea."),
    ("know", ("Anglers know the trout in the lake have been dying since the spring.", "know", "Anglers", "the trout in the lake have been dying since the spring"),
     "The lake is known for its brown trout and its pike."),
    # ---- believe
    ("believe", ("The owner believes the lighthouse will sell within a month.", "believes", "The owner", "the lighthouse will sell within a month"),
     "Believe it or not, the lighthouse at Carrow Point is for sale."),
    # ---- deny
    ("deny", ("The border agency denied that refugees had been turned away at the crossing.", "denied", "The border agency", "refugees had been turned away at the crossing"),
     "The refugees were denied entry at the crossing on Thursday."),
    ("deny", ("Halvorsen denied that she had been offered money to withdraw from the race.", "denied", "Halvorsen", "she had been offered money to withdraw from the race"),
     "A late puncture denied Halvorsen a place on the podium."),
    # ---- confirm
    ("confirm", ("The bishop confirmed that the cathedral would close for repairs in July.", "confirmed", "The bishop", "the cathedral would close for repairs in July"),
     "The bishop confirmed 30 teenagers at the cathedral on Sunday."),
    ("confirm", ("The hotel confirmed that the wedding booking had been cancelled.", "confirmed", "The hotel", "the wedding booking had been cancelled"),
     "Please confirm your booking by email within 24 hours."),
    # ---- admit
    ("admit", ("The ticket office admitted that some seats had been sold twice.", "admitted", "The ticket office", "some seats had been sold twice"),
     "The family ticket admits two adults and three children."),
    # ---- signal
    ("signal", ("The central bank signalled that rates would stay on hold until the autumn.", "signalled", "The central bank", "rates would stay on hold until the autumn"),
     "The cyclist signalled left and pulled into the bus lane."),
    # ---- read
    ("read", ("The club's statement read: \"Mr Dorrance has left by mutual consent.\"", "read", "The club's statement", "Mr Dorrance has left by mutual consent."),
     "The new coach read the room and kept his speech short."),
    # ---- write
    ("write", ("The columnist writes that the council has lost its nerve over the bypass.", "writes", "The columnist", "the council has lost its nerve over the bypass"),
     "The columnist writes with her left hand."),
    ("write", ("The composer wrote to his sister that he was homesick in Vienna.", "wrote", "The composer", "he was homesick in Vienna"),
     "The composer wrote three symphonies before he turned thirty."),
    ("write", ("The insurer wrote that the van was a total loss.", "wrote", "The insurer", "the van was a total loss"),
     "The van was written off after the crash on the ring road."),
    # ---- post
    ("post", ("The steelmaker posted on its website that the furnace would be relit in May.", "posted", "The steelmaker", "the furnace would be relit in May"),
     "Halberg Steel posted its first annual loss since 2009."),
    ("post", ("The ambassador posted on social media that the talks in Lima had broken down.", "posted", "The ambassador", "the talks in Lima had broken down"),
     "The ambassador was posted to Lima in 2018."),
    # ---- sound
    ("sound", ("Paediatricians sounded the alarm that measles cases were rising in the north.", "sounded", "Paediatricians", "measles cases were rising in the north"),
     "The ferry sounded its horn as it left the quay."),
    # ---- speak
    ("speak", ("The owner spoke of his sadness at the decline of the club.", "spoke", "The owner", "his sadness at the decline of the club"),
     "The empty stands speak volumes about the decline of the club."),
    ("speak", ("Club officials spoke of their relief that the stand had passed its safety check.", "spoke", "Club officials", "the stand had passed its safety check"),
     "The attendance figures speak for themselves: crowds have halved in five years."),
    ("speak", ("The mayor spoke to reporters, saying the night buses would run again in May.", "saying", "The mayor", "the night buses would run again in May"),
     "Generally speaking, the night buses run on time in the summer."),
    # ---- voice
    ("voice", ("Parents voiced concern that the school bus was often late.", "voiced", "Parents", "the school bus was often late"),
     "The actor who voiced the wolf in the cartoon has died at 81."),
    # ---- declare
    ("declare", ("The health minister declared that the outbreak was over.", "declared", "The health minister", "the outbreak was over"),
     "Travellers must declare any cash over 10,000 euros at customs."),
    # ---- explain
    ("explain", ("The baker explained that the oven had broken down overnight.", "explained", "The baker", "the oven had broken down overnight"),
     "That explains the long queue outside the bakery."),
    # ---- observe
    ("observe", ("One election monitor observed that several ballot boxes had not been sealed.", "observed", "One election monitor", "several ballot boxes had not been sealed"),
     "Hundreds observed a minute's silence at the memorial on Sunday."),
    # ---- recall
    ("recall", ("A former engineer recalled that the brake fault had been known for years.", "recalled", "A former engineer", "the brake fault had been known for years"),
     "The carmaker recalled 40,000 vans over a brake fault."),
    # ---- expect
    ("expect", ("Economists expect inflation to fall below 3 percent by June.", "expect", "Economists", "inflation to fall below 3 percent by June"),
     "The couple are expecting their first child in June."),
    # ---- hope
    ("hope", ("Traders on the high street hope the reopened bridge will bring customers back.", "hope", "Traders on the high street", "the reopened bridge will bring customers back"),
     "The Hope Street bridge reopened to traffic on Monday."),
    # ---- doubt
    ("doubt", ("The coach doubted that the sprinter would be fit for the final.", "doubted", "The coach", "the sprinter would be fit for the final"),
     "The sprinter is a doubt for Saturday's final with a hamstring strain."),
    # ---- question
    ("question", ("Residents questioned whether the new car park was big enough.", "questioned", "Residents", "whether the new car park was big enough"),
     "The question of parking was left to the next meeting."),
    # ---- stress
    ("stress", ("Engineers stressed that the new bridge was safe.", "stressed", "Engineers", "the new bridge was safe"),
     "The new bridge was stress-tested with 40 loaded lorries."),
    # ---- comment
    ("comment", ("The editor commented that the abuse had become unbearable.", "commented", "The editor", "the abuse had become unbearable"),
     "The comments section was closed after a flood of abuse."),
    # ---- agree
    ("agree", ("Both sides agreed that the talks had been useful.", "agreed", "Both sides", "the talks had been useful"),
     "The prawns at the wedding buffet did not agree with him."),
    # ---- figure
    ("figure", ("The landlord figured the pub would be busier after the match.", "figured", "The landlord", "the pub would be busier after the match"),
     "The Three Bells pub figures in a novel by Ella Crane."),
    # ---- guess
    ("guess", ("The organisers guessed that about 5,000 people had come to the fair.", "guessed", "The organisers", "about 5,000 people had come to the fair"),
     "Visitors to the fair were asked to guess the weight of a pumpkin."),
    # ---- order
    ("order", ("The judge ordered that the documents be released to the press.", "ordered", "The judge", "the documents be released to the press"),
     "The diner ordered a second plate of oysters and a glass of wine."),
    # ---- ask
    ("ask", ("Buyers asked whether the price included the walled garden.", "asked", "Buyers", "whether the price included the walled garden"),
     "The manor is on the market with an asking price of 1.2 million pounds."),
    # ---- remind
    ("remind", ("The council reminded residents that bins must be out by 7am.", "reminded", "The council", "bins must be out by 7am"),
     "The old warehouse reminds many visitors of a cathedral."),
    # ---- express
    ("express", ("Shop owners expressed fears that the parcel depot would close.", "expressed", "Shop owners", "the parcel depot would close"),
     "The parcel was sent by express post on Monday."),
    # ---- indicate
    ("indicate", ("Early results indicate that the mayor has held her seat.", "indicate", "Early results", "the mayor has held her seat"),
     "The driver failed to indicate before turning right."),
    # ---- acknowledge
    ("acknowledge", ("The mayor acknowledged that the count had been slow.", "acknowledged", "The mayor", "the count had been slow"),
     "The mayor acknowledged the applause with a small wave."),
    # ---- assure
    ("assure", ("The organisers assured fans that the final would go ahead.", "assured", "The organisers", "the final would go ahead"),
     "A place in the final is now assured for the Harwick side."),
    # ---- swear
    ("swear", ("The witness swore that she had seen the van outside the shop at midnight.", "swore", "The witness", "she had seen the van outside the shop at midnight"),
     "The new councillors were sworn in at the town hall on Monday."),
    # ---- vow
    ("vow", ("The couple vowed to fight the eviction in the courts.", "vowed", "The couple", "to fight the eviction in the courts"),
     "The couple renewed their vows on the beach at Sorrento."),
    # ---- concede
    ("concede", ("The champions' coach conceded that his side had been lucky.", "conceded", "The champions' coach", "his side had been lucky"),
     "The defending champions conceded two late goals at Harwick."),
    # ---- reply
    ("reply", ("The mayor replied that the road would be resurfaced in May.", "replied", "The mayor", "the road would be resurfaced in May"),
     "Haskins replied with a drop goal on the stroke of half-time."),
    # ---- respond
    ("respond", ("The brewery responded that it had done nothing wrong.", "responded", "The brewery", "it had done nothing wrong"),
     "Firefighters responded to 30 calls during the storm."),
    # ---- recommend
    ("recommend", ("The inspectors recommended that the hotel close its kitchen.", "recommended", "The inspectors", "the hotel close its kitchen"),
     "The hotel's recommended restaurant was fully booked on Saturday."),
    # ---- conclude
    ("conclude", ("The panel concluded that the fireworks had not caused the blaze.", "concluded", "The panel", "the fireworks had not caused the blaze"),
     "The festival concluded with fireworks over the lake."),
    # ---- mention
    ("mention", ("The waiter mentioned that the kitchen closed at ten.", "mentioned", "The waiter", "the kitchen closed at ten"),
     "The restaurant earned a mention in the Michelin guide."),
    # ---- repeat
    ("repeat", ("The finance minister repeated that the fuel tax would not rise.", "repeated", "The finance minister", "the fuel tax would not rise"),
     "The champions repeated last year's win over the Harwick side."),
    # ---- reckon
    ("reckon", ("Bookmakers reckon the club will finish in the top four.", "reckon", "Bookmakers", "the club will finish in the top four"),
     "The club's new midfield is a force to be reckoned with."),
    # ---- feel
    ("feel", ("Many members feel the golf club has lost its way.", "feel", "Many members", "the golf club has lost its way"),
     "The new greens at the golf club feel soft underfoot."),
    # ---- worry
    ("worry", ("Traders worry that parking charges will drive shoppers away.", "worry", "Traders", "parking charges will drive shoppers away"),
     "Don't worry about parking: the venue has 500 spaces."),
    # ---- learn
    ("learn", ("The Ledger has learned that the lido will close next year.", "learned", "The Ledger", "the lido will close next year"),
     "Children at the lido learned to swim in a week."),
    # ---- hear
    ("hear", ("The tribunal heard that the lido's manager had ignored safety checks.", "heard", "The tribunal", "the lido's manager had ignored safety checks"),
     "Residents heard a loud bang at 3am and called the fire brigade."),
    # ---- see
    ("see", ("Most economists see little chance of a rate cut this year.", "see", "Most economists", "little chance of a rate cut this year"),
     "See page 12 for the full results."),
    # ---- understand
    ("understand", ("The Ledger understands that the manager will leave at the end of the season.", "understands", "The Ledger", "the manager will leave at the end of the season"),
     "The guide speaks slowly so that the children can understand."),
]

#: reports: (class, text, a word of the cue, source, first content)
REPORTS = [(word, *report) for word, report, _ in PAIRS]
#: lines that report nothing: (class, text)
NOT_REPORTS = [(word, line) for word, _, line in PAIRS]
