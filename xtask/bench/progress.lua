-- POST /api/progress-events: every request carries one new lesson-completed event whose id
-- was never sent before, from one of 64 anonymous learners per wrk thread.
-- Arguments after `--`: a run nonce (8 hex digits, new for every run), course slug, lesson.

local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local nonce, slug, lesson
local counter = 0

init = function(args)
  nonce, slug, lesson = args[1], args[2], tonumber(args[3])
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  counter = counter + 1
  -- Unique by construction (run, thread, counter): random ids from several threads' Lua
  -- states could repeat, and a repeated id is stored as a duplicate, not written.
  local id = string.format("%s-%04x-4000-8000-%012x", nonce, thread_number, counter)
  local learner = string.format("%s-%04x-4000-9000-%012x", nonce, thread_number, counter % 64)
  local body = string.format(
    '{"events":[{"id":"%s","learner_id":"%s","kind":"lesson-completed",' ..
    '"course_slug":"%s","lesson":%d,"occurred_at":%d}]}',
    id, learner, slug, lesson, os.time())
  return wrk.format(nil, "/api/progress-events", nil, body)
end
