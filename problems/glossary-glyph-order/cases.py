import random
import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((["kite", "kin", "nab", "bat", "bank"],), expected="aeiktnb",
         note="the pairs say t before n, k before n and n before b; a, e and i are never "
              "compared, so the smallest order puts them first"),
    Case((["ox", "o"],), expected="",
         note="\"ox\" cannot come before its own prefix \"o\""),
    Case((["ca", "aa", "ac"],), expected="",
         note="the first pair puts c before a, the second puts a before c"),
]

W_MAX = 20_000
LETTERS = string.ascii_lowercase


def _sorted_words(rng: random.Random, count: int, alphabet: str, lo: int, hi: int,
                  secret: str | None = None) -> list[str]:
    # random words over alphabet, sorted in the order given by secret (a permutation of it)
    if secret is None:
        perm = list(alphabet)
        rng.shuffle(perm)
        secret = "".join(perm)
    rank = {c: i for i, c in enumerate(secret)}
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))
             for _ in range(count)]
    words.sort(key=lambda w: [rank[c] for c in w])
    return words


def _swap_one(rng: random.Random, words: list[str]) -> list[str]:
    # swap two neighbours that differ at their first letter: a contradiction somewhere
    words = list(words)
    while True:
        i = rng.randrange(len(words) - 1)
        if words[i][0] != words[i + 1][0]:
            words[i], words[i + 1] = words[i + 1], words[i]
            return words


def _deep_words(rng: random.Random, count: int) -> list[str]:
    # long shared prefixes: neighbours first differ late in the word
    secret = list(LETTERS)
    rng.shuffle(secret)
    stem = "".join(rng.choice(LETTERS) for _ in range(15))
    rank = {c: i for i, c in enumerate(secret)}
    words = [stem + "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 5)))
             for _ in range(count)]
    words.sort(key=lambda w: [rank[c] for c in w])
    return words


_rng = random.Random(280602)
_big = _sorted_words(_rng, W_MAX, LETTERS, 1, 20)
_big_prefix = list(_big)
_pos = next(i for i in range(len(_big) - 1) if len(_big[i]) > 1 and _big[i + 1] != _big[i][:-1])
_big_prefix[_pos + 1] = _big[_pos][:-1]
# five groups of repeated words: only v, w, x, y and z are ever compared; the other letters
# appear only after the first difference or in equal words
_few = []
for _first in "zyxwv":
    _suffix = "".join(_rng.choice(LETTERS[:21]) for _ in range(19))
    _few += [_first + _suffix] * (W_MAX // 5)
# few distinct words (a partial order with many ties), each repeated many times
_partial = [w for w in _sorted_words(_rng, 40, LETTERS, 1, 6) for _ in range(W_MAX // 40)]

HIDDEN = [
    Case(([],), note="no words"),
    Case((["a"],), note="one one-letter word"),
    Case((["banana"],), note="one word: its letters are never compared"),
    Case((["same", "same", "same"],), note="repeated words"),
    Case((["abc", "ab"],), note="a word before its own prefix"),
    Case((["ab", "abc"],), note="a prefix before the longer word"),
    Case((["q", "qq", "qq", "q"],), note="a prefix after repeats of the longer word"),
    Case((["z", "y", "x"],), note="reverse of the usual alphabet"),
    Case((["ab", "ba"],), note="letters after the first difference say nothing"),
    Case((["ca", "cb", "da", "db", "dc"],), note="letters after the first difference agree"),
    Case((["b", "a", "ax"],), note="x appears in no comparison"),
    Case((["zz", "zy", "zym"],), note="m appears in no comparison, and comes first"),
    Case((["ax", "bx", "cx", "ay"],), note="a circle of three letters from three pairs"),
    Case((["yx", "yz", "zq", "xq"],), note="x before z and z before x"),
    Case((["c", "b", "a", "d", "e"],), note="ties broken by ordinary letters after a chain"),
    Case((["dz", "dy", "cz", "cy"],), note="two separate comparisons, heap order matters"),
    Case((["ed", "eb", "cd", "cb", "ab", "aa"],), note="several independent chains"),
    Case((["wxy", "wxy", "wxyz", "wxa"],), note="repeats and a prefix then a difference"),
    Case((["a" * 20, "a" * 19 + "b", "b"],), note="longest words"),
    Case((_big,), note="largest, sorted in a random order of all letters"),
    Case((_swap_one(_rng, _big),), note="largest, two neighbours swapped"),
    Case((_big_prefix,), note="largest, one word before its own prefix"),
    Case((_deep_words(_rng, W_MAX),), note="largest, long shared prefixes"),
    Case((_few,), note="largest, most letters only after the first difference"),
    Case((_partial,), note="largest, few distinct words: many letters tie"),
    Case((["abc"] * W_MAX,), note="largest, one word repeated"),
]


def generate(rng):
    k = rng.randint(1, 26)
    alphabet = "".join(rng.sample(LETTERS, k))
    words = _sorted_words(rng, rng.randint(1, 3000), alphabet, 1, rng.randint(1, 8))
    r = rng.random()
    if r < 0.3 and len(words) > 1 and any(a[0] != b[0] for a, b in zip(words, words[1:])):
        words = _swap_one(rng, words)
    elif r < 0.45:
        i = rng.randrange(len(words))
        if len(words[i]) > 1:
            words.insert(i + 1, words[i][:rng.randint(1, len(words[i]) - 1)])
    return (words,)


@st.composite
def _small(draw):
    word = st.text(alphabet="abcd", min_size=1, max_size=4)
    words = draw(st.lists(word, max_size=7))
    if draw(st.booleans()):
        secret = draw(st.permutations("abcd"))
        rank = {c: i for i, c in enumerate(secret)}
        words.sort(key=lambda w: [rank[c] for c in w])
    return (words,)


def arguments():
    return _small()


def scale(rng, n):
    return (_sorted_words(rng, n, LETTERS, 1, 10),)


def invariant(args, result):
    (words,) = args
    if result == "":
        return None
    if sorted(result) != sorted(set("".join(words))):
        return "the order must list every letter of the words exactly once"
    rank = {c: i for i, c in enumerate(result)}
    for a, b in zip(words, words[1:]):
        if [rank[c] for c in a] > [rank[c] for c in b]:
            return f"{a!r} comes after {b!r} in the order returned"
    return None
