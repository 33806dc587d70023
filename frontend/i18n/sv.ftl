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

# Inloggning och den inloggade personen
sign-in = Logga in
sign-out = Logga ut
nav-my-page = Min kompetens
nav-admin = Administration
login-title = Logga in
login-email = E-postadress
login-password = Lösenord
login-wrong = Fel e-postadress eller lösenord.
login-too-many = För många försök. Vänta några minuter och försök igen.
login-help = Har du glömt lösenordet? Fråga administratören på din arbetsplats.
login-already = Du är inloggad som { $name }.
login-continue = Fortsätt
sign-in-needed-title = Logga in för att fortsätta
sign-in-needed-text = Den här sidan är för kommunens medarbetare. Logga in med din e-postadress från jobbet.
no-access-title = Du har inte behörighet
no-access-text = Ditt konto kan inte öppna den här sidan. Fråga en administratör om du behöver behörighet.
none = Saknas

my-page-title = Min kompetens
my-permissions = Det här får du göra
my-permissions-none = Inga behörigheter.
grant-manager-of = Chef för { $unit }
grant-admin-of = Administratör för { $unit }
grant-guide-at = Guide på { $unit }
grant-superadmin = Superadministratör för alla kommuner

person-name = Namn
person-email = E-postadress
person-employee-number = Anställningsnummer
person-municipality = Kommun
person-unit = Enhet
person-job-roles = Yrkesroller
person-job-roles-hint = Alla har också kommunens grundnivå.
person-permissions = Behörigheter
person-active = Aktiv
person-active-yes = Aktiv
person-active-no = Avaktiverad
person-status = Status
person-new-password = Nytt lösenord
person-password-hint = Minst 10 tecken. Lämna fältet tomt för att behålla lösenordet.
person-add = Lägg till person
person-new-title = Ny person
person-edit-title = Ändra person
person-saved = Sparat.
person-created = Personen har lagts till.
back-to-people = Tillbaka till personer

# Administration
admin-menu = Administration
admin-organisation-title = Organisation
admin-roles-title = Yrkesroller och miniminivåer
admin-people-title = Personer
admin-import-title = Import från HR
admin-municipality = Kommun
admin-no-municipality = Det finns ingen kommun ännu.
save = Spara
saving = Sparar…
cancel = Avbryt
edit = Ändra
rename = Byt namn
remove = Ta bort

units-title = Enheter
unit-people = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
unit-add-title = Lägg till en enhet
unit-edit-title = Ändra { $name }
unit-parent = Ingår i
unit-name = Namn
unit-code = Kod
unit-code-hint = Enhetens kod i HR-systemet.
unit-add = Lägg till enhet
unit-added = { $name } har lagts till.
unit-saved = { $name } har sparats.
unit-other = en enhet som du inte administrerar
municipality-new = Ny kommun
municipality-create = Skapa kommun
municipality-created = Kommunen har skapats.

roles-title = Yrkesroller
role-name = Yrkesroll
role-code = Kod
role-code-hint = Yrkesrollens kod i HR-filen.
role-baseline = Alla medarbetare (grundnivå)
role-add-title = Lägg till en yrkesroll
role-edit-title = Byt namn på { $name }
role-saved = { $name } har sparats.
requirements-title = Miniminivåer
requirements-caption = Den lägsta nivå som varje yrkesroll behöver i varje kompetens
requirements-help = Välj den lägsta nivå som varje yrkesroll behöver i varje kompetens. 0 betyder inget krav. Nivåerna:
requirements-save = Spara miniminivåerna
requirements-saved = Miniminivåerna har sparats.

people-search = Sök
people-search-hint = Namn, e-postadress eller anställningsnummer
people-search-label = Hitta personer
people-filter-unit = Enhet
people-all-units = Alla enheter
people-show-inactive = Visa avaktiverade personer
people-none = Ingen passar sökningen.
people-count = Visar { $from }–{ $to } av { $total }
previous-page = Föregående sida
next-page = Nästa sida
grant-kind = Behörighet
grant-kind-manager = Chef
grant-kind-admin = Administratör
grant-kind-guide = Guide
grant-unit = För enheten
grant-add = Lägg till behörighet

