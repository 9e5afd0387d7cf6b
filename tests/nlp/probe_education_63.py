# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-nine short articles written for the sixty-third session's check of education and universities news (helper
A): job cuts told to staff in an email, students' complaints ('Students say', 'The university said in a statement'),
exam boards ('a spokesperson for the exam board confirmed'), studies ('The study, published in X, found'), staff
quoted by role ('One professor, who asked not to be named, said'), critics, a funding council's report ('warns'),
admissions data ('according to'), ministers ('insisted'), student unions ('accused X of'), academic misconduct ('denied
the allegations', 'An investigation concluded'), lecturers with their post ('Dr X, a lecturer in Y, said'), parents
('complained that'), school inspections abroad and speakers named again by pronoun or role across paragraphs ('She',
'The dean', 'The professor').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (grade boundaries, league-table places, course and module names, fees and
dates stated by the writer, campus descriptions, timetables, titles of papers and books in quotes); (cue, source,
speaker, the content's first words) in ``SPEAKERS``. The first twenty-four were written before any mend, the next
three after the first run, the last two after the third and the fourth mends. Every name, place, body, figure and
sentence is made up. Read by ``test_probe_findings_63_education``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["vc_email"] = """Calverley to cut 300 jobs as deficit grows

The University of Calverley will cut 300 jobs over the next two years, its vice-chancellor, Professor Helen Strand, told staff in an email on Monday.

She wrote that the university faced a deficit of £42m.

Calverley has about 19,000 students across two campuses.

The university's Fenwick building, a former cotton mill, houses its school of engineering.

The Calverley branch of the lecturers' union said it would ballot members on strike action.
"""
GOLD["vc_email"] = [
    ("told", "its vice-chancellor, Professor Helen Strand", "The University of Calverley will cut 300 jobs over the next two years"),
    ("wrote", "She", "the university faced a deficit of £42m"),
    ("said", "The Calverley branch of the lecturers' union", "it would ballot members on strike action"),
]
NOT_REPORTS["vc_email"] = ["Calverley has about 19,000 students across two campuses.", "The university's Fenwick building, a former cotton mill, houses its school of engineering."]
SPEAKERS["vc_email"] = [("wrote", "She", "Helen Strand", "the university")]

ARTICLES["halls_rent"] = """Rent strike spreads to second hall of residence

Students say the rooms at Marlowe Court are damp and overpriced.

"We pay £210 a week for a room with mould on the ceiling," said Priya Anand, a second-year chemistry student.

Marlowe Court, which opened in 1998, has 640 rooms.

Rooms in the hall cost between £180 and £230 a week.

The university said in a statement that it was spending £3m on repairs over the summer.
"""
GOLD["halls_rent"] = [
    ("say", "Students", "the rooms at Marlowe Court are damp and overpriced"),
    ("said", "Priya Anand, a second-year chemistry student", "We pay £210 a week for a room with mould on the ceiling"),
    ("said", "The university", "it was spending £3m on repairs over the summer"),
]
NOT_REPORTS["halls_rent"] = ["Marlowe Court, which opened in 1998, has 640 rooms.", "Rooms in the hall cost between £180 and £230 a week."]

ARTICLES["exam_board"] = """Thousands given wrong grade in chemistry paper

A spokesperson for the Northern Examinations Board confirmed that 4,000 candidates had been given the wrong grade.

Grade boundaries for the paper were set at 68 per cent for an A and 54 per cent for a C.

Headteachers said the mistake had caused weeks of anxiety for pupils waiting on university places.

Corrected results will be sent to schools on Friday.
"""
GOLD["exam_board"] = [
    ("confirmed", "A spokesperson for the Northern Examinations Board", "4,000 candidates had been given the wrong grade"),
    ("said", "Headteachers", "the mistake had caused weeks of anxiety for pupils waiting on university places"),
]
NOT_REPORTS["exam_board"] = ["Grade boundaries for the paper were set at 68 per cent for an A and 54 per cent for a C.", "Corrected results will be sent to schools on Friday."]

ARTICLES["term_jobs"] = """Part-time work linked to dropping out

The study, published in the Journal of Tertiary Policy, found that students who worked more than 15 hours a week were twice as likely to drop out.

Its authors tracked 8,200 undergraduates at six universities over three years.

"Money worries are now the main reason students leave," said Dr Colm Fahey, a lecturer in social policy at Drennan University and the paper's lead author.

The paper, "Working Through: Term-Time Jobs and Attainment", is free to read online.
"""
GOLD["term_jobs"] = [
    ("found", "The study, published in the Journal of Tertiary Policy", "students who worked more than 15 hours a week were twice as likely to drop out"),
    ("said", "Dr Colm Fahey, a lecturer in social policy at Drennan University and the paper's lead author", "Money worries are now the main reason students leave"),
]
NOT_REPORTS["term_jobs"] = ["Its authors tracked 8,200 undergraduates at six universities over three years.", "The paper, \"Working Through: Term-Time Jobs and Attainment\", is free to read online."]

ARTICLES["workload"] = """Lecturers fear new workload model

The workload model was introduced at Pellingham University in September.

One professor, who asked not to be named, said the model counted a three-hour seminar as one hour of work.

Critics argue that the model was designed to justify cutting staff.

Academic staff at Pellingham teach an average of 14 hours a week.

A university spokesman said the model had been agreed with staff representatives last year.
"""
GOLD["workload"] = [
    ("said", "One professor, who asked not to be named", "the model counted a three-hour seminar as one hour of work"),
    ("argue", "Critics", "the model was designed to justify cutting staff"),
    ("said", "A university spokesman", "the model had been agreed with staff representatives last year"),
]
NOT_REPORTS["workload"] = ["The workload model was introduced at Pellingham University in September.", "Academic staff at Pellingham teach an average of 14 hours a week."]

ARTICLES["funding_council"] = """A third of universities face deficits

The annual report by the Tarnside Funding Council warns that 41 institutions could run out of cash within two years.

It says recruitment of overseas students fell by 18 per cent last year.

Tuition fees for home undergraduates are capped at £9,250 a year.

The council distributes £1.6bn of public money a year.

Universities Tarnside said the figures showed the system was "at breaking point".
"""
GOLD["funding_council"] = [
    ("warns", "The annual report by the Tarnside Funding Council", "41 institutions could run out of cash within two years"),
    ("says", "It", "recruitment of overseas students fell by 18 per cent last year"),
    ("said", "Universities Tarnside", "the figures showed the system was \"at breaking point\""),
]
NOT_REPORTS["funding_council"] = ["Tuition fees for home undergraduates are capped at £9,250 a year.", "The council distributes £1.6bn of public money a year."]

ARTICLES["admissions_data"] = """Fewer medical students from poorer areas

The number of students from the poorest areas starting medicine fell by 9 per cent this year, according to admissions data published on Thursday.

Medicine courses at the Lister Medical School require three A grades.

The Central Admissions Service said more applicants had been placed through clearing than in any previous year.

Clearing opens on 14 August.
"""
GOLD["admissions_data"] = [
    ("according to", "admissions data published on Thursday", "The number of students from the poorest areas starting medicine fell by 9 per cent this year"),
    ("said", "The Central Admissions Service", "more applicants had been placed through clearing than in any previous year"),
]
NOT_REPORTS["admissions_data"] = ["Medicine courses at the Lister Medical School require three A grades.", "Clearing opens on 14 August."]

ARTICLES["overseas_cap"] = """Minister defends cap on international students

The education minister, Orla Kinsella, insisted that the cap would not harm university finances.

Speaking in parliament on Tuesday, she said universities had become "too reliant" on overseas fees.

The cap limits international students to 35 per cent of each university's intake.

Vice-chancellors have warned that some courses could close.

The cap takes effect in the 2027-28 academic year.
"""
GOLD["overseas_cap"] = [
    ("insisted", "The education minister, Orla Kinsella", "the cap would not harm university finances"),
    ("said", "she", "universities had become \"too reliant\" on overseas fees"),
    ("warned", "Vice-chancellors", "some courses could close"),
]
NOT_REPORTS["overseas_cap"] = ["The cap limits international students to 35 per cent of each university's intake.", "The cap takes effect in the 2027-28 academic year."]
SPEAKERS["overseas_cap"] = [("said", "she", "Orla Kinsella", "universities")]

ARTICLES["union_complaints"] = """Student union accuses Ashcombe of ignoring complaints

The student union accused Ashcombe University of ignoring dozens of harassment complaints.

Its president, Tomasz Wierzba, said students had lost faith in the complaints process.

He said the union would publish its own survey next month.

Ashcombe University has 24,000 students and is ranked 38th in the national league table.

The union's offices are in the Grange building on Mill Road.

The university said it took every complaint seriously.
"""
GOLD["union_complaints"] = [
    ("accused", "The student union", "Ashcombe University of ignoring dozens of harassment complaints"),
    ("said", "Its president, Tomasz Wierzba", "students had lost faith in the complaints process"),
    ("said", "He", "the union would publish its own survey next month"),
    ("said", "The university", "it took every complaint seriously"),
]
NOT_REPORTS["union_complaints"] = ["Ashcombe University has 24,000 students and is ranked 38th in the national league table.", "The union's offices are in the Grange building on Mill Road."]
SPEAKERS["union_complaints"] = [("said", "He", "Tomasz Wierzba", "the union")]

ARTICLES["plagiarism"] = """Historian suspended over copying claims

Professor Leonard Ashby, a historian of medicine at Kilbride University, denied the allegations.

An investigation by the university concluded that three chapters of his book drew on a colleague's unpublished work without credit.

His lawyer said he would "clear his name" at a disciplinary hearing.

The book, "Fevers of the Port: Disease in a Victorian Harbour Town", was published in 2022.

Kilbride's history department has 31 staff.
"""
GOLD["plagiarism"] = [
    ("denied", "Professor Leonard Ashby, a historian of medicine at Kilbride University", "the allegations"),
    ("concluded", "An investigation by the university", "three chapters of his book drew on a colleague's unpublished work without credit"),
    ("said", "His lawyer", "he would \"clear his name\" at a disciplinary hearing"),
]
NOT_REPORTS["plagiarism"] = ["The book, \"Fevers of the Port: Disease in a Victorian Harbour Town\", was published in 2022.", "Kilbride's history department has 31 staff."]

ARTICLES["overseas_inspection"] = """Overseas campus of Whitmore School rated inadequate

The inspection report found that checks on staff at the campus in Marisol were incomplete.

Inspectors said teaching in the sixth form was good.

The head of the campus, Margaret Oyelaran, said a new safeguarding lead had been appointed.

The campus opened in 2015 and teaches 1,400 pupils aged three to 18.

Lessons run from 7.30am to 2.30pm, Sunday to Thursday.
"""
GOLD["overseas_inspection"] = [
    ("found", "The inspection report", "checks on staff at the campus in Marisol were incomplete"),
    ("said", "Inspectors", "teaching in the sixth form was good"),
    ("said", "The head of the campus, Margaret Oyelaran", "a new safeguarding lead had been appointed"),
]
NOT_REPORTS["overseas_inspection"] = ["The campus opened in 2015 and teaches 1,400 pupils aged three to 18.", "Lessons run from 7.30am to 2.30pm, Sunday to Thursday."]

ARTICLES["law_test"] = """Marrick law school drops entrance test

Professor Ruth Okafor, dean of the law school at Marrick University, said the test had favoured applicants who could pay for coaching.

The two-hour test was taken by 3,100 applicants last year.

The dean said the school would interview every shortlisted applicant instead.

She added that the change would cost about £200,000 a year.

The law school offers 240 places on its LLB course.
"""
GOLD["law_test"] = [
    ("said", "Professor Ruth Okafor, dean of the law school at Marrick University", "the test had favoured applicants who could pay for coaching"),
    ("said", "The dean", "the school would interview every shortlisted applicant instead"),
    ("added", "She", "the change would cost about £200,000 a year"),
]
NOT_REPORTS["law_test"] = ["The two-hour test was taken by 3,100 applicants last year.", "The law school offers 240 places on its LLB course."]
SPEAKERS["law_test"] = [("said", "The dean", "Ruth Okafor", "the school"), ("added", "She", "Ruth Okafor", "the change")]

ARTICLES["term_dates"] = """Parents angry over academy's new term dates

Parents complained that the new term dates at Hollins Park Academy clashed with those of the city's other schools.

One mother, Gemma Riordan, said she would have to take three days of unpaid leave.

The autumn term will now start on 28 August and end on 18 December.

Half-term falls in the last week of October.

The academy's headteacher said the change would give teachers more time for training.
"""
GOLD["term_dates"] = [
    ("complained", "Parents", "the new term dates at Hollins Park Academy clashed with those of the city's other schools"),
    ("said", "One mother, Gemma Riordan", "she would have to take three days of unpaid leave"),
    ("said", "The academy's headteacher", "the change would give teachers more time for training"),
]
NOT_REPORTS["term_dates"] = ["The autumn term will now start on 28 August and end on 18 December.", "Half-term falls in the last week of October."]

ARTICLES["league_table"] = """Pennick climbs to fourth in league table

Pennick University has risen to fourth place in the Compass league table, up from ninth last year.

Brackwater stays first for the sixth year running.

The table's compilers said Pennick's rise was driven by student satisfaction scores.

Its vice-chancellor, Sir Anthony Loh, said he was "delighted" for staff.

Pennick's course in marine biology came top in its subject table.
"""
GOLD["league_table"] = [
    ("said", "The table's compilers", "Pennick's rise was driven by student satisfaction scores"),
    ("said", "Its vice-chancellor, Sir Anthony Loh", "he was \"delighted\" for staff"),
]
NOT_REPORTS["league_table"] = ["Pennick University has risen to fourth place in the Compass league table, up from ninth last year.", "Brackwater stays first for the sixth year running.", "Pennick's course in marine biology came top in its subject table."]

ARTICLES["arts_grants"] = """Research council to fund fewer arts projects

The Arts Research Council said it would fund 120 fewer projects next year.

Its chief executive, Dr Samira Haddad, told a committee of MPs that the budget had been frozen for four years.

The council's budget is £98m a year.

Grants usually run for three years.

Researchers warned that early-career posts would be the first to go.
"""
GOLD["arts_grants"] = [
    ("said", "The Arts Research Council", "it would fund 120 fewer projects next year"),
    ("told", "Its chief executive, Dr Samira Haddad", "the budget had been frozen for four years"),
    ("warned", "Researchers", "early-career posts would be the first to go"),
]
NOT_REPORTS["arts_grants"] = ["The council's budget is £98m a year.", "Grants usually run for three years."]

ARTICLES["library_sitin"] = """Students occupy library over fee rise

Organisers said the occupation would continue until the rise was scrapped.

"We are not leaving," said Kwame Asante, one of the organisers.

Fees for postgraduate courses at Danbury University are due to rise from £11,000 to £12,500.

The library, built in 1967, holds more than a million books.

Police said there had been no arrests.
"""
GOLD["library_sitin"] = [
    ("said", "Organisers", "the occupation would continue until the rise was scrapped"),
    ("said", "Kwame Asante, one of the organisers", "We are not leaving"),
    ("said", "Police", "there had been no arrests"),
]
NOT_REPORTS["library_sitin"] = ["Fees for postgraduate courses at Danbury University are due to rise from £11,000 to £12,500.", "The library, built in 1967, holds more than a million books."]

ARTICLES["climate_module"] = """Climate course made compulsory for first-years

Dr Imogen Tate, a lecturer in environmental science at Rothley University, said the course would teach "the basics every graduate needs".

She said students would sit a short online test at the end of the module.

The ten-credit module, "Climate and Society", runs for six weeks in the spring term.

Seminars are held on Thursday afternoons.

Some students have complained that the module adds to an already heavy workload.
"""
GOLD["climate_module"] = [
    ("said", "Dr Imogen Tate, a lecturer in environmental science at Rothley University", "the course would teach \"the basics every graduate needs\""),
    ("said", "She", "students would sit a short online test at the end of the module"),
    ("complained", "Some students", "the module adds to an already heavy workload"),
]
NOT_REPORTS["climate_module"] = ["The ten-credit module, \"Climate and Society\", runs for six weeks in the spring term.", "Seminars are held on Thursday afternoons."]
SPEAKERS["climate_module"] = [("said", "She", "Imogen Tate", "students")]

ARTICLES["results_day"] = """Top grades fall for second year

The proportion of entries awarded A or A* fell to 26.4 per cent, from 27.2 per cent last year.

In maths, 41 per cent of entries got an A or above.

Results were published at 8am on Thursday.

The exams regulator said grading had returned to its standards of before the pandemic.

Headteachers' leader Paul Whitcombe said pupils had "done brilliantly" in difficult circumstances.
"""
GOLD["results_day"] = [
    ("said", "The exams regulator", "grading had returned to its standards of before the pandemic"),
    ("said", "Headteachers' leader Paul Whitcombe", "pupils had \"done brilliantly\" in difficult circumstances"),
]
NOT_REPORTS["results_day"] = ["The proportion of entries awarded A or A* fell to 26.4 per cent, from 27.2 per cent last year.", "In maths, 41 per cent of entries got an A or above.", "Results were published at 8am on Thursday."]

ARTICLES["fee_rise"] = """Tuition fees to rise to £9,800

Tuition fees for home undergraduates will rise to £9,800 a year from September.

The minister for universities, Declan Morrow, told MPs the rise was needed to keep courses running.

Student leaders said the rise would deter poorer applicants.

The students' federation accused the government of breaking its promise to freeze fees.

Fees were last raised in 2017.
"""
GOLD["fee_rise"] = [
    ("told", "The minister for universities, Declan Morrow", "the rise was needed to keep courses running"),
    ("said", "Student leaders", "the rise would deter poorer applicants"),
    ("accused", "The students' federation", "the government of breaking its promise to freeze fees"),
]
NOT_REPORTS["fee_rise"] = ["Tuition fees for home undergraduates will rise to £9,800 a year from September.", "Fees were last raised in 2017."]

ARTICLES["essay_mills"] = """One in ten dissertations bought online, audit finds

An internal audit at Fairhaven University concluded that one in ten dissertations submitted last year showed signs of being bought online.

The university's academic registrar, Neil Sharples, said software had flagged 212 dissertations.

He said students found to have cheated would be stripped of their degrees.

Dissertations count for a third of the final-year mark.
"""
GOLD["essay_mills"] = [
    ("concluded", "An internal audit at Fairhaven University", "one in ten dissertations submitted last year showed signs of being bought online"),
    ("said", "The university's academic registrar, Neil Sharples", "software had flagged 212 dissertations"),
    ("said", "He", "students found to have cheated would be stripped of their degrees"),
]
NOT_REPORTS["essay_mills"] = ["Dissertations count for a third of the final-year mark."]
SPEAKERS["essay_mills"] = [("said", "He", "Neil Sharples", "students")]

ARTICLES["battery_centre"] = """Corran wins £12m for battery research

Corran University has won £12m to build a battery research centre, the government announced on Monday.

Professor Ade Bankole, who will lead the centre, said it would employ 60 researchers.

The centre will be built on the university's Riverside campus, next to the engineering faculty.

It is due to open in 2028.

The professor said industry partners had pledged a further £4m.
"""
GOLD["battery_centre"] = [
    ("announced", "the government", "Corran University has won £12m to build a battery research centre"),
    ("said", "Professor Ade Bankole, who will lead the centre", "it would employ 60 researchers"),
    ("said", "The professor", "industry partners had pledged a further £4m"),
]
NOT_REPORTS["battery_centre"] = ["The centre will be built on the university's Riverside campus, next to the engineering faculty.", "It is due to open in 2028."]
SPEAKERS["battery_centre"] = [("said", "The professor", "Ade Bankole", "industry")]

ARTICLES["hungry_pupils"] = """Teachers say more pupils arrive hungry

Teachers say more pupils are arriving at school hungry.

A survey by the Schoolteachers' Association found that 58 per cent of its members had given pupils food.

The association's general secretary, Frances Doyle, said the figures were "shameful".

Free school meals are open to families earning less than £7,400 a year.

Breakfast clubs run from 8am at most primary schools.
"""
GOLD["hungry_pupils"] = [
    ("say", "Teachers", "more pupils are arriving at school hungry"),
    ("found", "A survey by the Schoolteachers' Association", "58 per cent of its members had given pupils food"),
    ("said", "The association's general secretary, Frances Doyle", "the figures were \"shameful\""),
]
NOT_REPORTS["hungry_pupils"] = ["Free school meals are open to families earning less than £7,400 a year.", "Breakfast clubs run from 8am at most primary schools."]

ARTICLES["vet_campus"] = """Veterinary school to close Hollybank site

Professor Gareth Lind, head of the veterinary school at Upton University, said the Hollybank campus would close in 2027.

Students will move to the main site in Upton.

Hollybank, a former farm, has 180 students and its own dairy herd.

Lind said the buildings at Hollybank needed £30m of repairs.

He told the Upton Courier that no jobs would be lost.

Local councillors said the closure would hit shops in the village.
"""
GOLD["vet_campus"] = [
    ("said", "Professor Gareth Lind, head of the veterinary school at Upton University", "the Hollybank campus would close in 2027"),
    ("said", "Lind", "the buildings at Hollybank needed £30m of repairs"),
    ("told", "He", "no jobs would be lost"),
    ("said", "Local councillors", "the closure would hit shops in the village"),
]
NOT_REPORTS["vet_campus"] = ["Students will move to the main site in Upton.", "Hollybank, a former farm, has 180 students and its own dairy herd."]
SPEAKERS["vet_campus"] = [("said", "Lind", "Gareth Lind", "the buildings"), ("told", "He", "Gareth Lind", "no jobs")]

ARTICLES["visa_delays"] = """Visa delays leave overseas students stranded

Hundreds of overseas students have missed the start of term because of visa delays, universities say.

Term began on 22 September.

The immigration department said it was processing applications as quickly as possible.

One student from Ghana, Ama Boateng, said she had waited 11 weeks for a decision.

A student visa costs £490.
"""
GOLD["visa_delays"] = [
    ("say", "universities", "Hundreds of overseas students have missed the start of term because of visa delays"),
    ("said", "The immigration department", "it was processing applications as quickly as possible"),
    ("said", "One student from Ghana, Ama Boateng", "she had waited 11 weeks for a decision"),
]
NOT_REPORTS["visa_delays"] = ["Term began on 22 September.", "A student visa costs £490."]

# Written after the first run, to probe its shapes in other words: roles named again after a name gave them
# ('The provost', 'The principal', 'The registrar'), plural hyphenated roles opening a sentence ('Co-founders',
# 'Vice-presidents'), letters to parents and quotations split around their cue.

ARTICLES["provost_review"] = """Hartwell to review all its language degrees

Dr Miriam Castell, provost of Hartwell University, said every language degree would be reviewed by the summer.

Hartwell teaches French, German, Spanish and Mandarin.

"Nothing has been decided," the provost told the academic senate on Wednesday.

Vice-presidents of the student union have warned that Mandarin could be the first to go.

The senate meets again on 3 March.
"""
GOLD["provost_review"] = [
    ("said", "Dr Miriam Castell, provost of Hartwell University", "every language degree would be reviewed by the summer"),
    ("told", "the provost", "Nothing has been decided"),
    ("warned", "Vice-presidents of the student union", "Mandarin could be the first to go"),
]
NOT_REPORTS["provost_review"] = ["Hartwell teaches French, German, Spanish and Mandarin.", "The senate meets again on 3 March."]
SPEAKERS["provost_review"] = [("told", "the provost", "Miriam Castell", "Nothing")]

ARTICLES["sixth_form_letter"] = """Sixth form to shut on Fridays

In a letter to parents, the principal of Greystone College, Mr Owen Pryce, wrote that lessons would end at noon on Fridays from January.

The college has 1,150 students aged 16 to 19.

The principal said the change would let staff mark coursework during the working week.

"It is not a cut in teaching time," he wrote.

Friday afternoons are currently given over to sport and private study.
"""
GOLD["sixth_form_letter"] = [
    ("wrote", "the principal of Greystone College, Mr Owen Pryce", "lessons would end at noon on Fridays from January"),
    ("said", "The principal", "the change would let staff mark coursework during the working week"),
    ("wrote", "he", "It is not a cut in teaching time"),
]
NOT_REPORTS["sixth_form_letter"] = ["The college has 1,150 students aged 16 to 19.", "Friday afternoons are currently given over to sport and private study."]
SPEAKERS["sixth_form_letter"] = [("said", "The principal", "Owen Pryce", "the change"), ("wrote", "he", "Owen Pryce", "It is")]

ARTICLES["graduation_fees"] = """Graduates charged £65 to attend their own ceremony

Co-founders of a graduates' campaign group have accused Elmsworth University of treating ceremonies as a money-maker.

The ceremony fee is £65, and each extra guest ticket costs £20.

Ceremonies are held in the Great Hall over four days in July.

The registrar, Colin Ambrose, said the fee covered gowns, photographs and a reception.

"We charge less than most universities," the registrar said.
"""
GOLD["graduation_fees"] = [
    ("accused", "Co-founders of a graduates' campaign group", "Elmsworth University of treating ceremonies as a money-maker"),
    ("said", "The registrar, Colin Ambrose", "the fee covered gowns, photographs and a reception"),
    ("said", "the registrar", "We charge less than most universities"),
]
NOT_REPORTS["graduation_fees"] = ["The ceremony fee is £65, and each extra guest ticket costs £20.", "Ceremonies are held in the Great Hall over four days in July."]
SPEAKERS["graduation_fees"] = [("said", "the registrar", "Colin Ambrose", "We charge")]

# Written after the third mend: a hyphenated role taken back across paragraphs ('The vice-chancellor').

ARTICLES["ai_essays"] = """Linmouth to bring back handwritten exams

Professor Graham Oduya, vice-chancellor of Linmouth University, said most coursework essays would be replaced by handwritten exams from next year.

The university has 14,500 undergraduates.

"Chatbots have made the take-home essay impossible to trust," the vice-chancellor told a meeting of heads of department.

Students' union officers said the change had been made without asking a single student.

Exam halls at Linmouth seat 900 candidates at a time.
"""
GOLD["ai_essays"] = [
    ("said", "Professor Graham Oduya, vice-chancellor of Linmouth University", "most coursework essays would be replaced by handwritten exams from next year"),
    ("told", "the vice-chancellor", "Chatbots have made the take-home essay impossible to trust"),
    ("said", "Students' union officers", "the change had been made without asking a single student"),
]
NOT_REPORTS["ai_essays"] = ["The university has 14,500 undergraduates.", "Exam halls at Linmouth seat 900 candidates at a time."]
SPEAKERS["ai_essays"] = [("told", "the vice-chancellor", "Graham Oduya", "Chatbots")]

# Written after the fourth mend: people of a campus named again by their noun ('The academic', 'the undergraduate').

ARTICLES["data_row"] = """Chemist accused of altering lab results

Dr Sunita Rao, an academic in the chemistry department at Easterby University, was accused by two colleagues of altering the results of a published experiment.

The academic denied the allegations.

An undergraduate who worked in her laboratory, Tom Evershed, told the university's panel that he had been asked to rerun the tests.

The undergraduate said he had kept copies of the original data.

The paper, "Catalysis at Low Temperature", has been cited 140 times.
"""
GOLD["data_row"] = [
    ("denied", "The academic", "the allegations"),
    ("told", "An undergraduate who worked in her laboratory, Tom Evershed", "he had been asked to rerun the tests"),
    ("said", "The undergraduate", "he had kept copies of the original data"),
]
NOT_REPORTS["data_row"] = ["The paper, \"Catalysis at Low Temperature\", has been cited 140 times."]
SPEAKERS["data_row"] = [("denied", "The academic", "Sunita Rao", "the allegations"), ("said", "The undergraduate", "Tom Evershed", "he had")]
