"""The glossary's second file (header_terms_world.tsv) adds languages without changing a meaning the first
file (header_terms.tsv) or the abbreviation table already gives, and spells no English word as another
concept (``Gate`` is no street, ``ORD_STAT`` no country, ``Fecha hasta`` no patient)."""

from __future__ import annotations

from pathlib import Path

from core.mapping.glossary import GLOSSARY, MIN_LEN, MORE, _key
from core.vocab.tokens import ABBREVIATIONS, split_tokens

#: English words (and an ERP abbreviation) the reviewer found spelled as another concept in the second file; the
#: repo holds no general English word list, so the check below uses the glossary's and abbreviations' English
#: words plus these
ENGLISH_EXTRA = frozenset({"gate", "ten", "cod", "stat", "hasta", "cep", "taxa"})


def _senses(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        word, spellings = line.split("\t", 1)
        for s in [word, *spellings.split(";")]:
            if len(k := _key(s)) >= MIN_LEN:
                out.setdefault(k, set()).add(word)
    return out


def collisions(base: dict[str, set[str]], world: dict[str, set[str]]) -> list[tuple[str, set[str], set[str]]]:
    """Spellings of the second file that give a meaning the first file does not give them."""
    return [(k, world[k], base[k]) for k in sorted(world) if k in base and not world[k] <= base[k]]


def english_spellings(base: dict[str, set[str]], world: dict[str, set[str]]) -> list[tuple[str, set[str]]]:
    """Spellings of the second file that are English words (or abbreviations) meaning something else."""
    english = {w for v in base.values() for w in v} | ENGLISH_EXTRA
    abbr = {k: set(split_tokens(v)) for k, v in ABBREVIATIONS.items()}
    out = []
    for k, senses in sorted(world.items()):
        if k in abbr and not senses <= abbr[k] | base.get(k, set()):
            out.append((k, senses))
        elif k in english and k not in senses and not senses <= base.get(k, set()):
            out.append((k, senses))
    return out


def test_the_second_file_gives_no_spelling_a_second_meaning() -> None:
    assert collisions(_senses(GLOSSARY), _senses(MORE)) == []


def test_the_second_file_spells_no_english_word_as_another_concept() -> None:
    assert english_spellings(_senses(GLOSSARY), _senses(MORE)) == []


def test_the_checks_catch_what_the_reviewer_found(tmp_path: Path) -> None:
    """The checks fail on the lines the reviewer found (a street spelled ``gate``, a country ``stat``, a patient
    ``hasta``, a buyer that the first file reads as a customer)."""
    bad = tmp_path / "world.tsv"
    bad.write_text("street\tgade;gate\ncountry\tland;stat\npatient\tpotilas;hasta\nbuyer\tkjoper\n", encoding="utf-8")
    base, world = _senses(GLOSSARY), _senses(bad)
    assert {k for k, _, _ in collisions(base, world)} >= {"hasta", "buyer"}
    assert {k for k, _ in english_spellings(base, world)} >= {"gate", "stat"}


def _dev_headers() -> dict[str, list[tuple[str, ...]]]:
    import yaml

    from core.mapping.eval import first_record
    from core.paths import ASSETS_CONFIG

    out = {}
    for p in sorted((ASSETS_CONFIG / "golden_mapping" / "dev").iterdir()):
        if not (p / "source.csv").exists():
            continue
        heads = list(first_record(p / "source.csv"))
        doc = yaml.safe_load((p / "target.yaml").read_text(encoding="utf-8")) or {}
        heads += [str(c.get("name", "")) for c in doc.get("columns") or [] if isinstance(c, dict)]
        out[p.name] = [tuple(split_tokens(h)) for h in heads]
    return out


#: (phrase, pair) found by the check below where the phrase is older than the pair: written as general vocabulary
#: before the pair existed, so not fitted to it (each with the commit that wrote the phrase)
OLDER_THAN_THE_PAIR = {
    # Swedish/Norwegian `reg.nr` (registreringsnummer), f28742b in session 10; the pair was written blind in
    # session 13 and joined dev in session 14
    ("reg.nr", "metsamaterjal_et_to_timber_sale_wide"),
    # Czech/Slovak `rodné číslo` (birth number), f28742b in session 10; the pair was written blind in session 14 and
    # joined dev in session 15
    ("rodne cislo", "ockovanie_sk_to_immunization_wide"), ("rodné číslo", "ockovanie_sk_to_immunization_wide"),
}


def test_no_phrase_of_the_second_file_is_one_dev_pairs_header() -> None:
    """A phrase of several words that only one dev pair's headers use is that pair's answer, not vocabulary."""
    heads, found = _dev_headers(), []
    assert len(heads) >= 40
    for line in MORE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        for s in line.split("\t", 1)[1].split(";"):
            toks = tuple(split_tokens(s.replace("_", " ")))
            if len(toks) < 2 or s in ("e-mail", "e-post"):  # hyphenated single words
                continue
            pairs = [n for n, hs in heads.items()
                     if any(h[i:i + len(toks)] == toks for h in hs for i in range(len(h) - len(toks) + 1))]
            if len(pairs) == 1 and (s, pairs[0]) not in OLDER_THAN_THE_PAIR:
                found.append((s, pairs[0]))
    assert found == []


def coded_collisions(base: dict[str, set[str]], coded: Path) -> list[tuple[str, str, set[str]]]:
    """Codes of the coded-header file (whole headers) that are glossary spellings but read as none of the
    glossary's meanings of them (``SEX`` may read as sex or gender; it must not read as something else)."""
    from core.mapping.coded_headers import load_standards

    out = []
    for name, std in load_standards(coded).items():
        if std.markers:
            continue
        for code, wordings in std.codes.items():
            senses = base.get(_key(code.casefold()), set())
            meant = {w for ws in wordings for w in ws}
            if set(split_tokens(code.casefold())) <= meant:  # read as its own word (``SEX``: "Sex"): no other meaning
                continue
            if senses and not any(set(split_tokens(s.replace("_", " "))) <= meant for s in senses):
                out.append((name, code, senses))
    return out


def test_the_coded_header_file_gives_no_glossary_spelling_another_meaning(tmp_path: Path) -> None:
    from core.mapping.coded_headers import CODED

    base = _senses(GLOSSARY) | _senses(MORE)
    assert coded_collisions(base, CODED) == []
    bad = tmp_path / "codes.tsv"
    bad.write_text("std\tPRICE\tstudy identifier\nstd\tAGE\tage\n", encoding="utf-8")
    assert [c for _, c, _ in coded_collisions(base, bad)] == ["PRICE"]
