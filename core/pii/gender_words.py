"""Words for male and female in the world's languages and scripts (issue 11, session 12: precision).

A column whose every value is a word for a sex (and at least one for each) is a gender attribute, which the PII
golden sets label non-personal: half the people share each value. :mod:`core.pii.vocab` knew the words of a dozen
Latin-script languages, so ``erkek``/``aýal`` (Turkmen), ``مرد``/``زن`` (Persian), ``ཕོ``/``མོ`` (Tibetan) or
``ប្រុស``/``ស្រី`` (Khmer) stayed masked. The lists below add the common words (and the usual one-letter abbreviations
of scripts that have them: ``м``/``ж``) of many more languages; they are joined to ``GENDER_WORDS``, ``MALE_WORDS``
and ``FEMALE_WORDS`` there, so the rule of :func:`core.pii.detect.profile_values` (every value a gender or
"unknown" word, a male and a female word both present) is unchanged. Values are compared case-folded.

Only words that mean a sex are listed: no word that is also a common given name (``Karl``), and no single Latin letter
beyond those already known (``l``/``p``, ``k`` are initials as often as abbreviations).
"""

from __future__ import annotations

WORLD_MALE = frozenset("""
муж мужской мужчина м чоловік чоловіча чоловічий ч мъж мъжки мушки мушко muški muško muž mužské mužský mężczyzna
męski męska férfi bărbat barbat masculină άνδρας άρρεν αρσενικό ανδρας erkak kişi kisi ер ерек эрэгтэй
laki-laki lelaki pria lalaki mwanaume varón varon homem mand mann mees vīrietis virietis vyras vyriška mashkull
karlkyns mužjak ذكر رجل مذكر مرد آقا זכר पुरुष पुरूष পুরুষ ชาย ຊາຍ ប្រុស ကျား 男 男性 男子 남 남성 남자 ཕོ ཕོ་
ފިރިހެން ወንድ მამრობითი კაცი არական արական ஆண் පුරුෂ
""".split())

WORLD_FEMALE = frozenset("""
жен женский женщина ж жінка жіноча жіночий жена женски женско ženski žensko žena ženské ženský kobieta żeński
żeńska nő femeie feminină feminina γυναίκα θήλυ θηλυκό γυναικα ayol qadın qadin әйел эмэгтэй perempuan wanita babae
mwanamke mulher kvinde kvinne naine sieviete moteris moteriška femër femer kvenkyns أنثى انثى امرأة مؤنث زن خانم
مونث נקבה महिला स्त्री মহিলা নারী หญิง ຍິງ ស្រី 女 女性 女子 여 여성 여자 མོ མོ་ އަންހެން ሴት მდედრობითი ქალი
իգական பெண் ස්ත්‍රී aýal မ
""".split())
