# verdict: Time Limit Exceeded
# Correct, but checks every stem against every word: O(words * stems).
def shorten_message(stems, message):
    out = []
    for word in message.split(" "):
        best = word
        for stem in stems:
            if len(stem) < len(best) and word.startswith(stem):
                best = stem
        out.append(best)
    return " ".join(out)
