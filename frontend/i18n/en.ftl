# Digikomp interface strings — English. Keep the same message ids in sv.ftl and nb.ftl.

skip-to-content = Skip to content
nav-main = Main menu
nav-courses = Courses
language-switcher = Language
footer-text = Digikomp – digital skills for everyone in the municipality.
breadcrumbs = You are here

loading = Loading…
error-title = Something went wrong
error-not-found = We could not find that page. It may have moved.
error-offline = We could not reach the server. Check your connection and try again.
error-server = The server said: { $message }

not-found-title = Page not found
not-found-text = The address may be wrong, or the page has moved.
back-to-catalogue = Go to all courses

catalogue-title = Courses
catalogue-intro = Short courses in digital skills for work and everyday life. Choose a course to start.
catalogue-empty = No courses match your choices.
catalogue-count = { $count ->
    [one] One course
   *[other] { $count } courses
}
filter-audience = Who is it for?
filter-language = Language of the courses
audience-all = Everyone
audience-staff = Municipal staff
audience-citizen = Residents
audience-both = Staff and residents
language-sv = Swedish
language-nb = Norwegian
language-en = English

minutes = { $minutes } minutes
lesson-count = { $count ->
    [one] 1 lesson
   *[other] { $count } lessons
}
valid-months = Valid for { $months } months
start-course = Start the course
competences = Competences you show
level = level { $level } ({ $group })
lessons = Lessons
lesson-progress = Lesson { $number } of { $count }
lesson-navigation = Lessons
previous-lesson = Previous lesson
next-lesson = Next lesson

practice = Practice
practice-intro = { $count } questions to practise on. Nothing is saved.
practice-help = Answer a question and check it to see if you were right.
practice-start = Practise
check-answer = Check answer

quiz = Quiz
quiz-intro = { $count } questions. You pass with { $passmark } % right.
quiz-start = Take the quiz
quiz-submit = Submit answers
quiz-unanswered = Please answer every question. Not answered yet: { $numbers }.
quiz-passed = You passed!
quiz-failed = Not passed this time
quiz-score = You got { $score } of { $max } right ({ $percent } %). You need { $passmark } % to pass.
quiz-review = Each question below now shows the right answer and why.
quiz-retry = Try again

question-number = Question { $number } of { $count }
hint-single = Choose one answer.
hint-multiple = Choose all answers that are right.
answer-true = True
answer-false = False
correct-answer = right answer
feedback-correct = Right!
feedback-wrong = Not quite.

# Signing in, and the signed-in person
sign-in = Sign in
sign-out = Sign out
nav-my-page = My competence
nav-admin = Admin
login-title = Sign in
login-email = E-mail address
login-password = Password
login-wrong = Wrong e-mail address or password.
login-too-many = Too many attempts. Wait a few minutes and try again.
login-help = Forgotten your password? Ask the administrator at your workplace.
login-already = You are signed in as { $name }.
login-continue = Continue
sign-in-needed-title = Sign in to continue
sign-in-needed-text = This page is for the municipality's staff. Sign in with your work e-mail address.
no-access-title = You do not have access
no-access-text = Your account cannot open this page. Ask an administrator if you need access.
none = None

my-page-title = My competence
my-permissions = What you can do
my-permissions-none = No permissions.
grant-manager-of = Manager of { $unit }
grant-admin-of = Administrator of { $unit }
grant-guide-at = Guide at { $unit }
grant-superadmin = Superadministrator for every municipality

person-name = Name
person-email = E-mail address
person-employee-number = Employee number
person-municipality = Municipality
person-unit = Unit
person-job-roles = Job roles
person-job-roles-hint = Everyone also has the municipality's baseline.
person-permissions = Permissions
person-active = Active
person-active-yes = Active
person-active-no = Deactivated
person-status = Status
person-new-password = New password
person-password-hint = At least 10 characters. Leave it empty to keep the current password.
person-add = Add person
person-new-title = New person
person-edit-title = Edit person
person-saved = Saved.
person-created = The person has been added.
back-to-people = Back to people

# Administration
admin-menu = Administration
admin-organisation-title = Organisation
admin-roles-title = Job roles and minimum levels
admin-people-title = People
admin-import-title = Import from HR
admin-municipality = Municipality
admin-no-municipality = There is no municipality yet.
save = Save
saving = Saving…
cancel = Cancel
edit = Edit
rename = Rename
remove = Remove

