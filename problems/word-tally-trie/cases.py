import random
import string

from judge.grading.authoring import Case, ops, st


def _word(rng: random.Random, alphabet: str, low: int, high: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _mixed(rng: random.Random, calls: int, pool: int, alphabet: str, high: int) -> tuple:
    words = [_word(rng, alphabet, 1, high) for _ in range(pool)]
    out = []
    for _ in range(calls):
        r = rng.random()
        word = rng.choice(words)
        if r < 0.45:
            out.append(("add", word))
        elif r < 0.6:
            out.append(("count", word))
        elif r < 0.9:
            out.append(("count_prefix", word[:rng.randint(0, len(word))]))
        else:
            out.append(("remove", word if rng.random() < 0.7 else _word(rng, alphabet, 1, high)))
    return ops(("WordTally",), *out)


def _wide(rng: random.Random, n: int) -> tuple:
    """Half the calls add distinct words, half ask about short prefixes."""
    letters = string.ascii_lowercase
    adds = [("add", _word(rng, letters, 6, 12)) for _ in range(n // 2)]
    asks = [("count_prefix", _word(rng, letters, 0, 2)) for _ in range(n - n // 2)]
    return ops(("WordTally",), *adds, *asks)


def scale(rng, n):
    return _wide(rng, n)


_rng = random.Random(8086)

SAMPLES = [
    Case(ops(("WordTally",), ("add", "tree"), ("add", "trie"), ("add", "tree"),
             ("count", "tree"), ("count_prefix", "tr"), ("count_prefix", "tri"),
             ("remove", "tree"), ("count_prefix", "tre"), ("remove", "tr")),
         expected=[None, None, None, None, 2, 3, 1, True, 1, False],
         note="'tr' is only a prefix, never logged as a word, so it cannot be removed"),
    Case(ops(("WordTally",), ("count_prefix", ""), ("add", "a"), ("add", "ab"),
             ("count_prefix", ""), ("count_prefix", "a"), ("count", "b")),
         expected=[None, 0, None, None, 2, 2, 0],
         note="the empty prefix matches every logged word"),
]

HIDDEN = [
    Case(ops(("WordTally",)), note="only the constructor"),
    Case(ops(("WordTally",), ("remove", "x"), ("count", "x"), ("count_prefix", "x")),
         note="queries on an empty tally"),
    Case(ops(("WordTally",), ("add", "z"), ("remove", "z"), ("remove", "z"), ("count", "z"),
             ("count_prefix", "z"), ("count_prefix", "")), note="single letter, removed twice"),
    Case(ops(("WordTally",), ("add", "abc"), ("remove", "ab"), ("count_prefix", "a"),
             ("add", "ab"), ("remove", "ab"), ("count", "abc"), ("count_prefix", "ab")),
         note="removing a prefix of a logged word"),
    Case(ops(("WordTally",), *[("add", "a" * 20)] * 5, ("count_prefix", "a" * 20),
             ("count_prefix", "a" * 21), ("count", "a" * 19)), note="longest words"),
    Case(_mixed(_rng, 3000, 40, "ab", 5), note="two letters, many repeats"),
    Case(_mixed(_rng, 30_000, 6000, string.ascii_lowercase, 20), note="large, mixed"),
    Case(_wide(_rng, 60_000), note="largest: many words, short prefixes"),
]


def generate(rng):
    return _mixed(rng, rng.randint(0, 2000), rng.randint(1, 50), "abc", 6)


_word_st = st.text(alphabet="abc", min_size=1, max_size=4)
_call = st.one_of(
    st.tuples(st.just("add"), _word_st),
    st.tuples(st.just("count"), _word_st),
    st.tuples(st.just("count_prefix"), st.text(alphabet="abc", max_size=4)),
    st.tuples(st.just("remove"), _word_st),
)


def arguments():
    return st.lists(_call, max_size=40).map(lambda calls: ops(("WordTally",), *calls))


def invariant(args, result):
    for (name, _), value in zip(args[0][1:], result[1:], strict=True):
        if name in ("count", "count_prefix") and (not isinstance(value, int) or value < 0):
            return f"{name} must return a non-negative int"
    return None