import-help-title = Så ska filen se ut
import-help = En CSV-fil i UTF-8 med en rubrikrad, där kolumnerna skiljs åt med komma eller semikolon:
import-col-employee-number = anställningsnumret, som identifierar personen
import-col-name = för- och efternamn
import-col-email = e-postadress på jobbet (får vara tom)
import-col-unit-code = koden för personens enhet
import-col-job-role-codes = koderna för personens yrkesroller, åtskilda med | (får vara tom)
import-col-manager = ja, yes eller 1 om personen är chef för enheten, annars tom
import-help-missing = Aktiva personer med anställningsnummer som saknas i filen avaktiveras. Inget ändras förrän du genomför importen.
import-file = HR-fil (CSV)
import-file-rows = { $rows } rader i filen.
import-check = Kontrollera filen
import-apply = Genomför importen
import-apply-hint = Kontrollera filen först. Importen kan genomföras när filen inte har några felaktiga rader.
import-checking = Kontrollerar { $rows } rader…
import-applying = Importerar { $rows } rader…
import-checked-ok = Filen är korrekt. Se ändringarna nedan och genomför sedan importen.
import-checked-errors = { $count ->
    [one] En rad har fel
   *[other] { $count } rader har fel
}. Rätta filen och kontrollera den igen.
import-applied = Importen är genomförd.
import-report-checked = Det här skulle filen ändra
import-report-applied = Det här ändrades
import-rows = Rader
import-created = Nya personer
import-updated = Ändrade
import-deactivated = Avaktiverade
import-unchanged = Oförändrade
import-errors = Felaktiga rader
import-errors-title = Rader med fel
import-line = Rad
import-problem = Fel
import-changes-title = Ändringar
import-change = Ändring
import-change-create = Ny
import-change-update = Ändras
import-change-deactivate = Avaktiveras
import-fields = Vad som ändras
import-cut = Visar de första { $shown } av { $count }.
export-title = Export
export-text = Ladda ner alla i kommunen i samma format, till exempel för att jämföra med HR-systemet.
export-link = Exportera personer (CSV)

