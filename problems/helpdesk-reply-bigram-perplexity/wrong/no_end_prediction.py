# verdict: Wrong Answer
# Adds </s> to the training sentences but never predicts it in the test sentences (and
# skips empty test sentences, which then predict nothing).
import math
from collections import Counter


def bigram_perplexity(train, test, k):
    pairs, history, words = Counter(), Counter(), set()
    for sentence in train:
        words.update(sentence)
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            pairs[v, w] += 1
            history[v] += 1
    V = len(words) + 2
    log_sum, n = 0.0, 0
    for sentence in test:
        tokens = ["<s>", *sentence]
        for v, w in zip(tokens, tokens[1:]):
            log_sum += math.log((pairs[v, w] + k) / (history[v] + k * V))
            n += 1
    return math.exp(-log_sum / n) if n else 1.0
