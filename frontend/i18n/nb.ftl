# Digikomps grensesnittekster — norsk bokmål. Samme id-er som i en.ftl og sv.ftl.

skip-to-content = Hopp til innholdet
nav-main = Hovedmeny
nav-courses = Kurs
language-switcher = Språk
footer-text = Digikomp – digital kompetanse for alle i kommunen.
breadcrumbs = Du er her

loading = Laster…
error-title = Noe gikk galt
error-not-found = Vi fant ikke siden. Den kan ha blitt flyttet.
error-offline = Vi når ikke serveren. Sjekk tilkoblingen din og prøv igjen.
error-server = Serveren svarte: { $message }

not-found-title = Siden finnes ikke
not-found-text = Adressen kan være feil, eller siden er flyttet.
back-to-catalogue = Gå til alle kurs

catalogue-title = Kurs
catalogue-intro = Korte kurs i digital kompetanse for jobben og hverdagen. Velg et kurs for å begynne.
catalogue-empty = Ingen kurs passer valgene dine.
catalogue-count = { $count ->
    [one] Ett kurs
   *[other] { $count } kurs
}
filter-audience = Hvem er kurset for?
filter-language = Språk i kursene
audience-all = Alle
audience-staff = Ansatte i kommunen
audience-citizen = Innbyggere
audience-both = Ansatte og innbyggere
language-sv = Svensk
language-nb = Norsk
language-en = Engelsk

minutes = { $minutes } minutter
lesson-count = { $count ->
    [one] 1 leksjon
   *[other] { $count } leksjoner
}
valid-months = Gjelder i { $months } måneder
start-course = Start kurset
competences = Kompetanser du viser
level = nivå { $level } ({ $group })
lessons = Leksjoner
lesson-progress = Leksjon { $number } av { $count }
lesson-navigation = Leksjoner
previous-lesson = Forrige leksjon
next-lesson = Neste leksjon

practice = Øv
practice-intro = { $count } spørsmål å øve på. Ingenting lagres.
practice-help = Svar på et spørsmål og sjekk om du hadde rett.
practice-start = Øv
check-answer = Sjekk svaret

quiz = Kunnskapstest
quiz-intro = { $count } spørsmål. Du består med { $passmark } % riktig.
quiz-start = Ta kunnskapstesten
quiz-submit = Send svarene
quiz-unanswered = Svar på alle spørsmålene. Ikke besvart: { $numbers }.
quiz-passed = Du besto!
quiz-failed = Ikke bestått denne gangen
quiz-score = Du hadde { $score } av { $max } riktig ({ $percent } %). Du trenger { $passmark } % for å bestå.
quiz-review = Hvert spørsmål nedenfor viser nå riktig svar og hvorfor.
quiz-retry = Prøv igjen

question-number = Spørsmål { $number } av { $count }
hint-single = Velg ett svar.
hint-multiple = Velg alle svar som stemmer.
answer-true = Sant
answer-false = Usant
correct-answer = riktig svar
feedback-correct = Riktig!
feedback-wrong = Ikke helt.
