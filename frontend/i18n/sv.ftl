# Digikomps gränssnittstexter — svenska. Samma id:n som i en.ftl och nb.ftl.

skip-to-content = Hoppa till innehållet
nav-main = Huvudmeny
nav-courses = Kurser
language-switcher = Språk
footer-text = Digikomp – digital kompetens för alla i kommunen.
breadcrumbs = Du är här

loading = Laddar…
error-title = Något gick fel
error-not-found = Vi hittade inte sidan. Den kan ha flyttats.
error-offline = Vi når inte servern. Kontrollera din uppkoppling och försök igen.
error-server = Servern svarade: { $message }

not-found-title = Sidan finns inte
not-found-text = Adressen kan vara fel, eller så har sidan flyttats.
back-to-catalogue = Gå till alla kurser

catalogue-title = Kurser
catalogue-intro = Korta kurser i digital kompetens för jobbet och vardagen. Välj en kurs för att börja.
catalogue-empty = Inga kurser passar dina val.
catalogue-count = { $count ->
    [one] En kurs
   *[other] { $count } kurser
}
filter-audience = Vem är kursen för?
filter-language = Kursernas språk
audience-all = Alla
audience-staff = Medarbetare i kommunen
audience-citizen = Invånare
audience-both = Medarbetare och invånare
language-sv = Svenska
language-nb = Norska
language-en = Engelska

minutes = { $minutes } minuter
lesson-count = { $count ->
    [one] 1 lektion
   *[other] { $count } lektioner
}
valid-months = Gäller i { $months } månader
start-course = Börja kursen
competences = Kompetenser du visar
level = nivå { $level } ({ $group })
lessons = Lektioner
lesson-progress = Lektion { $number } av { $count }
lesson-navigation = Lektioner
previous-lesson = Föregående lektion
next-lesson = Nästa lektion

practice = Öva
practice-intro = { $count } frågor att öva på. Inget sparas.
practice-help = Svara på en fråga och kontrollera om du hade rätt.
practice-start = Öva
check-answer = Kontrollera svaret

quiz = Kunskapstest
quiz-intro = { $count } frågor. Du klarar testet med { $passmark } % rätt.
quiz-start = Gör kunskapstestet
quiz-submit = Skicka svaren
quiz-unanswered = Svara på alla frågor. Obesvarade: { $numbers }.
quiz-passed = Du klarade testet!
quiz-failed = Inte godkänt den här gången
quiz-score = Du hade { $score } av { $max } rätt ({ $percent } %). Du behöver { $passmark } % för att klara testet.
quiz-review = Varje fråga nedan visar nu rätt svar och varför.
quiz-retry = Försök igen

question-number = Fråga { $number } av { $count }
hint-single = Välj ett svar.
hint-multiple = Välj alla svar som stämmer.
answer-true = Sant
answer-false = Falskt
correct-answer = rätt svar
feedback-correct = Rätt!
feedback-wrong = Inte riktigt.
