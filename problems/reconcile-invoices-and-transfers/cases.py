import random

from judge.grading.authoring import Case, SqlResult, Table

LINE_COLUMNS = (("line_id", "INTEGER"), ("invoice_id", "INTEGER"), ("amount_cents", "INTEGER"))
TRANSFER_COLUMNS = (("transfer_id", "INTEGER"), ("invoice_id", "INTEGER"),
                    ("amount_cents", "INTEGER"), ("received_at", "TEXT"))


def tables(lines, transfers) -> tuple:
    return ({"invoice_lines": Table(LINE_COLUMNS, tuple(lines)),
             "bank_transfers": Table(TRANSFER_COLUMNS, tuple(transfers))},)


def result(*rows):
    return SqlResult(columns=("invoice_id", "billed", "received", "status"), rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, 501, 4000), (2, 501, 1500), (3, 502, 2500), (4, 503, 900)],
                [(10, 501, 5500, "2024-04-02 09:00:00"), (11, 502, 2000, "2024-04-03 10:00:00"),
                 (12, 504, 750, "2024-04-03 11:30:00"), (13, None, 300, "2024-04-04 08:00:00")]),
         expected=result((501, 5500, 5500, "matched"), (502, 2500, 2000, "mismatch"),
                         (503, 900, None, "unpaid"), (504, None, 750, "unbilled")),
         note="501 billed in two lines; 504 was never billed; transfer 13 quotes no invoice"),
    Case(tables([(1, 7, 1000), (2, 7, -1000), (3, 8, 600)],
                [(20, 8, 300, "2024-05-01 12:00:00"), (21, 8, 300, "2024-05-02 12:00:00"),
                 (22, 9, 100, "2024-05-02 13:00:00"), (23, 9, -100, "2024-05-03 13:00:00")]),
         expected=result((7, 0, None, "unpaid"), (8, 600, 600, "matched"),
                         (9, None, 0, "unbilled")),
         note="a credit note cancels invoice 7 (billed 0, not NULL); 8 paid in two parts"),
]


def _random(rng: random.Random, n_invoices: int, n_lines: int, n_transfers: int):
    ids = rng.sample(range(1000, 1000 + 3 * n_invoices), n_invoices)
    billed_ids = ids[: int(n_invoices * 0.8)]
    paid_ids = ids[int(n_invoices * 0.2):] + [None]
    amounts = [100, 250, 500, -100]
    lines = [(k, rng.choice(billed_ids), rng.choice(amounts)) for k in range(1, n_lines + 1)] \
        if billed_ids else []
    transfers = [(k, rng.choice(paid_ids), rng.choice(amounts),
                  f"2024-06-{rng.randint(1, 28):02d} 12:00:00")
                 for k in range(1, n_transfers + 1)]
    return tables(lines, transfers)


def _random_cents(rng: random.Random, n_invoices: int):
    """Amounts of any number of cents (most not a whole number of dollars): about half the
    invoices are paid exactly, in one to three parts in another order; the rest are a cent
    or so off, partly paid, or unpaid."""
    ids = rng.sample(range(1, 10 * n_invoices), n_invoices)
    lines, transfers = [], []
    for inv in ids:
        parts = [rng.randint(-3000, 250000) for _ in range(rng.randint(1, 4))]
        lines += [(len(lines) + 1, inv, a) for a in parts]
        total = sum(parts)
        kind = rng.random()
        if kind < 0.15:
            continue
        if kind < 0.65:
            paid = total
        elif kind < 0.85:
            paid = total + rng.choice([-1, 1, -10, 99, 101])
        else:
            paid = total // rng.randint(2, 5)
        cuts = sorted(rng.randint(0, abs(paid)) for _ in range(rng.randint(0, 2)))
        pieces = [b - a for a, b in zip([0, *cuts], [*cuts, abs(paid)])]
        sign = 1 if paid >= 0 else -1
        for piece in reversed(pieces):
            transfers.append((len(transfers) + 1, inv, sign * piece,
                              f"2024-07-{rng.randint(1, 31):02d} 09:{rng.randint(0, 59):02d}:00"))
    rng.shuffle(lines)
    rng.shuffle(transfers)
    return tables(lines, transfers)


_rng = random.Random(7007)

HIDDEN = [
    Case(tables([], []), note="both tables empty"),
    Case(tables([(1, 1, 100)], []), note="no transfers"),
    Case(tables([], [(1, 1, 100, "2024-01-01 00:00:00"), (2, 1, 50, "2024-01-01 00:00:00"),
                     (3, None, 10, "2024-01-01 00:00:00")]),
         note="no invoice lines: everything quoted is unbilled"),
    Case(tables([], [(1, None, 100, "2024-01-01 00:00:00")]),
         note="only an unquoted transfer: no rows"),
    Case(tables([(1, 1, 100), (2, 1, 100), (3, 2, 0)],
                [(1, 1, 100, "2024-01-01 00:00:00"), (2, 1, 100, "2024-01-02 00:00:00"),
                 (3, 2, 0, "2024-01-02 00:00:00"), (4, 3, 0, "2024-01-02 00:00:00"),
                 (5, 3, 0, "2024-01-03 00:00:00")]),
         note="duplicates on both sides; zero amounts"),
    Case(_random(_rng, 20, 40, 40), note="random, small"),
    Case(_random(_rng, 800, 3000, 3000), note="larger"),
    Case(tables([(1, 1, 10), (2, 1, 20), (3, 2, 1), (4, 2, 2), (5, 2, 7), (6, 3, 33),
                 (7, 3, 33), (8, 3, 34)],
                [(1, 1, 30, "2024-02-29 23:59:59"), (2, 2, 7, "2024-03-01 00:00:00"),
                 (3, 2, 3, "2024-03-01 00:00:01"), (4, 3, 100, "2024-03-02 10:00:00")]),
         note="amounts that are not whole dollars: 10 + 20 cents paid as 30 (0.1 + 0.2 is "
              "not 0.3 in floating point), 1 + 2 + 7 paid as 7 + 3, 33 + 33 + 34 paid as 100"),
    Case(_random_cents(_rng, 300), note="random amounts of any number of cents, paid in parts"),
]
