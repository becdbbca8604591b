# verdict: Wrong Answer
# Scores each test sentence on its own and averages the sentence perplexities.
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
    scores = []
    for sentence in test:
        tokens = ["<s>", *sentence, "</s>"]
        logs = [math.log((pairs[v, w] + k) / (history[v] + k * V))
                for v, w in zip(tokens, tokens[1:])]
        scores.append(math.exp(-sum(logs) / len(logs)))
    return sum(scores) / len(scores)