units-title = Units
unit-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
unit-add-title = Add a unit
unit-edit-title = Edit { $name }
unit-parent = Part of
unit-name = Name
unit-code = Code
unit-code-hint = The unit's code in the HR system.
unit-add = Add unit
unit-added = { $name } has been added.
unit-saved = { $name } has been saved.
unit-other = a unit you do not administer
municipality-new = New municipality
municipality-create = Create municipality
municipality-created = The municipality has been created.

roles-title = Job roles
role-name = Job role
role-code = Code
role-code-hint = The role's code in the HR file.
role-baseline = All staff (baseline)
role-add-title = Add a job role
role-edit-title = Rename { $name }
role-saved = { $name } has been saved.
requirements-title = Minimum levels
requirements-caption = The lowest level each job role needs in each competence
requirements-help = Choose the lowest level each job role needs in each competence; 0 means no requirement. The levels:
requirements-save = Save the minimum levels
requirements-saved = The minimum levels have been saved.

people-search = Search
people-search-hint = Name, e-mail address or employee number
people-search-label = Find people
people-filter-unit = Unit
people-all-units = All units
people-show-inactive = Show deactivated people
people-none = No one matches the search.
people-count = Showing { $from }–{ $to } of { $total }
previous-page = Previous page
next-page = Next page
grant-kind = Permission
grant-kind-manager = Manager
grant-kind-admin = Administrator
grant-kind-guide = Guide
grant-unit = For unit
grant-add = Add permission

import-help-title = What the file should look like
import-help = A CSV file in UTF-8 with a header row, its columns separated by commas or semicolons:
import-col-employee-number = the employee number, which identifies the person
import-col-name = full name
import-col-email = work e-mail address (may be empty)
import-col-unit-code = the code of the person's unit
import-col-job-role-codes = the codes of the person's job roles, separated by | (may be empty)
import-col-manager = ja, yes or 1 if the person manages the unit; otherwise empty
import-help-missing = Active people with an employee number who are missing from the file are deactivated. Nothing changes until you run the import.
import-file = HR file (CSV)
import-file-rows = { $rows } rows in the file.
import-check = Check file
import-apply = Run the import
import-apply-hint = Check the file first. The import can run once the file has no bad rows.
import-checking = Checking { $rows } rows…
import-applying = Importing { $rows } rows…
import-checked-ok = The file is fine. See the changes below, then run the import.
import-checked-errors = { $count ->
    [one] One row has a problem
   *[other] { $count } rows have problems
}. Correct the file and check it again.
import-applied = The import is done.
import-report-checked = What the file would change
import-report-applied = What changed
import-rows = Rows
import-created = New people
import-updated = Changed
import-deactivated = Deactivated
import-unchanged = Unchanged
import-errors = Bad rows
import-errors-title = Rows with problems
import-line = Line
import-problem = Problem
import-changes-title = Changes
import-change = Change
import-change-create = New
import-change-update = Changed
import-change-deactivate = Deactivated
import-fields = What changes
import-cut = Showing the first { $shown } of { $count }.
export-title = Export
export-text = Download everyone in the municipality in the same format, for example to compare with the HR system.
export-link = Export people (CSV)

