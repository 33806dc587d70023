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

# Innlogging og den innloggede personen
sign-in = Logg inn
sign-out = Logg ut
nav-my-page = Min kompetanse
nav-admin = Administrasjon
login-title = Logg inn
login-email = E-postadresse
login-password = Passord
login-wrong = Feil e-postadresse eller passord.
login-too-many = For mange forsøk. Vent noen minutter og prøv igjen.
login-help = Har du glemt passordet? Spør administratoren på arbeidsplassen din.
login-already = Du er logget inn som { $name }.
login-continue = Fortsett
sign-in-needed-title = Logg inn for å fortsette
sign-in-needed-text = Denne siden er for kommunens ansatte. Logg inn med e-postadressen du bruker på jobben.
no-access-title = Du har ikke tilgang
no-access-text = Kontoen din kan ikke åpne denne siden. Spør en administrator hvis du trenger tilgang.
none = Mangler

my-page-title = Min kompetanse
my-permissions = Dette kan du gjøre
my-permissions-none = Ingen tilganger.
grant-manager-of = Leder for { $unit }
grant-admin-of = Administrator for { $unit }
grant-guide-at = Veileder på { $unit }
grant-superadmin = Superadministrator for alle kommuner

person-name = Navn
person-email = E-postadresse
person-employee-number = Ansattnummer
person-municipality = Kommune
person-unit = Enhet
person-job-roles = Stillingsgrupper
person-job-roles-hint = Alle har også kommunens grunnivå.
person-permissions = Tilganger
person-active = Aktiv
person-active-yes = Aktiv
person-active-no = Deaktivert
person-status = Status
person-new-password = Nytt passord
person-password-hint = Minst 10 tegn. La feltet stå tomt for å beholde passordet.
person-add = Legg til person
person-new-title = Ny person
person-edit-title = Endre person
person-saved = Lagret.
person-created = Personen er lagt til.
back-to-people = Tilbake til personer

# Administrasjon
admin-menu = Administrasjon
admin-organisation-title = Organisasjon
admin-roles-title = Stillingsgrupper og minstenivåer
admin-people-title = Personer
admin-import-title = Import fra HR
admin-municipality = Kommune
admin-no-municipality = Det finnes ingen kommune ennå.
save = Lagre
saving = Lagrer…
cancel = Avbryt
edit = Endre
rename = Endre navn
remove = Fjern

units-title = Enheter
unit-people = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
unit-add-title = Legg til en enhet
unit-edit-title = Endre { $name }
unit-parent = Del av
unit-name = Navn
unit-code = Kode
unit-code-hint = Enhetens kode i HR-systemet.
unit-add = Legg til enhet
unit-added = { $name } er lagt til.
unit-saved = { $name } er lagret.
unit-other = en enhet du ikke administrerer
municipality-new = Ny kommune
municipality-create = Opprett kommune
municipality-created = Kommunen er opprettet.

roles-title = Stillingsgrupper
role-name = Stillingsgruppe
role-code = Kode
role-code-hint = Stillingsgruppens kode i HR-filen.
role-baseline = Alle ansatte (grunnivå)
role-add-title = Legg til en stillingsgruppe
role-edit-title = Endre navn på { $name }
role-saved = { $name } er lagret.
requirements-title = Minstenivåer
requirements-caption = Det laveste nivået hver stillingsgruppe trenger i hver kompetanse
requirements-help = Velg det laveste nivået hver stillingsgruppe trenger i hver kompetanse. 0 betyr ingen krav. Nivåene:
requirements-save = Lagre minstenivåene
requirements-saved = Minstenivåene er lagret.

people-search = Søk
people-search-hint = Navn, e-postadresse eller ansattnummer
people-search-label = Finn personer
people-filter-unit = Enhet
people-all-units = Alle enheter
people-show-inactive = Vis deaktiverte personer
people-none = Ingen passer til søket.
people-count = Viser { $from }–{ $to } av { $total }
previous-page = Forrige side
next-page = Neste side
grant-kind = Tilgang
grant-kind-manager = Leder
grant-kind-admin = Administrator
grant-kind-guide = Veileder
grant-unit = For enheten
grant-add = Legg til tilgang