## My competence
my-levels-title = Dina nivåer och miniminivåerna för ditt jobb
my-levels-none = Dina yrkesroller har inga miniminivåer ännu.
my-levels-explained = Nivåerna i { $framework }:
verdict-met = Du når alla miniminivåer för ditt jobb
verdict-gaps = { $count ->
    [one] 1 kompetens under miniminivån för ditt jobb
   *[other] { $count } kompetenser under miniminivån för ditt jobb
}
verdict-no-requirements = Ditt jobb har inga miniminivåer ännu
competence-chart-caption = Din nivå (ifylld) jämfört med miniminivån för ditt jobb (tjockt streck) i varje kompetens. Tabellen nedanför har samma siffror.
competence-chart-achieved = Din nivå
competence-chart-missing = Saknas till miniminivån
competence-chart-required = Miniminivå för ditt jobb
competence-table-caption = Miniminivå, din nivå och skillnad per kompetens
competence-col-competence = Kompetens
competence-col-required = Miniminivå för ditt jobb
competence-col-achieved = Din nivå
competence-col-gap = Skillnad
competence-col-self = Din egen bedömning
competence-col-self-note = (räknas inte)
competence-col-valid-until = Gäller till
competence-self-none = Inte bedömd
competence-gap-met = Uppfyllt
competence-gap-below = { $gap ->
    [one] 1 nivå under
   *[other] { $gap } nivåer under
}
competence-valid-always = Inget slutdatum
competence-expires-refresh = Går ut { $date } – dags att förnya
gaps-title = Så når du miniminivåerna
gaps-intro = De här kurserna ger den nivå du behöver. Den kortaste kursen står först.
gaps-none = Du har inget att komma ikapp med just nu.
gaps-levels = Ditt jobb kräver nivå { $required }. Du har nivå { $achieved }.
gaps-refresh = Din nivå { $level } går ut { $date }. Gör en kurs igen för att behålla den.
gaps-no-course = Ingen kurs ger den här nivån ännu. Fråga din chef vad du kan göra.
gaps-course-meta = { $minutes } minuter · ger nivå { $level }
assignments-title = Kurser du ska gå
assignments-none = Du har inte fått några kurser att gå.
assignment-due = Senast { $date }
assignment-not-started = Inte påbörjad
assignment-in-progress = Påbörjad
assignment-done = Klar
assignment-overdue = Försenad
completed-title = Kurser du har klarat
completed-none = Du har inte klarat någon kurs ännu.
completed-passed-on = Klarad { $date }
completed-valid-until = gäller till { $date }
completed-certificate = Intyg
about-you-title = Om dig
self-assessment-title = Din egen bedömning
self-assessment-teaser = Bedöm själv vad du kan. Din egen bedömning visas bredvid dina resultat men räknas aldrig mot miniminivåerna för ditt jobb.
self-assessment-saved-on = Senast sparad { $date }.
self-assessment-start = Gör din egen bedömning
self-assessment-update = Ändra din egen bedömning
self-assessment-intro = Det här är din egen bild. Den visas bredvid dina resultat men räknas aldrig mot miniminivåerna för ditt jobb. Kryssa i allt du kan.
self-assessment-suggested = Föreslagen nivå: { $level } ({ $group })
self-assessment-suggested-none = Föreslagen nivå: inte än
self-assessment-save = Spara din bedömning
self-assessment-saved = Din bedömning är sparad.
self-assessment-back = Tillbaka till Min kompetens
certificate-page-title = Intyg: { $course }
certificate-title = Intyg
certificate-statement = vid { $municipality } har klarat kursen
certificate-issued = Utfärdat
certificate-course-version = Kursversion
certificate-code = Intygets kod
certificate-expired = Gick ut { $date }
certificate-competences = Kompetenser som kursen visar
certificate-framework = Nivåerna följer { $framework }.
certificate-verify-title = Kontrollera intyget
certificate-verify-text = Vem som helst kan öppna den här adressen och se att intyget är äkta och om det fortfarande gäller. Sidan visar intyget så som det finns sparat i Digikomp.
certificate-print = Skriv ut
certificate-unknown-title = Det finns inget intyg med den här koden
certificate-unknown-text = Kontrollera att adressen är hel och rätt kopierad. Stämmer den finns intyget inte i Digikomp.

## Progress and offline
progress-saved = Alla framsteg är sparade.
progress-sending = Sparar dina framsteg…
progress-waiting = { $count ->
    [one] Ett steg väntar på att skickas. Det skickas automatiskt.
   *[other] { $count } steg väntar på att skickas. De skickas automatiskt.
}
progress-waiting-offline = { $count ->
    [one] Ett steg väntar på att skickas – du är offline. Det skickas automatiskt.
   *[other] { $count } steg väntar på att skickas – du är offline. De skickas automatiskt.
}
lesson-done = klar
course-continue = Fortsätt där du slutade
course-lessons-done = Du har gjort { $done } av { $count } lektioner.
course-passed = Du klarade kunskapstestet den { $date }.
quiz-saved-offline = Dina svar är sparade på den här enheten och rättas när du är uppkopplad igen.
quiz-saved-retry = Dina svar är sparade på den här enheten. Servern svarar inte just nu, så de skickas igen automatiskt.
quiz-certificate = Visa ditt intyg

