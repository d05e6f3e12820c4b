"""Dates of a person's care in a table of health data (issue 11, HIPAA's dates "directly related to an individual").

A date names an event of the record (:mod:`core.pii.events`: created, paid, enrolled, registered) or of the person.
One word is both: *enrolment* is a sign-up in a course table and the start of a person's care in an antenatal
programme; *alta* a customer's sign-up and a patient's discharge; a bare ``date`` or ``eventDate`` of a tracker is
a visit. So the table decides: in a table whose **other** columns (or its name) show health context
(:func:`health_context`: patients, diagnoses and clinical codes, medication, allergies, symptoms, insurance,
pregnancy and antenatal care, wards, clinics and hospitals, a tracker's tracked entities), every date or timestamp
whose header names no event of the record's own storage (:func:`care_date_column`: :data:`RECORD_WORDS`, created,
updated, stored, synced, a message's time) is the person's own health data and stays masked (:func:`care_dates`),
whatever other rule cleared it (an event word, a system's stamp to the second). A header naming a step of care
(:func:`care_date_header`: enrolment, admission, discharge, visit) is one even beside a record word. Dates of the
record (``created``, ``lastUpdated``, a message's time) stay business data in the same table; a course's or a
school's enrolment date (no health context) stays cleared.

Evidence of health context, each from one column other than the date's own:

* a header or table-name word of :data:`HEALTH_WORDS` (a patient, a diagnosis, ICD / CIE codes, a ward, a clinic,
  pregnancy, antenatal care, a midwife; a DHIS2 tracked entity), or two different words of :data:`WEAK_WORDS`
  (``ward`` is also an electoral ward, ``doctor`` a title);
* values naming health facilities (:func:`facility_names`: ``Chileka Health Centre``, ``Klinikum Nord``) on half
  the cells;
* ICD-10 codes (:func:`icd_codes`: ``O09.9``, ``Z34.0``, ``E119``, ``U071``; some with their subcategory);
* values naming conditions, medicines, clinical abbreviations or dose units, or facilities in other languages and
  scripts (:func:`core.pii.health_values.health_values`), when no header says it; blood groups
  (:func:`core.pii.health_values.blood_groups`: a club or an employer keeps them too) count as one weak word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.pii.decision import ColumnDecision
from core.pii.detect import ValueProfile
from core.pii.health_values import blood_groups, health_values
from core.pii.shape import cell_text

#: Header and table-name words that show health data on their own (several languages, accents folded).
HEALTH_WORDS = frozenset(
    "patient patients patienten patientin patiente paciente pacientes paziente pazienti patienter pasien "
    "diagnosis diagnoses diagnose diagnostic diagnostico diagnostique diagnosi icd icd10 cie cie10 cid10 mkb "
    "clinic clinics clinical clinica clinicas clinique klinik kliniken klinikum kliniek polyclinic policlinica "
    "policlinico poliklinik poliklinika hospital hospitals hopital krankenhaus ziekenhuis sjukhus sykehus szpital "
    "nemocnice ospedale hospitalisation hospitalization hospitalizacion internacion internacao "
    "pregnancy pregnant pregnancies gravida gravidity parity gestation gestational gestacion gestacao embarazo "
    "embarazada gravidez schwangerschaft grossesse gravidanza zwangerschap antenatal prenatal anc pmtct lmp edd "
    "trimester midwife midwives partera hebamme tracked tei mrn triage hiv cd4 vload viral antiretroviral "
    "vaccine vaccines immunization immunisation "
    # fix round (session 10): medicine, health, allergies, symptoms, insurance, health records
    "medical medicine medicines medication medications medicament medicaments medicamento medicamentos medikament "
    "medikamente farmaco farmacos drug drugs prescription prescriptions prescribed health healthcare gesundheit "
    "salud saude sante sanitario sanitaria allergy allergies allergic alergia alergias allergie allergien "
    "symptom symptoms symptome sintoma sintomas insurance insured insurer krankenkasse krankenversicherung "
    "versicherung versichert ehr emr phr encounter encounters maternity maternidad disease diseases illness "
    "krankheit enfermedad doenca maladie malattia dx diag blood bmi vitals pathology radiology oncology "
    "cardiology pediatric paediatric psychiatric surgical inpatient outpatient".split())
#: Words that show health data only with another of them (``ward`` is also an electoral ward).
WEAK_WORDS = frozenset("ward wards doctor doctors physician nurse nurses medico medecin arzt "
                       "treatment therapy dose dosage".split())
#: Non-Latin stems of :data:`HEALTH_WORDS` looked for in the raw header (Cyrillic, Greek, Japanese, Chinese, Korean).
HEALTH_STEMS = ("пациент", "диагноз", "больниц", "поликлиник", "беремен", "рецепт", "ασθεν", "διαγνω",
                "患者", "診断", "病院", "病名", "妊娠", "病院", "환자", "진단", "병원")
#: Header words naming a step of a person's care (a date under one in a table of health data is the person's own).
CARE_WORDS = frozenset(
    "enrollment enrolment enrolled enrol enroll enrdt enrldt admission admissions admitted admit admdt "
    "discharge discharged disdt dschdt visit visits visdt visita visitas visite besuch diagnosis diagnosed dx dxdt "
    "vaccination vaccinated vaccine immunization immunisation vacuna vacunacion impfung appointment appt cita "
    "turno rdv rendezvous consultation consulta consult incident onset ingreso egreso alta aufnahme entlassung "
    "sortie hospitalisation hospitalization internacion internacao opname ontslag".split())
#: Non-Latin stems of :data:`CARE_WORDS` (admission, discharge, visit, vaccination, diagnosis, appointment).
CARE_STEMS = ("поступлен", "госпитализ", "выписк", "визит", "прием", "приём", "вакцин", "прививк", "диагноз",
              "入院", "退院", "受診", "診断", "予約", "接種", "입원", "퇴원", "진료", "접종", "就诊", "出院")
#: Header words naming an event of the record's own storage, not of the person (created, updated, a message's time).
RECORD_WORDS = frozenset(
    "created create creation updated update lastupdated modified modification changed change stored store saved "
    "synced sync synchronised synchronized imported import exported export loaded load inserted insert deleted "
    "delete message messages msg sent received logged log ingested processed extracted extract snapshot etl audit "
    "entered edited erstellt angelegt geaendert geandert aenderung creado actualizado modificado criado atualizado "
    "alterado cree modifie creato modificato aggiornato aangemaakt gewijzigd erdat aedat cpudt".split())
#: Stems of :data:`RECORD_WORDS` looked for in compounds and non-Latin headers (``Erstelldatum``, ``作成日``).
RECORD_STEMS = ("erstell", "geaender", "lastupdat", "作成", "更新", "создан", "обновл", "изменен")
#: Words in the value of a health facility's name.
FACILITY_WORDS = frozenset(
    "hospital hospitals clinic clinica clinique klinik klinikum kliniek polyclinic policlinica poliklinika "
    "dispensary dispensaire maternity maternidad krankenhaus hopital ospedale ziekenhuis sjukhus sykehus "
    "szpital nemocnice sanatorium infirmary surgery".split()) | {"health"}
FACILITY_MIN = 0.5
_ICD10 = re.compile(r"[A-Z]\d{2}(?:\.?\d{1,4}[A-Z]?)?")
ICD_MIN, ICD_DOTTED_MIN, ICD_DISTINCT_MIN = 0.8, 0.3, 5
#: Header words under which ICD-10 codes written without their dot (``E119``) count (:func:`icd_codes`).
ICD_HEADER_WORDS = frozenset("dx diag diagnosis diagnoses diagnostic diagnostico icd icd10 cie cie10 cid cid10 "
                             "condition conditions morbidity cause".split())
#: Value kinds of a date of care.
DATE_KINDS = frozenset({"date", "timestamp"})


def _tokens(text: str | None) -> set[str]:
    from core.vocab.tokens import split_tokens

    return {t for t in split_tokens(text or "") if not t.isdecimal()}


def header_health(header: str | None) -> int:
    """How strongly one header or table name shows health data: 2 for a word of :data:`HEALTH_WORDS` (or a stem of
    :data:`HEALTH_STEMS`, or ``tracked entity``), else the number of different :data:`WEAK_WORDS` in it."""
    tokens = _tokens(header)
    low = (header or "").casefold()
    if tokens & (HEALTH_WORDS - {"tracked"}) or {"tracked", "entity"} <= tokens or any(s in low for s in HEALTH_STEMS):
        return 2
    return len(tokens & WEAK_WORDS)


def facility_names(texts: Sequence[str]) -> bool:
    """Whether half the cells or more name a health facility (a word of :data:`FACILITY_WORDS`)."""
    if not texts:
        return False
    return sum(bool(_tokens(t) & FACILITY_WORDS) for t in texts) >= FACILITY_MIN * len(texts)


def icd_codes(texts: Sequence[str], *, undotted: bool = False) -> bool:
    """Whether the cells are ICD-10 codes: eight in ten of the ICD-10 form (``U`` codes too), five distinct codes or
    more, three in ten written with their dotted subcategory (``O09.9``: seat numbers and grid cells have none), or,
    with ``undotted`` (a header naming a diagnosis: :data:`ICD_HEADER_WORDS`), without the dot (``E119``; product
    and vehicle numbers of the same shape are no diagnosis under their own headers)."""
    codes = [t.upper() for t in texts if _ICD10.fullmatch(t.upper())]
    sub = (lambda c: len(c.replace(".", "")) > 3) if undotted else (lambda c: "." in c)
    return (len(texts) > 0 and len(codes) >= ICD_MIN * len(texts) and len(set(codes)) >= ICD_DISTINCT_MIN
            and sum(sub(c) for c in codes) >= ICD_DOTTED_MIN * len(codes))


def care_date_header(header: str | None) -> bool:
    """Whether a header names a step of a person's care (:data:`CARE_WORDS`, :data:`CARE_STEMS`)."""
    low = (header or "").casefold()
    return bool(_tokens(header) & CARE_WORDS) or any(s in low for s in CARE_STEMS)


