import random

import pandas as pd

from judge.grading.authoring import Case

COLUMNS = ["record_id", "source", "email", "name", "phone", "country", "updated_at"]
SOURCES = ["crm", "billing", "support", "webform"]


def _dates(values):
    return pd.Series(pd.to_datetime(pd.Series(values, dtype="object")), dtype="datetime64[ns]")


def _text(values):
    return pd.Series(list(values), dtype="object")


def contacts(rows):
    """rows: (record_id, source, email, name, phone, country, 'YYYY-MM-DD HH:MM[:SS]')."""
    return pd.DataFrame({
        "record_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "source": _text(r[1] for r in rows),
        "email": _text(r[2] for r in rows),
        "name": _text(r[3] for r in rows),
        "phone": _text(r[4] for r in rows),
        "country": _text(r[5] for r in rows),
        "updated_at": _dates([r[6] for r in rows]),
    })


def survivors(rows):
    """rows: the seven input values, then email_key and merged_records."""
    frame = contacts([r[:7] for r in rows])
    frame["email_key"] = _text(r[7] for r in rows)
    frame["merged_records"] = pd.Series([r[8] for r in rows], dtype="int64")
    return frame


PRIORITY = ["crm", "billing", "support", "webform"]

SAMPLES = [
    Case((contacts([
        (1, "webform", " Ana.Ruiz@Mail.com", "Ana Ruiz", "+34 600 1", "ES", "2024-02-01 10:00"),
        (2, "crm", "ana.ruiz@mail.com", "Ana Ruiz", "+34 600 1", None, "2024-03-05 08:00"),
        (3, "billing", "ANA.RUIZ@MAIL.COM  ", None, "+34 600 1", "ES", "2024-03-05 08:00"),
        (4, "support", "bo@shop.io", "Bo", None, None, "2024-01-10 12:00"),
        (5, "crm", None, "Cy", None, "FR", "2024-01-11 12:00"),
        (6, "crm", "   ", "Cy", None, "FR", "2024-01-12 12:00"),
    ]), PRIORITY),
        expected=survivors([
            (1, "webform", " Ana.Ruiz@Mail.com", "Ana Ruiz", "+34 600 1", "ES",
             "2024-02-01 10:00", "ana.ruiz@mail.com", 3),
            (4, "support", "bo@shop.io", "Bo", None, None, "2024-01-10 12:00", "bo@shop.io", 1),
            (5, "crm", None, "Cy", None, "FR", "2024-01-11 12:00", None, 1),
            (6, "crm", "   ", "Cy", None, "FR", "2024-01-12 12:00", None, 1),
        ]),
        note="records 1-3 share the key `ana.ruiz@mail.com`; record 1 fills all three "
             "fields, so it wins although it is the oldest. Records 5 and 6 have no key and "
             "are never merged, not even with each other"),
    Case((contacts([
        (10, "billing", "li@x.org", "Li", "555", None, "2024-06-01 00:00"),
        (11, "support", "Li@X.org", None, "555", "CN", "2024-06-01 00:00"),
        (12, "crm", "li@x.org", "Li", None, None, "2024-07-01 00:00"),
        (20, "crm", "max@y.net", "Max", None, None, "2024-05-01 09:00"),
        (21, "webform", "max@y.net", None, None, "DE", "2024-05-02 09:00"),
    ]), ["support", "billing", "crm", "webform"]),
        expected=survivors([
            (11, "support", "Li@X.org", None, "555", "CN", "2024-06-01 00:00", "li@x.org", 3),
            (21, "webform", "max@y.net", None, None, "DE", "2024-05-02 09:00", "max@y.net", 2),
        ]),
        note="records 10 and 11 tie on fields and time, and `support` comes first in "
             "`source_priority`; record 12 is newer but has fewer fields. Records 20 and 21 "
             "tie on fields, so the later one wins"),
]


def _email(rng, base):
    """A spelling of `base` with random letter case and surrounding whitespace."""
    text = "".join(c.upper() if rng.random() < 0.2 else c for c in base)
    pad = ["", "", "", " ", "  ", "\t"]
    return rng.choice(pad) + text + rng.choice(pad)


