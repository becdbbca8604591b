import numpy as np

from judge.grading.authoring import Case, st


def _case(districts, targets, folds, m) -> tuple:
    return (list(districts), np.array(targets, dtype=np.float64), np.array(folds, dtype=np.int64),
            float(m))


SAMPLES = [
    Case(_case(["a", "a", "b", "a", "b"], [1, 0, 1, 1, 0], [0, 1, 0, 1, 1], 1.0),
         expected=np.array([4 / 9, 1.0, 1 / 6, 1.0, 1.0]),
         note="fold 0's rows see only fold 1 (targets 0, 1, 0: prior 1/3): "
              "a → (1 + 1·1/3) / (2 + 1) = 4/9, b → (0 + 1/3) / (1 + 1) = 1/6; "
              "fold 1's rows see fold 0 (prior 1): a → (1 + 1) / 2 = 1, b → 1"),
    Case(_case(["x", "y", "x", "z"], [2, 4, 6, 10], [0, 0, 1, 2], 0.0),
         expected=np.array([6.0, 8.0, 2.0, 4.0]),
         note="m = 0: the plain mean of the district in the other folds; y and z never appear "
              "in another fold, so they get the prior of their split (8 and 4)"),
]


def _random(seed: int, n: int, n_folds: int, n_districts: int, m: float, binary: bool) -> tuple:
    rng = np.random.default_rng(seed)
    ids = rng.choice(1001, size=n_folds, replace=False)
    folds = ids[rng.integers(0, n_folds, size=n)]
    folds[:n_folds] = ids  # every fold id appears
    names = [f"D{j:04d}" if j % 3 else f"d{j}-{chr(97 + j % 26)}" for j in range(n_districts)]
    weights = 1 / np.arange(1, n_districts + 1) ** 1.1
    weights /= weights.sum()
    codes = rng.choice(n_districts, size=n, p=weights)
    effect = rng.normal(0, 200, size=n_districts)
    if binary:
        targets = (rng.random(n) < 1 / (1 + np.exp(-effect[codes] / 200))).astype(float)
    else:
        targets = np.clip(np.round(effect[codes] + rng.normal(0, 300, size=n), 1), -1000, 1000)
    return _case([names[c] for c in codes], targets, folds, m)


HIDDEN = [
    Case(_case(["p", "p"], [3.5, -1.5], [0, 1], 2.0), note="two rows, two folds"),
    Case(_case(["u", "v", "w", "x"], [1, 2, 3, 4], [0, 1, 0, 1], 0.0),
         note="every district unique and m = 0: every row gets its prior"),
    Case(_case(["u", "v", "w", "x"], [1, 2, 3, 4], [0, 1, 0, 1], 5.0),
         note="every district unique and m > 0"),
    Case(_case(["k"] * 6, [0.1, 0.2, 0.3, 0.1, 0.2, 0.7], [4, 4, 9, 9, 0, 0], 0.5),
         note="one district, fold ids 0, 4 and 9, fractional m"),
    Case(_case(["Mitte", "mitte", "Mitte", "mitte ", "Mitte"], [1000, -1000, 500, 0, -250],
               [1000, 1000, 3, 3, 7], 1.0),
         note="districts compared exactly; extreme targets; fold id 1000"),
    Case(_case(["a", "b", "a", "b", "a", "c"], [1, 0, 0, 1, 1, 1], [0, 0, 0, 0, 1, 2], 1.0),
         note="a fold with one row, a big fold, a district only in its own fold"),
    Case(_case(["a", "b", "a", "b", "a", "c"], [1, 0, 0, 1, 1, 1], [0, 0, 0, 0, 1, 2], 0.0),
         note="the same without smoothing"),
    Case(_case(["q", "q", "r", "r", "q", "r"], [10, 20, 30, 40, 50, 60], [1, 2, 1, 2, 1, 2], 1000.0),
         note="very strong smoothing: close to, but not equal to, the prior"),
    Case(_case(["s", "t", "s", "t", "s", "t", "s"], [-3, -5, 7, 11, -13, 17, 19],
               [0, 1, 2, 0, 1, 2, 0], 3.0),
         note="three folds, negative targets"),
    Case(_random(1, 200, 4, 30, 2.0, True), note="small random, binary targets"),
    Case(_random(2, 100000, 10, 5000, 10.0, False), note="largest"),
    Case(_random(3, 100000, 2, 5000, 0.0, True), note="largest, two folds, m = 0"),
]

_DISTRICTS = ["Mitte", "mitte", "Nord", "Süd", "Ost-2", "West"]


def generate(rng):
    n = rng.randint(2, 40)
    ids = rng.sample(range(0, 1001), rng.randint(2, 5))
    folds = [rng.choice(ids) for _ in range(n)]
    folds[0], folds[1] = ids[0], ids[1]
    districts = [rng.choice(_DISTRICTS[:rng.randint(1, 6)]) for _ in range(n)]
    targets = [rng.randint(-1000, 1000) / 10 for _ in range(n)]
    m = rng.choice([0.0, 0.5, 1.0, 2.5, 10.0])
    return _case(districts, targets, folds, m)


@st.composite
def _small(draw):
    n = draw(st.integers(2, 9))
    folds = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    if len(set(folds)) < 2:
        folds[0] = (folds[1] + 1) % 4
    districts = draw(st.lists(st.sampled_from(["a", "b", "c"]), min_size=n, max_size=n))
    targets = draw(st.lists(st.integers(-20, 20).map(lambda v: v / 4), min_size=n, max_size=n))
    m = draw(st.sampled_from([0.0, 0.5, 1.0, 3.0]))
    return _case(districts, targets, folds, m)


def arguments():
    return _small()


def invariant(args, result):
    districts, targets, folds, m = args
    enc = np.asarray(result, dtype=np.float64)
    if enc.shape != (len(districts),):
        return "the result must have shape (n,)"
    lo, hi = float(np.min(targets)), float(np.max(targets))
    if not np.all((enc >= lo - 1e-6) & (enc <= hi + 1e-6)):
        return "every encoding is an average of targets, so it lies between the smallest and largest target"
    return None
