# verdict: Wrong Answer
# Uses the raw maximum-likelihood estimate c(v, w) / c(v): an unseen bigram has probability 0
# (perplexity inf), and an unseen history gives 0/0 (nan).
import numpy as np
from collections import Counter


def bigram_perplexity(train, test, k):
    pairs, history = Counter(), Counter()
    for sentence in train:
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            pairs[v, w] += 1
            history[v] += 1
    logs = []
    with np.errstate(all="ignore"):
        for sentence in test:
            tokens = ["<s>", *sentence, "</s>"]
            for v, w in zip(tokens, tokens[1:]):
                logs.append(np.log(np.float64(pairs[v, w]) / np.float64(history[v])))
        return float(np.exp(-np.mean(logs)))
