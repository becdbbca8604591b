import random

from judge.grading.authoring import Case, SqlResult, Table

PRODUCT_COLUMNS = (("product_id", "INTEGER"), ("category", "TEXT"), ("name", "TEXT"))
ITEM_COLUMNS = (("order_id", "INTEGER"), ("product_id", "INTEGER"),
                ("quantity", "INTEGER"), ("unit_price", "REAL"))


def tables(products, items) -> tuple:
    """The args of one case: products rows (product_id, category, name); order_items rows
    (order_id, product_id, quantity, unit_price)."""
    return ({
        "products": Table(columns=PRODUCT_COLUMNS, rows=tuple(products)),
        "order_items": Table(columns=ITEM_COLUMNS, rows=tuple(items)),
    },)


def catalogue(category, *ids):
    """Products of one category, named after their id."""
    return [(pid, category, f"item-{pid}") for pid in ids]


def sales(*pairs, order_id=1):
    """One order line per (product_id, revenue): quantity 1 at that unit price."""
    return [(order_id, pid, 1, float(amount)) for pid, amount in pairs]


COLUMNS = ("category", "product_id", "revenue", "revenue_rank")


def result(*rows):
    return SqlResult(columns=COLUMNS, rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, "books", "Atlas"), (2, "books", "Bestiary"), (3, "books", "Cookbook"),
                 (4, "books", "Diary"), (5, "books", "Encyclopedia"),
                 (6, "games", "Go set"), (7, "games", "Jigsaw")],
                [(100, 1, 2, 10.0), (100, 2, 1, 35.5), (101, 3, 3, 5.0),
                 (102, 3, 1, 5.0), (102, 4, 1, 8.0), (103, 6, 1, 12.25)]),
         expected=result(("books", 2, 35.5, 1), ("books", 1, 20.0, 2), ("books", 3, 20.0, 2),
                         ("games", 6, 12.25, 1), ("games", 7, 0, 2)),
         note="products 1 and 3 tie for 2nd, so product 4 is ranked 4th and left out; "
              "Jigsaw never sold and ranks 2nd in games with revenue 0"),
    Case(tables([(10, "tools", "Hammer"), (11, "tools", "Level"), (12, "tools", "Saw"),
                 (13, "tools", "Tape")],
                [(200, 10, 2, 4.5), (200, 10, None, 4.5), (201, 11, 3, 3.0),
                 (202, 12, 1, None), (203, 13, 1, 1.5), (203, 99, 5, 100.0)]),
         expected=result(("tools", 10, 9.0, 1), ("tools", 11, 9.0, 1), ("tools", 13, 1.5, 3)),
         note="a tie at the top, so the next rank is 3; lines with a NULL quantity or price "
              "add nothing (Saw has revenue 0 and ranks 4th); product 99 is not in products"),
]


def _random_tables(rng: random.Random, n_products: int, n_items: int, n_categories: int,
                   null_share: float):
    categories = [f"cat-{c:02d}" for c in range(n_categories)] + ["", "Cat-00"]
    ids = rng.sample(range(1, 10 * n_products + 10), n_products)
    products = [(pid, rng.choice(categories), None if rng.random() < .1 else f"p{pid}")
                for pid in ids]
    # a few prices shared by many lines make equal revenues (ties) likely
    prices = [rng.randrange(1, 400) * 0.25 for _ in range(12)]
    targets = ids + [None, max(ids, default=0) + 1, max(ids, default=0) + 2]
    # most sales go to a small part of the catalogue, so many products never sell
    popular = rng.sample(ids, k=len(ids) * 2 // 3)
    items = []
    for _ in range(n_items):
        pid = rng.choice(popular) if rng.random() < .97 else rng.choice(targets)
        quantity = None if rng.random() < null_share else rng.randint(0, 12)
        price = None if rng.random() < null_share else rng.choice(prices)
        items.append((rng.randint(1, n_items // 3 + 1), pid, quantity, price))
    return tables(products, items)


_rng = random.Random(20260415)

HIDDEN = [
    Case(tables([], []), note="both tables empty"),
    Case(tables([], [(1, 1, 2, 5.0), (1, 2, 1, 3.25)]), note="no products, only order lines"),
    Case(tables(catalogue("garden", 1, 2, 3, 4, 5) + catalogue("kitchen", 6, 7), []),
         note="no order lines: every product ties for rank 1 with revenue 0"),
    Case(tables(catalogue("garden", 1, 2, 3, 4) + catalogue("kitchen", 5, 6, 7),
                sales((5, 30), (6, 20), (7, 10))),
         note="a category whose products never sold, next to one that did"),
    Case(tables(catalogue("audio", 1, 2, 3, 4, 5, 6),
                sales((1, 50), (2, 40), (3, 30), (4, 30), (5, 30), (6, 20))),
         note="three products tie for 3rd place: all are kept"),
    Case(tables(catalogue("audio", 1, 2, 3, 4, 5),
                sales((1, 10), (2, 10), (3, 10), (4, 10), (5, 5))),
         note="four products tie for 1st place: the next one is ranked 5th"),
    Case(tables(catalogue("video", 1, 2, 3, 4),
                sales((1, 100), (2, 90), (3, 90), (4, 80))),
         note="a tie at 2nd place pushes the next product to rank 4"),
    Case(tables(catalogue("paper", 1, 2, 3, 4, 5),
                [(1, 1, None, 9.0), (1, 2, 4, None), (1, 3, None, None), (2, 4, 2, 2.5),
                 (2, 4, None, 100.0), (3, 5, 3, None), (3, 5, 1, 0.75)]),
         note="NULL quantities and prices add nothing; products 1-3 have only such lines"),
    Case(tables(catalogue("paper", 1, 2, 3, 4),
                [(1, 1, 2, 2.5), (1, 1, 2, 2.5), (2, 2, 5, 1.0), (3, 3, 1, 4.0),
                 (3, 3, 1, 0.5), (4, 4, 1, 4.75)]),
         note="identical order lines both count (product 1 has revenue 10)"),
    Case(tables(catalogue("solo", 7) + catalogue("pair", 8, 9) + catalogue("empty", 10),
                sales((7, 3.5), (8, 1.25), (9, 2.0))),
         note="categories with one and two products, and one whose only product never sold"),
    Case(tables(catalogue("zero", 1, 2, 3, 4),
                [(1, 1, 0, 8.0), (1, 2, 3, 0.0), (2, 3, 1, 1.0)]),
         note="zero quantity or zero price gives revenue 0, tied with the unsold product 4"),
    Case(tables(catalogue("big", 1, 2, 3, 4) + catalogue("small", 5, 6, 7, 8),
                sales((1, 9000), (2, 8000), (3, 7000), (4, 6000),
                      (5, 3), (6, 2), (7, 1), (8, 0.5))),
         note="each category is ranked on its own, however small its sales"),
    Case(tables(catalogue("", 1, 2) + catalogue("toys", 3, 4) + catalogue("Toys", 5),
                sales((1, 4), (3, 6), (4, 6), (5, 1))),
         note="'' is a category of its own, and 'toys' differs from 'Toys'"),
    Case(tables(catalogue("misc", 1, 2, 3),
                [(1, None, 5, 1000.0), (1, 42, 1, 999.0), (1, 1, 1, 1.0), (2, 3, 1, 0.25)]),
         note="order lines with a NULL or unknown product_id are ignored"),
    Case(_random_tables(_rng, 40, 300, 6, 0.1), note="random, many ties"),
    Case(_random_tables(_rng, 500, 5000, 25, 0.05), note="larger random case"),
]
