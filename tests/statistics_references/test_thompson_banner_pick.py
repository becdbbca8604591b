"""thompson-banner-pick: the draws are numpy's per-arm Beta draws for the seed, and over many
seeds each arm is chosen about as often as a Monte Carlo estimate of P(arm is best) says."""


import numpy as np

from ._reference import load_reference

SLUG = "thompson-banner-pick"


def _reference():
    return load_reference(SLUG)


def test_draws_are_numpys_scalar_draws_in_arm_order() -> None:
    problem, step = _reference()
    inputs = [case.args for case in problem.samples + problem.hidden + problem.generated()]
    rng = np.random.default_rng(0)
    for _ in range(50):
        k = int(rng.integers(1, 8))
        inputs.append((rng.integers(0, 50, k).tolist(), rng.integers(0, 50, k).tolist(),
                       int(rng.integers(0, 2**32))))
    for successes, failures, seed in inputs:
        result = step(successes, failures, seed)
        gen = np.random.default_rng(seed)
        want = [gen.beta(1 + s, 1 + f) for s, f in zip(successes, failures, strict=True)]
        assert result["draws"] == want
        assert result["arm"] == want.index(max(want))


def test_choice_frequencies_match_monte_carlo() -> None:
    _, step = _reference()
    for successes, failures in [([2, 30, 5], [8, 60, 10]), ([0, 3, 1], [0, 1, 4]),
                                ([40, 44], [60, 56])]:
        seeds = 4000
        counts = np.bincount([step(successes, failures, seed)["arm"] for seed in range(seeds)],
                             minlength=len(successes)) / seeds
        mc = np.random.Generator(np.random.MT19937(12345))
        sims = np.stack([mc.beta(1 + s, 1 + f, size=400000)
                         for s, f in zip(successes, failures, strict=True)])
        expected = np.bincount(sims.argmax(axis=0), minlength=len(successes)) / sims.shape[1]
        # 4000 seeds: the standard error of a frequency is at most 0.008; allow 5 of them
        assert np.all(np.abs(counts - expected) < 0.04), (counts, expected)
