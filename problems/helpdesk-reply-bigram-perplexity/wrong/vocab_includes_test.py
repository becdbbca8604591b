# verdict: Wrong Answer
# Builds V from the training and the test words together.
import math
from collections import Counter


def bigram_perplexity(train, test, k):
    pairs, history = Counter(), Counter()
    for sentence in train:
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            pairs[v, w] += 1
            history[v] += 1
    V = len({w for s in train + test for w in s}) + 2
    log_sum, n = 0.0, 0
    for sentence in test:
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            log_sum += math.log((pairs[v, w] + k) / (history[v] + k * V))
            n += 1
    return math.exp(-log_sum / n)
