"""Transformation by example: ``synthesize(examples, input_names, input_types)`` -> DSL pipeline.

    from core.mapping.synth import synthesize
    res = synthesize([(["5551234567"], "(555) 123-4567"), (["212.555.0199"], "(212) 555-0199")],
                     ["phone"], {"phone": "string"})
    res.pipeline        # dsl.models.Pipeline, inputs ["phone"], output "out" (None when nothing fits)
    res.solved_all      # the engine reproduces every example
    res.candidates      # ranked alternatives (score, examples_passed, cost)

How it works (modules): ``atoms`` (views, token-class selectors), ``guided`` (selectors learned
from where the outputs sit in the inputs: output shape, literal left context, k-th delimiter),
``flashfill`` (FlashFill positions: token-context chains from the start or the end, keyword
contexts, stop characters learned from every example, each one ``regex_extract`` pattern),
``transforms``/``chains`` (case, padding, months in six languages, lexicons, numbers, masking,
transliteration, text pipelines), ``numexpr``/``radix`` (arithmetic over a row's numbers with
fitted and snapped coefficients, mixed units, floor/modulo digits of durations, bands),
``search`` (joint best-first search over the examples' outputs, atom pool), ``switch`` (shape
switch and ordered coalesce cover), ``plans``/``emit`` (Python evaluation and DSL emission),
``conversions``/``numerals``/``hexgroups`` (whole-value conversions with the DSL 1.4 ops: list sort
and dedupe, every match of a token pattern, hex, byte groups, Unix time, Roman numerals, NFKC;
engine-confirmed candidates ranked with the others), ``v16_conversions`` (DSL 1.6 number words both ways; bit,
positional and one-bit flags), ``dateparts`` (DSL 1.6 ``date_part`` templates: weekday names, ISO weeks,
quarters, days of the year between literal text), ``wordwise`` (initials and acronyms, small words skipped),
``legacy`` (COBOL overpunched zoned decimals, Japanese era dates), ``synthesize`` (orchestration), ``keyed`` (numbers
named by their unit word, absent = 0: durations with varying parts), ``joins`` (inputs joined skipping
empty ones), ``columns`` (column ranges of fixed-width records, fill padding), ``priors`` (generality
priors: untested choices cost more), ``occam`` (memorising plans refused), ``tables`` (abbreviation tables learned
field by field and word by word, whole factors named by words, a character class shifted by one code point).
Session 14 added (``dev_b9/FAMILIES.md``): vocabulary lexicons (weekdays in twelve languages as ISO numbers, log
levels, traffic-light status) and month names of eight more languages, a lexicon form in another case followed by a
case op (``chains``); oil barrels, hectolitres and bushels in the unit tables; weighted sums with everyday weights
whose outputs are rounded and pin them (``weights``); fixed decimals of a number written with fewer (``chains``); the
head of a fixed-length identifier (``idtokens``, now tried beside the other families); ``marks`` (combining marks
deleted: every point of Hebrew, Arabic, Syriac, elsewhere only the marks shown), ``worded_days`` (a date moved by
days written in words in one grammar, beside ``datemath``) and ``joinruns`` (every run of one character class
joined by one separator; a letter outside the class gives null); two-letter weekdays by the examples' language
(``weekday_readings``).
Session 13 added (``dev_b8/FAMILIES.md``): ``unit_readings`` (more units, a unit's second reading chosen by its
column, thousands groups, vulgar fractions, for ``unitcols``), ``particles`` (title case with the small words and word
heads the examples write otherwise), ``datelayouts`` (dates in mixed layouts read token by token, month names of the
lexicon, two-digit years, compact digits), ``meridiem`` (12-hour clocks with AM/PM, 午前/午後, 오전/오후 in
``numslots``), Cyrillic and Greek look-alikes folded to Latin (``chartables``), keyword fields in either case
(``keywords``), and Unicode upper/lower case alone as a chain.
Session 12 added (``dev_b7/FAMILIES.md``): ``keytables`` (a code inside a value looked up in a table learned from
the examples, the rest found by a second search on the rewritten inputs: ``synthesize._keyed``), ``chartables``
(letter variants closed under case, invisible format characters), ``numslots`` (numbers in order into a fixed
template, an absent one zero), ``idtokens`` (a fixed-length identifier anywhere in a link), ``keyedall`` (every value
after a key, joined), ``regroup`` (letters and digits into the outputs' fixed groups), ``brackets`` (bracket content
of either width), ``keywords`` (the text after a keyword to its stop), Latin Extended Additional in the ASCII fold,
the typographic minus folded, mixed units in the shortest form with line speeds and rates, keyed amounts with a
decimal comma, Thai honorifics; a single program found on folded or rewritten inputs beats a per-shape plan.
Session 11 added (``dev_b6/FAMILIES.md``): ``scripts`` (digits of other scripts folded to ASCII before a second
search), ``unitcols`` (mixed units of one dimension to one unit, inverse units such as ``l/100 km``), ``registers``
(signed two's-complement and little-endian hex payloads), ``decoding`` (quoted fields, UTF-8 mojibake,
percent-encoding), ``packed_degrees`` (NMEA ``ddmm.mmmm`` with a hemisphere), ``exponents`` (significant digits times
``10^digit``), arithmetic atoms for a quotient by a square and rounding to an everyday step, unit-table constants in
products and quotients, minor units shifted to any number of decimals as text, and case without accents.
Session 10 added (``dev_b5/FAMILIES.md``): Unicode title case (DSL 1.8 ``title_case``, the ``title`` transform),
``masks`` (padding with a fill, digits zero-padded into a mask), ``factor_keys`` (a factor named by another column;
minor units with the decimals named by it), ``money`` (currency signs as ISO codes, amounts in either notation),
``flags`` (a value below / inside / above a range), ``julian`` (ordinal dates), mixed epoch units, day numbers with a
time fraction, keyed fields in zero-padded slots, powers of ten as factors, initials with the surname kept, output
shapes across a case change, and two ranking rules (``priors.mixed_slice``; digits every input writes are read).
Session 9 added (``dev_b4/FAMILIES.md``): ``views`` (the views an atom reads, now with every Unicode space as one
space and clock times as minutes), ``known_units`` (conversion factors of units outside the DSL table, for a unit
word the input writes), ``deletions`` (an optional delimited head/tail or learned literal prefixes removed),
``unicase`` (Unicode case, locale letters learned from the examples), a fitted radix, Greek and Cyrillic letters,
and ranking rules for what the examples did not test. Session 8 added to the search: numbers inside text read with
their decimal comma (the ``num_txt`` view), a field found by its key in a long value and reshaped inside it
(``sub:`` views, :func:`fields.field_pattern`), products of three numbers, percent rates, bands and remainders of a
difference, totals of a list, mixed-radix fields and two-digit years (``composed``), and ranking by exactness
(``exactness``: a fit that needs rounding ranks after an exact one). The families covered:
``assets_config/golden_synth/dev/FAMILIES.md`` (and ``dev_b3/FAMILIES.md`` for session 8).

Generalisation (of the programs that fit the examples, the one that also fits other rows): literal
contexts are the shortest suffix that finds every output, plus the key word before it (``" ([^ ]+)``
not ``/1.1" ([^ ]+)``; ``name": "``); a last field does not require its delimiter; a letter run whose
class boundary no example tests yields to the delimited field; digits an arithmetic piece gives
alike in every example cost as the constant they are; a conditional plan whose one-example branch
copies its input or fits ``x + c`` memorises (dropped: a hold); shapes down to run lengths separate
the layouts of fixed-format codes. ``synthesize(..., unlabeled=rows)`` takes the column's other input
values (never outputs): of programs alike on the examples, the one that reads more inputs shaped
like the examples wins (``Candidate.unlabeled_covered``).

Conventions: an expected output ``None`` means null; ``""`` means an empty string, produced
by a final fallback branch for rows no program covers (so "empty when absent" tasks work).
Pipelines declare the oldest DSL version whose ops they use (1.0.0, 1.2.0, 1.3.0 for ``floor``,
1.4.0 for the conversions, 1.5.0 .. 1.8.0 for the families using those ops; title case is 1.8.0). Contradictory
examples raise :class:`ContradictoryExamples` (indexes of the pairs; values never echoed).
The search is deterministic; ``budget_ms`` bounds its time (a safety net: work is bounded too).
"""

from core.mapping.synth.errors import BadExamples, ContradictoryExamples
from core.mapping.synth.models import Candidate, SynthResult
from core.mapping.synth.synthesize import synthesize

__all__ = ["BadExamples", "Candidate", "ContradictoryExamples", "SynthResult", "synthesize"]