import-help-title = Slik skal filen se ut
import-help = En CSV-fil i UTF-8 med en overskriftsrad, der kolonnene er skilt med komma eller semikolon:
import-col-employee-number = ansattnummeret, som identifiserer personen
import-col-name = fullt navn
import-col-email = e-postadresse på jobben (kan stå tom)
import-col-unit-code = koden for enheten personen hører til
import-col-job-role-codes = kodene for personens stillingsgrupper, skilt med | (kan stå tom)
import-col-manager = ja, yes eller 1 hvis personen er leder for enheten, ellers tom
import-help-missing = Aktive personer med ansattnummer som mangler i filen, blir deaktivert. Ingenting endres før du gjennomfører importen.
import-file = HR-fil (CSV)
import-file-rows = { $rows } rader i filen.
import-check = Kontroller filen
import-apply = Gjennomfør importen
import-apply-hint = Kontroller filen først. Importen kan gjennomføres når filen ikke har rader med feil.
import-checking = Kontrollerer { $rows } rader …
import-applying = Importerer { $rows } rader …
import-checked-ok = Filen er i orden. Se endringene nedenfor, og gjennomfør deretter importen.
import-checked-errors = { $count ->
    [one] Én rad har feil
   *[other] { $count } rader har feil
}. Rett filen og kontroller den på nytt.
import-applied = Importen er gjennomført.
import-report-checked = Dette vil filen endre
import-report-applied = Dette ble endret
import-rows = Rader
import-created = Nye personer
import-updated = Endret
import-deactivated = Deaktivert
import-unchanged = Uendret
import-errors = Rader med feil
import-errors-title = Rader med feil
import-line = Linje
import-problem = Feil
import-changes-title = Endringer
import-change = Endring
import-change-create = Ny
import-change-update = Endres
import-change-deactivate = Deaktiveres
import-fields = Hva som endres
import-cut = Viser de første { $shown } av { $count }.
export-title = Eksport
export-text = Last ned alle i kommunen i samme format, for eksempel for å sammenligne med HR-systemet.
export-link = Eksporter personer (CSV)