def record_date_header(header: str | None) -> bool:
    """Whether a header names an event of the record's own storage (:data:`RECORD_WORDS`, :data:`RECORD_STEMS`)."""
    from core.vocab.tokens import split_tokens

    tokens = set(split_tokens(header or ""))
    joined = "".join(sorted(tokens))
    return bool(tokens & RECORD_WORDS) or any(s in (header or "").casefold() or s in joined for s in RECORD_STEMS)


def care_date_column(header: str | None) -> bool:
    """Whether a date or timestamp under ``header`` is a date of a person's care when its table shows health
    context: a header naming a step of care, or any header naming no event of the record (module docstring)."""
    return care_date_header(header) or not record_date_header(header)


def health_context(columns: Sequence[str], names: dict[str, str], values: dict[str, list[object]],
                   table: str | None) -> set[str]:
    """The columns that show health data (module docstring); the table's name counts as the column ``""``."""
    out: set[str] = set()
    weak: dict[str, set[str]] = {}
    for c in [*columns, ""]:
        header = table if c == "" else names.get(c) or c
        strength = header_health(header)
        if strength >= 2:
            out.add(c)
            continue
        if strength:
            weak[c] = _tokens(header) & WEAK_WORDS
        if c == "":
            continue
        texts = [t.strip() for v in values.get(c, []) if (t := cell_text(v)) is not None and t.strip()]
        if facility_names(texts) or icd_codes(texts, undotted=bool(_tokens(header) & ICD_HEADER_WORDS)) or \
                health_values(texts):
            out.add(c)
        elif blood_groups(texts):  # a club's or an employer's emergency data too: weak, as ``ward`` or ``doctor``
            weak.setdefault(c, set()).add("blood group")
    if len(set().union(*weak.values()) if weak else set()) >= 2:
        out |= set(weak)
    return out


def care_dates(decisions: list[ColumnDecision], names: dict[str, str], values: dict[str, list[object]],
               profiles: dict[str, ValueProfile], table: str | None) -> list[ColumnDecision]:
    """Mask the cleared dates of care of a table of health data (module docstring): a date or timestamp column whose
    header names no event of the record (or names a step of care), when a column other than it (or the table's name)
    shows health context."""
    candidates = [d.column for d in decisions if d.clear and profiles[d.column].kind in DATE_KINDS
                  and care_date_column(names.get(d.column) or d.column)]
    if not candidates:
        return decisions
    context = health_context([d.column for d in decisions], names, values, table)
    out = []
    for d in decisions:
        if d.column in candidates and context - {d.column}:
            d = ColumnDecision(column=d.column, clear=False, entity=None, reason=(
                "a date of the person's care (enrolment, admission, visit, any date not of the record) in a table of "
                "health data (HIPAA: dates directly related to a person)"))
        out.append(d)
    return out
