"""A few organisations named in many languages and scripts (issue 11, session 11 precision work).

:func:`core.pii.value_tests.organisation_vocabulary` clears a small repeated vocabulary of organisations when three in
five of its values carry a legal form or an organisation word of :data:`core.pii.names.COMPANY_MARKERS` (English and
legal forms). Tables of people name the bank a benefit is paid to, the insurer, the pharmacy, the clinic, the courier
or the shop of an order in their own language (``Hakrinbank``, ``Seguros Horizonte Andino``, ``Arabkir Polyclinic``,
``顺丰速运``, ``국민은행``, ``املاک آرمان``). :func:`organisation_list` is the same proof with the organisation words
of :data:`ORG_WORDS` (folded, whole words, or a compound ending in ``bank``) and the stems of :data:`ORG_STEMS` for
scripts without letter case (looked for inside the value):

* two to :data:`DISTINCT_MAX` distinct values, each on :data:`core.pii.proof.K_MIN` rows or more (k-anonymity: an
  organisation shared by many rows, not one person's employer);
* three in five distinct values carry an organisation word or stem, and none holds an ``@``, a backslash or a run of
  five digits (a phone, an id).

A person's name carries no such word; a column mixing people and companies (owners, receptors) has too few.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from core.pii.names import COMPANY_MARKERS, fold_name
from core.pii.proof import K_MIN
from core.pii.settlements import settlement_name
from core.pii.vocab import STREET_WORDS

DISTINCT_MAX = 12
SHARE_MIN = 0.6
#: Organisation words (folded) besides :data:`core.pii.names.COMPANY_MARKERS`: banks, insurers, pharmacies, health
#: facilities, schools, public bodies, couriers and shops in several languages.
ORG_WORDS = frozenset(fold_name(w) for w in (
    "banco banque banca bancaria bankasi sparkasse raiffeisen credit union mutual mutuelle caisse cooperativa "
    "cooperative coop seguros seguro seguradora assurance assurances assicurazioni versicherung insurer insurance "
    "pharmacy pharmacie farmacia farmacie apotheke apteka apotek аптека "
    "polyclinic policlinica poliklinika poliklinik ambulatory ambulatorio dispensary dispensaire hopital hospital "
    "clinica clinique klinik klinika health centro centre center post hospitalario sanatorio "
    "university universidad universite universita universitas college colegio escuela ecole liceo lycee gymnasium "
    "ministry ministerio ministere municipality municipalidad alcaldia prefeitura council government "
    "transport transit haulage freight courier express logistica logistique cargo shipping "
    "telecom telecoms cosmetics market mercado supermarket supermercado mall pharma estates properties "
    "банк больница поликлиника школа магазин ооо оао зао пао ао "
    "bank bankası hastane eczane okulu sirketi".split()))
#: Stems of organisation words in scripts without letter case.
ORG_STEMS = tuple((
    "银行 銀行 은행 뱅크 병원 학교 마트 주식회사 旗舰店 专营店 直营店 商店 "
    "药店 藥房 药房 超市 公司 集团 集團 物流 快递 速递 速运 快運 "
    "医院 醫院 诊所 診所 学校 學校 中学 中學 小学 小學 书院 書院 "
    "大学 大學 株式会社 有限会社 病院 بنك مصرف بانک مستشفى صيدلية شركة مؤسسة "
    "شرکت املاک بیمه ธนาคาร บริษัท โรงพยาบาล בנק შპს ფილიალი საავადმყოფო аптека "
).split())
_DIGITS = re.compile(r"\d{5,}")


#: Organisation words that also name streets and localities (``Bank Street``, ``Mall Road``, ``Centro``,
#: ``Transport Nagar``: review of session 11): they count only beside an unambiguous organisation word or a legal form.
PLACE_LIKE_ORG_WORDS = frozenset(fold_name(w) for w in (
    "bank banco banque banca college colegio hospital hopital hospitalario market mercado supermarket supermercado "
    "mall "
    "centro centre center post transport transit estates properties universidad university universite universita "
    "universitas health council municipality municipalidad alcaldia prefeitura ministry ministerio ministere "
    "school escuela ecole liceo lycee gymnasium express cargo club clubs plant hotel resort store shop market "
    "pharmacy pharmacie farmacia clinic clinica clinique klinik").split())
#: Words of streets and localities: a value holding one is a place, never an organisation.
LOCALITY_WORDS = STREET_WORDS | frozenset(
    "road street nagar colony barrio sector town township village vila villa bazar bazaar chowk mohalla gali marg "
    "puram pur abad layout extension enclave phase block park garden gardens cross circle square norte sur este "
    "oeste north south east west central ward zone zona colonia bairro quartier district distrito aldea vereda "
    "sitio kampung desa jalan soi moo ban".split())


def _word_marker(word: str) -> bool:
    return word in ORG_WORDS or word in COMPANY_MARKERS or (len(word) > 6 and word.endswith("bank"))


def organisation_value(value: str) -> bool:
    """Whether one value carries an organisation word or stem (module docstring): no locality word
    (:data:`LOCALITY_WORDS`), and an organisation word that also names places (:data:`PLACE_LIKE_ORG_WORDS`) only
    beside another marker or as the last word (head noun) of a longer name."""
    words = [w.strip(".,()'\"") for w in fold_name(value).split()]
    if any(w in LOCALITY_WORDS for w in words) or settlement_name(value):  # ``Kg. Rimba``: a village (session 13)
        return False
    if any(s in value for s in ORG_STEMS):
        return True
    markers = [w for w in words if _word_marker(w)]
    head = len(words) >= 2 and words[-1] in markers  # the head noun of a name (``Republic Bank``), not ``Centro``
    return any(w not in PLACE_LIKE_ORG_WORDS for w in markers) or len(markers) >= 2 or head


def organisation_list(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are a few organisations, each on many rows (module docstring)."""
    counts = Counter(t.strip() for t in texts if t.strip())
    if not 2 <= len(counts) <= DISTINCT_MAX or min(counts.values()) < K_MIN:
        return False
    if any("@" in v or "\\" in v or _DIGITS.search(v) for v in counts):
        return False
    return sum(organisation_value(v) for v in counts) >= SHARE_MIN * len(counts)