## My competence
my-levels-title = Nivåene dine og minstenivåene for jobben din
my-levels-none = Stillingsgruppene dine har ingen minstenivåer ennå.
my-levels-explained = Nivåene i { $framework }:
verdict-met = Du når alle minstenivåene for jobben din
verdict-gaps = { $count ->
    [one] 1 kompetanse under minstenivået for jobben din
   *[other] { $count } kompetanser under minstenivået for jobben din
}
verdict-no-requirements = Jobben din har ingen minstenivåer ennå
competence-chart-caption = Nivået ditt (fylt) sammenlignet med minstenivået for jobben din (tykk strek) i hver kompetanse. Tabellen nedenfor har de samme tallene.
competence-chart-achieved = Nivået ditt
competence-chart-missing = Mangler for å nå minstenivået
competence-chart-required = Minstenivå for jobben din
competence-table-caption = Minstenivå, nivået ditt og avstand per kompetanse
competence-col-competence = Kompetanse
competence-col-required = Minstenivå for jobben din
competence-col-achieved = Nivået ditt
competence-col-gap = Avstand
competence-col-self = Din egen vurdering
competence-col-self-note = (teller ikke)
competence-col-valid-until = Gyldig til
competence-self-none = Ikke vurdert
competence-gap-met = Oppfylt
competence-gap-below = { $gap ->
    [one] 1 nivå under
   *[other] { $gap } nivåer under
}
competence-valid-always = Ingen sluttdato
competence-expires-refresh = Går ut { $date } – på tide å fornye
gaps-title = Slik når du minstenivåene
gaps-intro = Disse kursene gir nivået du trenger. Det korteste kurset står først.
gaps-none = Du har ingenting å ta igjen akkurat nå.
gaps-levels = Jobben din krever nivå { $required }. Du har nivå { $achieved }.
gaps-refresh = Nivå { $level } går ut { $date }. Ta et kurs på nytt for å beholde det.
gaps-no-course = Ingen kurs gir dette nivået ennå. Spør lederen din hva du kan gjøre.
gaps-course-meta = { $minutes } minutter · gir nivå { $level }
assignments-title = Kurs du skal ta
assignments-none = Du har ikke fått noen kurs å ta.
assignment-due = Frist { $date }
assignment-not-started = Ikke startet
assignment-in-progress = Påbegynt
assignment-done = Fullført
assignment-overdue = Forsinket
completed-title = Kurs du har bestått
completed-none = Du har ikke bestått noe kurs ennå.
completed-passed-on = Bestått { $date }
completed-valid-until = gyldig til { $date }
completed-certificate = Kursbevis
about-you-title = Om deg
self-assessment-title = Din egen vurdering
self-assessment-teaser = Vurder selv hva du kan. Din egen vurdering vises ved siden av resultatene dine, men teller aldri mot minstenivåene for jobben din.
self-assessment-saved-on = Sist lagret { $date }.
self-assessment-start = Gjør din egen vurdering
self-assessment-update = Endre din egen vurdering
self-assessment-intro = Dette er ditt eget syn. Det vises ved siden av resultatene dine, men teller aldri mot minstenivåene for jobben din. Kryss av for alt du kan.
self-assessment-suggested = Foreslått nivå: { $level } ({ $group })
self-assessment-suggested-none = Foreslått nivå: ikke ennå
self-assessment-save = Lagre vurderingen
self-assessment-saved = Vurderingen din er lagret.
self-assessment-back = Tilbake til Min kompetanse
certificate-page-title = Kursbevis: { $course }
certificate-title = Kursbevis
certificate-statement = ved { $municipality } har bestått kurset
certificate-issued = Utstedt
certificate-course-version = Kursversjon
certificate-code = Kode for kursbeviset
certificate-expired = Gikk ut { $date }
certificate-competences = Kompetanser kurset viser
certificate-framework = Nivåene følger { $framework }.
certificate-verify-title = Kontroller kursbeviset
certificate-verify-text = Hvem som helst kan åpne denne adressen og se at kursbeviset er ekte og om det fortsatt gjelder. Siden viser kursbeviset slik det er lagret i Digikomp.
certificate-print = Skriv ut
certificate-unknown-title = Det finnes ikke noe kursbevis med denne koden
certificate-unknown-text = Sjekk at adressen er hel og riktig kopiert. Hvis den er det, finnes ikke kursbeviset i Digikomp.

## Progress and offline
progress-saved = All framgang er lagret.
progress-sending = Lagrer framgangen din…
progress-waiting = { $count ->
    [one] Ett steg venter på å bli sendt. Det blir sendt automatisk.
   *[other] { $count } steg venter på å bli sendt. De blir sendt automatisk.
}
progress-waiting-offline = { $count ->
    [one] Ett steg venter på å bli sendt – du er ikke på nett. Det blir sendt automatisk.
   *[other] { $count } steg venter på å bli sendt – du er ikke på nett. De blir sendt automatisk.
}
lesson-done = fullført
course-continue = Fortsett der du slapp
course-lessons-done = Du har fullført { $done } av { $count } leksjoner.
course-passed = Du besto kunnskapstesten den { $date }.
quiz-saved-offline = Svarene dine er lagret på denne enheten og blir rettet når du er på nett igjen.
quiz-saved-retry = Svarene dine er lagret på denne enheten. Serveren svarer ikke akkurat nå, så de blir sendt på nytt automatisk.
quiz-certificate = Vis kursbeviset ditt