## Organisationsrapport
admin-report-title = Organisationsrapport
report-percent = { $percent } %
report-headline = { $count ->
    [one] { $percent } av { $people } anställd når alla miniminivåer som jobbet kräver.
   *[other] { $percent } av { $people } anställda når alla miniminivåer som deras jobb kräver.
}
report-as-of = Siffrorna gäller den { $date }.
report-csv = Ladda ner rapporten som CSV
report-csv-hint = Öppnas i Excel och andra kalkylprogram, med kolumnrubriker på det språk du använder nu.
report-by-unit = Per enhet
report-by-unit-hint = Varje enhet räknar med alla i den och i enheterna under den.
report-by-unit-caption = Anställda som når alla miniminivåer, per enhet
report-unit-under = (ingår i { $parent })
report-col-unit = Enhet
report-col-people = Anställda
report-col-meeting = Når alla miniminivåer
report-col-share = Andel
report-by-competence = Per kompetens
report-by-competence-hint = Räknar bara de anställda vars jobb kräver kompetensen.
report-by-competence-caption = Anställda som når miniminivån, per kompetens
report-col-competence = Kompetens
report-col-required-of = Anställda som berörs
report-col-meeting-minimum = Når miniminivån
report-not-required = Krävs inte av någon
report-trend = Månad för månad
report-trend-hint = Varje månads siffror sparas, så historiken finns kvar när personalen byts ut. Den sista månaden visar läget i dag.
report-trend-caption = Anställda som når alla miniminivåer, månad för månad
report-col-month = Månad
report-empty = Det finns inga anställda i de enheter du administrerar ännu. Lägg till personer eller importera dem från HR-systemet, så fylls rapporten i.
report-empty-import = Importera anställda från HR-systemet

## Mitt team: chefens vy över teamet och en persons sida
nav-team = Mitt team
team-title = Mitt team
team-no-team = Du är inte chef för något team. Sidan är till för chefer och administratörer.
team-filters-label = Filtrera teamet
team-filter-team = Team
team-filter-unit = Enhet
team-filter-unit-all = Hela teamet
team-filter-role = Yrkesroll
team-filter-role-all = Alla yrkesroller
team-filter-competence = Under miniminivån i
team-filter-competence-any = Alla kompetenser
team-filter-gaps-only = Bara de som inte når alla miniminivåer
team-sort = Sortera efter
team-sort-name = Namn
team-sort-gap = Störst skillnad först
team-people-shown = { $count ->
    [one] Visar 1 person
   *[other] Visar { $count } personer
}
team-people-none = Ingen matchar filtren.
team-summary-title = Sammanfattning
team-summary-meeting-title = Når alla miniminivåer
team-summary-meeting = { $meeting } av { $people }
team-summary-most-below-title = Flest under miniminivån
team-summary-most-below-none = Ingen ligger under någon miniminivå.
team-summary-below-count = { $below } av { $people } under
team-summary-expiring-title = Intyg som går ut inom 60 dagar
team-summary-expiring-none = Inga intyg går ut de närmaste 60 dagarna.
team-summary-expires-on = går ut { $date }
team-summary-expiring-more = { $count ->
    [one] Och 1 person till: tabellen markerar alla rutor som snart går ut.
   *[other] Och { $count } personer till: tabellen markerar alla rutor som snart går ut.
}
team-heatmap-title = Kompetens per person
team-heatmap-caption = { $unit }: uppnådd nivå / miniminivå per person och kompetens
team-csv = Ladda ner tabellen som CSV
team-col-choose = Välj
team-choose-all = Välj alla som visas
team-choose-person = Välj { $name }
team-col-gap-levels = Nivåer som saknas
team-cell-levels = nivå { $achieved }, krav { $required }:
team-cell-gap = saknar { $gap }
team-cell-met = uppfyllt
team-cell-expiring = går snart ut
team-cell-not-required = krävs inte
team-legend-label = Så läser du tabellen
team-legend-levels = uppnådd nivå / miniminivå
team-legend-gap = randig: under miniminivån
team-legend-met = slät: miniminivån uppfylld
team-legend-expiring = prickad kant: uppfylld, men intyget går ut inom 60 dagar
team-legend-none = krävs inte för jobbet
team-assign-title = Tilldela en kurs
team-assign-course = Kurs
team-assign-course-choose = Välj en kurs
team-assign-due = Klar senast
team-assign-to = Tilldela
team-assign-to-chosen = { $count ->
    [one] Den person du har valt (1)
   *[other] De personer du har valt ({ $count })
}
team-assign-to-chosen-hint = Välj personer med rutorna i tabellen.
team-assign-nobody = Välj först personer i tabellen, eller välj alla i enheten.
team-assign-to-unit = Alla i { $unit }
team-assign-to-person = Kursen tilldelas { $name }.
team-assign-submit = Tilldela kursen
team-assign-done = { $count ->
    [one] Kursen har tilldelats 1 person.
   *[other] Kursen har tilldelats { $count } personer.
}
team-assignments-title = Tilldelade kurser
team-assignments-all = Alla tilldelade kurser, den som ska vara klar först överst
team-overdue-title = Försenade
team-overdue-none = Inget är försenat.
team-back = Tillbaka till Mitt team
team-person-page-title = { $name } – Mitt team
team-person-met = Når alla miniminivåer för jobbet
team-person-gaps = { $count ->
    [one] 1 kompetens under miniminivån för jobbet
   *[other] { $count } kompetenser under miniminivån för jobbet
}
team-person-no-requirements = Jobbet har inga miniminivåer ännu
team-person-levels-title = Nivåer och jobbets miniminivåer
team-person-levels-none = Yrkesrollerna har inga miniminivåer ännu.
team-chart-caption = Uppnådd nivå (ifylld) jämfört med miniminivån för jobbet (tjockt streck) i varje kompetens. Tabellen nedanför har samma siffror.
team-table-caption = Miniminivå, uppnådd nivå och skillnad per kompetens
team-col-required = Miniminivå för jobbet
team-col-achieved = Uppnådd nivå
team-col-self = Egen bedömning
team-gaps-title = Kurser som ger nivåerna som saknas
team-gaps-intro = De här kurserna ger den nivå jobbet kräver. Den kortaste kursen står först.
team-gaps-none = Inga nivåer saknas just nu.
team-gaps-levels = Jobbet kräver nivå { $required }. Uppnådd: nivå { $achieved }.
team-gaps-refresh = Nivå { $level } går ut { $date }. Kursen behöver göras igen för att nivån ska finnas kvar.
team-gaps-no-course = Ingen kurs ger den här nivån ännu.
team-person-assignments-title = Tilldelade kurser
team-person-assignments-none = Inga kurser har tilldelats.
team-person-completed-title = Klarade kurser
team-person-completed-none = Ingen kurs är klarad ännu.

