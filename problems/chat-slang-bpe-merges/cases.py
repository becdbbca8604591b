import random

from judge.grading.authoring import Case, st

END = "</w>"

SAMPLES = [
    Case(({"lol": 3, "lool": 1}, 3),
         expected=[("l", "</w>"), ("l", "o"), ("lo", "l</w>")],
         note="three pairs score 4 at first; the smallest is `(l, </w>)` because `<` sorts "
              "before letters. Then `(l, o)` beats `(o, l</w>)`, and finally `(lo, l</w>)` "
              "scores 3"),
    Case(({"aaa": 2, "b": 1}, 5),
         expected=[("a", "a"), ("a", "</w>"), ("aa", "a</w>"), ("b", "</w>")],
         note="`(a, a)` scores 2·2 = 4 in `a a a </w>`; merging it gives `aa a </w>`, not "
              "`a aa </w>`. After four merges every word is one symbol, so the list stops early"),
    Case(({"ab": 1, "cd": 5}, 1), expected=[("c", "d")],
         note="pairs are weighted by word counts: `(c, d)` and `(d, </w>)` score 5, "
              "`(c, d)` is smaller"),
]


def _zipf_words(seed: int, n: int, max_len: int, alphabet: str, top: int) -> dict:
    rng = random.Random(seed)
    words: dict[str, int] = {}
    while len(words) < n:
        length = rng.randint(1, max_len)
        word = "".join(rng.choice(alphabet) for _ in range(length))
        words[word] = max(1, top // (len(words) + 1)) + rng.randint(0, 3)
    return words


def _slang(seed: int, n: int) -> dict:
    """Words built from slang-like stems with stretched letters, so runs and shared parts
    are common."""
    rng = random.Random(seed)
    stems = ["lol", "lmao", "omg", "brb", "nooo", "yes", "haha", "gg", "wow", "hey", "ok",
             "plz", "thx", "idk", "smh", "bro", "sis", "vibe", "mood", "same"]
    words: dict[str, int] = {}
    while len(words) < n:
        stem = rng.choice(stems)
        if rng.random() < 0.6:
            k = rng.randrange(len(stem))
            stem = stem[:k] + stem[k] * rng.randint(1, 6) + stem[k + 1:]
        if rng.random() < 0.3:
            stem += rng.choice(stems)
        word = stem[:12]
        words[word] = rng.randint(1, 10**6)
    return words


HIDDEN = [
    Case(({}, 5), note="no words"),
    Case(({"hey": 4, "hay": 2}, 0), note="zero merges"),
    Case(({"k": 7}, 3), note="a one-letter word: one merge with the end marker, then nothing"),
    Case(({"a": 1, "b": 1, "c": 1}, 10), note="three one-letter words tie; stops after 3"),
    Case(({"aaaaaaa": 1}, 10), note="an odd run of seven: aa aa aa a, then aaaa aa a, ..."),
    Case(({"aaaa": 3, "aaaaa": 2, "aa": 1}, 8), note="runs of several lengths"),
    Case(({"zzzzzzzzzzzz": 1000000, "z": 1}, 12),
         note="a run of twelve with the largest count"),
    Case(({"abc": 1, "bc": 5, "ab": 1, "bcd": 1}, 6),
         note="after (b, c), a b c must not be read as a bc"),
    Case(({"abab": 4, "bcbc": 1, "abc": 3}, 8),
         note="a merged symbol that contains another symbol's letters"),
    Case(({"ab": 2, "ba": 2}, 4),
         note="(a, b) and (b, a) tie: the smaller one first"),
    Case(({"xy": 3, "yx": 3, "xx": 3, "yy": 3}, 6),
         note="a four-way tie, then ties with the end marker"),
    Case(({"cab": 3, "ca": 1, "ab": 1}, 4),
         note="the pair (a, b) is more frequent than (c, a) only when counts are weighted"),
    Case(({"aab": 1, "ab": 1, "b": 3}, 4),
         note="each word counted once per pair gives different winners"),
    Case(({"aaab": 5, "ab": 2, "aaa": 1}, 6),
         note="overlapping runs followed by another letter"),
    Case(({"yo": 1000000, "oy": 1000000, "yoyo": 1}, 5), note="ties at the largest count"),
    Case(({"low": 5, "lower": 2, "newest": 6, "widest": 3}, 12), note="a classic toy corpus"),
    Case((_slang(1, 40), 60), note="chat slang"),
    Case((_zipf_words(2, 60, 5, "ab", 50), 300),
         note="two letters: every word ends as one symbol before 300 merges"),
    Case((_slang(3, 300), 300), note="largest, chat slang"),
    Case((_zipf_words(4, 300, 12, "abcdefghijklmnopqrstuvwxyz", 10**6), 300),
         note="largest, random letters"),
    Case((_zipf_words(5, 300, 12, "abc", 7), 300), note="largest, three letters, many ties"),
]


def generate(rng):
    alphabet = rng.choice(["ab", "abc", "lmo", "abcdefgh"])
    n = rng.randint(1, 40)
    words = {}
    while len(words) < n:
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        words[word] = rng.choice([1, 2, 3, rng.randint(1, 10**6)])
        if len(alphabet) ** 8 < n:
            break
    return (words, rng.randint(0, 80))


def arguments():
    words = st.dictionaries(st.text(alphabet="abc", min_size=1, max_size=6),
                            st.integers(1, 4), max_size=6)
    return st.tuples(words, st.integers(0, 15))


def invariant(args, result):
    word_counts, num_merges = args
    if len(result) > num_merges:
        return "more merges than num_merges"
    if len(result) > sum(len(w) for w in word_counts):
        return "more merges than the words have symbol boundaries"
    known = set("abcdefghijklmnopqrstuvwxyz") | {END}
    for pair in result:
        if len(pair) != 2 or not all(isinstance(s, str) for s in pair):
            return "every merge must be a pair of two strings"
        left, right = pair
        if left not in known or right not in known:
            return f"{pair!r} uses a symbol that no earlier merge made"
        known.add(left + right)
    return None
