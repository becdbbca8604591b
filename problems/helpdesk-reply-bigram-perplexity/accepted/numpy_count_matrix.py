import numpy as np


def bigram_perplexity(train, test, k):
    vocab = sorted({w for s in train for w in s})
    index = {w: i for i, w in enumerate(vocab)}
    start, end, unk = len(vocab), len(vocab) + 1, len(vocab) + 2
    size = len(vocab) + 3                      # rows/cols: words, <s>, </s>, <unk>
    V = len(vocab) + 2                         # <s> is never predicted

    def ids(sentence):
        return [start] + [index.get(w, unk) for w in sentence] + [end]

    counts = np.zeros((size, size))
    for sentence in train:
        t = ids(sentence)
        np.add.at(counts, (t[:-1], t[1:]), 1)
    history = counts.sum(axis=1)
    prev, nxt = [], []
    for sentence in test:
        t = ids(sentence)
        prev += t[:-1]
        nxt += t[1:]
    prev, nxt = np.array(prev), np.array(nxt)
    logp = np.log(counts[prev, nxt] + k) - np.log(history[prev] + k * V)
    return float(np.exp(-logp.mean()))
