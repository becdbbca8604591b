# verdict: Wrong Answer
# Lets an apostrophe or hyphen join without checking what follows, so "rock'" and "well--"
# keep their trailing marks.
import re


def tokenize(text):
    word = r"[a-z0-9]+(?:['-]+[a-z0-9]*|(?<=[0-9])\.(?=[0-9])[a-z0-9]+)*"
    return re.findall(word + r"|\S", text.lower())
