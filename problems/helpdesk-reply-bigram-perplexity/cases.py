import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([["reset", "password"], ["reset", "account"]], [["reset", "password"]], 1.0),
         expected=24.5 ** (1 / 3),
         note="V = 3 + 2 = 5. P(reset | `<s>`) = 3/7, P(password | reset) = 2/7, "
              "P(`</s>` | password) = 2/6; N = 3, so the perplexity is (49/2)^(1/3)"),
    Case(([["hi"]], [["bye"], []], 0.5), expected=75 ** (1 / 3),
         note="V = 3. bye is `<unk>`: P(`<unk>` | `<s>`) = 0.5/2.5, P(`</s>` | `<unk>`) = "
              "0.5/1.5; the empty sentence predicts only `</s>`: 0.5/2.5. N = 3"),
    Case(([], [["any", "words"]], 2.0), expected=2.0,
         note="no training data: V = 2 and every probability is 1/2"),
]

_AGENT = ["please", "reset", "your", "password", "the", "account", "is", "locked", "we",
          "have", "sent", "a", "new", "link", "thanks", "for", "waiting", "i'm", "sorry",
          "can't", "log", "in", "order", "refund", "shipped", "today", "ticket", "closed",
          "hi", "hello", "again", "it's", "fixed", "now", "try", "app", "update", "cache"]


def _corpus(seed: int, n_train: int, n_test: int, vocab: int, max_len: int, k: float,
            unseen: float = 0.05) -> tuple:
    rng = random.Random(seed)
    words = _AGENT + [f"w{'abcdefghij'[j % 10]}{'klmnopqrst'[j // 10 % 10]}"
                      f"{'uvwxyz'[j // 100 % 6]}" for j in range(max(0, vocab - len(_AGENT)))]
    words = words[:vocab]
    weights = [1 / (j + 1) for j in range(len(words))]

    def sentence():
        n = rng.randint(0, max_len)
        out = []
        prev = rng.randrange(len(words))
        for _ in range(n):
            # a sticky chain: often the word after the previous one, so bigrams repeat
            if rng.random() < 0.5:
                prev = (prev + 1) % len(words)
            else:
                prev = rng.choices(range(len(words)), weights)[0]
            out.append(words[prev])
        return out

    train = [sentence() for _ in range(n_train)]
    test = []
    for _ in range(n_test):
        s = sentence()
        s = [f"new{'abcde'[rng.randrange(5)]}" if rng.random() < unseen else w for w in s]
        test.append(s)
    return train, test, k


HIDDEN = [
    Case(([], [[]], 1.0), note="no training data and an empty test sentence"),
    Case(([[]], [[]], 1.0), note="one empty training sentence: P(`</s>` | `<s>`) = 2/3"),
    Case(([["ok"]], [["ok"]], 1e-6), note="tiny k on a sentence seen in training"),
    Case(([["ok"]], [["no"], ["ok", "ok"]], 1e-6), note="tiny k with unseen words and bigrams"),
    Case(([["ok"], ["ok", "ok"]], [["ok", "ok", "ok"]], 10.0), note="the largest k"),
    Case(([["the", "the", "the"]], [["the", "the"], ["the"]], 0.1), note="repeated token"),
    Case(([["a", "b"], ["b", "a"]], [["zz", "yy", "xx"]], 0.3),
         note="every test word unknown: `<unk>` follows `<unk>`"),
    Case(([["refund", "today"]] * 7, [["refund", "today"]] * 3, 0.01),
         note="duplicate sentences"),
    Case(([["hello"], ["hi", "again"], [], ["hello", "hi"]],
          [["hello", "hi", "again"], [], ["bye"], ["hi"]], 0.7),
         note="several test sentences pooled into one N"),
    Case(([["x"] * 30], [["x"] * 30, ["x"]], 1.0), note="longest sentences"),
    Case(_corpus(1, 50, 20, 20, 10, 1.0), note="Laplace smoothing, small"),
    Case(_corpus(2, 300, 100, 120, 15, 0.05), note="small k, some unseen words"),
    Case(_corpus(3, 2000, 500, 1500, 30, 0.5), note="largest"),
    Case(_corpus(4, 2000, 500, 60, 30, 1e-6, unseen=0.2), note="largest, tiny k"),
    Case(_corpus(5, 2000, 500, 800, 30, 10.0, unseen=0.0), note="largest, large k"),
]


def generate(rng):
    vocab = rng.choice([["a", "b"], ["a", "b", "c", "d"], _AGENT[:12]])

    def sentence():
        return [rng.choice(vocab) for _ in range(rng.randint(0, 8))]

    train = [sentence() for _ in range(rng.randint(0, 40))]
    test = [sentence() + (["zzz"] if rng.random() < 0.2 else []) for _ in range(rng.randint(1, 15))]
    k = rng.choice([1.0, 0.5, 0.1, 1e-3, round(rng.uniform(1e-6, 10), 6)])
    return (train, test, k)


def arguments():
    token = st.sampled_from(["a", "b", "c", "d'x"])
    sentence = st.lists(token, max_size=5)
    return st.tuples(st.lists(sentence, max_size=6), st.lists(sentence, min_size=1, max_size=4),
                     st.sampled_from([1e-6, 0.01, 0.1, 0.5, 1.0, 3.0, 10.0]))


def invariant(args, result):
    train, test, k = args
    if not isinstance(result, float):
        return "return a float"
    words = {w for s in train for w in s}
    V = len(words) + 2
    worst = (len(train) * 31 + k * V) / k  # 1 / the smallest possible probability
    if not 1.0 - 1e-9 <= result <= worst * (1 + 1e-9):
        return f"a perplexity must lie between 1 and {worst}"
    return None
