import random

from judge.grading.authoring import Case, SqlResult, Table

BIN_COLUMNS = (("bin_id", "INTEGER"), ("zone", "TEXT"), ("is_active", "INTEGER"))
STOCK_COLUMNS = (("sku", "TEXT"), ("bin_id", "INTEGER"), ("quantity", "INTEGER"))
ZONES = ["ambient", "cold", "frozen", "bulk", "mezzanine"]


def tables(bins, stock) -> tuple:
    return ({"bins": Table(BIN_COLUMNS, tuple(bins)),
             "stock": Table(STOCK_COLUMNS, tuple(stock))},)


def result(*rows):
    return SqlResult(columns=("bin_id", "zone"), rows=tuple(rows))


SAMPLES = [
    Case(tables([(101, "ambient", 1), (102, "ambient", 1), (103, "cold", 1), (104, "cold", 0),
                 (105, "bulk", 1)],
                [("SKU-A", 101, 12), ("SKU-B", 102, 0), ("SKU-C", None, 40),
                 ("SKU-D", 103, 3), ("SKU-B", 103, 0)]),
         expected=result((102, "ambient"), (105, "bulk")),
         note="102 holds only a 0-unit record, 105 has no record; 104 is closed; SKU-C is "
              "still on the receiving dock (bin_id NULL)"),
    Case(tables([(1, "bulk", 1), (2, "bulk", 1), (3, "frozen", 1)],
                [("X-1", 2, 5), ("Y-7", 2, 0), ("Z-3", 9, 7), ("X-1", 3, 0), ("W-2", 3, 0)]),
         expected=result((1, "bulk"), (3, "frozen")),
         note="bin 9 was removed from `bins`; bin 3 has two 0-unit records and appears once"),
]


def _random(rng: random.Random, n_bins: int, n_stock: int, dock: float, zero: float,
            inactive: float = 0.1) -> tuple:
    ids = rng.sample(range(-5, 3 * n_bins + 10), n_bins)
    bins = [(b, rng.choice(ZONES), 0 if rng.random() < inactive else 1) for b in ids]
    targets = ids + [max(ids, default=0) + 1, max(ids, default=0) + 7]
    stock = []
    for _ in range(n_stock):
        bin_id = None if rng.random() < dock or not targets else rng.choice(targets)
        qty = 0 if rng.random() < zero else rng.choice([1, 1, 2, 5, 12, 40, 250])
        stock.append((f"SKU-{rng.randint(1, 400):03d}", bin_id, qty))
    return tables(bins, stock)


def generate(rng):
    return _random(rng, rng.randint(0, 60), rng.randint(0, 60), rng.choice([0.0, 0.05, 0.3]),
                   rng.choice([0.2, 0.5]))


_rng = random.Random(7781)

HIDDEN = [
    Case(tables([], []), note="both tables empty"),
    Case(tables([(1, "cold", 1), (2, "cold", 0), (3, "bulk", 1)], []),
         note="no stock at all: every active bin is empty"),
    Case(tables([], [("A", 1, 4), ("B", None, 2)]), note="no bins"),
    Case(tables([(1, "cold", 1), (2, "bulk", 1)], [("A", None, 4), ("B", None, 9)]),
         note="all stock waits on the dock, so every bin is empty"),
    Case(tables([(1, "cold", 0), (2, "bulk", 0)], [("A", 1, 0)]),
         note="only closed bins: nothing is listed"),
    Case(tables([(1, "cold", 1), (2, "cold", 1)],
                [("A", 1, 0), ("B", 1, 1), ("C", 2, 0), ("D", 2, 0), ("E", 2, 0)]),
         note="bin 1 has a 0-unit record beside a 1-unit one; bin 2 has three 0-unit records"),
    Case(tables([(0, "bulk", 1), (-3, "bulk", 1), (7, "frozen", 1)],
                [("A", 0, 3), ("B", -3, 0), ("C", None, 0)]),
         note="bin ids 0 and negative; a 0-unit record on the dock"),
    Case(tables([(5, "ambient", 1), (6, "ambient", 1)],
                [("A", None, 0), ("B", 6, 2)]),
         note="the only dock record has 0 units"),
    Case(_random(_rng, 40, 50, 0.1, 0.4), note="random, small"),
    Case(_random(_rng, 5000, 5000, 0.05, 0.4), note="largest, with goods on the dock"),
    Case(_random(_rng, 3000, 4000, 0.0, 0.5, 0.3), note="large, nothing on the dock"),
]
