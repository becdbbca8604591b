# verdict: Wrong Answer
# Takes the first stem in codebook order that the word starts with, not the shortest one.
def shorten_message(stems, message):
    out = []
    for word in message.split(" "):
        for stem in stems:
            if word.startswith(stem):
                word = stem
                break
        out.append(word)
    return " ".join(out)
