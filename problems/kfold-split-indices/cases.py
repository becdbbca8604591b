import numpy as np

from judge.grading.authoring import Case, st


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((5, 2, False, 0),
         expected=[(_i([3, 4]), _i([0, 1, 2])), (_i([0, 1, 2]), _i([3, 4]))],
         note="5 = 3 + 2: the first fold gets the extra row"),
    Case((4, 4, False, 7),
         expected=[(_i([1, 2, 3]), _i([0])), (_i([0, 2, 3]), _i([1])),
                   (_i([0, 1, 3]), _i([2])), (_i([0, 1, 2]), _i([3]))],
         note="k = n (leave-one-out); seed is ignored without shuffle"),
]

HIDDEN = [
    Case((2, 2, True, 0), note="smallest"),
    Case((10, 4, False, 1), note="10 = 3 + 3 + 2 + 2"),
    Case((10, 4, True, 1), note="shuffled, uneven"),
    Case((12, 3, True, 123), note="shuffled, even"),
    Case((13, 4, True, 123), note="seed 123 again: each call starts a fresh generator"),
    Case((7, 7, True, 99), note="shuffled leave-one-out"),
    Case((11, 10, True, 2**32 - 1), note="many size-one folds, largest seed"),
    Case((50000, 5, True, 42), note="largest"),
    Case((49997, 7, False, 5), note="largest, uneven, no shuffle"),
]


def generate(rng):
    n = rng.randint(2, 300)
    return n, rng.randint(2, min(n, 12)), rng.random() < 0.7, rng.randint(0, 2**32 - 1)


def arguments():
    return st.integers(2, 40).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(2, n), st.booleans(),
                            st.integers(0, 2**32 - 1)))


def invariant(args, result):
    n, k, _, _ = args
    if len(result) != k:
        return f"expected {k} folds, got {len(result)}"
    seen = np.zeros(n, dtype=int)
    for train, test in result:
        test = np.asarray(test)
        train = np.asarray(train)
        seen[test] += 1
        if sorted(train.tolist() + test.tolist()) != list(range(n)):
            return "train_idx and test_idx of a fold must partition range(n)"
    if not (seen == 1).all():
        return "every index must be in exactly one test fold"
    return None
