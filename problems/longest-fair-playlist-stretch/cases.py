import random
import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((["nova", "kite", "nova", "rue", "nova", "kite", "rue"], 2), expected=[1, 6],
         note="the third 'nova' forces the stretch to start after the first one"),
    Case((["ash", "bo", "ash", "cy", "ash", "dee"], 1), expected=[1, 3],
         note="'bo ash cy' and 'cy ash dee' both have 3 songs: the earlier one wins"),
    Case((["ash", "ash"], 0), expected=[0, 0], note="cap 0: no song may be played"),
]

_rng = random.Random(44017)
LIMIT = 200_000


def _name(rng):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 12)))


def _pool(rng, size):
    names = set()
    while len(names) < size:
        names.add(_name(rng))
    return sorted(names)


def _draw(rng, pool, n):
    return [rng.choice(pool) for _ in range(n)]


_FEW = _pool(_rng, 6)
_MANY = _pool(_rng, 60_000)
_DISTINCT = _pool(_rng, LIMIT)
_rng.shuffle(_DISTINCT)


def _late_block():
    # Several artists repeat most of the day; one long diverse run late in the log wins.
    log = _draw(_rng, _FEW[:2], LIMIT)
    log[150_000:150_000 + 40_000] = _DISTINCT[:40_000]
    return log


HIDDEN = [
    Case(([], 0), note="empty log, cap 0"),
    Case(([], 3), note="empty log"),
    Case((["solo"], 0), note="single song, cap 0"),
    Case((["solo"], 1), note="single song"),
    Case((["echo"] * 5, 2), note="one artist, cap 2: the first two songs"),
    Case((["echo"] * 5, 5), note="one artist, cap equals the count"),
    Case((["echo"] * 5, 9), note="cap above the log length"),
    Case((["a", "b", "c", "d", "e"], 1), note="all distinct"),
    Case((["x", "y", "x", "z", "x", "w"], 2), note="drop only the first 'x', not up to the last"),
    Case((["x", "y", "x", "z", "x", "w", "y", "y"], 2), note="a later overflow of another artist"),
    Case((["p", "q", "q", "p", "r", "s", "p"], 1), note="cap 1: the start must never move back"),
    Case((["m", "n", "m", "n", "m", "n"], 2), note="two alternating artists, ties at length 4"),
    Case((["m", "n", "m", "n", "m", "n", "o"], 2), note="ties, the last one longer"),
    Case((["k", "k", "l", "l", "k", "k"], 2), note="three stretches of 4 tie: the first wins"),
    Case((["z", "z", "a", "b", "a", "c", "d", "c"], 1), note="the longest stretch is in the middle"),
    Case((["a", "ab", "abc", "ab", "a"], 1), note="names that are prefixes of others"),
    Case((_draw(_rng, _FEW, LIMIT), 1000), note="largest, six artists, cap 1000"),
    Case((_draw(_rng, _MANY, LIMIT), 1), note="largest, many artists, cap 1"),
    Case((_DISTINCT, 1), note="largest, every artist plays once"),
    Case((_draw(_rng, _FEW, LIMIT), LIMIT), note="largest, cap covers everything"),
    Case((_late_block(), 3), note="largest, a long diverse run late in the day"),
]


def generate(rng):
    pool = _pool(rng, rng.choice([2, 5, 40, 1000]))
    log = _draw(rng, pool, rng.randint(0, 3000))
    return log, rng.randint(0, rng.choice([1, 3, 20, 200]))


def scale(rng, n):
    """n songs and a cap that makes every stretch fair: extending from every start is n^2."""
    return _draw(rng, _FEW, n), n


def arguments():
    return st.tuples(st.lists(st.sampled_from(["a", "b", "c", "dd"]), max_size=14),
                     st.integers(0, 4))


def invariant(args, result):
    artists, cap = args
    if (not isinstance(result, list) or len(result) != 2
            or any(not isinstance(v, int) or isinstance(v, bool) for v in result)):
        return f"expected a list of two ints, got {result!r}"
    start, length = result
    if length < 0 or start < 0 or start + length > len(artists):
        return f"[{start}, {length}] is not a stretch of a log of {len(artists)} songs"
    counts = {}
    for name in artists[start:start + length]:
        counts[name] = counts.get(name, 0) + 1
        if counts[name] > cap:
            return f"'{name}' is played more than {cap} times in [{start}, {length}]"
    return None
