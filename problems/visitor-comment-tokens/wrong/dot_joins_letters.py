# verdict: Wrong Answer
# Lets a full stop join any two letters or digits, so "e.g." becomes "e.g" and ".".
import re


def tokenize(text):
    word = r"[a-z0-9]+(?:['.-](?=[a-z0-9])[a-z0-9]+)*"
    return re.findall(word + r"|\S", text.lower())
