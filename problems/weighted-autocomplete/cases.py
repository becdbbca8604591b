import random
import string

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("Autocomplete",), ("add", "car", 5), ("add", "cart", 3), ("add", "care", 5),
             ("add", "cat", 2), ("suggest", "ca"), ("add", "cat", 4), ("suggest", "ca"),
             ("suggest", "car"), ("suggest", "dog")),
         expected=[None, None, None, None, None, ["car", "care", "cart"], None,
                   ["cat", "car", "care"], ["car", "care", "cart"], []],
         note="'car' and 'care' tie at 5, so the smaller word comes first; the second add of "
              "'cat' raises its score to 2 + 4 = 6"),
    Case(ops(("Autocomplete",), ("suggest", ""), ("add", "b", 1), ("add", "ab", 2),
             ("add", "abc", 2), ("suggest", ""), ("suggest", "abc"), ("add", "b", 2),
             ("suggest", "")),
         expected=[None, [], None, None, None, ["ab", "abc", "b"], ["abc"], None,
                   ["b", "ab", "abc"]],
         note="the empty prefix ranks every stored word; 'ab' sorts before 'abc'"),
]


def _word(rng: random.Random, alphabet: str, low: int, high: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _mixed(rng: random.Random, calls: int, pool: int, alphabet: str, high: int,
           max_weight: int) -> tuple:
    """Adds drawn from a pool of words (so many re-adds), and suggests for prefixes of pool
    words or random strings."""
    words = [_word(rng, alphabet, 1, high) for _ in range(pool)]
    out = []
    for _ in range(calls):
        if rng.random() < 0.5:
            out.append(("add", rng.choice(words), rng.randint(1, max_weight)))
        elif rng.random() < 0.85:
            word = rng.choice(words)
            out.append(("suggest", word[:rng.randint(0, len(word))]))
        else:
            out.append(("suggest", _word(rng, alphabet, 0, high)))
    return ops(("Autocomplete",), *out)


def _wide(rng: random.Random, n: int, max_weight: int = 10**4) -> tuple:
    """Half the calls add distinct long words, then half ask for prefixes of length 0-2:
    each of those prefixes covers a large part of the index."""
    letters = string.ascii_lowercase
    seen: set[str] = set()
    adds = []
    while len(adds) < n // 2:
        word = _word(rng, letters, 12, 20)
        if word not in seen:
            seen.add(word)
            adds.append(("add", word, rng.randint(1, max_weight)))
    asks = [("suggest", _word(rng, letters, 0, 2)) for _ in range(n - n // 2)]
    return ops(("Autocomplete",), *adds, *asks)


def _climb(rng: random.Random, n: int) -> tuple:
    """Words under one shared prefix keep overtaking each other by small re-adds, with a
    suggest after every add."""
    words = ["q" + _word(rng, "xyz", 1, 19) for _ in range(300)]
    out = []
    for _ in range(n // 2):
        out.append(("add", rng.choice(words), rng.randint(1, 3)))
        out.append(("suggest", "q" if rng.random() < 0.7 else ""))
    return ops(("Autocomplete",), *out)


def scale(rng, n):
    return _wide(rng, n)


_rng = random.Random(4242)

HIDDEN = [
    Case(ops(("Autocomplete",)), note="only the constructor"),
    Case(ops(("Autocomplete",), ("suggest", ""), ("suggest", "a"), ("suggest", "z" * 20)),
         note="suggest on an empty index"),
    Case(ops(("Autocomplete",), ("add", "d", 1), ("add", "b", 1), ("add", "c", 1),
             ("add", "a", 1), ("suggest", ""), ("suggest", "a"), ("suggest", "e"),
             ("add", "d", 1), ("suggest", ""), ("suggest", "d")),
         note="single-letter words, all tied, then one re-added"),
    Case(ops(("Autocomplete",), ("add", "apple", 7), ("suggest", "b"), ("suggest", "apples"),
             ("suggest", "apq"), ("suggest", "apple"), ("suggest", "appl")),
         note="prefixes not present, and one longer than every word"),
    Case(ops(("Autocomplete",), ("add", "abcd", 1), ("add", "abc", 2), ("add", "ab", 3),
             ("add", "a", 4), ("suggest", "a"), ("suggest", "ab"), ("suggest", "abc"),
             ("suggest", "abcd"), ("suggest", "abcde"), ("add", "abcd", 9), ("suggest", "a"),
             ("suggest", "")),
         note="words that are prefixes of each other"),
    Case(ops(("Autocomplete",), ("add", "go", 2), ("add", "go", 2), ("add", "go", 2),
             ("add", "gone", 5), ("suggest", "g"), ("suggest", "go"), ("add", "good", 6),
             ("add", "goal", 6), ("suggest", "go"), ("add", "go", 1), ("suggest", "go")),
         note="repeated adds accumulate and never list a word twice"),
    Case(ops(("Autocomplete",), ("add", "mx", 5), ("add", "my", 5), ("add", "mz", 5),
             ("add", "mw", 1), ("suggest", "m"), ("add", "mw", 3), ("suggest", "m"),
             ("add", "mw", 1), ("suggest", "m"), ("add", "mw", 1), ("suggest", "m"),
             ("suggest", "mw")),
         note="a word pushed out of the top 3 climbs back in through re-adds"),
    Case(ops(("Autocomplete",), ("add", "z" * 20, 10**4), ("add", "z" * 19 + "y", 10**4),
             ("add", "z", 1), ("suggest", "z" * 20), ("suggest", "z" * 19), ("suggest", "z"),
             ("add", "z", 10**4), ("add", "z", 10**4), ("suggest", "")),
         note="longest words, extreme weights"),
    Case(_mixed(_rng, 3000, 30, "ab", 5, 3), note="two letters, many ties and re-adds"),
    Case(_wide(_rng, 50_000), note="largest: many distinct words, short prefixes"),
    Case(_wide(_rng, 50_000, max_weight=1), note="largest: every score tied"),
    Case(_mixed(_rng, 50_000, 5000, string.ascii_lowercase, 20, 10**4),
         note="largest, mixed with re-adds"),
    Case(_climb(_rng, 50_000), note="largest: words under one prefix keep overtaking"),
]


def generate(rng):
    return _mixed(rng, rng.randint(0, 2000), rng.randint(1, 60), "abc", 6, rng.randint(1, 5))


_word_st = st.text(alphabet="abc", min_size=1, max_size=4)
_call = st.one_of(
    st.tuples(st.just("add"), _word_st, st.integers(1, 4)),
    st.tuples(st.just("suggest"), st.text(alphabet="abc", max_size=3)),
)


def arguments():
    return st.lists(_call, max_size=40).map(lambda calls: ops(("Autocomplete",), *calls))


def invariant(args, result):
    scores: dict[str, int] = {}
    for index, ((name, call_args), value) in enumerate(zip(args[0], result, strict=True)):
        if index == 0 or name == "add":
            if index > 0:
                word, weight = call_args
                scores[word] = scores.get(word, 0) + weight
            continue
        prefix = call_args[0]
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            return f"operation {index}: suggest must return a list of str"
        if len(value) > 3:
            return f"operation {index}: suggest returned {len(value)} words, at most 3 allowed"
        if len(set(value)) != len(value):
            return f"operation {index}: suggest listed a word twice"
        for word in value:
            if word not in scores:
                return f"operation {index}: {word!r} was never added"
            if not word.startswith(prefix):
                return f"operation {index}: {word!r} does not start with {prefix!r}"
        keys = [(-scores[word], word) for word in value]
        if keys != sorted(keys):
            return f"operation {index}: suggestions are not by score, then by word"
    return None
