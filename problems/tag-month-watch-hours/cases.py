import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def items(months, rows):
    """months: the month column names in column order; rows: (item_id, tags, [values])."""
    frame = pd.DataFrame({
        "item_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "tags": pd.Series([r[1] for r in rows], dtype="object"),
    })
    for k, month in enumerate(months):
        frame[month] = pd.Series([r[2][k] for r in rows], dtype="float64")
    return frame


def result(rows):
    return pd.DataFrame({
        "tag": pd.Series([r[0] for r in rows], dtype="object"),
        "month": pd.Series([r[1] for r in rows], dtype="object"),
        "hours": pd.Series([r[2] for r in rows], dtype="float64"),
        "items": pd.Series([r[3] for r in rows], dtype="int64"),
    })


SAMPLES = [
    Case((items(["2024-02", "2024-01"], [
        (1, ["cooking", "travel"], [4.5, 2.0]),
        (2, ["travel", "travel"], [NAN, 1.5]),
        (3, [], [3.0, NAN]),
        (4, None, [0.25, 0.5]),
    ]),),
        expected=result([
            ("(untagged)", "2024-01", 0.5, 1),
            ("(untagged)", "2024-02", 3.25, 2),
            ("cooking", "2024-01", 2.0, 1),
            ("cooking", "2024-02", 4.5, 1),
            ("travel", "2024-01", 3.5, 2),
            ("travel", "2024-02", 4.5, 1),
        ]),
        note="item 2 lists `travel` twice but counts once; items 3 (empty list) and 4 (no "
             "list) are `(untagged)`; the month columns come in reverse order but the rows "
             "go by month"),
    Case((items(["2023-12", "2024-01"], [
        (7, ["news"], [NAN, NAN]),
        (8, ["sport", "news"], [0.1, 0.2]),
        (9, ["news"], [0.2, NAN]),
    ]),),
        expected=result([
            ("news", "2023-12", 0.30000000000000004, 2),
            ("news", "2024-01", 0.2, 1),
            ("sport", "2023-12", 0.1, 1),
            ("sport", "2024-01", 0.2, 1),
        ]),
        note="item 7 has no recorded hours: it adds nothing and is not counted in `items`; "
             "no item is untagged, so there is no `(untagged)` row"),
]

VOCAB = ["ai", "baking", "cars", "chess", "diy", "gaming", "jazz", "k-pop", "news", "pets",
         "sport", "travel", "yoga", "zoo"]


def _months(rng, count, start_year, start_month):
    out, year, month = [], start_year, start_month
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    rng.shuffle(out)
    return out


def _value(rng):
    r = rng.random()
    if r < 0.15:
        return NAN
    if r < 0.2:
        return 0.0
    if r < 0.3:
        return rng.choice([0.1, 0.2, 0.7, 1e-7, 1 / 3])
    if r < 0.33:
        return rng.choice([1e9, 987654321.125])
    return round(rng.uniform(0, 500), rng.choice([0, 1, 2, 3]))


def _random(rng, n, n_months, vocab=VOCAB, empty=0.08):
    months = _months(rng, n_months, rng.choice([2023, 2024]), rng.randint(1, 12))
    ids = rng.sample(range(-5, 20 * n + 10), n)
    rows = []
    for item_id in ids:
        r = rng.random()
        if r < empty / 2:
            tags = None
        elif r < empty:
            tags = []
        else:
            tags = [rng.choice(vocab) for _ in range(rng.randint(1, 5))]
        rows.append((item_id, tags, [_value(rng) for _ in months]))
    return (items(months, rows),)


def generate(rng):
    return _random(rng, rng.randint(0, 150), rng.randint(1, 14), rng.choice([VOCAB, VOCAB[:3]]),
                   rng.choice([0.0, 0.1, 0.4]))


_rng = random.Random(811)

HIDDEN = [
    Case((items(["2024-03"], []),), note="no items"),
    Case((items(["2024-03", "2024-01", "2024-02"], []),), note="no items, several months"),
    Case((items(["2025-01"], [(1, [], [2.0])]),), note="one item with an empty list"),
    Case((items(["2025-01"], [(1, None, [NAN])]),),
         note="one item with no list and nothing recorded"),
    Case((items(["2024-12", "2025-01"], [(5, ["x", "x", "x"], [1.0, NAN])]),),
         note="one tag listed three times; the months cross a year end"),
    Case((items(["2024-05", "2024-04"], [(1, [], [1.0, 2.0]), (2, None, [10.0, 20.0]),
                                         (3, ["a"], [100.0, 200.0])]),),
         note="an empty list and a missing list are both untagged"),
    Case((items(["2024-01", "2024-02"], [(1, ["b", "a", "b"], [NAN, NAN]),
                                         (2, ["a"], [NAN, NAN])]),),
         note="no hours recorded at all: zero hours, zero items"),
    Case((items(["2024-07", "2024-06"], [(-3, ["news"], [0.1, 0.1]), (0, ["news"], [0.2, 0.1]),
                                         (4, ["news"], [1e9, 0.1])]),),
         note="negative and zero ids; tenths; a billion"),
    Case((items(["2023-10", "2024-09", "2023-11"], [(1, ["Zoo", "zoo", "ai"], [1, 2, 3])]),),
         note="tags differ by case are different tags; capitals sort first"),
    Case(_random(_rng, 40, 3), note="random small"),
    Case(_random(_rng, 2000, 12, empty=0.3), note="larger, many untagged"),
    Case(_random(_rng, 10000, 24), note="largest"),
]
