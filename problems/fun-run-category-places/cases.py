import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("bib", "INTEGER"), ("runner", "TEXT"), ("category", "TEXT"),
           ("finish_seconds", "INTEGER"))


def tables(rows) -> tuple:
    """rows: (bib, runner, category, finish_seconds)."""
    return ({"finishers": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("category", "bib", "runner", "finish_seconds", "place",
                              "dense_place"), rows=tuple(rows))


SAMPLES = [
    Case(tables([(12, "Ana", "F40", 2400), (7, "Bea", "F40", 2400), (31, "Cleo", "F40", 2450),
                 (4, "Dee", "F40", None), (18, "Eva", "F40", 2600), (9, "Gus", "M20", 2300),
                 (3, "Finn", "M20", 2100)]),
         expected=result(("F40", 7, "Bea", 2400, 1, 1), ("F40", 12, "Ana", 2400, 1, 1),
                         ("F40", 31, "Cleo", 2450, 3, 2), ("F40", 18, "Eva", 2600, 4, 3),
                         ("M20", 3, "Finn", 2100, 1, 1), ("M20", 9, "Gus", 2300, 2, 2)),
         note="Ana and Bea tie for first, so place 2 is skipped; Dee did not finish"),
    Case(tables([(40, "Hal", "M60", None), (22, "Ida", "W50", 3000), (21, "Jo", "W50", 3000),
                 (25, "Kit", "W50", 3000), (20, "Lu", "W50", 3100), (26, "Ida", "W50", 2990)]),
         expected=result(("W50", 26, "Ida", 2990, 1, 1), ("W50", 21, "Jo", 3000, 2, 2),
                         ("W50", 22, "Ida", 3000, 2, 2), ("W50", 25, "Kit", 3000, 2, 2),
                         ("W50", 20, "Lu", 3100, 5, 3)),
         note="a three-way tie for second; M60's only runner did not finish, so M60 has no "
              "rows; two runners named Ida"),
]

NAMES = ["Ana", "Bea", "Cleo", "Dee", "Eva", "Finn", "Gus", "Hal", "Ida", "Jo", "Kit", "Lu",
         "Mo", "Nia", "Oz", "Pia", "Quin", "Rae", "Sol", "Tam"]
CATEGORIES = ["F20", "F30", "F40", "F50", "F60", "F70", "M20", "M30", "M40", "M50", "M60",
              "M70", "W", "Open", "U18", "U14", "F9", "F10", "m40", "X"]


def _random(rng: random.Random, n: int, n_categories: int, times: list[int],
            dnf_share: float):
    categories = rng.sample(CATEGORIES, n_categories)
    bibs = rng.sample(range(1, 100001), n)
    rows = []
    for bib in bibs:
        time = None if rng.random() < dnf_share else rng.choice(times)
        rows.append((bib, rng.choice(NAMES), rng.choice(categories), time))
    return tables(rows)


def generate(rng):
    spread = rng.choice([3, 15, 400])
    times = rng.sample(range(1500, 4500), spread)
    return _random(rng, rng.randint(0, 300), rng.randint(1, 8), times,
                   rng.choice([0.0, 0.1, 0.4]))


_rng = random.Random(10_000)

HIDDEN = [
    Case(tables([]), note="no runners"),
    Case(tables([(5, "Ana", "F40", None), (6, "Bea", "M20", None)]),
         note="nobody finished"),
    Case(tables([(99, "Oz", "M30", 3333)]), note="one finisher"),
    Case(tables([(b, "Runner", "F30", 2700) for b in (50, 8, 23, 1, 77, 42)]),
         note="everyone in the category ties"),
    Case(tables([(1, "Zed", "M40", 2500), (2, "Yan", "M40", 2500), (3, "Xia", "M40", 2400),
                 (4, "Wim", "M40", 2600), (5, "Vic", "M40", 2600), (6, "Uma", "M40", 2600),
                 (7, "Tom", "M40", 2601)]),
         note="ties listed by bib although their names sort the other way; ties after the "
              "first place too"),
    Case(tables([(10, "Ana", "F40", None), (11, "Bea", "F40", 2000), (12, "Cleo", "F40", None),
                 (13, "Dee", "F40", 1990), (14, "Eva", "F40", 2000)]),
         note="runners who did not finish sit between finishers"),
    Case(tables([(1, "Ana", "Open", 600), (2, "Bea", "Open", 36000), (3, "Cleo", "F10", 36000),
                 (4, "Dee", "F9", 600), (5, "Eva", "F10", 600), (6, "Finn", "Open", 36000),
                 (7, "Gus", "W", 1200), (8, "Hal", "U18", 900), (9, "Ida", "m40", 700)]),
         note="the fastest and slowest times allowed; categories sort as text ('F10' before "
              "'F9', 'Open' before 'U18' before 'W' before 'm40')"),
    Case(tables([(3, "Ana", "F40", 2100), (1, "Bea", "M40", 2000), (2, "Cleo", "F40", 2200),
                 (4, "Dee", "M40", 1900), (5, "Eva", "F40", 1800)]),
         note="the overall order differs from the order within each category"),
    Case(_random(_rng, 60, 3, [2000, 2010, 2020], 0.1), note="random, many ties"),
    Case(_random(_rng, 5000, 20, list(range(1500, 1560)), 0.05),
         note="largest: 5,000 runners in 20 categories, many ties"),
    Case(_random(_rng, 5000, 4, list(range(600, 36001)), 0.2),
         note="largest: 5,000 runners, times over the whole range"),
]