## My competence
my-levels-title = Your levels and your job's minimum levels
my-levels-none = Your job roles have no minimum levels yet.
my-levels-explained = Levels in { $framework }:
verdict-met = You meet all minimum levels for your job
verdict-gaps = { $count ->
    [one] 1 competence below the minimum for your job
   *[other] { $count } competences below the minimum for your job
}
verdict-no-requirements = Your job has no minimum levels yet
competence-chart-caption = Your level (filled) against the minimum for your job (thick line) in each competence. The table below has the same figures.
competence-chart-achieved = Your level
competence-chart-missing = Missing to reach the minimum
competence-chart-required = Minimum for your job
competence-table-caption = Minimum level, your level and gap per competence
competence-col-competence = Competence
competence-col-required = Minimum for your job
competence-col-achieved = Your level
competence-col-gap = Gap
competence-col-self = Your own assessment
competence-col-self-note = (does not count)
competence-col-valid-until = Valid until
competence-self-none = Not assessed
competence-gap-met = Met
competence-gap-below = { $gap ->
    [one] 1 level below
   *[other] { $gap } levels below
}
competence-valid-always = No end date
competence-expires-refresh = Expires { $date } – refresh it
gaps-title = Close your gaps
gaps-intro = These courses give the level you need. The shortest comes first.
gaps-none = You have no gaps to close right now.
gaps-levels = Your job needs level { $required }. You have level { $achieved }.
gaps-refresh = Your level { $level } runs out on { $date }. Take a course again to keep it.
gaps-no-course = No course gives this level yet. Ask your manager what you can do.
gaps-course-meta = { $minutes } minutes · gives level { $level }
assignments-title = Courses assigned to you
assignments-none = No courses have been assigned to you.
assignment-due = Due { $date }
assignment-not-started = Not started
assignment-in-progress = In progress
assignment-done = Done
assignment-overdue = Overdue
completed-title = Courses you have passed
completed-none = You have not passed any course yet.
completed-passed-on = Passed { $date }
completed-valid-until = valid until { $date }
completed-certificate = Certificate
about-you-title = About you
self-assessment-title = Your own assessment
self-assessment-teaser = Rate for yourself what you can do. Your own view is shown beside your results but never counts towards your job's minimum levels.
self-assessment-saved-on = Last saved { $date }.
self-assessment-start = Assess yourself
self-assessment-update = Update your own assessment
self-assessment-intro = This is your own view. It is shown beside your results but never counts towards your job's minimum levels. Tick everything you can do.
self-assessment-suggested = Suggested level: { $level } ({ $group })
self-assessment-suggested-none = Suggested level: not yet
self-assessment-save = Save your assessment
self-assessment-saved = Your assessment has been saved.
self-assessment-back = Back to My competence
certificate-page-title = Certificate: { $course }
certificate-title = Certificate
certificate-statement = at { $municipality } has passed the course
certificate-issued = Issued
certificate-course-version = Course version
certificate-code = Certificate code
certificate-expired = Expired on { $date }
certificate-competences = Competences the course shows
certificate-framework = The levels follow { $framework }.
certificate-verify-title = Verify this certificate
certificate-verify-text = Anyone can open this address to confirm that the certificate is genuine and whether it is still valid. The page shows the certificate as Digikomp has it on record.
certificate-print = Print
certificate-unknown-title = No certificate with this code
certificate-unknown-text = Check that the address is complete and copied correctly. If it is, the certificate does not exist in Digikomp.

## Progress and offline
progress-saved = All progress is saved.
progress-sending = Saving your progress…
progress-waiting = { $count ->
    [one] One step is waiting to be sent. It will be sent automatically.
   *[other] { $count } steps are waiting to be sent. They will be sent automatically.
}
progress-waiting-offline = { $count ->
    [one] One step is waiting to be sent – you are offline. It will be sent automatically.
   *[other] { $count } steps are waiting to be sent – you are offline. They will be sent automatically.
}
lesson-done = done
course-continue = Continue where you left off
course-lessons-done = You have done { $done } of { $count } lessons.
course-passed = You passed the quiz on { $date }.
quiz-saved-offline = Your answers are saved on this device and will be graded when you are back online.
quiz-saved-retry = Your answers are saved on this device. The server is not answering right now, so they will be sent again automatically.
quiz-certificate = Show your certificate

## Organisation report
admin-report-title = Organisation report
report-percent = { $percent }%
report-headline = { $count ->
    [one] { $percent } of { $people } employee meets every minimum level their job requires.
   *[other] { $percent } of { $people } staff meet every minimum level their jobs require.
}
report-as-of = The figures are as of { $date }.
report-csv = Download the report as CSV
report-csv-hint = Opens in Excel and other spreadsheets, with column headings in the language you are using now.
report-by-unit = By unit
report-by-unit-hint = Each unit counts everyone in it and in the units under it.
report-by-unit-caption = Staff meeting every minimum level, by unit
report-unit-under = (part of { $parent })
report-col-unit = Unit
report-col-people = Staff
report-col-meeting = Meet every minimum level
report-col-share = Share
report-by-competence = By competence
report-by-competence-hint = Counts only the staff whose job requires the competence.
report-by-competence-caption = Staff meeting the minimum level, by competence
report-col-competence = Competence
report-col-required-of = Staff it applies to
report-col-meeting-minimum = Meet the minimum
report-not-required = Not required of anyone
report-trend = Month by month
report-trend-hint = The figures of every month are saved, so the history stays when staff come and go. The last month shows the situation today.
report-trend-caption = Staff meeting every minimum level, month by month
report-col-month = Month
report-empty = There are no staff in the units you administer yet. Add people or import them from the HR system, and the report fills in.
report-empty-import = Import staff from the HR system