def _random(rng, n, n_people, missing, n_times, priority=None):
    people = [f"user{k}@{rng.choice(['mail.com', 'shop.io', 'corp.example'])}"
              for k in range(n_people)]
    t0 = pd.Timestamp("2023-12-31 22:00")
    times = [str(t0 + pd.Timedelta(minutes=30 * rng.randrange(400))) for _ in range(n_times)]
    ids = rng.sample(range(1, 20 * n + 10), n)
    rows = []
    for rid in ids:
        r = rng.random()
        if r < 0.04:
            email = None
        elif r < 0.06:
            email = rng.choice(["", " ", "\t "])
        else:
            email = _email(rng, rng.choice(people))
        fields = [None if rng.random() < missing else v
                  for v in (f"N{rid % 97}", f"+1 {rid % 9973}", rng.choice(["US", "DE", "FR"]))]
        rows.append((rid, rng.choice(SOURCES), email, *fields, rng.choice(times)))
    if priority is None:
        priority = SOURCES[:]
        rng.shuffle(priority)
    return contacts(rows), priority


def generate(rng):
    n = rng.randint(0, 300)
    return _random(rng, n, max(1, n // rng.randint(1, 6)), rng.choice([0.2, 0.5]),
                   rng.randint(1, 8))


_rng = random.Random(3030)

HIDDEN = [
    Case((contacts([]), PRIORITY), note="no records"),
    Case((contacts([(7, "crm", "a@b.c", None, None, None, "2024-01-01 00:00")]), PRIORITY),
         note="one record, no fields filled"),
    Case((contacts([(1, "crm", None, "A", "1", "US", "2024-01-01"),
                    (2, "crm", None, "A", "1", "US", "2024-01-01"),
                    (3, "billing", "", "A", "1", "US", "2024-01-01"),
                    (4, "billing", " \t", "A", "1", "US", "2024-01-01")]), PRIORITY),
         note="only missing and blank e-mails: four separate records"),
    Case((contacts([(5, "webform", "Pat@Q.io", "P", None, None, "2024-02-02 10:00"),
                    (3, "webform", "pat@q.io", None, "9", None, "2024-02-02 10:00"),
                    (9, "webform", " PAT@q.io ", None, None, "UK", "2024-02-02 10:00")]),
          PRIORITY),
         note="full tie on fields, time and source: the smallest record_id wins"),
    Case((contacts([(1, "crm", "z@z.z", "Z", None, None, "2024-12-31 23:59:59"),
                    (2, "crm", "Z@Z.Z", None, None, "GB", "2025-01-01 00:00:00"),
                    (3, "crm", "z@z.z ", None, "7", None, "2024-12-31 23:59:58")]), PRIORITY),
         note="one second apart across a year end: the latest wins"),
    Case((contacts([(1, "webform", "k@k.k", "K", "1", None, "2024-04-01"),
                    (2, "crm", "k@k.k", None, "1", "NL", "2024-04-01"),
                    (3, "billing", "k@k.k", "K", None, "NL", "2024-04-01")]),
          ["webform", "billing", "support", "crm"]),
         note="source priority decides; crm is last in this priority list"),
    Case((contacts([(1, "crm", "m@m.m", "M", None, None, "2024-04-01"),
                    (2, "crm", "m@m.m", None, None, None, "2024-05-01"),
                    (3, "crm", "m@m.m", None, "2", None, "2024-03-01")]), PRIORITY),
         note="most fields beats the latest record"),
    Case((contacts([(1, "support", "E@E.E", None, None, None, "2024-01-01"),
                    (2, "billing", "e@e.e", None, None, None, "2024-01-01"),
                    (3, "support", "e@e.e\t", None, None, None, "2024-01-01")]),
          ["support", "billing", "crm", "webform"]),
         note="no fields anywhere; priority then the smaller id"),
    Case(_random(_rng, 200, 40, 0.3, 3), note="random, many ties"),
    Case(_random(_rng, 5000, 1500, 0.5, 20), note="larger"),
    Case(_random(_rng, 100000, 30000, 0.4, 50), note="largest"),
]
