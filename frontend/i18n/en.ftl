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
