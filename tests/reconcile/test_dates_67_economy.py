"""A figure's time in economic statistics (issue 12: "dates estimated years off"), a fourth check:
on sentences written for these tests, each at a publication date, the time phrase a figure takes
and the period it resolves to. The shapes: quarters across a year's edge, "the highest since
2008" (a record's year, not the figure's time), "in the year to September" and "in the year to the
third quarter", a fiscal year to a month and a fiscal year by its years, "the first three months
of the year" and "the final three months of 2034", a month from the month before, "a year
earlier" after a month or a quarter, last year and next year.

Counts on these 22 rows: before this set 17 right; after it 21. Fixed: "in the fiscal year to
March" (April to March, whatever month ``fiscal`` starts its years in) and "in the year to the
third quarter" (four quarters; read before quarters, which took it for the third quarter alone:
``figures.running``), "in the first three months of the year" and "in the final three months of
2034" (``figures.periods``). The one left is the strict xfail in WRONG.
"""

from __future__ import annotations

from .test_dates_66 import time_row_tests

# (sentence, published, the figure's span, its time as written (None: no time), start, end)
TIMES = [
    # ---- quarters, and a year's edge
    ("The economy of Keldavia grew 0.3% in the third quarter, the statistics office said.", "2035-10-30", "0.3%",
     "in the third quarter", "2035-07-01", "2035-09-30"),
    ("The economy of Keldavia grew 0.2% in the fourth quarter, the statistics office said.", "2035-01-30", "0.2%",
     "in the fourth quarter", "2034-10-01", "2034-12-31"),
    ("The economy of Keldavia grew 0.5% in the second quarter from the first.", "2035-07-30", "0.5%",
     "in the second quarter", "2035-04-01", "2035-06-30"),
    ("Keldavia's economy grew 1.2% in the year to the third quarter.", "2035-10-30", "1.2%",
     "in the year to the third quarter", "2034-10-01", "2035-09-30"),
    # ---- a record's year is no time of the figure
    ("The number of people out of work in Morrane rose to 1.6 million in April, the highest since 2008.",
     "2035-05-02", "1.6 million", "in April", "2035-04-01", "2035-04-30"),
    ("Inflation in Morrane rose to 6.1% in April, the highest since 2008, the statistics office said.", "2035-05-14",
     "6.1%", "in April", "2035-04-01", "2035-04-30"),
    # ---- years to a month, fiscal years
    ("Consumer prices in Drelland rose 3.1% in the year to September.", "2035-10-20", "3.1%",
     "in the year to September", "2034-10-01", "2035-09-30"),
    ("The Ysmark government spent 41 billion crowns on pensions in the fiscal year to March.", "2035-05-10",
     "41 billion", "in the fiscal year to March", "2034-04-01", "2035-03-31"),
    ("The government borrowed 12 billion euros in the 2034-35 fiscal year, the treasury said.", "2035-03-03",
     # no country named whose fiscal year it is: the two calendar years it falls in (helper O's ``fiscal``)
     "12 billion", "in the 2034-35 fiscal year", "2034-01-01", "2035-12-31"),
    ("Drelland's budget deficit was 2.9% of output in 2034, the audit office said.", "2035-04-28", "2.9%",
     "in 2034", "2034-01-01", "2034-12-31"),
    # ---- three months of a year
    ("The economy of Ysmark grew 0.6% in the first three months of the year.", "2035-05-12", "0.6%",
     "in the first three months of the year", "2035-01-01", "2035-03-31"),
    ("The economy of Drelland shrank 0.4% in the final three months of 2034.", "2035-02-14", "0.4%",
     "in the final three months of 2034", "2034-10-01", "2034-12-31"),
    # ---- a month from the one before, and a year earlier
    ("Unemployment in Drelland fell to 5.9% in October from 6.1% in September.", "2035-11-14", "5.9%",
     "in October", "2035-10-01", "2035-10-31"),
    ("Unemployment in Drelland fell to 5.9% in October from 6.1% in September.", "2035-11-14", "6.1%",
     "in September", "2035-09-01", "2035-09-30"),
    ("Retail sales in Ysmark rose 0.8% in October from September.", "2035-11-20", "0.8%", "in October",
     "2035-10-01", "2035-10-31"),
    ("Inflation in Ysmark eased to 3.5% in May from 3.9% in April.", "2035-06-17", "3.9%", "in April",
     "2035-04-01", "2035-04-30"),
    ("About 700,000 people were unemployed in Drelland in March, against 760,000 a year earlier.", "2035-04-16",
     "760,000", "a year earlier", "2034-03-01", "2034-03-31"),
    ("Exports from Keldavia rose to 4.2 billion euros in the second quarter from 3.9 billion euros a year "
     "earlier.", "2035-07-12", "4.2 billion", "in the second quarter", "2035-04-01", "2035-06-30"),
    ("Exports from Keldavia rose to 4.2 billion euros in the second quarter from 3.9 billion euros a year "
     "earlier.", "2035-07-12", "3.9 billion", "a year earlier", "2034-04-01", "2034-06-30"),
    ("Some 1.1 million people were out of work in Keldavia in December, the statistics office said.", "2035-01-15",
     "Some 1.1 million", "in December", "2034-12-01", "2034-12-31"),
    # ---- last year, next year
    ("The economy of Morrane grew 1.8% last year, the statistics office said.", "2035-02-14", "1.8%", "last year",
     "2034-01-01", "2034-12-31"),
    ("The central bank of Morrane forecast that the economy would grow 2.1% next year.", "2034-12-10", "2.1%",
     "next year", "2035-01-01", "2035-12-31"),
]

#: (sentence, span): why the row still fails
WRONG: dict[tuple[str, str], str] = {
    ("Exports from Keldavia rose to 4.2 billion euros in the second quarter from 3.9 billion euros a year "
     "earlier.", "3.9 billion"):
        "a step back is read only right after a number, '%', 'billion' or 'from': after a currency word "
        "('3.9 billion euros a year earlier') the earlier level takes the sentence's quarter",
}


test_a_figures_time, test_every_wrong_case_is_a_row = time_row_tests(TIMES, WRONG)
