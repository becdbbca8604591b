import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


SAMPLES = [
    Case((_f([-1.0, -1.5, -4.0]),
          _f([[-3.0, -3.0, -3.0], [-2.0, -2.0, -0.5], [0.0, 0.0, 0.0]]), 2, 2, 3),
         expected=([1, 2], -2.0),
         note="greedy would start with 0 and end at -7. With two beams, `[1, 2]` finishes at "
              "step 2 with -1.5 - 0.5 = -2; at step 3 it stays in the pool and beats every "
              "extension of `[1, 0]` (-6.5)"),
    Case((_f([-1.0, -1.0, -3.0]),
          _f([[-2.0, -1.0, -1.0], [-1.0, -3.0, -3.0], [0.0, 0.0, 0.0]]), 2, 3, 2),
         expected=([0, 1], -2.0),
         note="`[0, 1]`, `[0, 2]` and `[1, 0]` all score -2; `[0, 1]` is the lexicographically "
              "smallest"),
    Case((_f([-0.5, -2.0]), _f([[-1.0, -1.0], [-0.25, -0.25]]), 0, 1, 4),
         expected=([0], -0.5),
         note="token 0 is the end token: `[0]` is finished at step 1 and nothing beats it"),
]


def _table(rng: np.random.Generator, V: int, coarse: bool, end_token: int,
           end_bias: float) -> tuple:
    if coarse:  # few distinct values: many exact ties
        start = -rng.integers(0, 9, size=V) / 2
        trans = -rng.integers(0, 9, size=(V, V)) / 2
    else:
        start = -rng.integers(0, 30 * 64 + 1, size=V) / 64
        trans = -np.minimum(rng.exponential(3.0, size=(V, V)), 30.0)
        trans = np.round(trans * 64) / 64
    trans[:, end_token] = np.maximum(trans[:, end_token] + end_bias, -30.0)
    trans[:, end_token] = np.minimum(trans[:, end_token], 0.0)
    return _f(start), _f(trans)


