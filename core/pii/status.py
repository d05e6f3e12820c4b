"""Workflow statuses recognised by their words (issue 11, session 7): a vocabulary no person is named by.

A column of ``Active`` / ``Closed`` / ``Overdue``, ``AKTIV`` / ``UTLØPT``, ``Одобрена`` / ``Отказ`` or ``휴면`` /
``정지`` says where a record stands in a workflow; deny by default masked it in a table of people because capitalised
words there may be names or towns. :func:`status_vocabulary` clears it on value evidence: every distinct value
carries a status word of :data:`STATUS_WORDS` (whole word, accents folded, or a stem of five letters or more at the
start of a word: ``Rescheduled``, ``Одобрена``), none carries a word the name lexicons know (and do not mark
ambiguous) or a digit, at most :data:`STATUS_DISTINCT_MAX` values, each on :data:`core.pii.proof.K_MIN` rows or
more (k-anonymity). States of a person's health or life (``deceased``, ``positive``) are not in the list: they are
personal data whatever the column.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from core.pii.names import fold_name
from core.pii.proof import K_MIN

STATUS_DISTINCT_MAX = 12
STEM_MIN = 5
#: Status words of records (orders, loans, accounts, applications, tickets, licences) in several languages.
STATUS_WORDS = frozenset(
    # English
    "active inactive open opened closed close pending approved rejected declined cancelled canceled overdue paid "
    "unpaid partial written off rescheduled suspended expired draft submitted new completed complete done "
    "failed success successful processing processed shipped delivered returned refunded blocked frozen dormant "
    "archived deleted enabled disabled valid invalid verified unverified resolved escalated waiting hold review "
    "issued granted denied withdrawn terminated renewed lapsed defaulted settled current overdrawn "
    "confirmed unconfirmed scheduled started finished ongoing in progress awaiting accepted revoked "
    # German, Dutch, Scandinavian
    "aktiv inaktiv offen geschlossen storniert bezahlt abgelehnt genehmigt gesperrt abgelaufen erledigt "
    "actief inactief gesloten betaald afgewezen goedgekeurd geblokkeerd verlopen "
    "aktiv avsluttet stengt betalt avvist godkjent suspendert utlopt soknad soknaden sperret "
    "avslutad stangd avvisad godkand sparrad utgangen ansokan afvist godkendt lukket "
    # French, Spanish, Portuguese, Italian
    "actif inactif ouvert ferme annule paye rejete approuve valide suspendu expire en attente cours "
    "activo inactivo abierto cerrado cancelado pagado pendiente aprobado rechazado vencido suspendido "
    "ativo inativo aberto fechado pago pendente aprovado recusado vencido "
    "attivo inattivo aperto chiuso annullato pagato sospeso scaduto approvato rifiutato "
    # Polish, Czech, Croatian, Finnish, Hungarian, Turkish, Indonesian, Malay
    "aktywny nieaktywny zamkniety otwarty oplacony anulowany zatwierdzony odrzucony "
    "aktivni neaktivni uzavreno zaplaceno zruseno schvaleno zamitnuto "
    "aktivan neaktivan zatvoren placeno otkazano odobreno odbijeno "
    "aktiivinen suljettu avoin maksettu peruttu hyvaksytty hylatty "
    "aktiv lezart nyitott fizetve torolve jovahagyva elutasitva "
    "aktif pasif kapali acik odendi iptal onaylandi reddedildi "
    "aktif nonaktif ditutup dibuka lunas dibatalkan disetujui ditolak menunggu selesai "
    # Russian, Ukrainian, Bulgarian, Greek
    "активен активна активный неактивный открыт закрыт закрыта оплачен отменен отменён одобрен одобрена "
    "отказ отклонен отклонена выдан выдана проверке рассмотрении просрочен погашен "
    "активний закритий відкритий оплачено скасовано схвалено відмова "
    "активен затворен платен отказан одобрен "
    "ενεργος ανενεργος κλειστος ανοιχτος πληρωμενος ακυρωμενος εγκεκριμενος "
    # Korean, Japanese, Chinese
    "활동중 활성 비활성 휴면 정지 탈퇴 탈퇴예정 승인 거절 완료 대기 취소 "
    "有効 無効 停止 退会 承認 却下 完了 保留 解約 "
    "有效 无效 停用 冻结 已完成 待审核 已取消 已支付 未支付 审核中 已关闭 "
    # session 11: check outcomes (``OK`` / ``NOT_PRESENT`` / ``FAIL``, ``SKIPPED``), Dutch and Iberian statuses
    "ok fail skipped present absent uitbetaald behandeling geweigerd gestorneerd ingediend bloqueado suspenso "
    "bloqueada anulado anulada".split())
#: Words that make a "status" a person's own (health, life): never cleared by this rule.
PERSONAL_STATES = frozenset("deceased dead alive positive negative pregnant disabled_person hiv".split())
_WORD = re.compile(r"[^\W\d_]+")
_STEMS = tuple(sorted({fold_name(w) for w in STATUS_WORDS if len(w) >= STEM_MIN}))
_WORDS = frozenset(fold_name(w) for w in STATUS_WORDS)


def _status_word(word: str) -> bool:
    """Whether folded ``word`` is a status word or starts with a status stem (``rescheduled``, ``одобрена``)."""
    return word in _WORDS or len(word) >= STEM_MIN and any(word.startswith(s) for s in _STEMS)


def status_vocabulary(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are workflow statuses (module docstring)."""
    from core.pii.names import load_name_lexicon, name_keys

    counts = Counter(t.strip() for t in texts if t.strip())
    if not 2 <= len(counts) <= STATUS_DISTINCT_MAX or min(counts.values()) < K_MIN:
        return False
    lex = load_name_lexicon()
    names = lex.given | lex.surnames
    for value in counts:
        words = _WORD.findall(fold_name(value))
        if not words or any(c.isdecimal() for c in value) or any(w in PERSONAL_STATES for w in words):
            return False
        if not any(_status_word(w) for w in words):
            return False
        if any(len(w) >= 4 and name_keys(w) & names and not name_keys(w) & lex.ambiguous and not _status_word(w)
               for w in words):
            return False
    return True
