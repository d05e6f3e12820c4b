"""Occupations under an occupation header (issue 11, session 15): a closed list of job titles shared by many people.

A person's occupation is labelled non-identifying by the golden sets' labelling policy when it is a closed vocabulary
shared by many rows (``assets_config/golden_pii/README.md``). A header alone proves nothing (a supervisor's name or a
town may sit under ``Puesto``), so :func:`occupation_vocabulary` clears a column only on header AND values together:

* the header names an occupation (the catalog domain ``person.job_title`` or a word of :data:`OCCUPATION_HEADER_WORDS`)
  and no personal data;
* the values pass the strictest vocabulary proof (:func:`core.pii.proof.vocabulary_proof` in a table of people with a
  safe header: every value on :data:`core.pii.proof.K_MIN` rows, no digit run, no login, no ``@``, no name the
  lexicons know) and hold at most :data:`DISTINCT_MAX` values of at most :data:`WORDS_MAX` words;
* most distinct values (:data:`OCCUPATION_SHARE_MIN`) hold a word of the occupation lexicon
  (:data:`OCCUPATION_WORDS`, common job words in several languages), and no value pairs such a word with a
  capitalised word after it that the lexicon does not know (``Teacher Mibel``: a person named by role); a street or a
  settlement word among the values that name no job masks the column (``core.pii.organisations.locality_values``).

Names, towns, logins, phones, ids and dates of every shape fail one of these (``tests/pii/test_occupations.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.names import fold_name
from core.pii.organisations import locality_values
from core.pii.proof import vocabulary_proof
from core.vocab.tokens import split_tokens

OCCUPATION_DOMAIN = "person.job_title"
#: Header words naming an occupation (folded tokens), beyond the catalog's aliases of ``person.job_title``.
OCCUPATION_HEADER_WORDS = frozenset(
    "occupation occu occup profession profesion profissao profissão beruf jabatan pekerjaan kazi kazini wezipe "
    "wezipesi meslek meslegi mesleği zanimanje zanimanie занятие профессия професія должность posada puesto cargo "
    "ocupacion ocupación ocupacao ocupação métier metier emploi mestiere professione beroep yrke ammatti "
    "المهنة مهنة المهنه الوظيفة وظيفة پیشه nghề nghiệp".split())
#: Common occupation words (folded) in several languages; a value holding one names a job, not a person.
OCCUPATION_WORDS = frozenset(
    # English
    "accountant administrator agent analyst architect assistant baker builder butcher captain carer carpenter cashier "
    "chef cleaner clerk consultant cook designer developer director doctor driver economist electrician employee "
    "engineer farmer fisherman guard housewife homemaker inspector journalist labourer laborer lawyer lecturer "
    "librarian machinist manager mason mechanic midwife miner nurse officer operator painter pensioner pharmacist "
    "physician pilot plumber police policeman porter programmer receptionist retired salesman scaffolder secretary "
    "servant staff student supervisor surveyor tailor teacher technician trader unemployed welder worker "
    "self-employed fixer specialist representative coordinator executive "
    # Spanish, Portuguese, Italian, French
    "abogado administrador administrativo agricultor albañil analista asistente auxiliar cajero camarero carpintero "
    "chofer cocinero comercial conductor contable contador desarrollador director empleado enfermero enfermera "
    "ingeniero jefe maestro mecánico mecanico médico medico mozo obrero operario peón peon policía policia profesor "
    "programador recepcionista responsable secretario secretaria técnico tecnico vendedor carretillero delegado "
    "estudiante jubilado pensionista desempleado ama agente gerente "
    "advogado professor enfermeiro motorista pedreiro vendedora aposentado desempregado estudante "
    "infermiere impiegato operaio insegnante "
    "agriculteur avocat chauffeur comptable cuisinier employé employe enseignant étudiant etudiant infirmier "
    "infirmière ingénieur ingenieur mécanicien mecanicien ouvrier retraité retraite vendeur chômeur chomeur "
    # German, Dutch, Nordic
    "arzt fahrer ingenieur kaufmann lehrer mechaniker rentner schüler schuler student techniker verkäufer verkaufer "
    "leraar chauffeur monteur verpleegkundige lærer larer sjuksköterska "
    # Slavic (folded Latin and Cyrillic)
    "direktor električar elektricar programer skladištar skladistar referent voditelj operater inženjer inzenjer "
    "vozač vozac učitelj ucitelj nastavnik medicinska sestra umirovljenik student "
    "директор инженер водитель менеджер экспедитор пенсионер бухгалтер врач учитель продавец студент рабочий "
    "механик электрик охранник повар строитель кассир программист юрист экономист оператор "
    # Turkish, Turkmen, Azerbaijani
    "mühendis muhendis öğretmen ogretmen şoför sofor işçi isci emekli öğrenci ogrenci memur doktor hemşire hemsire "
    "inžener inzener mugallym talyp pensioner işsiz issiz maşinist masinist sürüji suruji "
    # Malay / Indonesian, Swahili
    "guru jururawat pemandu petani nelayan pelajar pesara peniaga kerani juruteknik pegawai buruh karyawan "
    "mwalimu dereva mkulima mwanafunzi fundi muuguzi daktari mvuvi mfanyabiashara "
    # Arabic
    "مهندس طبيب معلم مدرس سائق محاسب ممرض ممرضة عامل فني كهربائي نجار حداد سباك لحام مساح مراقب مشغل موظف "
    "طالب متقاعد تاجر مدير سكرتير فلاح صياد حارس شرطي".split())
DISTINCT_MAX = 40
WORDS_MAX = 5
OCCUPATION_SHARE_MIN = 0.6
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def occupation_header(header: str, domain: str | None) -> bool:
    """Whether ``header`` names an occupation (catalog domain or a word of :data:`OCCUPATION_HEADER_WORDS`)."""
    if domain == OCCUPATION_DOMAIN:
        return True
    tokens = {fold_name(t) for t in split_tokens(header)} | set(split_tokens(header))
    return bool(tokens & OCCUPATION_HEADER_WORDS)


def _job_word(word: str) -> bool:
    folded = fold_name(word)
    return word.lower() in OCCUPATION_WORDS or folded in OCCUPATION_WORDS or any(
        part in OCCUPATION_WORDS for part in re.split(r"[-/]", word.lower()) if part)


def _value_names_job(value: str) -> bool | None:
    """True: a job title; None: no occupation word; False: a job word beside an unknown capitalised word."""
    words = _WORD.findall(value)
    first = next((i for i, w in enumerate(words) if _job_word(w)), None)
    if first is None:
        return None
    after = [w for w in words[first + 1:] if not _job_word(w)]
    if any(len(w) >= 2 and w[0].isupper() and not w.isupper() for w in after):  # ``Teacher Mibel``: a person
        return False
    return True


def occupation_vocabulary(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells under an occupation header) are a closed list of job titles (module
    docstring)."""
    values = {t.strip() for t in texts if t.strip()}
    if not values or len(values) > DISTINCT_MAX or any(len(_WORD.findall(v)) > WORDS_MAX for v in values):
        return False
    if not vocabulary_proof(texts, person_table=True, header_safe=True):
        return False
    verdicts = {v: _value_names_job(v) for v in values}
    if False in verdicts.values() or locality_values([v for v, job in verdicts.items() if not job]):
        return False  # a street or a settlement among the values that name no job: where people live
    return sum(1 for job in verdicts.values() if job) >= OCCUPATION_SHARE_MIN * len(values)
