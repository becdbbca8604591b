import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")
INF = float("inf")


def col(dtype, values):
    """One input column: dtype is 'int', 'float', 'bool', 'datetime' or 'object'."""
    if dtype == "datetime":
        return pd.Series(pd.to_datetime(pd.Series(values, dtype="object"), format="ISO8601"),
                         dtype="datetime64[ns]")
    return pd.Series(values, dtype={"int": "int64", "float": "float64", "bool": "bool",
                                    "object": "object"}[dtype])


def table(**columns):
    """columns: name=(dtype, values); all of the same length."""
    if not columns:
        return pd.DataFrame()
    return pd.DataFrame({name: col(*spec) for name, spec in columns.items()})


def report(rows):
    """rows: (column, family, null_count, null_fraction, n_distinct, mode, min, max)."""
    return pd.DataFrame({
        "column": pd.Series([r[0] for r in rows], dtype="object"),
        "family": pd.Series([r[1] for r in rows], dtype="object"),
        "null_count": pd.Series([r[2] for r in rows], dtype="int64"),
        "null_fraction": pd.Series([r[3] for r in rows], dtype="float64"),
        "n_distinct": pd.Series([r[4] for r in rows], dtype="int64"),
        "mode": pd.Series([r[5] for r in rows], dtype="object"),
        "min": pd.Series([r[6] for r in rows], dtype="object"),
        "max": pd.Series([r[7] for r in rows], dtype="object"),
    })


SAMPLES = [
    Case((table(age=("int", [34, 29, 34, 41, 29]),
                score=("float", [0.5, NAN, 0.25, 0.5, NAN]),
                is_member=("bool", [True, False, True, False, False]),
                signup=("datetime", ["2024-01-05", None, "2024-01-05 08:30", "2023-12-31",
                                     None]),
                city=("object", ["Oslo", "", None, "oslo", NAN])),),
         expected=report([
             ("age", "int", 0, 0.0, 3, "29", "29", "41"),
             ("score", "float", 2, 0.4, 2, "0.5", "0.25", "0.5"),
             ("is_member", "bool", 0, 0.0, 2, "False", None, None),
             ("signup", "datetime", 2, 0.4, 3, "2023-12-31 00:00:00", "2023-12-31 00:00:00",
              "2024-01-05 08:30:00"),
             ("city", "string", 2, 0.4, 3, "", None, None)]),
         note="`age`: 29 and 34 both occur twice, the smaller wins. `city`: `None` and `NaN` "
              "are missing, the empty string is a value; every value occurs once and `\"\"` "
              "is the smallest text. Bool and string columns get no min or max"),
    Case((table(zip=("object", [2110, "02110", "B3", 2110, "B3", None]),
                clicks=("int", [10, 9, 10, 9, 0, 3]),
                rating=("float", [NAN] * 6)),),
         expected=report([
             ("zip", "string", 1, 1 / 6, 3, "2110", None, None),
             ("clicks", "int", 0, 0.0, 4, "9", "0", "10"),
             ("rating", "float", 6, 1.0, 0, None, None, None)]),
         note="`zip` mixes ints and strings: the tie between `2110` and `\"B3\"` is broken by "
              "text, and `\"2110\" < \"B3\"`. In `clicks` the tie between 10 and 9 is broken "
              "by value, so 9. A column with no values has no mode, min or max"),
]

_WORDS = ["red", "Red", "red ", "", "nan", "None", "blue", "green", "x", "y", " "]


def _random_table(rng, n, missing):
    def maybe(v, null):
        return null if rng.random() < missing else v

    t0 = pd.Timestamp("2024-12-31 23:00:00")
    few = [rng.randint(-5, 5) for _ in range(4)]
    return table(
        ints=("int", [rng.choice(few + [rng.randint(-10**12, 10**12)]) for _ in range(n)]),
        small_ints=("int", [rng.randint(-3, 3) for _ in range(n)]),
        floats=("float", [maybe(rng.choice([0.1, 0.2, 0.30000000000000004, 0.3, 1e12, 1e-12,
                                            -2.5, INF, -INF, rng.uniform(-1, 1)]), NAN)
                          for _ in range(n)]),
        flags=("bool", [rng.random() < .5 for _ in range(n)]),
        seen=("datetime", [maybe(str(t0 + pd.Timedelta(seconds=rng.choice(
            [0, 1, 3600, 7200, rng.randrange(10**6)]) / rng.choice([1, 2]))), None)
            for _ in range(n)]),
        words=("object", [maybe(rng.choice(_WORDS), rng.choice([None, NAN]))
                          for _ in range(n)]),
        codes=("object", [maybe(rng.choice([7, 10, 12, "9", "A1", "b", "10a"]), None)
                          for _ in range(n)]),
    )


def generate(rng):
    return (_random_table(rng, rng.randint(0, 300), rng.choice([0.0, 0.1, 0.5, 1.0])),)


_rng = random.Random(3003)

HIDDEN = [
    Case((table(),), note="no columns, no rows"),
    Case((table(a=("int", []), b=("float", []), c=("bool", []), d=("datetime", []),
                e=("object", [])),), note="columns of every kind, no rows"),
    Case((table(a=("int", [-7]), b=("float", [NAN]), c=("bool", [True]),
                d=("datetime", [None]), e=("object", [None])),), note="a single row"),
    Case((table(d=("datetime", [None, None, None]), e=("object", [None, NAN, None]),
                f=("float", [NAN, NAN, NAN])),), note="every value missing"),
    Case((table(x=("float", [INF, -INF, INF, 1e12, 1e-12, -INF, 0.1, NAN])),),
         note="infinities are values, not missing; the tie between inf and -inf goes to -inf"),
    Case((table(x=("float", [0.1 + 0.2, 0.3, 0.3, 0.1 + 0.2, 2.0, 1e16])),),
         note="0.1 + 0.2 and 0.3 are different values; 2.0 and 1e16 as text"),
    Case((table(neg=("int", [-3, 2, 2, -3, 5, -10**12]), flag=("bool", [True, False] * 3)),),
         note="a tie between -3 and 2; a bool tie goes to False"),
    Case((table(flag=("bool", [True] * 4), n=("int", [1, 0, 1, 1])),),
         note="a bool column is not an int column"),
    Case((table(t=("datetime", ["2024-12-31 23:59:59.5", "2025-01-01 00:00:00",
                                "2024-12-31 23:59:59.5", "2025-01-01 00:00:00",
                                "2023-06-01 12:00:00"])),),
         note="a tie between two instants half a second apart across a year end"),
    Case((table(s=("object", ["nan", "None", "", " ", "nan", None, "None", NAN, ""])),),
         note="the texts 'nan', 'None', '' and ' ' are values, not missing"),
    Case((table(s=("object", ["b", "B", "a ", "b", "B", "a "])),),
         note="text ties: 'B' < 'a ' < 'b' by code point"),
    Case((table(m=("object", [10, "9", 10, "9", "x", 3])),),
         note="mixed ints and strings: '10' < '9' as text"),
    Case((table(m=("object", [7, 7, 7])),),
         note="an object column holding only ints is a string column"),
    Case((table(first=("int", [2, 1, 3, 1, 2]), second=("object", ["z", "y", "z", "y", None]),
                third=("float", [3.5, 1.5, 3.5, 1.5, 0.0])),),
         note="ties whose first occurrence is the larger value"),
    Case((_random_table(_rng, 500, 0.3),), note="random"),
    Case((_random_table(_rng, 100_000, 0.1),), note="largest"),
]