## My team: the manager's team view and a person's page
nav-team = My team
team-title = My team
team-no-team = You do not manage a team. This page is for managers and administrators.
team-filters-label = Filter the team
team-filter-team = Team
team-filter-unit = Unit
team-filter-unit-all = The whole team
team-filter-role = Job role
team-filter-role-all = All job roles
team-filter-competence = Below the minimum in
team-filter-competence-any = Any competence
team-filter-gaps-only = Only people below a minimum level
team-sort = Sort by
team-sort-name = Name
team-sort-gap = Biggest gap first
team-people-shown = { $count ->
    [one] Showing 1 person
   *[other] Showing { $count } people
}
team-people-none = No one matches the filters.
team-summary-title = Summary
team-summary-meeting-title = Meet every minimum level
team-summary-meeting = { $meeting } of { $people }
team-summary-most-below-title = Most people below the minimum
team-summary-most-below-none = No one is below any minimum level.
team-summary-below-count = { $below } of { $people } below
team-summary-expiring-title = Evidence that expires within 60 days
team-summary-expiring-none = No evidence runs out in the next 60 days.
team-summary-expires-on = expires { $date }
team-summary-expiring-more = { $count ->
    [one] And 1 more person: the table marks every cell that expires soon.
   *[other] And { $count } more people: the table marks every cell that expires soon.
}
team-heatmap-title = Competence per person
team-heatmap-caption = { $unit }: achieved level / minimum level per person and competence
team-csv = Download the table as CSV
team-col-choose = Choose
team-choose-all = Choose everyone shown
team-choose-person = Choose { $name }
team-col-gap-levels = Levels missing
team-cell-levels = level { $achieved }, required { $required }:
team-cell-gap = gap { $gap }
team-cell-met = met
team-cell-expiring = expires soon
team-cell-not-required = not required
team-legend-label = How to read the table
team-legend-levels = achieved level / minimum level
team-legend-gap = striped: below the minimum
team-legend-met = plain: minimum met
team-legend-expiring = dotted border: met, but the evidence expires within 60 days
team-legend-none = not required by the job
team-assign-title = Assign a course
team-assign-course = Course
team-assign-course-choose = Choose a course
team-assign-due = Due date
team-assign-to = Assign to
team-assign-to-chosen = { $count ->
    [one] The person you have chosen (1)
   *[other] The people you have chosen ({ $count })
}
team-assign-to-chosen-hint = Choose people with the boxes in the table.
team-assign-nobody = Choose people in the table first, or choose everyone in the unit.
team-assign-to-unit = Everyone in { $unit }
team-assign-to-person = The course is assigned to { $name }.
team-assign-submit = Assign the course
team-assign-done = { $count ->
    [one] The course has been assigned to 1 person.
   *[other] The course has been assigned to { $count } people.
}
team-assignments-title = Assigned courses
team-assignments-all = All assigned courses, the soonest due first
team-overdue-title = Overdue
team-overdue-none = Nothing is overdue.
team-back = Back to My team
team-person-page-title = { $name } – My team
team-person-met = Meets every minimum level for the job
team-person-gaps = { $count ->
    [one] 1 competence below the minimum for the job
   *[other] { $count } competences below the minimum for the job
}
team-person-no-requirements = The job has no minimum levels yet
team-person-levels-title = Levels and the job's minimum levels
team-person-levels-none = The job roles have no minimum levels yet.
team-chart-caption = Achieved level (filled) against the minimum for the job (thick line) in each competence. The table below has the same figures.
team-table-caption = Minimum level, achieved level and gap per competence
team-col-required = Minimum for the job
team-col-achieved = Achieved level
team-col-self = Own assessment
team-gaps-title = Courses that close the gaps
team-gaps-intro = These courses give the level the job needs. The shortest comes first.
team-gaps-none = No gaps to close right now.
team-gaps-levels = The job needs level { $required }. Achieved: level { $achieved }.
team-gaps-refresh = Level { $level } runs out on { $date }. Taking the course again keeps it.
team-gaps-no-course = No course gives this level yet.
team-person-assignments-title = Assigned courses
team-person-assignments-none = No courses have been assigned.
team-person-completed-title = Passed courses
team-person-completed-none = No course passed yet.