#: Header words naming where a person lives (review of session 11): organisation words under them name places
#: (``Bank Colony``, ``Barrio Hospital``), so no organisation proof clears them.
PLACE_HEADER_WORDS = frozenset(
    "locality area colony landmark mohalla sector village street road address addr town city barrio neighbourhood "
    "kampong dusun dorf aldeia barangay purok hamlet mukim tambon "
    "neighborhood district ward zone colonia bairro quartier localidad localite ort ortsteil muban tambon "
    "kampung desa kelurahan kecamatan mahalle mahalla suburb estate location lugar aldea vereda".split())


def locality_values(texts: Sequence[str]) -> bool:
    """Whether any value holds a street or locality word (:data:`LOCALITY_WORDS`: ``Mall Road``, ``Bank Colony``,
    ``Barrio Hospital``) or starts with a settlement word (:func:`core.pii.settlements.settlement_name`: ``Kg.
    Rimba``): in a table of people such a vocabulary is where people live, whatever its header says."""
    return any(w.strip(".,()'\"") in LOCALITY_WORDS for t in set(texts) for w in fold_name(t).split()) or any(
        settlement_name(t) for t in set(texts))


def place_header(header: str) -> bool:
    """Whether ``header`` holds a word of :data:`PLACE_HEADER_WORDS` (split as :func:`core.vocab.tokens.split_tokens`
    splits it)."""
    from core.vocab.tokens import split_tokens

    return any(fold_name(t) in PLACE_HEADER_WORDS for t in split_tokens(header))
