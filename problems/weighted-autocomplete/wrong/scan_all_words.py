# verdict: Time Limit Exceeded
# Correct, but every suggest scans all stored words: O(number of words) per call.
import heapq


class Autocomplete:
    def __init__(self):
        self.scores = {}

    def add(self, word, weight):
        self.scores[word] = self.scores.get(word, 0) + weight

    def suggest(self, prefix):
        matches = [(-s, w) for w, s in self.scores.items() if w.startswith(prefix)]
        return [w for _, w in heapq.nsmallest(3, matches)]
