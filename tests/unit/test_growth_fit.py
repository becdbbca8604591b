"""The growth fit on synthetic timings: exponents, noise, and the super-polynomial shape."""

import math
import random

import pytest

from judge.grading.run.growth import Curve, GrowthReport, fit

SIZES = [1000, 2000, 4000, 8000, 16000, 32000]


@pytest.mark.parametrize("power", [1.0, 1.5, 2.0, 3.0])
def test_clean_power_laws_are_recovered(power: float) -> None:
    points = [(n, 1e-3 * (n / 1000) ** power) for n in SIZES]
    exponent, noise, shape = fit(points)
    assert shape == "polynomial"
    assert exponent == pytest.approx(power, abs=1e-9)
    assert noise == pytest.approx(0.05)  # the floor: no spread in the data


def test_one_outlier_barely_moves_the_estimate() -> None:
    points = [(n, 1e-3 * (n / 1000) ** 2) for n in SIZES]
    points[2] = (points[2][0], points[2][1] * 8)  # one badly disturbed timing
    exponent, _, shape = fit(points)
    assert shape == "polynomial"
    assert abs(exponent - 2.0) < 0.35


def test_noisy_timings_state_their_noise() -> None:
    rng = random.Random(7)
    points = [(n, 1e-3 * (n / 1000) ** 2 * math.exp(rng.uniform(-0.3, 0.3))) for n in SIZES]
    exponent, noise, _ = fit(points)
    assert abs(exponent - 2.0) <= noise + 0.2
    assert noise > 0.05


def test_exponential_work_is_super_polynomial() -> None:
    points = [(n, 2e-3 * 2 ** (n / 1000)) for n in (1000, 1500, 2000, 3000, 4000, 5000,
                                                       6000, 7000)]
    assert fit(points)[2] == "super-polynomial"


@pytest.mark.parametrize("power", [3.0, 4.0, 5.0])
def test_steep_polynomials_are_not_mistaken_for_exponential(power: float) -> None:
    rng = random.Random(int(power))
    points = [(n, 1e-3 * (n / 1000) ** power * math.exp(rng.uniform(-0.1, 0.1)))
              for n in SIZES]
    exponent, _, shape = fit(points)
    assert shape == "polynomial"
    assert abs(exponent - power) < 0.3


def test_timings_below_the_noise_floor_are_too_fast() -> None:
    assert fit([(n, 1e-5) for n in SIZES])[2] == "too fast"
    assert fit([(1000, 0.01), (2000, 0.02)])[2] == "too few points"


def test_report_summary_reads_as_a_sentence() -> None:
    mine = Curve(((1000, 0.01), (2000, 0.04), (4000, 0.16)), 8000, "a call took over 1s",
                 2.0, 0.1, "polynomial")
    theirs = Curve(((1000, 0.001), (128000, 0.2)), None, "", 1.1, 0.1, "polynomial")
    text = GrowthReport(mine, theirs).summary()
    assert text == ("your time grows like n^2.0 (±0.1); the reference's like n^1.1 (±0.1). "
                    "Yours reached n=4,000 before a call took over 1s at n=8,000 "
                    "(the reference reached n=128,000).")
