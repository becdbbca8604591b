import random

from judge.grading.authoring import Case, st

PUNCT = "!\"$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

SAMPLES = [
    Case(("overbaked, 10min less",
          ["over", "overb", "##baked", "##ake", "##d", "##,", "10", "##min", "less"], 20),
         expected=["overb", "##ake", "##d", "##,", "10", "##min", "less"],
         note="the longest first piece is `overb`, so `over ##baked ##,` is never considered; "
              "the comma stays part of the word"),
    Case(("  dbl the\tgarlic!!\nthem ", ["dbl", "the", "garlic", "##!", "m"], 7),
         expected=["dbl", "the", "[UNK]", "[UNK]"],
         note="`garlic!!` has 8 > 7 characters; `them` starts with `the` but `##m` is not in "
              "the vocabulary (the plain `m` does not count), so the whole word is `[UNK]`"),
    Case(("", ["a"], 5), expected=[], note="no words, no tokens"),
]


def _vocab(rng: random.Random, alphabet: str, n: int, max_len: int) -> list[str]:
    vocab = list(alphabet) + ["##" + ch for ch in alphabet if rng.random() < 0.8]
    while len(vocab) < n:
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, max_len)))
        vocab.append(piece if rng.random() < 0.4 else "##" + piece)
    rng.shuffle(vocab)
    return vocab[:n]


def _text(rng: random.Random, alphabet: str, words: int, max_word: int, vocab: list[str]) -> str:
    starts = [v for v in vocab if not v.startswith("##")] or ["a"]
    conts = [v[2:] for v in vocab if v.startswith("##")] or ["a"]
    parts = []
    for _ in range(words):
        if rng.random() < 0.7:  # mostly words built from pieces, so most are tokenisable
            word = rng.choice(starts)
            while len(word) < max_word and rng.random() < 0.6:
                word += rng.choice(conts)
        else:
            word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, max_word)))
        parts.append(word[:max_word + 2])
        parts.append(rng.choice([" ", " ", " ", "  ", "\t", "\n", " \n "]))
    return rng.choice(["", " ", "\n"]) + "".join(parts)


def _big(seed: int, alphabet: str, n_vocab: int, max_piece: int, words: int,
         max_word: int, max_chars: int) -> tuple:
    rng = random.Random(seed)
    vocab = _vocab(rng, alphabet, n_vocab, max_piece)
    text = _text(rng, alphabet, words, max_word, vocab)[:50000]
    return text, vocab, max_chars


HIDDEN = [
    Case(("   \t\n  ", ["a", "##b"], 10), note="whitespace only"),
    Case(("make it spicy", [], 10), note="empty vocabulary: every word is unknown"),
    Case(("salt", ["salt"], 4), note="a word that is one vocabulary entry, exactly max_chars long"),
    Case(("salty salt", ["salt", "##y"], 4),
         note="5 characters is one more than max_chars; 4 is fine"),
    Case(("abcde abcdef", ["a", "##b", "##c", "##d", "##e", "##f"], 5),
         note="single-character pieces; the 6-letter word is too long"),
    Case(("x y z", ["x", "y", "##z"], 1), note="max_chars 1; `z` only exists as a continuation"),
    Case(("ing", ["in", "g", "##in"], 10),
         note="`g` is a start piece only, so after `in` nothing fits"),
    Case(("ab", ["##ab", "a", "##b"], 10),
         note="`##ab` cannot start a word: a ##b"),
    Case(("abcd", ["ab", "a", "##bcd", "##c"], 10),
         note="greedy takes `ab`, then `##cd` and `##c ##d` fail: the word is [UNK] even though "
              "a ##bcd would cover it"),
    Case(("abcd abc", ["a", "ab", "abc", "##d", "##cd", "##bcd", "##b", "##c"], 10),
         note="longest match everywhere: abc ##d, then abc"),
    Case(("aaaa", ["a", "##a", "##aa", "aa", "aaa"], 10),
         note="aaa ##a (shortest would give four pieces)"),
    Case(("unbaked unbak unb u", ["un", "##bake", "##d", "u", "##b"], 20),
         note="partial words are discarded whole: `unbak` matches un, then ##b, then nothing"),
    Case(("b.b.q b.b. bbq", ["b", "##.", "##b", "##q", "b.", "##.b"], 10),
         note="punctuation is part of words"),
    Case(("tomato tomato\ttomato\n\ntomato", ["tom", "##ato", "to", "##mato", "tomat", "##o"], 6),
         note="repeated words, mixed whitespace"),
    Case(("oven 200c 350f, 6min.", ["oven", "200", "350", "##c", "##f", "##,", "6", "##min",
                                    "##.", "oven", "##f,"], 8),
         note="duplicates in the vocabulary; digits"),
    Case(("zzzz", ["##z", "##zz", "zz"], 50), note="zz ##zz"),
    Case(("q" * 50 + " " + "q" * 51, ["q", "##qqqqqqqqqqqqqqqqqqqq", "##q"], 50),
         note="max_chars 50 at the boundary, pieces of the longest allowed length"),
    Case(("ab abc abcd", ["a", "##b", "##bc", "##bcd", "ab"], 10),
         note="the start piece `ab` wins over a ##bcd for abcd, which then fails at ##cd"),
    Case(_big(1, "abc", 60, 4, 6000, 10, 8), note="three letters, many words"),
    Case(_big(2, "abcdefghijklmnopqrstuvwxyz", 5000, 20, 4000, 30, 25),
         note="largest vocabulary"),
    Case(_big(3, "ab", 30, 6, 1000, 50, 50), note="long words, max_chars 50"),
    Case(_big(4, "abcdefgh!.,0123", 2000, 8, 8000, 12, 12), note="largest text"),
]


def generate(rng):
    alphabet = rng.choice(["ab", "abc", "abcd", "ab.,", "xyz!"])
    vocab = _vocab(rng, alphabet, rng.randint(0, 25), rng.randint(1, 4))
    text = _text(rng, alphabet, rng.randint(0, 30), rng.randint(1, 8), vocab)
    return text, vocab, rng.randint(1, 9)


_piece = st.text(alphabet="abc", min_size=1, max_size=3)


def arguments():
    vocab = st.lists(st.one_of(_piece, _piece.map(lambda p: "##" + p)), max_size=10)
    words = st.lists(st.text(alphabet="abc", min_size=1, max_size=6), max_size=6)
    seps = st.sampled_from([" ", "  ", "\t", "\n"])
    text = st.tuples(words, seps).map(lambda ws: ws[1].join(ws[0]))
    return st.tuples(text, vocab, st.integers(1, 7))


def invariant(args, result):
    text, vocab, max_chars = args
    known = set(vocab) | {"[UNK]"}
    if not isinstance(result, list) or any(not isinstance(t, str) for t in result):
        return "return a list of strings"
    for token in result:
        if token not in known:
            return f"token {token!r} is neither in the vocabulary nor [UNK]"
    starts = [t for t in result if not t.startswith("##")]
    if len(starts) != len(text.split()):
        return "every word must give exactly one token that does not start with ##"
    return None