# Library digital-help sessions: the guide's pages
library-nav = Digital help
library-title = Digital help
library-intro = Run a drop-in session at the library. Start it here, show the code to the room, and see who needs help.
library-no-access = Only library guides can run digital help sessions. Ask an administrator for the guide permission.
library-start-title = Start a session
library-at = Library: { $name }
library-unit = Library
library-topics = Topics
library-topics-hint = Choose one or more courses that the session is about.
library-topics-none = Choose at least one topic.
library-start = Start the session
library-sessions-title = Your sessions
library-col-started = Started
library-col-library = Library
library-col-topics = Topics
library-col-status = Status
library-session-open = Running – open the live view
library-session-ended = Ended
library-statistics-link = Statistics per month
library-live-title = Digital help session
library-join-how = Go to
library-code-label = and type the code
library-qr-alt = QR code. Scan it with a phone camera to open { $address } with the code filled in.
library-count-participants = Participants
library-count-help = Help requests
library-count-opened = Courses opened
library-count-finished = Courses finished
library-count-minutes = Minutes
library-participants-title = Participants
library-participants-caption = Participants: course, last activity and help requests
library-participants-none = Nobody has joined yet. The list updates by itself.
library-participant-number = Participant { $number }
library-col-participant = Participant
library-col-course = Course and lesson
library-col-active = Last active
library-col-help = Help
library-course-lesson = { $course }, lesson { $lesson }
library-no-course = Has not opened a course yet
library-active = { $minutes ->
    [0] active just now
    [one] active 1 min ago
   *[other] active { $minutes } min ago
}
library-help-waiting = { $minutes ->
    [0] Asks for help now
   *[other] Has waited for help { $minutes } min
}
library-answered = Answered
library-help-new = { $name } asks for help.
library-help-answered = The help request from { $name } is marked as answered.
library-poll-failed = The list could not be updated. Trying again.
library-end = End the session
library-end-confirm = Are you sure? Nobody can join or ask for help after this.
library-end-yes = Yes, end
library-end-cancel = Cancel
library-ended-title = The session has ended
library-ended-privacy = The nicknames and everything about each participant have been deleted. Only the numbers below are kept.
library-back = Back to Digital help
library-statistics-title = Library statistics
library-statistics-intro = Ended sessions per library and month. Only numbers, no personal data.
library-statistics-unit = Unit
library-statistics-csv = Download as a CSV file (Excel)
library-statistics-none = No session has ended here yet.
library-statistics-caption = Digital help at { $unit } per library and month
library-col-month = Month
library-col-sessions = Sessions
library-col-top-topics = Most opened courses
library-topic-opened = { $title } ({ $count } opened)

# Digital help at the library: the citizen's side (join, help, resume codes, handouts)
join-title = Join the digital help
join-intro = Type the code you see on the screen. You do not need an account.
join-already = You have joined a session.
join-courses-link = Go to the courses
join-code-label = Code
join-code-hint = The code is on the screen in the room. It has 6 letters and numbers.
join-code-missing = Type the code from the screen.
join-no-session = No session with that code is running. Check the code on the screen or ask your guide.
join-nickname-label = First name or nickname (you can leave it empty)
join-nickname-hint = So that the guide knows who you are. It is deleted when the session ends. We keep no other personal data.
join-nickname-invalid = The name can have at most 40 letters. You can also leave it empty.
join-start = Start
join-starting = Starting…
join-courses-title = Courses for you
join-greeting = You are at { $library }. Choose a course to start.
join-greeting-named = Welcome, { $name }! You are at { $library }. Choose a course to start.
join-topics = Today's topics
join-other-courses = Other courses
join-all-courses = Courses for everyday life
join-ended = The session has ended — thank you!
join-ended-close = Close
help-request = I need help
help-on-the-way = A guide is on the way.
resume-title = Continue with a resume code
resume-code-label = Resume code
resume-code-hint = The code you wrote down. It has 10 letters and numbers.
resume-code-missing = Type your resume code.
resume-code-unknown = We do not know that code. Check that you typed it as you wrote it down.
code-too-many = Too many wrong codes were typed on this network. Wait 15 minutes and try again, or ask your guide for help.
resume-start = Continue
resume-welcome-back = Welcome back! You can go on where you stopped.
resume-section-title = Continue at home
resume-offer = Do you want to go on at home? Get a code. You do not need an account.
resume-get = Get a code to continue at home
resume-your-code = Your code:
resume-write-down = Write this code down. On another computer or phone, go to { $address } and type it under "Continue with a resume code".
handout-link = Printable handout
handout-qr-alt = QR code. Scan it with a phone camera to open the course at { $address }
handout-address = Scan the code, or type this address:
handout-print = Print
large-text-toggle = Large text
read-aloud-start = Read aloud
read-aloud-stop = Stop reading
