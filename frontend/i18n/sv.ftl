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
nav-my-page = Min sida
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

my-page-title = Min sida
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