## Organisasjonsrapport
admin-report-title = Organisasjonsrapport
report-percent = { $percent } %
report-headline = { $count ->
    [one] { $percent } av { $people } ansatt når alle minstenivåene jobben krever.
   *[other] { $percent } av { $people } ansatte når alle minstenivåene jobbene deres krever.
}
report-as-of = Tallene gjelder per { $date }.
report-csv = Last ned rapporten som CSV
report-csv-hint = Åpnes i Excel og andre regneark, med kolonneoverskrifter på språket du bruker nå.
report-by-unit = Per enhet
report-by-unit-hint = Hver enhet teller med alle i den og i enhetene under den.
report-by-unit-caption = Ansatte som når alle minstenivåene, per enhet
report-unit-under = (del av { $parent })
report-col-unit = Enhet
report-col-people = Ansatte
report-col-meeting = Når alle minstenivåene
report-col-share = Andel
report-by-competence = Per kompetanse
report-by-competence-hint = Bare de ansatte der jobben krever kompetansen, telles med.
report-by-competence-caption = Ansatte som når minstenivået, per kompetanse
report-col-competence = Kompetanse
report-col-required-of = Ansatte det gjelder
report-col-meeting-minimum = Når minstenivået
report-not-required = Kreves ikke av noen
report-trend = Måned for måned
report-trend-hint = Tallene for hver måned lagres, så historikken blir stående når de ansatte skifter. Den siste måneden viser situasjonen i dag.
report-trend-caption = Ansatte som når alle minstenivåene, måned for måned
report-col-month = Måned
report-empty = Det er ingen ansatte i enhetene du administrerer ennå. Legg til personer eller importer dem fra HR-systemet, så fylles rapporten ut.
report-empty-import = Importer ansatte fra HR-systemet

## Mitt team: lederens oversikt over teamet og en persons side
nav-team = Mitt team
team-title = Mitt team
team-no-team = Du er ikke leder for noe team. Siden er for ledere og administratorer.
team-filters-label = Filtrer teamet
team-filter-team = Team
team-filter-unit = Enhet
team-filter-unit-all = Hele teamet
team-filter-role = Stillingsgruppe
team-filter-role-all = Alle stillingsgrupper
team-filter-competence = Under minstenivået i
team-filter-competence-any = Alle kompetanser
team-filter-gaps-only = Bare de som ikke når alle minstenivåene
team-sort = Sorter etter
team-sort-name = Navn
team-sort-gap = Størst avstand først
team-people-shown = { $count ->
    [one] Viser 1 person
   *[other] Viser { $count } personer
}
team-people-none = Ingen passer med filtrene.
team-summary-title = Sammendrag
team-summary-meeting-title = Når alle minstenivåene
team-summary-meeting = { $meeting } av { $people }
team-summary-most-below-title = Flest under minstenivået
team-summary-most-below-none = Ingen er under noe minstenivå.
team-summary-below-count = { $below } av { $people } under
team-summary-expiring-title = Kursbevis som går ut innen 60 dager
team-summary-expiring-none = Ingen kursbevis går ut de neste 60 dagene.
team-summary-expires-on = går ut { $date }
team-summary-expiring-more = { $count ->
    [one] Og 1 person til: tabellen markerer alle ruter som snart går ut.
   *[other] Og { $count } personer til: tabellen markerer alle ruter som snart går ut.
}
team-heatmap-title = Kompetanse per person
team-heatmap-caption = { $unit }: oppnådd nivå / minstenivå per person og kompetanse
team-csv = Last ned tabellen som CSV
team-col-choose = Velg
team-choose-all = Velg alle som vises
team-choose-person = Velg { $name }
team-col-gap-levels = Nivåer som mangler
team-cell-levels = nivå { $achieved }, krav { $required }:
team-cell-gap = mangler { $gap }
team-cell-met = oppfylt
team-cell-expiring = går snart ut
team-cell-not-required = kreves ikke
team-legend-label = Slik leser du tabellen
team-legend-levels = oppnådd nivå / minstenivå
team-legend-gap = stripete: under minstenivået
team-legend-met = glatt: minstenivået er oppfylt
team-legend-expiring = prikkete kant: oppfylt, men kursbeviset går ut innen 60 dager
team-legend-none = kreves ikke for jobben
team-assign-title = Tildel et kurs
team-assign-course = Kurs
team-assign-course-choose = Velg et kurs
team-assign-due = Frist
team-assign-to = Tildel til
team-assign-to-chosen = { $count ->
    [one] Personen du har valgt (1)
   *[other] Personene du har valgt ({ $count })
}
team-assign-to-chosen-hint = Velg personer med avkrysningsboksene i tabellen.
team-assign-nobody = Velg først personer i tabellen, eller velg alle i enheten.
team-assign-to-unit = Alle i { $unit }
team-assign-to-person = Kurset tildeles { $name }.
team-assign-submit = Tildel kurset
team-assign-done = { $count ->
    [one] Kurset er tildelt 1 person.
   *[other] Kurset er tildelt { $count } personer.
}
team-assignments-title = Tildelte kurs
team-assignments-all = Alle tildelte kurs, nærmeste frist først
team-overdue-title = Forsinket
team-overdue-none = Ingenting er forsinket.
team-back = Tilbake til Mitt team
team-person-page-title = { $name } – Mitt team
team-person-met = Når alle minstenivåene for jobben
team-person-gaps = { $count ->
    [one] 1 kompetanse under minstenivået for jobben
   *[other] { $count } kompetanser under minstenivået for jobben
}
team-person-no-requirements = Jobben har ingen minstenivåer ennå
team-person-levels-title = Nivåer og jobbens minstenivåer
team-person-levels-none = Stillingsgruppene har ingen minstenivåer ennå.
team-chart-caption = Oppnådd nivå (fylt) sammenlignet med minstenivået for jobben (tykk strek) i hver kompetanse. Tabellen nedenfor har de samme tallene.
team-table-caption = Minstenivå, oppnådd nivå og avstand per kompetanse
team-col-required = Minstenivå for jobben
team-col-achieved = Oppnådd nivå
team-col-self = Egen vurdering
team-gaps-title = Kurs som gir nivåene som mangler
team-gaps-intro = Disse kursene gir nivået jobben krever. Det korteste kurset står først.
team-gaps-none = Ingen nivåer mangler akkurat nå.
team-gaps-levels = Jobben krever nivå { $required }. Oppnådd: nivå { $achieved }.
team-gaps-refresh = Nivå { $level } går ut { $date }. Kurset må tas på nytt for at nivået skal gjelde videre.
team-gaps-no-course = Ingen kurs gir dette nivået ennå.
team-person-assignments-title = Tildelte kurs
team-person-assignments-none = Ingen kurs er tildelt.
team-person-completed-title = Beståtte kurs
team-person-completed-none = Ingen kurs er bestått ennå.

