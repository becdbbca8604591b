import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((["tele", "te", "graph", "station", "arriv"],
          "telegram from the station paragraph arrives at noon"),
         expected="te from the station paragraph arriv at noon",
         note="`tele` and `te` both fit *telegram*: the shorter wins; *station* is a stem "
              "itself; `graph` only ends *paragraph*, so it does not fit"),
    Case((["abc", "ab", "a"], "abcd abc ab a b ba"), expected="a a a a b ba",
         note="nested stems: `a` is the shortest fit of every word starting with a"),
    Case(([], "keep every word"), expected="keep every word",
         note="an empty codebook changes nothing"),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
_rng = random.Random(55129)


def _word(rng, low, high, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _message(rng, limit, low, high, alphabet):
    """Words of low..high letters until the message would pass `limit` characters."""
    words, length = [], -1
    while True:
        word = _word(rng, low, high, alphabet)
        if length + 1 + len(word) > limit:
            return " ".join(words)
        words.append(word)
        length += 1 + len(word)


def _large(rng, stem_count, stem_low, stem_high, word_low, word_high, alphabet):
    stems = [_word(rng, stem_low, stem_high, alphabet) for _ in range(stem_count)]
    return stems, _message(rng, 10**6, word_low, word_high, alphabet)


HIDDEN = [
    Case((["a"], ""), note="empty message"),
    Case(([], ""), note="no stems and an empty message"),
    Case((["cat"], "cat"), note="a single word equal to the only stem"),
    Case((["cat"], "ca"), note="a stem longer than the word does not fit"),
    Case((["cat", "catalog"], "catalogue cat ca"), note="longer and shorter stems"),
    Case((["catalog", "cat"], "catalogue catalog"), note="the longer stem listed first"),
    Case((["ship", "ship", "sh", "sh"], "shipment shy ship"), note="repeated stems"),
    Case((["end", "ing"], "ending bending singing ingot"),
         note="stems inside or at the end of a word do not fit"),
    Case((["b"], "abba baba bab b a"), note="one-letter stem"),
    Case((list(LETTERS), "every word shrinks to its first letter"),
         note="every single letter is a stem"),
    Case((["x" * 30, "x" * 29], "x" * 30 + " " + "x" * 29 + " " + "x" * 28),
         note="the longest stems and words"),
    Case((["y" * 30], "y" * 30 + " " + "y" * 29), note="a 30-letter stem that only one word fits"),
    Case((["q", "qu", "quo"], "quota quorum qua q"), note="a word equal to the shortest stem"),
    Case((["zz", "z"], "z z zz zzz"), note="repeated words"),
    Case((["more", "mo", "m"], "m mo more moreover"), note="every word shortens to m"),
    Case((["pre", "prefix"], "pre prefix prefixes pr"), note="words at and below the stems"),
    Case(_large(_rng, 10**4, 4, 30, 1, 30, "abcd"),
         note="largest: deep stems over four letters, long words"),
    Case(_large(_rng, 10**4, 6, 30, 1, 5, LETTERS),
         note="largest: short words, almost none fits"),
    Case(_large(_rng, 10**4, 1, 3, 1, 12, "abcdefgh"),
         note="largest: short stems that fit most words"),
    Case((["a" * k for k in range(30, 0, -1)] * 300, _message(_rng, 10**6, 25, 30, "a")),
         note="largest: nested stems of a, listed longest first"),
]


def generate(rng):
    alphabet = rng.choice(["ab", "abc", LETTERS[:6], LETTERS])
    stems = [_word(rng, 1, rng.choice([3, 8, 30]), alphabet)
             for _ in range(rng.randint(0, rng.choice([10, 2000])))]
    limit = rng.choice([0, 200, 20_000, 200_000])
    return stems, _message(rng, limit, 1, rng.choice([4, 12, 30]), alphabet)


_text = st.text(alphabet="abc", min_size=1, max_size=5)


def arguments():
    return st.tuples(st.lists(_text, max_size=6),
                     st.lists(_text, max_size=8).map(" ".join))


def invariant(args, result):
    _, message = args
    if not isinstance(result, str):
        return "return a string"
    if len(result.split(" ")) != len(message.split(" ")):
        return "the message must keep its number of words"
    return None


def scale(rng, n):
    """n stems and n words: checking every stem against every word grows like n^2."""
    stems = [_word(rng, 6, 12, LETTERS) for _ in range(n)]
    return stems, " ".join(_word(rng, 3, 8, LETTERS) for _ in range(n))
