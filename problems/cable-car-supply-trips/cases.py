import random

from judge.grading.authoring import Case, st

CAP = 10**9

SAMPLES = [
    Case(([3, 2, 4, 2, 3, 2], 8), expected=2,
         note="4 + 2 + 2 and 3 + 3 + 2; loading the heaviest crates first needs 3 trips"),
    Case(([6, 6, 6], 10), expected=3, note="no two crates fit together, though 18 kg is under 20"),
    Case(([], 5), expected=0, note="nothing to carry"),
]


def _crates(rng: random.Random, n: int, low: int, high: int) -> list[int]:
    return [rng.randint(low, high) for _ in range(n)]


_rng = random.Random(6060)

HIDDEN = [
    Case(([1], 1), note="one crate that fills the cabin"),
    Case(([CAP], CAP), note="one crate of 10**9 kg"),
    Case(([5], 9), note="one light crate"),
    Case(([1] * 18, 1), note="capacity 1: one crate per trip"),
    Case(([CAP] * 18, CAP), note="18 full-cabin crates"),
    Case(([1] * 18, 18), note="18 light crates fill one trip exactly"),
    Case(([1] * 18, CAP), note="everything in one trip"),
    Case(([1, 1, 1], 3), note="three crates in one trip"),
    Case(([2, 2, 2, 3, 1], 5), note="the lightest last trip matters: 2 + 3 and 2 + 2 + 1"),
    Case(([3, 7, 5, 5], 10), note="two exactly full trips"),
    Case(([CAP // 2, CAP // 2, CAP - CAP // 2, CAP // 2 + 1], CAP),
         note="halves of 10**9, exact fits"),
    Case(([4, 4, 4, 3, 3, 3, 3, 3, 3], 12), note="4 + 4 + 4, 3 + 3 + 3 + 3 and 3 + 3"),
    Case(([5, 5, 4, 4, 3, 3, 3, 3], 10), note="heaviest first wastes room"),
    Case(([99, 94, 79, 64, 50, 46, 43, 37, 32, 19, 18, 7, 6, 3], 100),
         note="a packing where first fit decreasing is one trip over"),
    Case(([6, 6, 5, 5, 4, 4, 4, 3, 3, 2, 2, 2], 15), note="three exactly full trips"),
    Case(([2 * CAP // 7 + 3] * 7 + [CAP // 7] * 7, CAP),
         note="just over two sevenths, and sevenths"),
    Case((_crates(_rng, 18, CAP // 5, CAP // 3), CAP), note="largest: three or four to a trip"),
    Case((_crates(_rng, 18, 1, CAP), CAP), note="largest: any weight"),
    Case((_crates(_rng, 18, CAP // 10, CAP // 2), CAP), note="largest: two to five to a trip"),
    Case(([CAP // 3 + 1] * 9 + [CAP // 3 - 1] * 9, CAP),
         note="largest: thirds, just over and under"),
    Case(([474174957, 372064262, 347210607, 334385896, 456182733, 477335124, 495952324, 356765367,
            309831289, 494384108, 463039480, 402158301, 362525137, 480979572, 454886038, 440031294,
            432358258, 334357276], CAP),
         note="largest: 9 pairs, and a search must rule out every way to use 8 trips"),
    Case(([450014468, 413513130, 331591512, 340565561, 385577056, 321634630, 308642853, 473424687,
            363015669, 487228626, 483888384, 478230919, 349109521, 493181651, 480875069, 413424647,
            488566873, 474451755], CAP),
         note="largest: 9 pairs again, the crates in another order"),
    Case(([269258732, 323125116, 253765465, 273014007, 307517602, 332795237, 275546688, 216365295,
            265906333, 212512049, 292742673, 222383655, 208844978, 324933329, 272305162, 261597193,
            255535817, 323585399], CAP),
         note="largest: about three crates to a trip, 6 trips where 5 seem close"),
]


def generate(rng):
    n = rng.randint(0, 18)
    capacity = rng.choice([rng.randint(1, 30), rng.randint(1, CAP), CAP])
    return _crates(rng, n, rng.randint(1, capacity), capacity), capacity


@st.composite
def _loads(draw):
    capacity = draw(st.integers(1, 20))
    return draw(st.lists(st.integers(1, capacity), max_size=9)), capacity


def arguments():
    return _loads()


def invariant(args, result):
    crates, capacity = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if result < -(-sum(crates) // capacity) or result > len(crates):
        return f"{result} trips is outside what {len(crates)} crates can need"
    return None


def scale(rng, n):
    """n crates of a quarter to a third of the cabin: the subset DP grows like n * 2^n."""
    return _crates(rng, n, CAP // 4, CAP // 3), CAP
