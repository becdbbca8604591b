import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("review_id", "INTEGER"), ("product_id", "INTEGER"), ("rating", "INTEGER"),
           ("helpful_votes", "INTEGER"), ("created_at", "TEXT"))


def tables(rows) -> tuple:
    return ({"reviews": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("product_id", "reviews", "rated_reviews", "avg_rating",
                              "helpful_votes"), rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, 10, 5, 3, "2024-04-01 09:00:00"),
                 (2, 10, 4, None, "2024-04-02 10:30:00"),
                 (3, 10, None, 1, "2024-04-03 11:00:00"),
                 (4, 20, 3, 0, "2024-04-03 12:00:00"),
                 (5, 20, 2, 5, "2024-04-04 08:15:00"),
                 (6, 30, None, None, "2024-04-05 14:00:00"),
                 (7, 30, None, None, "2024-04-05 15:00:00"),
                 (8, 30, None, None, "2024-04-06 16:45:00")]),
         expected=result((10, 3, 2, 4.5, 4), (30, 3, 0, None, 0)),
         note="product 10 has a text-only review; product 20 has only two reviews; "
              "product 30 has no rating and no votes"),
    Case(tables([(1, 7, 1, 2, "2024-06-01 00:00:00"), (2, 7, 1, 2, "2024-06-01 00:00:00"),
                 (3, 7, 2, None, "2024-06-02 00:00:00"), (4, 7, 5, 0, "2024-06-03 00:00:00")]),
         expected=result((7, 4, 4, 2.25, 4)),
         note="two reviews with the same contents are still two reviews"),
]


def _random(rng: random.Random, n_reviews: int, n_products: int):
    rows = []
    for rid in range(1, n_reviews + 1):
        rating = None if rng.random() < 0.3 else rng.randint(1, 5)
        votes = None if rng.random() < 0.4 else rng.randint(0, 50)
        rows.append((rid, rng.randint(1, n_products), rating, votes,
                     f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:00:00"))
    return tables(rows)


_rng = random.Random(2718)

HIDDEN = [
    Case(tables([]), note="no reviews"),
    Case(tables([(1, 5, 4, 1, "2024-01-01 00:00:00"), (2, 5, 4, 1, "2024-01-02 00:00:00")]),
         note="only two reviews: nothing is listed"),
    Case(tables([(1, 5, 4, None, "2024-01-01 00:00:00"), (2, 5, None, None, "2024-01-02 00:00:00"),
                 (3, 5, None, None, "2024-01-03 00:00:00"), (4, 6, 2, 7, "2024-01-03 00:00:00"),
                 (5, 6, 3, 0, "2024-01-03 00:00:00"), (6, 6, 3, None, "2024-01-04 00:00:00")]),
         note="one rating among three reviews; no votes at all on product 5"),
    Case(tables([(1, 1, 3, 0, "2024-01-01 00:00:00"), (2, 1, 4, 0, "2024-01-01 00:00:00"),
                 (3, 1, 4, 0, "2024-01-01 00:00:00"), (4, 2, 1, 0, "2024-01-01 00:00:00"),
                 (5, 2, 2, 0, "2024-01-01 00:00:00"), (6, 2, 2, 0, "2024-01-01 00:00:00")]),
         note="averages that are not whole numbers; all votes 0"),
    Case(_random(_rng, 80, 25), note="random, small"),
    Case(_random(_rng, 4000, 600), note="larger"),
]
