"""Business categories recognised by their words (issue 11, session 11 precision work): a vocabulary that names how,
through which channel or on which terms something was done, never who.

A column of ``Cash`` / ``Card`` / ``Bank transfer``, ``USSD`` / ``APP`` / ``AGENT``, ``Adult`` / ``Student`` /
``Senior``, ``Gold`` / ``Silver``, ``Madre`` / ``Esposo(a)`` or ``现金`` / ``支付宝`` is a closed list of categories (a
payment method, a sales channel, a transaction type, a fare or customer type, a tier, a contract's terms, a shift, an
emergency contact's relationship). Deny by default masked such columns in tables of people, where a small repeated
vocabulary of capitalised words may as well be the towns or villages the people live in: values alone cannot tell
``Kort`` from ``Kiruna``. :func:`category_vocabulary` clears it on value evidence, like
:func:`core.pii.status.status_vocabulary` does for workflow statuses:

* two to :data:`DISTINCT_MAX` distinct values, each on :data:`core.pii.proof.K_MIN` rows or more (k-anonymity);
* every word of every distinct value is a category word of :data:`CATEGORY_WORDS` (a whole word, accents folded, or a
  stem of five letters or more at the start of a word: ``CASHOUT``, ``Kreditkarte``; connectors aside), none a place
  word (``Ban``, ``Road``: review of session 11, ``Mother - Rudo Chikwanha`` and ``Ban Mae Kham`` stay masked) or,
  in a script without letter case, a
  stem of :data:`SCRIPT_STEMS` inside it (``微信支付``); at most one value in three, and never all but one, may be a
  bare code of at most three letters or digits (``RD``, ``COD``, ``P2P``);
* no value holds a run of four digits, an ``@``, a backslash, a word the personal-name lexicons know (and do not mark
  ambiguous) that is no category word, or is itself a known place (a region or a city of 15,000 people or more:
  ``assets_config/lexicons/regions.tsv``), so a column of towns named like a category (``Mobile``) stays masked.

Names of people, towns, villages, streets, logins and identifiers carry none of these words on every value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from core.pii.names import fold_name
from core.pii.proof import K_MIN

DISTINCT_MAX = 12
STEM_MIN = 5
#: Category words (folded, several languages): payment methods, channels, transaction and account types, fare and
#: customer types, tiers, contract terms, shifts, and an emergency contact's relationship (labelled non-personal).
CATEGORY_WORDS = frozenset(fold_name(w) for w in " ".join([
    # payment methods
    "cash card cards credit debit cheque check cheques transfer wire banktransfer paypal pay wallet voucher invoice "
    "cod delivery installment installments instalment instalments mobile money momo mpesa upi pix boleto blik ideal "
    "sofort giropay klarna alipay wechat paynow promptpay gcash gopay qris bkash nagad swish vipps mobilepay twint "
    "efectivo tarjeta transferencia contado credito debito deposito especes carte virement prelevement cb "
    "bar barzahlung karte kreditkarte uberweisung lastschrift rechnung nachnahme contanti carta bonifico contrassegno "
    "dinheiro cartao boleto gotowka karta przelew pobraniem pobranie kontant kontanter kort faktura overforing "
    "kateinen kortti lasku tilisiirto nakit kart havale eft tunai kartu peningar reikningur payu payme mvola ecocash "
    "наличные наличными карта картой перевод безнал безналичный готівка картка переказ "
    # channels
    "web website online internet app apps ussd sms pos atm branch agent agents kiosk ivr api walkin counter portal "
    "partner referral social facebook instagram tiktok whatsapp telegram zalo google newspaper radio tv flyer "
    "callcenter email ecommerce store shop retail wholesale "
    # transaction and account types
    "cashin cashout deposit withdrawal payment purchase sale sales refund reversal topup airtime billpay bill bills "
    "remittance fee fees interest charge chargeback adjustment loan repayment savings current checking fixed "
    "recurring term individual joint corporate business personal household domestic commercial industrial "
    "residential agricultural institutional public prepaid postpaid",
    # fare and customer types, tiers
    "adult adults child children kid kids student students senior seniors infant youth concession member members "
    "disability guest guests visitor tourist staff regular classic elite premium standard basic plus pro vip gold "
    "silver bronze platinum diamond economy business first",
    # contract terms, employment types, shifts
    "permanent temporary fulltime parttime full part time contract freelance intern internship trainee apprentice "
    "seasonal casual indefinite variable dynamic vast variabel dynamisch befristet unbefristet indefinido temporal "
    "determinado indeterminado cdi cdd interim morning afternoon evening night day manana tarde noche manha "
    "matin soir nuit fruh spat nacht",
    # relationship of a contact person (labelled non-personal: a kinship word names nobody)
    "mother father parent parents son daughter brother sister spouse wife husband partner grandmother grandfather "
    "grandparent uncle aunt cousin friend guardian neighbour neighbor relative sibling "
    "madre padre hijo hija hermano hermana esposo esposa pareja abuelo abuela tio tia primo prima amigo amiga "
    "tutor conyuge mere pere fils fille frere soeur epoux epouse conjoint mutter vater sohn tochter bruder "
    "schwester ehemann ehefrau mae pai filho filha irmao irma marido moeder vader zoon dochter broer zus "
    "мать отец сын дочь брат сестра муж жена "
    "bo me vo chong trai gai manman papa pitit madanm kouzen fre se tonton zanmi ibu ayah suami istri kakak adik "
    "anne baba kardes",
    # the first word of a bank transfer (``Bank transfer``); a street of banks fails on its street word
    "bank",
]).split())
#: Stems of category words in scripts without letter case (looked for inside the value: no word boundaries there).
SCRIPT_STEMS = tuple((
    "现金 現金 支票 信用卡 刷卡 转账 轉帳 轉數快 支付 银联 銀聯 微信 "
    "クレジット 振込 代引 현금 카드 계좌이체 무통장 نقد بطاقة تحويل شيك नकद "
    "เงินสด โอน บัตร ゴールド シルバー ブロンズ プラチナ ダイヤモンド 레귤러 골드 실버 플래티넘 "
    "金卡 银卡 銀卡 白金 钻石 鑽石 母親 父親 母亲 父亲 祖母 祖父 "
    "姐姐 哥哥 妹妹 弟弟 配偶 丈夫 妻子 어머니 아버지 배우자 형제 자매 "
).split())
#: A bare code that may stand beside category words (``RD`` beside ``SAVINGS``, ``P2P`` beside ``CASHIN``).
_SHORT_CODE = re.compile(r"^[A-Z0-9]{1,3}$")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d{4,}")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold_name(text))


def _category_word(word: str) -> bool:
    """Whether folded ``word`` is a category word or starts with a category word of :data:`STEM_MIN` letters or more
    (``cashout``, ``kreditkarte`` is no such start: ``kredit`` is not listed, ``karte`` is a whole word elsewhere)."""
    return word in CATEGORY_WORDS or len(word) >= STEM_MIN and any(
        word.startswith(s) for s in _STEMS)


_STEMS = tuple(sorted(w for w in CATEGORY_WORDS if len(w) >= STEM_MIN))


#: Connectors and stray letters that may stand between category words (``Esposo(a)``, ``Cash or card``).
CONNECTORS = frozenset("a o e y i u and or of the de del la el los las en et und oder per by via to in on".split())
#: Words of streets, villages and localities: a value holding one is a place (``Ban Mae Kham``: a Thai village whose
#: ``mae`` is also Portuguese for mother), never a category.
PLACE_WORDS = frozenset("ban moo mu muban tambon amphoe soi thanon road street lane avenue nagar colony barrio "
                        "sector town village villa aldea vereda kampung desa dusun jalan calle rua via".split())


def category_value(value: str) -> bool:
    """Whether one value is made of category words (module docstring): every word a category word or stem (bar
    connectors of :data:`CONNECTORS`), none a place word of :data:`PLACE_WORDS` (``Mother - Rudo Chikwanha`` names a
    person beside the kinship word, ``Ban Mae Kham`` is a village). Scripts without letter case: a stem inside."""
    words = _words(value)
    if any(w in PLACE_WORDS for w in words):
        return False
    if any(s in value for s in SCRIPT_STEMS):
        return not any(c.isascii() and c.isalpha() for c in value)
    kept = [w for w in words if w not in CONNECTORS]
    return bool(kept) and all(_category_word(w) for w in kept)


def category_vocabulary(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (non-empty cells) are business categories (module docstring)."""
    from core.pii.names import load_name_lexicon, name_keys
    from core.pii.regions import region_of

    counts = Counter(t.strip() for t in texts if t.strip())
    if not 2 <= len(counts) <= DISTINCT_MAX or min(counts.values()) < K_MIN:
        return False
    lex = load_name_lexicon()
    names = lex.given | lex.surnames
    worded = 0
    codes = 0
    for value in counts:
        if _DIGIT_RUN.search(value) or "@" in value or "\\" in value or region_of(value) is not None:
            return False
        words = _words(value)
        if any(len(w) >= 4 and name_keys(w) & names and not name_keys(w) & lex.ambiguous and not _category_word(w)
               for w in words):
            return False
        if category_value(value):
            worded += 1
        elif _SHORT_CODE.match(value):
            codes += 1
        else:
            return False
    return worded >= 2 and codes * 3 <= len(counts)
