"""Health context read from a column's values when no header says it (issue 11, :func:`core.pii.health.health_context`).

A clinic that keeps its patient register in a stock app (``sku`` = folder number, ``tags`` = conditions, ``tax_code``
= blood group) shows no health word in any header; its values show it. A column shows health context by its values
when it holds:

* **conditions, treatments and clinical findings** (:func:`clinical_terms`): free text or tags where
  :data:`TERM_SHARE` of the cells or more name a disease (``epilepsy``, ``Diabète``, ``paludismo``), a medicine
  (``metformin``, ``amoxil``), a clinical abbreviation (``HTN``, ``DM2``, ``ART``, ``URTI``) or a dose or lab unit
  (``500 mg``, ``11.2 mmol/L``, ``120/80 mmHg``), with :data:`TERMS_DISTINCT_MIN` different terms or more, one of
  them a disease, a medicine or a unit (an abbreviation alone is too ambiguous: ``ANC`` is also a party, ``ART``
  art, ``TB`` terabytes);
* **blood groups** (:func:`blood_groups`): nine in ten cells an ABO group with its Rhesus sign (``O+``, ``AB-``,
  ``A Rh+``, ``B pos``), three groups or more (a plain ``A``/``B``/``O`` is a grade) — weak evidence, as a club's
  or an employer's emergency data holds them too: only beside another weak sign (``doctor``, ``ward``);
* **facility names in other languages and scripts** (:data:`FACILITY_STEMS`: ``больница``, ``مستشفى``, ``医院``,
  ``Bệnh viện``) on half the cells, added to the facility words of :mod:`core.pii.health`.

Words are folded (accents off, lower case) and read whole; a bare proper name of a hospital (``Parirenyatwa``) is
no evidence on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

#: Diseases and conditions (several languages, accents folded). Words with an everyday sense are left out
#: (``stroke``, ``depression``, ``aids``, ``cancer`` the zodiac sign, ``fracture``).
DISEASE_WORDS = frozenset(
    "diabetes diabetic diabete diabetique diabetico diabetica diabetiker hypertension hypertensive hipertension "
    "hipertensao ipertensione bluthochdruck hypertonie asthma asthmatic asthme asma epilepsy epileptic epilepsie "
    "epilepsia epilessia malaria paludisme paludismo tuberculosis tuberculose tuberculosi tuberkulose hiv "
    "pneumonia neumonia pneumonie pneumonite polmonite lungenentzundung bronchitis bronquitis bronchite influenza "
    "covid covid19 hepatitis hepatite epatite cirrhosis cirrose cirrosis zirrhose angina arrhythmia arritmia "
    "anaemia anemia anemie anamie sickle thalassemia thalassaemia arthritis artritis arthrite artrite arthrose "
    "osteoarthritis osteoporosis osteoporose dementia demenz demence alzheimer alzheimers parkinson parkinsons "
    "schizophrenia schizophrenie esquizofrenia bipolar autism autismus autismo adhd migraine migrana emicrania "
    "obesity obesidad obesite adipositas cholera colera typhoid tifoidea typhus measles sarampion rougeole masern "
    "mumps rubella polio tetanus diphtheria pertussis dengue zika ebola syphilis sifilis gonorrhoea gonorrhea "
    "chlamydia herpes hpv eczema ekzem psoriasis dermatitis glaucoma glaukom cataract catarata gout gicht lupus "
    "sepsis appendicitis gastritis gastroenteritis diarrhoea diarrhea diarrhee diarrea colitis crohn celiac "
    "coeliac copd emphysema hypothyroidism hyperthyroidism hypothyreose cardiomyopathy neuropathy nephropathy "
    "retinopathy preeclampsia eclampsia miscarriage infertility leukemia leukaemia lymphoma carcinoma melanoma "
    "tumour tumor tumeur metastasis chemotherapy radiotherapy dialysis dialyse dialisis insulinoma".split())
#: Medicines (generic names and common brands of essential medicines).
DRUG_WORDS = frozenset(
    "paracetamol acetaminophen ibuprofen aspirin amoxicillin amoxil amoxicilline amoxicilina augmentin metformin "
    "metformina insulin insuline insulina atorvastatin simvastatin rosuvastatin lisinopril enalapril amlodipine "
    "amlodipino omeprazole pantoprazole salbutamol albuterol ventolin prednisone prednisolone dexamethasone "
    "hydrocortisone warfarin heparin morphine codeine tramadol diclofenac ciprofloxacin azithromycin doxycycline "
    "cotrimoxazole septrin metronidazole flagyl ceftriaxone penicillin artemether lumefantrine coartem quinine "
    "chloroquine tenofovir efavirenz dolutegravir lamivudine zidovudine nevirapine isoniazid rifampicin "
    "levothyroxine losartan hydrochlorothiazide furosemide metoprolol atenolol bisoprolol nifedipine methyldopa "
    "oxytocin misoprostol glibenclamide gliclazide sertraline fluoxetine diazepam lorazepam haloperidol "
    "carbamazepine valproate phenytoin levetiracetam clopidogrel apixaban rivaroxaban".split())
#: Clinical abbreviations and findings: evidence only beside a disease, a medicine or a unit in the same column.
CLINICAL_ABBREVIATIONS = frozenset(
    "htn dm dm1 dm2 t1dm t2dm iddm niddm tb art arv haart anc pnc pmtct copd ckd chf cad uti urti lrti bp hb "
    "hba1c rdt ecg ekg fbc cbc esr crp bmi mmhg ncd std sti ivf nok pt ptb eptb mdr xdr ipt prep pep vl".split())
#: Dose and laboratory units after a number (``500 mg``, ``11.2 mmol/L``, ``120/80 mmHg``, ``10 IU``).
UNIT = re.compile(r"\d\s?(?:mg|mcg|µg|ug|mmol/l|mg/dl|g/dl|mmhg|iu|ui|ml/h|mg/kg|cp/ml|copies/ml)(?![a-z])", re.I)
#: Health-facility words of scripts the Latin facility words of :mod:`core.pii.health` miss (and two-word ones).
FACILITY_STEMS = ("больниц", "поликлиник", "госпитал", "клиник", "лікарн", "مستشفى", "مستوصف", "عيادة",
                  "بیمارستان", "医院", "病院", "診療所", "クリニック", "병원", "의원", "โรงพยาบาล", "अस्पताल", "νοσοκομ",
                  "בית חולים", "מרפאה", "benh vien", "rumah sakit", "puskesmas", "hastane", "sairaala", "korhaz",
                  "bolnica", "bolnice", "spital", "hospice", "sanatorio", "ambulatorium", "centro de salud",
                  "posto de saude", "centre de sante", "health post", "health center", "health centre",
                  "medical center", "medical centre", "gezondheidscentrum", "vardcentral", "terveyskeskus",
                  "cesfam")
#: Share of a column's cells that name a clinical term (:func:`clinical_terms`).
TERM_SHARE = 0.3
TERMS_DISTINCT_MIN = 2
CELLS_MIN = 5
FACILITY_SHARE = 0.5
#: An ABO group with its Rhesus factor: ``O+``, ``AB-``, ``A Rh+``, ``0 pos``, ``B negative``.
BLOOD_GROUP = re.compile(r"(?:a|b|ab|o|0)\s?(?:rh)?\s?(?:\+|-|pos|neg|positive|negative|positiv|negativ)", re.I)
BLOOD_SHARE, BLOOD_DISTINCT_MIN = 0.9, 3
_WORD = re.compile(r"[^\W\d_]+\d*")


def fold(text: str) -> str:
    """``text`` in lower case with the accents of Latin letters removed (``Diabète`` -> ``diabete``)."""
    nfkd = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _terms(text: str) -> tuple[set[str], bool]:
    """The clinical terms of one cell and whether one of them is strong (a disease, a medicine, a unit)."""
    folded = fold(text)
    words = set(_WORD.findall(folded))
    strong = words & (DISEASE_WORDS | DRUG_WORDS)
    units = {m.group(0).lstrip("0123456789 ").lower() for m in UNIT.finditer(folded)}
    return strong | units | (words & CLINICAL_ABBREVIATIONS), bool(strong or units)


def clinical_terms(texts: Sequence[str]) -> bool:
    """Whether the cells name conditions, medicines, clinical abbreviations or dose units (module docstring)."""
    if len(texts) < CELLS_MIN:
        return False
    hits, seen, strong = 0, set(), False
    for t in texts:
        terms, s = _terms(t)
        if terms:
            hits += 1
            seen |= terms
            strong = strong or s
    return strong and len(seen) >= TERMS_DISTINCT_MIN and hits >= TERM_SHARE * len(texts)


def blood_groups(texts: Sequence[str]) -> bool:
    """Whether nine in ten cells are ABO blood groups with their Rhesus sign, three groups or more."""
    groups = [t.strip().upper().replace(" ", "") for t in texts if BLOOD_GROUP.fullmatch(t.strip())]
    return len(texts) >= CELLS_MIN and len(groups) >= BLOOD_SHARE * len(texts) and len(set(groups)) >= \
        BLOOD_DISTINCT_MIN


def facility_stems(texts: Sequence[str]) -> bool:
    """Whether half the cells or more name a health facility by a word of :data:`FACILITY_STEMS`."""
    if not texts:
        return False
    stems = [fold(s) for s in FACILITY_STEMS]
    return sum(any(s in fold(t) for s in stems) for t in texts) >= FACILITY_SHARE * len(texts)


def health_values(texts: Sequence[str]) -> bool:
    """Whether a column's cells show health context on their own: clinical terms or facility names (blood groups are
    weaker evidence, :func:`core.pii.health.health_context` asks for another beside them)."""
    return clinical_terms(texts) or facility_stems(texts)
