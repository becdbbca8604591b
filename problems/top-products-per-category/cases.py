import random

import pandas as pd

from judge.grading.authoring import Case


def sales(rows):
    """rows: (order_id, category or None, product, quantity, unit_price)."""
    return pd.DataFrame({
        "order_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "category": pd.Series([r[1] for r in rows], dtype="object"),
        "product": pd.Series([r[2] for r in rows], dtype="object"),
        "quantity": pd.Series([r[3] for r in rows], dtype="int64"),
        "unit_price": pd.Series([r[4] for r in rows], dtype="float64"),
    })


def top(rows):
    return pd.DataFrame({
        "category": pd.Series([r[0] for r in rows], dtype="object"),
        "product": pd.Series([r[1] for r in rows], dtype="object"),
        "revenue": pd.Series([r[2] for r in rows], dtype="float64"),
        "rank": pd.Series([r[3] for r in rows], dtype="int64"),
    })


SAMPLES = [
    Case((sales([(1, "books", "atlas", 2, 10.0), (1, "books", "novel", 1, 20.0),
                 (2, "books", "poems", 1, 5.0), (3, "games", "chess", 1, 30.0),
                 (4, "books", "atlas", -1, 10.0), (5, "games", "dice", 4, 2.5)]), 1),
         expected=top([("books", "novel", 20.0, 1), ("games", "chess", 30.0, 1)]),
         note="a return lowers the atlas to 10.0"),
    Case((sales([(1, "toys", "kite", 2, 7.5), (2, "toys", "yoyo", 3, 5.0),
                 (3, "toys", "ball", 1, 12.0), (4, None, "mystery", 100, 1.0),
                 (5, "toys", "top", 1, 1.0)]), 2),
         expected=top([("toys", "kite", 15.0, 1), ("toys", "yoyo", 15.0, 1)]),
         note="a tie for first: ball gets rank 3, not 2, so k = 2 stops at the tie; "
              "the uncategorised line is ignored"),
]


def _random(rng, n, cats, products, k):
    catnames = [f"cat{c}" for c in range(cats)]
    catalog = [(f"p{p:03d}", rng.choice(catnames)) for p in range(products)]
    rows = []
    for i in range(n):
        name, cat = rng.choice(catalog)
        if rng.random() < 0.05:
            cat = None
        qty = rng.randint(-1, 4)
        # few prices (ties are common) or any multiple of 0.25 up to 100000 (revenues a
        # float32 cannot hold)
        price = rng.randint(1, 8) * 2.5 if rng.random() < 0.7 else rng.randint(1, 400000) * 0.25
        rows.append((i // 3, cat, name, qty, price))
    return sales(rows), k


def generate(rng):
    return _random(rng, rng.randint(0, 150), rng.randint(1, 5), rng.randint(1, 30),
                   rng.randint(1, 5))


_rng = random.Random(8080)

HIDDEN = [
    Case((sales([]), 3), note="no sales"),
    Case((sales([(1, None, "x", 1, 1.0)]), 1), note="only an uncategorised line"),
    Case((sales([(1, "a", "z", 1, 5.0), (2, "a", "y", 1, 5.0), (3, "a", "x", 1, 5.0),
                 (4, "a", "w", 1, 4.0)]), 1),
         note="a three-way tie for first with k = 1"),
    Case((sales([(1, "a", "x", 2, 5.0), (2, "a", "y", 1, 5.0), (3, "a", "z", 1, 5.0),
                 (4, "a", "w", 1, 1.0), (5, "b", "v", 0, 3.0)]), 2),
         note="a tie for second; a product with zero revenue"),
    Case((sales([(1, "a", "x", 1, 1.0), (2, "a", "y", -2, 1.0)]), 5),
         note="k larger than the category; a negative revenue"),
    Case((sales([(1, "tv", "oled", 1000, 99999.75), (2, "tv", "qled", 999, 100099.75),
                 (3, "tv", "lcd", 3, 0.25), (4, "tv", "crt", 1, 0.75),
                 (5, "tv", "plasma", 100000, 999.25), (6, "tv", "oled", -1, 99999.75)]), 4),
         note="revenues near 1e8 in quarters (oled 99,899,750.25, qled 99,999,650.25, plasma "
              "99,925,000), which a float32 cannot tell apart; 0.75 against 0.75"),
    Case(_random(_rng, 60, 2, 12, 3), note="random small"),
    Case(_random(_rng, 5000, 8, 400, 4), note="larger"),
]
