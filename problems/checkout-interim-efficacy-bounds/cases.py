from judge.grading.authoring import Case

SAMPLES = [
    Case(([0.25, 0.5, 0.75, 1.0], 0.025),
         expected=[4.332634, 2.963132, 2.359044, 2.014090],
         note="four equally spaced looks at one-sided 2.5%: almost nothing is spent at the "
              "first look, and the final cut-off 2.014 is only a little above 1.96"),
    Case(([0.5, 1.0], 0.05),
         expected=[2.537988, 1.662107],
         note="alpha(0.5) = 2 - 2·Phi(1.96 / 0.7071) = 0.00558, so z_1 = 2.538; the final "
              "look may spend the remaining 0.04442, but only on paths that did not stop at "
              "look 1"),
    Case(([1.0], 0.05), expected=[1.644854],
         note="one look: the fixed-sample one-sided cut-off Phi^{-1}(0.95)"),
]

HIDDEN = [
    Case(([1.0], 0.01), note="a single look at 1%"),
    Case(([1.0], 0.1), note="a single look at 10%"),
    Case(([0.2, 1.0], 0.01), note="earliest first look at the smallest alpha: it spends 8.4e-9"),
    Case(([0.95, 1.0], 0.1), note="two close looks at the end, largest alpha"),
    Case(([0.3, 0.6, 1.0], 0.025), note="fractions in tenths that are not exact in binary"),
    Case(([0.2, 0.4, 0.6, 0.8, 1.0], 0.05), note="five equally spaced looks"),
    Case(([0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 1.0], 0.01),
         note="ten looks, nine of them early and 0.05 apart"),
    Case(([0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 1.0], 0.1),
         note="ten looks, most alpha spent late"),
    Case(([0.2, 0.7, 0.75, 1.0], 0.025), note="uneven spacing: a long gap, then close looks"),
    Case(([0.9, 1.0], 0.025), note="one late interim look"),
    Case(([0.333, 0.667, 1.0], 0.05), note="thirds, rounded"),
    Case(([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0], 0.05),
         note="ten looks packed into the second half"),
    Case(([0.412, 0.504, 0.652, 0.794, 0.917, 1.0], 0.0815), note="six uneven looks"),
    Case(([0.377, 0.753, 0.845, 0.924, 1.0], 0.0755), note="a long first gap, then three close looks"),
]


def generate(rng):
    k = rng.randint(2, 10)
    while True:
        first = round(rng.uniform(0.2, 0.6), 3)
        rest = sorted(round(rng.uniform(first, 0.95), 3) for _ in range(k - 2))
        fractions = [first] + rest + [1.0]
        if all(b - a >= 0.05 for a, b in zip(fractions, fractions[1:])):
            break
        k = max(2, k - 1)
    return fractions, round(rng.uniform(0.01, 0.1), 4)
