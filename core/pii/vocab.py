"""Vocabularies the value profiles use: booleans, shared personal attributes, forms of address, surname
particles and street words (several languages)."""

from core.pii.gender_words import WORLD_FEMALE, WORLD_MALE

BOOL_WORDS = frozenset("true false t f y n yes no 0 1 ja nein j oui non si sí s no sim não nao x on off "
                       "wahr falsch vrai faux verdadero falso vero falso tak nie ano ne kyllä ei evet hayır "
                       "nej nee nem igen da nu sì jah ikke ναι όχι οχι да нет не はい いいえ 예 아니오 是 否 "
                       "ya tidak iya".split())

GENDER_WORDS = frozenset("m f male female man woman men women w d x mann frau männlich maennlich weiblich divers "
                         "homme femme masculin féminin feminin hombre mujer masculino femenino maschio femmina "
                         "maschile femminile man vrouw mannelijk vrouwelijk mies nainen kvinna kvinde kvinne "
                         "erkek kadın kadin non-binary nonbinary nb nam nữ nu t third transgender".split()) \
    | WORLD_MALE | WORLD_FEMALE

MALE_WORDS = frozenset("m male man men mann männlich maennlich homme masculin hombre masculino maschio maschile "
                  "mannelijk mies erkek h nam".split()) | WORLD_MALE

FEMALE_WORDS = frozenset("f female woman women frau weiblich w femme féminin feminin mujer femenino femmina femminile "
                    "vrouw vrouwelijk nainen kvinna kvinde kvinne kadın kadin nữ".split()) | WORLD_FEMALE

MARITAL_WORDS = frozenset("single married divorced widowed separated partnered ledig verheiratet geschieden verwitwet "
                          "célibataire celibataire marié marie mariée divorcé divorce veuf veuve soltero soltera "
                          "casado casada divorciado divorciada viudo viuda celibe nubile sposato sposata "
                          "divorziato vedovo ongehuwd gehuwd gescheiden".split())

BLOOD_TYPES = frozenset("a+ a- b+ b- ab+ ab- o+ o- 0+ 0- a b ab o".split())
#: Answers that say a value is not known (a blood group or a gender not given): shared by anyone.
UNKNOWN_WORDS = frozenset({"unknown", "n/a", "na", "-", "?", "không rõ", "desconocido", "inconnu", "unbekannt",
                           "sconosciuto", "desconhecido", "onbekend", "不明", "모름", "неизвестно"})

#: Forms of address and academic titles (``Prof. Dr.``, ``Mme``, ``Sr.``): shared by many people.
TITLE_WORDS = frozenset("mr mrs ms miss mx dr prof rev sir dame herr frau fr hr mme mlle m sr sra srta don dona "
                        "dott ing dipl mag phd md jr sig signora signor mevr dhr".split())

#: Surname particles (``van der``, ``de``, ``ter``): part of a family name, so personal data.
SURNAME_PARTICLES = frozenset("van von der den de del della di da das dos du le la ter ten te 't op in het zu "
                              "vom zum bin ibn al el st".split())

STREET_WORDS = frozenset("st street rd road ave avenue blvd boulevard ln lane dr drive way ct court pl place sq square "
                         "hwy highway pkwy parkway ter terrace cir circle str straße strasse weg gasse allee platz "
                         "ring damm rue avenue chemin boulevard impasse calle avenida carrera plaza paseo camino via "
                         "viale piazza corso vicolo straat laan plein gracht ulica aleja gatan vägen vej gade "
                         "katu tie sokak cadde caddesi apt suite unit floor".split())
