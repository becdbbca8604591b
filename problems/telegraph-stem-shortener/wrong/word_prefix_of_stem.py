# verdict: Wrong Answer
# Tests the prefix relation the wrong way round for words shorter than a stem: a word that
# is the start of a stem ("ca" for "cat") is replaced by that stem.
def shorten_message(stems, message):
    by_length = sorted(set(stems), key=len)
    out = []
    for word in message.split():
        for stem in by_length:
            if word.startswith(stem) or stem.startswith(word):
                word = stem
                break
        out.append(word)
    return " ".join(out)