# Digital hjelp på biblioteket: veilederens sider
library-nav = Digital hjelp
library-title = Digital hjelp
library-intro = Hold et drop-in-treff med digital hjelp (Digihjelpen) på biblioteket. Start det her, vis koden til deltakerne og se hvem som trenger hjelp.
library-no-access = Bare bibliotekets veiledere kan holde treff med digital hjelp. Be en administrator om tilgang som veileder.
library-start-title = Start et treff
library-at = Bibliotek: { $name }
library-unit = Bibliotek
library-topics = Emner
library-topics-hint = Velg ett eller flere kurs som treffet handler om.
library-topics-none = Velg minst ett emne.
library-start = Start treffet
library-sessions-title = Dine treff
library-col-started = Startet
library-col-library = Bibliotek
library-col-topics = Emner
library-col-status = Status
library-session-open = Pågår – åpne direktevisningen
library-session-ended = Avsluttet
library-statistics-link = Statistikk per måned
library-live-title = Treff med digital hjelp
library-join-how = Gå til
library-code-label = og skriv inn koden
library-qr-alt = QR-kode. Skann den med mobilkameraet for å åpne { $address } med koden fylt inn.
library-count-participants = Deltakere
library-count-help = Spørsmål om hjelp
library-count-opened = Åpnede kurs
library-count-finished = Fullførte kurs
library-count-minutes = Minutter
library-participants-title = Deltakere
library-participants-caption = Deltakere: kurs, siste aktivitet og spørsmål om hjelp
library-participants-none = Ingen har koblet seg på ennå. Listen oppdateres av seg selv.
library-participant-number = Deltaker { $number }
library-col-participant = Deltaker
library-col-course = Kurs og leksjon
library-col-active = Sist aktiv
library-col-help = Hjelp
library-course-lesson = { $course }, leksjon { $lesson }
library-no-course = Har ikke åpnet noe kurs ennå
library-active = { $minutes ->
    [0] aktiv nå nettopp
   *[other] aktiv for { $minutes } min siden
}
library-help-waiting = { $minutes ->
    [0] Ber om hjelp nå
   *[other] Har ventet på hjelp i { $minutes } min
}
library-answered = Besvart
library-help-new = { $name } ber om hjelp.
library-help-answered = Spørsmålet fra { $name } er merket som besvart.
library-poll-failed = Listen kunne ikke oppdateres. Vi prøver igjen.
library-end = Avslutt treffet
library-end-confirm = Er du sikker? Etter dette kan ingen koble seg på eller be om hjelp.
library-end-yes = Ja, avslutt
library-end-cancel = Avbryt
library-ended-title = Treffet er avsluttet
library-ended-privacy = Kallenavnene og alt om hver deltaker er slettet. Bare tallene nedenfor blir lagret.
library-back = Tilbake til Digital hjelp
library-statistics-title = Bibliotekstatistikk
library-statistics-intro = Avsluttede treff per bibliotek og måned. Bare tall, ingen personopplysninger.
library-statistics-unit = Enhet
library-statistics-csv = Last ned som CSV-fil (Excel)
library-statistics-none = Ingen treff er avsluttet her ennå.
library-statistics-caption = Digital hjelp ved { $unit } per bibliotek og måned
library-col-month = Måned
library-col-sessions = Treff
library-col-top-topics = Mest åpnede kurs
library-topic-opened = { $title } (åpnet { $count } ganger)

