#!/usr/bin/env python3
"""Generate a synthetic news corpus for `claimtracker import` throughput runs.

Deterministic (seeded), no third-party packages. Each article is a few hundred words of wire-style copy:
direct quotes, reported speech, anonymous sourcing, denials and the reporter's own voice, with unique
details so no two texts hash the same. Mostly .txt with a NAME.json metadata sidecar; a share of
Markdown and HTML pages (with navigation, ads and comments around the article) exercise the other readers.

    python3 tests/load/generate-corpus.py OUT_DIR [--count 10000] [--seed 42]
"""
import argparse
import html
import json
import os
import random

FIRST = ["Maria", "Omar", "Lena", "Kenji", "Aisha", "Pavel", "Sofia", "Daniel", "Ingrid", "Tariq", "Chen", "Fatima",
         "Lucas", "Amara", "Jonas", "Priya", "Mateo", "Yara", "Henrik", "Nadia"]
LAST = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Alvarez", "Brennan", "Kowalski", "Mensah",
        "Rossi", "Petrov", "Nakamura", "Osei", "Dubois", "Silva", "Larsen", "Karimi", "Walsh", "Costa"]
ROLES = ["foreign ministry spokesman", "Finance Minister", "Senator", "union leader", "police chief", "Governor",
         "health minister", "opposition leader", "central bank governor", "mayor"]
BODIES = ["the interior ministry", "the central bank", "the electoral commission", "Reuters", "local officials",
          "the army", "the World Health Organization", "the port authority", "the state broadcaster", "the prosecutor's office"]
VERBS = ["said", "told reporters", "warned", "argued", "added", "noted", "insisted", "claimed", "stressed", "acknowledged"]
TOPICS = [
    "the new budget would cut spending on roads by {n}.{m} percent",
    "talks with the neighbouring government had stalled over water rights",
    "the suspects were allegedly planning to leave the country",
    "prices for bread and fuel rose sharply last month",
    "the bridge would reopen after inspections were completed",
    "nobody had been charged in connection with the fire",
    "{n} people had been evacuated from the flooded districts",
    "the ceasefire had held for {n} days despite sporadic shelling",
    "the vaccine programme would reach {n}0,000 people by the end of the year",
    "the factory would close in {month}, costing about {n}00 jobs",
    "turnout in the regional election was {n}{m} percent",
    "the company had paid {n}.{m} million dollars in fines since 20{m}{n}",
]
VOICE = [
    "The city council met on Tuesday to discuss the plan.",
    "Thousands of people marched through the capital on Saturday.",
    "The agreement was signed in Geneva in Feb. 2021 after months of talks.",
    "Mr. Brown and Gen. Ortiz arrived at No. 10 shortly before noon.",
    "Heavy rain has fallen across the region since Thursday.",
    "The report, published on Monday, runs to more than 300 pages.",
    "Shares in the company fell 4 percent in early trading.",
    "The vote is expected before parliament breaks for the summer.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
OUTLETS = ["Harbour Times", "The Northern Ledger", "Capital Wire", "Valley Courier", "Metro Daily"]
PLACES = ["Ankara", "Lisbon", "Nairobi", "Oslo", "Lima", "Manila", "Warsaw", "Accra", "Hanoi", "Quito"]


def clause(r):
    return r.choice(TOPICS).format(n=r.randint(1, 9), m=r.randint(0, 9), month=r.choice(MONTHS))


def cap(s):
    return s[:1].upper() + s[1:]


def paragraph(r, name, surname):
    c = clause(r)
    kind = r.randrange(9)
    if kind == 0:
        return f'"{cap(c)}, and we will not accept it," {r.choice(ROLES)} {name} said on {r.choice(["Monday", "Tuesday", "Friday"])}.'
    if kind == 1:
        return f"{cap(r.choice(BODIES))} said that {c}."
    if kind == 2:
        return f"{cap(c)}, according to {r.choice(BODIES)}."
    if kind == 3:
        return (f"{name}, a spokesman for {r.choice(BODIES)}, {r.choice(VERBS)} that {c}. "
                f'"We are watching closely," he said. "Nothing is decided."')
    if kind == 4:
        return f"A senior official, who spoke on condition of anonymity because they were not authorized to speak publicly, said {c}."
    if kind == 5:
        return f"{r.choice(VOICE)} {r.choice(VOICE)}"
    if kind == 6:
        return f'{surname} denied the "baseless" allegations, saying {c}.'
    if kind == 7:
        return f"In a statement, {r.choice(BODIES)} said {c}, adding that further details would follow."
    return f'"{cap(c)}," {name} told the {r.choice(OUTLETS)}. "People deserve to know."'


def article(r, index):
    place = r.choice(PLACES)
    people = [(f"{r.choice(FIRST)} {r.choice(LAST)}") for _ in range(3)]
    lead = f"{place.upper()} (Wire) — Officials in {place} confirmed on day {index % 28 + 1} that {clause(r)}."
    paras = [lead]
    for _ in range(r.randint(8, 16)):
        name = r.choice(people)
        paras.append(paragraph(r, name, name.split()[1]))
    # A unique closing line keeps every text's hash distinct, as real articles are.
    paras.append(f"Reporting by {r.choice(people)}; editing by desk {index:05d}.")
    title = f"{place}: {cap(clause(r))}"[:120]
    return title, paras


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    r = random.Random(args.seed)
    words = 0
    for i in range(args.count):
        folder = os.path.join(args.out, f"{i // 1000:02d}")
        os.makedirs(folder, exist_ok=True)
        title, paras = article(r, i)
        words += sum(len(p.split()) for p in paras)
        outlet = r.choice(OUTLETS)
        date = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(6, 22):02d}:00:00Z"
        base = os.path.join(folder, f"article-{i:05d}")
        share = i % 20
        if share == 0:
            with open(base + ".html", "w", encoding="utf-8") as f:
                f.write(html_page(title, paras, outlet, date, i))
        elif share == 1:
            with open(base + ".md", "w", encoding="utf-8") as f:
                f.write(f"# {title}\n\n" + "\n\n".join(paras) + "\n")
        else:
            with open(base + ".txt", "w", encoding="utf-8", newline="\r\n" if share == 2 else "\n") as f:
                f.write("\n\n".join(paras) + "\n")
            with open(base + ".json", "w", encoding="utf-8") as f:
                json.dump({"title": title, "outlet": outlet, "byline": f"By {r.choice(FIRST)} {r.choice(LAST)}",
                           "url": f"https://news.example/{i}", "publishedAt": date, "language": "en"}, f)
    print(f"{args.count} articles, {words} words, in {args.out}")


def html_page(title, paras, outlet, date, i):
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} | {e(outlet)}</title>
<meta property="og:title" content="{e(title)}"><meta property="og:site_name" content="{e(outlet)}">
<meta property="article:published_time" content="{date}"><meta name="author" content="Desk {i:05d}">
<link rel="canonical" href="https://news.example/{i}"><script>window.ads = [];</script></head>
<body><nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<div class="ad-banner">Advertisement</div>
<main><article><h1>{e(title)}</h1>{body}</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Markets slide</a></li><li><a href="/b">Storm warning</a></li></ul></aside></main>
<section id="comments" class="comments"><div class="comment">First!</div></section>
<footer>© {e(outlet)}</footer></body></html>
"""


if __name__ == "__main__":
    main()
