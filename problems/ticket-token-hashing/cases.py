import numpy as np

from judge.grading.authoring import Case, st


def _x(rows, width=None) -> np.ndarray:
    a = np.array(rows, dtype=np.float32)
    return a.reshape(0, width) if width is not None and a.size == 0 else a


# crc32 by hand: refund 1529615448 (% 8 = 0, % 4 = 0), late 1865031573 (5, 1),
# box 145311802 (2, 2), damaged 3704139755 (3, 3; bit 31 set), order 4113142680 (0, 0; bit 31
# set), cold 3368782342 (6, 2; bit 31 set), the 1011183078 (6, 2), c 112844655 (7, 3).
SAMPLES = [
    Case(([["refund", "late", "late"], ["box", "damaged"], []], 8, False),
         expected=_x([[1, 0, 0, 0, 0, 2, 0, 0], [0, 0, 1, 1, 0, 0, 0, 0], [0] * 8]),
         note="unsigned counts: crc32(late) % 8 = 5 and late occurs twice; an empty ticket is a zero row"),
    Case(([["refund", "order", "late", "damaged"], ["cold", "the", "c"]], 4, True),
         expected=_x([[0, 1, 0, -1], [0, 0, 0, 1]]),
         note="signed: order and damaged have bit 31 set (hash >= 2\u00b3\u00b9), so they subtract; "
              "refund +1 and order -1 share column 0 and cancel, as do cold and the in column 2"),
]

_WORDS = ["refund", "Refund", "REFUND", "late", "box", "damaged", "order", "#4521", "the",
          "naïve", "café", "über", "日本", "配送", "🙂", "📦", "", " ", "a", "1", "x-ray",
          "can't", "ÅSA", "ß"]


def _random(seed: int, n: int, max_tokens: int, vocab: int, width: int, signed: bool) -> tuple:
    rng = np.random.default_rng(seed)
    alphabet = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-#'.") + \
        list("éèüßñÅ日本語配送中🙂📦🚚")
    words = set(_WORDS)
    while len(words) < vocab:
        words.add("".join(rng.choice(alphabet, size=rng.integers(1, 31))))
    words = sorted(words)
    weights = 1 / np.arange(1, len(words) + 1)
    weights /= weights.sum()
    docs = [[str(w) for w in rng.choice(words, size=rng.integers(0, max_tokens + 1), p=weights)]
            for _ in range(n)]
    return docs, width, signed


HIDDEN = [
    Case(([], 16, True), note="no tickets: shape (0, 16)"),
    Case(([[], []], 3, False), note="tickets without tokens"),
    Case(([["refund", "late", "damaged", "order", "cold"]], 1, True),
         note="width 1: every token in the one column, signs summed (+1 +1 -1 -1 -1)"),
    Case(([["refund", "late", "damaged", "order", "cold"]], 1, False),
         note="width 1 unsigned: the token count"),
    Case(([["late"] * 1000], 5, True), note="one token repeated 1000 times"),
    Case(([["", "", " "], ["", "a"]], 6, True), note="the empty string hashes to 0"),
    Case(([["naïve", "café", "日本", "🙂", "📦", "ß"], ["cafe", "naive"]], 97, True),
         note="non-ASCII tokens are hashed from their UTF-8 bytes"),
    Case(([["Refund", "refund", "REFUND", "refund "]], 1000, False),
         note="tokens are case- and space-sensitive; width 1000 is not a power of two"),
    Case(([["order", "damaged", "cold", "café", "🙂"], ["a", "a", "b"]], 7, True),
         note="width 7 and tokens whose hash is at least 2\u00b3\u00b9"),
    Case(_random(1, 20, 30, 60, 37, True), note="small random, signed"),
    Case(_random(2, 1000, 200, 5000, 1024, True), note="largest, signed"),
    Case(_random(3, 1000, 200, 5000, 1000, False), note="largest, unsigned, width 1000"),
    Case(_random(4, 2, 1000, 30, 1, True), note="long tickets, width 1"),
]


def generate(rng):
    n = rng.randint(0, 12)
    docs = [[rng.choice(_WORDS) for _ in range(rng.randint(0, 15))] for _ in range(n)]
    return docs, rng.randint(1, 64), rng.random() < 0.5


def arguments():
    token = st.text(alphabet="abAé 日🙂", max_size=3)
    return st.tuples(st.lists(st.lists(token, max_size=6), max_size=5),
                     st.integers(1, 9), st.booleans())


def invariant(args, result):
    docs, width, signed = args
    X = result
    if not isinstance(X, np.ndarray) or X.dtype != np.float32:
        return f"the result must be a float32 numpy array, not {getattr(X, 'dtype', type(X))}"
    lengths = np.array([len(tokens) for tokens in docs], dtype=np.float64)
    sums = X.astype(np.float64).sum(axis=1) if len(docs) else lengths
    if not signed and not np.array_equal(sums, lengths):
        return "unsigned: each row must sum to the ticket's number of tokens"
    if signed and ((np.abs(sums) > lengths).any() or ((sums - lengths) % 2 != 0).any()):
        return "signed: each row sum is a sum of len(tokens) values of +1 or -1"
    return None
