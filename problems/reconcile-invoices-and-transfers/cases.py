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
]