# Digital hjälp på biblioteket: guidens sidor
library-nav = Digital hjälp
library-title = Digital hjälp
library-intro = Håll en drop-in-träff med digital hjälp (Digidel) på biblioteket. Starta den här, visa koden för deltagarna och se vem som behöver hjälp.
library-no-access = Bara bibliotekets guider kan hålla träffar med digital hjälp. Be en administratör om behörighet som guide.
library-start-title = Starta en träff
library-at = Bibliotek: { $name }
library-unit = Bibliotek
library-topics = Ämnen
library-topics-hint = Välj en eller flera kurser som träffen handlar om.
library-topics-none = Välj minst ett ämne.
library-start = Starta träffen
library-sessions-title = Dina träffar
library-col-started = Startade
library-col-library = Bibliotek
library-col-topics = Ämnen
library-col-status = Läge
library-session-open = Pågår – öppna direktvyn
library-session-ended = Avslutad
library-statistics-link = Statistik per månad
library-live-title = Träff med digital hjälp
library-join-how = Gå till
library-code-label = och skriv koden
library-qr-alt = QR-kod. Skanna den med mobilens kamera för att öppna { $address } med koden ifylld.
library-count-participants = Deltagare
library-count-help = Frågor om hjälp
library-count-opened = Öppnade kurser
library-count-finished = Klara kurser
library-count-minutes = Minuter
library-participants-title = Deltagare
library-participants-caption = Deltagare: kurs, senaste aktivitet och frågor om hjälp
library-participants-none = Ingen har anslutit än. Listan uppdateras av sig själv.
library-participant-number = Deltagare { $number }
library-col-participant = Deltagare
library-col-course = Kurs och lektion
library-col-active = Senast aktiv
library-col-help = Hjälp
library-course-lesson = { $course }, lektion { $lesson }
library-no-course = Har inte öppnat någon kurs än
library-active = { $minutes ->
    [0] aktiv nyss
   *[other] aktiv för { $minutes } min sedan
}
library-help-waiting = { $minutes ->
    [0] Ber om hjälp nu
   *[other] Har väntat på hjälp i { $minutes } min
}
library-answered = Besvarad
library-help-new = { $name } ber om hjälp.
library-help-answered = Frågan från { $name } är markerad som besvarad.
library-poll-failed = Listan kunde inte uppdateras. Vi försöker igen.
library-end = Avsluta träffen
library-end-confirm = Är du säker? Efter det kan ingen ansluta eller be om hjälp.
library-end-yes = Ja, avsluta
library-end-cancel = Avbryt
library-ended-title = Träffen är avslutad
library-ended-privacy = Smeknamnen och allt om varje deltagare har raderats. Bara siffrorna nedan sparas.
library-back = Tillbaka till Digital hjälp
library-statistics-title = Bibliotekets statistik
library-statistics-intro = Avslutade träffar per bibliotek och månad. Bara siffror, inga personuppgifter.
library-statistics-unit = Enhet
library-statistics-csv = Ladda ner som CSV-fil (Excel)
library-statistics-none = Ingen träff har avslutats här än.
library-statistics-caption = Digital hjälp vid { $unit } per bibliotek och månad
library-col-month = Månad
library-col-sessions = Träffar
library-col-top-topics = Mest öppnade kurser
library-topic-opened = { $title } (öppnad { $count } gånger)