def _random(seed: int, V: int, B: int, T: int, coarse: bool, end_bias: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    end_token = int(rng.integers(0, V))
    start, trans = _table(rng, V, coarse, end_token, end_bias)
    return start, trans, end_token, B, T


HIDDEN = [
    Case((_f([-3.0]), _f([[-1.0]]), 0, 5, 30), note="one token, which is the end token"),
    Case((_f([-2.0]), _f([[-0.015625]]), 0, 1, 1), note="max_steps 1"),
    Case((_f([-1.0, -0.5]), _f([[-0.5, -4.0], [-0.5, -0.25]]), 1, 1, 1),
         note="one step: the best single token, even if it is the end token"),
    Case((_f([-0.25, 0.0]), _f([[0.0, -0.5], [-1.0, -2.0]]), 0, 3, 5),
         note="a log-probability of 0 keeps a hypothesis at the same score"),
    Case((_f([-1.0, -1.0, -1.0]), _f([[-1.0] * 3] * 3), 2, 2, 4),
         note="everything ties: at step 2 the finished [0, 2] loses the cut to [0, 0] and [0, 1], "
              "so the answer is the long [0, 0, 0, 0]"),
    Case((_f([-1.0, -1.0, -1.0]), _f([[-1.0] * 3] * 3), 0, 3, 4),
         note="everything ties and token 0 ends: [0] is finished at step 1 and wins"),
    Case((_f([-1.0, -1.5, -4.0]),
          _f([[-3.0, -3.0, -3.0], [-2.0, -2.0, -0.5], [0.0, 0.0, 0.0]]), 2, 1, 3),
         note="beam width 1 is greedy here"),
    Case((_f([-1.0, -1.25, -5.0, -6.0]),
          _f([[-2.0, -2.0, -2.0, -2.0], [-0.25, -4.0, -4.0, -0.25], [-0.5, -0.5, -0.5, -0.5],
              [0.0, 0.0, 0.0, 0.0]]), 3, 2, 6),
         note="the finished [1, 3] (-1.5) beats the long loop [1, 0, ...]"),
    Case((_f([-0.5, -0.5, -30.0]),
          _f([[-0.125, -6.0, -3.0], [-6.0, -0.125, -3.0], [-30.0, -30.0, -30.0]]), 2, 2, 30),
         note="two unfinished hypotheses stay ahead of every finished one for 30 steps"),
    Case((_f([-2.0, -2.0, -2.0, -2.0]),
          _f([[-3.0, -3.0, -3.0, -0.5], [-3.0, -3.0, -3.0, -0.5], [-0.5, -0.5, -0.5, -3.0],
              [-30.0, -30.0, -30.0, -30.0]]), 3, 2, 4),
         note="two finished hypotheses fill the beam at step 2 and push every unfinished one "
              "out"),
    Case((_f([-4.0, -1.0, -1.0]),
          _f([[-1.0, -1.0, -1.0], [-3.0, -3.0, -3.0], [-0.25, -0.25, -3.0]]), 1, 2, 3),
         note="the finished [1] keeps its slot; [2, 0] and [2, 1] fight for the other"),
    Case((_f([-1.0, -1.0]), _f([[-1.0, -1.0], [-1.0, -1.0]]), 1, 2, 3),
         note="finished [0, 1] and [1] and unfinished [0, 0, 0]: the higher score wins"),
    Case((_f([-1.0, -2.0, -2.0]),
          _f([[-30.0, -30.0, -30.0], [-0.5, -0.5, -0.5], [-0.5, -0.5, -0.5]]), 0, 16, 5),
         note="beam wider than the pool"),
    Case((_f([-2.0, -1.0, -30.0]),
          _f([[-1.0, -30.0, -30.0], [-30.0, -2.0, -30.0], [-30.0, -30.0, -30.0]]), 2, 2, 2),
         note="[1, 1] and [0, 0] tie at -3: [0, 0] is smaller although its parent [0] ranked "
              "below [1]"),
    Case((_f([-2.0, -1.0, -30.0, -30.0, -30.0]),
          _f([[-30.0, -30.0, -30.0, -30.0, -1.0], [-30.0, -2.0, -1.5, -30.0, -30.0],
              [-5.0] * 5, [-30.0] * 5, [-30.0, -30.0, -30.0, -0.25, -30.0]]), 3, 2, 3),
         note="[0, 4] and [1, 1] tie at -3 for the beam's second slot; [0, 4] keeps it and "
              "finishes as [0, 4, 3] with -3.25"),
    Case(_random(1, 6, 3, 8, True), note="small, coarse values with many ties"),
    Case(_random(2, 12, 4, 12, True, 1.0), note="coarse, likely end token"),
    Case(_random(3, 30, 5, 15, False, 1.5), note="fine values"),
    Case(_random(4, 100, 20, 30, False, 2.0), note="largest"),
    Case(_random(5, 100, 20, 30, True, 0.5), note="largest, coarse values"),
    Case(_random(6, 100, 20, 30, False, -30.0), note="largest, the end token never pays off"),
    Case(_random(7, 100, 1, 30, False), note="beam width 1 at the largest size"),
    Case(_random(8, 64, 20, 30, True, 2.5), note="many finished hypotheses in the beam"),
]


def generate(rng):
    seed = rng.randint(0, 10**9)
    V = rng.choice([2, 3, 5, 8, 20, 60])
    return _random(seed, V, rng.randint(1, 8), rng.randint(1, 12), rng.random() < 0.6,
                   rng.choice([0.0, 1.0, 2.0]))


@st.composite
def _small(draw):
    V = draw(st.integers(1, 4))
    value = st.integers(0, 8).map(lambda k: -k / 2)
    start = draw(st.lists(value, min_size=V, max_size=V))
    trans = draw(st.lists(st.lists(value, min_size=V, max_size=V), min_size=V, max_size=V))
    return (_f(start), _f(trans), draw(st.integers(0, V - 1)), draw(st.integers(1, 5)),
            draw(st.integers(1, 6)))


def arguments():
    return _small()


def invariant(args, result):
    start, trans, end_token, beam_width, max_steps = args
    tokens, score = result
    tokens = list(tokens)
    if not 1 <= len(tokens) <= max_steps:
        return f"the sequence must have 1 to {max_steps} tokens"
    if end_token in tokens[:-1]:
        return "the end token may only be the last token"
    total = float(start[tokens[0]]) + sum(float(trans[a, b]) for a, b in zip(tokens, tokens[1:]))
    if total != score:
        return f"the sequence's score is {total}, not {score}"
    return None