# Digital hjelp på biblioteket: innbyggerens side (bli med, hjelp, koder for å fortsette, utskrifter)
join-title = Bli med i digital hjelp
join-intro = Skriv koden du ser på skjermen. Du trenger ingen konto.
join-already = Du er med i et treff.
join-courses-link = Gå til kursene
join-code-label = Kode
join-code-hint = Koden står på skjermen i rommet. Den har 6 bokstaver og tall.
join-code-missing = Skriv koden fra skjermen.
join-no-session = Det er ikke noe treff i gang med den koden. Se på koden på skjermen eller spør veilederen din.
join-nickname-label = Fornavn eller kallenavn (du kan la det stå tomt)
join-nickname-hint = Slik at veilederen vet hvem du er. Navnet slettes når treffet er slutt. Vi lagrer ingen andre opplysninger om deg.
join-nickname-invalid = Navnet kan ha høyst 40 tegn. Du kan også la det stå tomt.
join-start = Start
join-starting = Starter…
join-courses-title = Kurs for deg
join-greeting = Du er på { $library }. Velg et kurs for å begynne.
join-greeting-named = Velkommen, { $name }! Du er på { $library }. Velg et kurs for å begynne.
join-topics = Dagens emner
join-other-courses = Andre kurs
join-all-courses = Kurs for hverdagen
join-ended = Treffet er slutt – takk for at du var med!
join-ended-close = Lukk
help-request = Jeg trenger hjelp
help-on-the-way = En veileder kommer til deg.
resume-title = Fortsett med en kode
resume-code-label = Kode for å fortsette
resume-code-hint = Koden du skrev ned. Den har 10 bokstaver og tall.
resume-code-missing = Skriv koden din.
resume-code-unknown = Vi kjenner ikke igjen koden. Se etter at du skrev den akkurat som på lappen.
code-too-many = Det er skrevet for mange feil koder på dette nettverket. Vent 15 minutter og prøv igjen, eller be veilederen din om hjelp.
resume-start = Fortsett
resume-welcome-back = Velkommen tilbake! Du kan fortsette der du slapp.
resume-section-title = Fortsett hjemme
resume-offer = Vil du fortsette hjemme? Hent en kode. Du trenger ingen konto.
resume-get = Hent en kode for å fortsette hjemme
resume-your-code = Koden din:
resume-write-down = Skriv ned koden. På en annen datamaskin eller mobil går du til { $address } og skriver koden under «Fortsett med en kode».
handout-link = Utskrift å ta med hjem
handout-qr-alt = QR-kode. Skann den med mobilkameraet for å åpne kurset på { $address }
handout-address = Skann koden eller skriv denne adressen:
handout-print = Skriv ut
large-text-toggle = Stor tekst
read-aloud-start = Les opp
read-aloud-stop = Slutt å lese