# Digital hjälp på biblioteket: invånarens sida (gå med, hjälp, koder för att fortsätta, utskrifter)
join-title = Gå med i digital hjälp
join-intro = Skriv koden som du ser på skärmen. Du behöver inget konto.
join-already = Du är med i en träff.
join-courses-link = Gå till kurserna
join-code-label = Kod
join-code-hint = Koden står på skärmen i rummet. Den har 6 bokstäver och siffror.
join-code-missing = Skriv koden från skärmen.
join-no-session = Det pågår ingen träff med den koden. Titta på koden på skärmen eller fråga din guide.
join-nickname-label = Förnamn eller smeknamn (du kan lämna det tomt)
join-nickname-hint = Så att guiden vet vem du är. Namnet tas bort när träffen är slut. Vi sparar inga andra uppgifter om dig.
join-nickname-invalid = Namnet får ha högst 40 tecken. Du kan också lämna det tomt.
join-start = Börja
join-starting = Startar…
join-courses-title = Kurser för dig
join-greeting = Du är på { $library }. Välj en kurs för att börja.
join-greeting-named = Välkommen, { $name }! Du är på { $library }. Välj en kurs för att börja.
join-topics = Dagens ämnen
join-other-courses = Andra kurser
join-all-courses = Kurser för vardagen
join-ended = Träffen är slut – tack för att du var med!
join-ended-close = Stäng
help-request = Jag behöver hjälp
help-on-the-way = En guide kommer till dig.
resume-title = Fortsätt med en kod
resume-code-label = Kod för att fortsätta
resume-code-hint = Koden som du skrev ner. Den har 10 bokstäver och siffror.
resume-code-missing = Skriv din kod.
resume-code-unknown = Vi känner inte igen koden. Titta så att du skrev den precis som på lappen.
code-too-many = Det har skrivits för många fel koder på det här nätverket. Vänta 15 minuter och försök igen, eller be din guide om hjälp.
resume-start = Fortsätt
resume-welcome-back = Välkommen tillbaka! Du kan fortsätta där du slutade.
resume-section-title = Fortsätt hemma
resume-offer = Vill du fortsätta hemma? Hämta en kod. Du behöver inget konto.
resume-get = Hämta en kod för att fortsätta hemma
resume-your-code = Din kod:
resume-write-down = Skriv ner koden. På en annan dator eller mobil går du till { $address } och skriver koden under ”Fortsätt med en kod”.
handout-link = Utskrift att ta med hem
handout-qr-alt = QR-kod. Skanna den med mobilens kamera för att öppna kursen på { $address }
handout-address = Skanna koden eller skriv den här adressen:
handout-print = Skriv ut
large-text-toggle = Stor text
read-aloud-start = Läs upp
read-aloud-stop = Sluta läsa
