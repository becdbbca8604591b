import math
import random

from judge.grading.authoring import Case, st


def _line(cand: str, *refs: str) -> tuple:
    return cand.split(), [r.split() for r in refs]


def _corpus(*lines) -> tuple:
    return [c for c, _ in lines], [r for _, r in lines]


SAMPLES = [
    Case(_corpus(_line("a b c d e", "a b c d e f", "a b c x e")), expected=1.0,
         note="every n-gram of the candidate is in the first reference; the second reference "
              "has the candidate's length 5, so r = 5 = c and BP = 1"),
    Case(_corpus(_line("go go go now", "go now go now go")), expected=0.0,
         note="p₁ = 4/4 and p₂ = 1/3, but no trigram matches, so BLEU is 0.0"),
    Case(_corpus(_line("a b c d", "a b c d e"), _line("w x y v", "w x y z", "w x y z q r")),
         expected=math.exp(1 - 9 / 8) * (7 / 8 * 5 / 6 * 3 / 4 * 1 / 2) ** 0.25,
         note="pooled: p₁ = 7/8, p₂ = 5/6, p₃ = 3/4, p₄ = 1/2 (the second line alone has no "
              "4-gram match). c = 8, r = 5 + 4 = 9, BP = e^(1 − 9/8)"),
]

_WORDS = ["i", "you", "we", "don't", "know", "where", "he", "is", "going", "to", "the", "a",
          "car", "house", "tonight", "now", "okay", "what", "did", "say", "come", "back",
          "here", "never", "again", "please", "wait", "for", "me", "it's", "fine", "Fine",
          "OK", "?", "!", ".", ",", "Hey", "hey"]


def _noisy(rng: random.Random, tokens: list[str], rate: float) -> list[str]:
    out = []
    for t in tokens:
        u = rng.random()
        if u < rate / 3:
            continue  # drop
        if u < 2 * rate / 3:
            out.append(rng.choice(_WORDS))  # substitute
            continue
        out.append(t)
        if u > 1 - rate / 3:
            out.append(rng.choice(_WORDS))  # insert
    return out[:50]


def _random(seed: int, lines: int, max_len: int, max_refs: int, rate: float,
            vocab: int = len(_WORDS)) -> tuple:
    rng = random.Random(seed)
    words = _WORDS[:vocab]
    cands, refs = [], []
    for _ in range(lines):
        base = [rng.choice(words) for _ in range(rng.randint(1, max_len))]
        rs = [_noisy(rng, base, rate) or [rng.choice(words)]
              for _ in range(rng.randint(1, max_refs))]
        cands.append(_noisy(rng, base, rate))
        refs.append(rs)
    return cands, refs


HIDDEN = [
    Case(_corpus(_line("", "hello there")), note="one empty candidate"),
    Case(_corpus(_line("hi", "hi")), note="a one-token candidate has no 2-grams: 0.0"),
    Case(_corpus(_line("a b c", "a b c"), _line("d e f", "d e f")),
         note="no candidate has 4 tokens: p₄ has denominator 0, so 0.0"),
    Case(_corpus(_line("a b c", "a b c"), _line("p q r s", "p q r s")),
         note="3- and 4-token lines: the corpus has one 4-gram and it matches"),
    Case(_corpus(_line("", "x y z"), _line("one two three four five", "one two three four five")),
         note="an empty candidate still adds its closest reference length to r"),
    Case(_corpus(_line("a b c d e", "a b c d", "a b c d e f")),
         note="references 1 shorter and 1 longer tie: the shorter (4) wins, c > r, BP = 1"),
    Case(_corpus(_line("a b c d e f", "a b c", "a b c d e f g")),
         note="the closest reference (7) is not the shortest (3)"),
    Case(_corpus(_line("a b c d e f g h", "a b c d e f g h i j", "a b c d e")),
         note="the closest reference is longer than the shortest"),
    Case(_corpus(_line("x x x x y", "x x y", "x x x y y")),
         note="clipping by the largest count in one reference (3), not the sum (5)"),
    Case(_corpus(_line("the the the the the the", "the the the the cat", "the the dog")),
         note="a repeated token clipped to 4 (the first reference), not 6 (the sum)"),
    Case(_corpus(_line("the the the the", "the the the the")),
         note="repeats that all match"),
    Case(_corpus(_line("a b c d", "a b c d"), _line("a b c d", "a b c d")),
         note="identical lines: BLEU 1.0"),
    Case(_corpus(_line("a b c d", "a b c d"), _line("e f g h", "e f g h")),
         note="n-grams must not span lines: c d e is not a candidate 3-gram"),
    Case(_corpus(_line("a b c d e", "a b c d e"), _line("Fine ok", "fine OK")),
         note="case matters; the second line matches nothing"),
    Case(_corpus(_line("a b c d e f g h", "a b c d e f g h"), _line("z", "z y x w v u t")),
         note="one long perfect line and one short line: BP < 1"),
    Case(_corpus(_line("we never go back there again", "we never go back there again",
                       "we never went back", "never again", "we go back again never there")),
         note="four references"),
    Case(_corpus(_line("k l m n o p", "k l m n o p", "k l m n o p")),
         note="duplicate references"),
    Case(_random(1, 20, 12, 3, 0.2), note="random"),
    Case(_random(2, 200, 20, 4, 0.3, vocab=8), note="small vocabulary, many repeats"),
    Case(_random(3, 1000, 50, 4, 0.25), note="largest"),
    Case(_random(4, 1000, 50, 1, 0.05), note="largest, one reference each, near copies"),
    Case(_random(5, 1000, 6, 4, 0.6, vocab=10), note="largest, short noisy lines"),
]


def generate(rng):
    lines = rng.randint(1, 30)
    return _random(rng.randrange(10**9), lines, rng.choice([3, 6, 15]), rng.randint(1, 4),
                   rng.choice([0.0, 0.1, 0.3]), vocab=rng.choice([4, 12, len(_WORDS)]))


def arguments():
    token = st.sampled_from(["a", "b", "c"])
    line = st.tuples(st.lists(token, max_size=7),
                     st.lists(st.lists(token, min_size=1, max_size=7), min_size=1, max_size=3))
    return st.lists(line, min_size=1, max_size=4).map(
        lambda ls: ([c for c, _ in ls], [r for _, r in ls]))


def invariant(args, result):
    if not isinstance(result, float):
        return "return a float"
    if not 0.0 <= result <= 1.0 + 1e-12:
        return "BLEU must lie between 0 and 1"
    return None
