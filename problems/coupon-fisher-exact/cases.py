from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[3, 1], [1, 3]],), expected=17 / 35,
         note="margins 4, 4, 4: P(x) = C(4, x)² / 70 is 1, 16, 36, 16, 1 over 70 for x = 0..4; "
              "every table but x = 2 is at most as likely as x = 3: p = 34/70"),
    Case(([[2, 7], [8, 2]],), expected=1063 / 46189,
         note="x = 0..9; P(2) = 810/46189; x = 0, 1, 2 and the upper tail x = 8, 9 "
              "(405/92378 and 5/46189) are no more likely: p = 1063/46189, not twice the "
              "lower tail"),
    Case(([[0, 5], [0, 7]],), expected=1.0,
         note="nobody bought: only one table has these margins, so p = 1"),
]

HIDDEN = [
    Case(([[0, 0], [0, 0]],), note="the empty experiment"),
    Case(([[0, 0], [4, 6]],), note="an empty row"),
    Case(([[1, 0], [0, 1]],), note="two equally likely tables: p = 1"),
    Case(([[1, 9], [11, 3]],), note="symmetric margins: both tails, p = 41/14858"),
    Case(([[5, 5], [5, 5]],), note="the most likely table: p = 1"),
    Case(([[0, 10], [10, 0]],), note="the least likely table"),
    Case(([[0, 3], [7, 1]],), note="the observed table is the lowest x"),
    Case(([[9, 0], [1, 12]],), note="a skewed distribution, observed at the top end"),
    Case(([[4, 1], [0, 20]],), note="few exposed, skewed"),
    Case(([[600, 400], [500, 500]],), note="N = 2000: C(2000, 1100) is far beyond a float"),
    Case(([[82, 171], [121, 32]],),
         note="margins 253, 153, 203: the mirror table is equally likely but rounds 1e-13 "
              "higher in log space"),
    Case(([[125, 128], [78, 75]],), note="the same margins near the centre"),
    Case(([[203, 50], [0, 153]],), note="the same margins at the edge"),
    Case(([[5000, 4990], [5020, 4980]],), note="large, balanced: p near 0.84"),
    Case(([[931, 5047], [1020, 5469]],),
         note="the next more likely table is only 4.7e-5 (relative) more likely: a slack of "
              "1e-4 would count it"),
    Case(([[9791, 1398], [8073, 1010]],),
         note="a table 2.9e-5 (relative) more likely than the observed one: not counted"),
    Case(([[10000, 10000], [10000, 10000]],), note="the largest table, the mode: p = 1"),
    Case(([[9000, 10000], [10000, 9500]],), note="the largest size, small p"),
    Case(([[10000, 0], [0, 10000]],), note="extreme: p underflows to 0"),
    Case(([[10000, 9700], [9400, 10000]],), note="the largest size, p near 1e-200"),
    Case(([[0, 10000], [10000, 0]],), note="extreme, the other diagonal"),
    Case(([[10000, 3], [2, 0]],), note="a huge row and a tiny one"),
    Case(([[1, 10000], [10000, 10000]],), note="a near-empty cell in a big table"),
]


def generate(rng):
    scale = rng.choice([20, 500, 10000])
    return ([[rng.randint(0, scale), rng.randint(0, scale)],
             [rng.randint(0, scale), rng.randint(0, scale)]],)


_cell = st.integers(0, 30)


def arguments():
    return st.tuples(st.tuples(_cell, _cell).map(list), st.tuples(_cell, _cell).map(list)).map(
        lambda rows: (list(rows),))


def invariant(args, result):
    if not 0.0 <= result <= 1.0:
        return f"p-value {result} is not in [0, 1]"
    return None
