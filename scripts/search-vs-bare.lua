-- wrk request script for scripts/search-vs-bare.sh: every request is a different everyday
-- query of two or three words ("reading homework", "falls for older", "loneliness
-- exercise parents"), numbered from OFFSET so that separate runs never repeat a query.
-- REPEAT=1 rotates over 20 fixed queries instead (the API's answer cache then serves them).
local topics = { "reading", "maths", "phonics", "tutoring", "homework", "teachers", "school", "classroom",
  "feedback", "attendance", "behaviour", "bullying", "exclusion", "mentoring", "apprenticeships", "careers",
  "training", "skills", "jobs", "employment", "unemployment", "business", "grants", "loans", "broadband",
  "transport", "housing", "homelessness", "debt", "money", "benefits", "crime", "police", "policing",
  "burglary", "theft", "violence", "knife", "gangs", "prison", "probation", "reoffending", "victims",
  "lighting", "cctv", "drugs", "alcohol", "smoking", "drinking", "diet", "obesity", "weight", "exercise",
  "walking", "sport", "falls", "balance", "strength", "dementia", "memory", "loneliness", "isolation",
  "depression", "anxiety", "stress", "sleep", "wellbeing", "counselling", "therapy", "carers", "nurses",
  "hospital", "pregnancy", "babies", "toddlers", "parenting", "breastfeeding", "vaccination", "asthma",
  "diabetes", "blood", "pressure", "heart", "stroke", "cancer", "screening", "kidney", "sepsis",
  "infection", "pain", "arthritis", "medicines", "pharmacy", "housework", "volunteering", "gardening",
  "cooking", "music", "art", "dance", "libraries", "parks", "neighbourhood", "community", "friendship",
  "relationships", "divorce", "fostering", "adoption", "disability", "autism", "dyslexia", "language",
  "speech", "writing", "science", "summer", "holidays", "breakfast", "meals", "nutrition", "safety",
  "online", "phones", "screens" }
local generic = { "children", "young", "older", "parents", "families", "pupils", "adults", "women", "men",
  "teenagers", "support", "help", "programme", "advice", "groups", "home", "local", "early", "care", "people" }
local joins = { "", "for", "in", "and", "with", "of", "the", "to", "at" }
local fixed = { "reading", "mentoring", "feedback", "phonics", "falls", "exercise", "policing",
  "loneliness", "parenting", "employment", "apprenticeships", "street lighting", "homework",
  "early years", "social prescribing", "dementia", "alcohol", "tutoring", "cctv", "broadband" }
local prefix = os.getenv("LOAD_PATH") or "/api/v1/search?q="
local offset = tonumber(os.getenv("OFFSET") or "0")
local threads = tonumber(os.getenv("THREADS") or "2")
local repeating = os.getenv("REPEAT") == "1"
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("tid", counter)
end
local i = 0
local function div(a, b) return math.floor(a / b) end
local function query(k)
  local nt = #topics
  local three = k % 2 == 1
  local join = joins[div(k, 2) % #joins + 1]
  local r = div(k, 2 * #joins)
  local a = r % nt
  local b = (a + 1 + div(r, nt) % (nt - 1)) % nt
  local g = generic[div(r, nt * (nt - 1)) % #generic + 1]
  local words = {}
  -- once every ordered pair has been asked, two-word queries become three words too,
  -- with the everyday word in front (odd numbers have it behind)
  if not three and r >= nt * (nt - 1) then words[1] = g end
  words[#words + 1] = topics[a + 1]
  if join ~= "" then words[#words + 1] = join end
  words[#words + 1] = topics[b + 1]
  if three then words[#words + 1] = g end
  return table.concat(words, "+")
end
request = function()
  i = i + 1
  local q
  if repeating then
    q = fixed[(i % #fixed) + 1]:gsub(" ", "+")
  else
    q = query(offset + (i - 1) * threads + (tid - 1))
  end
  return wrk.format("GET", prefix .. q)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
