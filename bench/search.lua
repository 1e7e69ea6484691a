-- wrk script for the cadre search benchmark: varied searches (diacritics-free, as users type them) and pages,
-- and a JSON summary with the percentiles the issue asks for.
local queries = { "nguyen", "tran van", "thi anh", "hoang", "le thi", "pham minh", "vu", "dang", "hung", "ngoc lan", "", "do quoc" }
local cookie = os.getenv("QH_COOKIE")
local path = os.getenv("QH_SEARCH_PATH") or "/api/v1/cadres"
local counter = 0
-- QH_THINK_MS: each simulated user pauses between searches (0 = back-to-back, the harshest case). The pause is drawn
-- evenly between half and one and a half times this, and the first search comes after one such pause too: people
-- read results for varying times and do not start together. QH_THINK_FIXED=1 pauses exactly QH_THINK_MS instead,
-- which keeps all connections in lockstep (they start together, so they search together every time): a burst of
-- every user at the same instant, kept as the worst case.
local think = tonumber(os.getenv("QH_THINK_MS") or "0")
local fixed = os.getenv("QH_THINK_FIXED") == "1"
local threads = 0

-- Each wrk thread has its own Lua state: give each a different, reproducible random sequence.
setup = function(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

init = function(args)
  math.randomseed(2026 + (seed or 0))
end

delay = function()
  if think == 0 or fixed then
    return think
  end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  local page = (counter % 4) + 1
  return wrk.format("GET", path .. "?q=" .. q:gsub(" ", "+") .. "&page=" .. page, { ["Cookie"] = cookie })
end

-- Keep the cookie fresh as a browser does: the app re-issues it after its periodic security-stamp check, and a
-- stale copy would make every later request repeat that check.
response = function(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then
    local value = set:match("qh%.auth=([^;]+)")
    if value then
      cookie = "qh.auth=" .. value
    end
  end
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"errors":%d,"non2xx":%d,"seconds":%.1f,"rps":%.1f,"p50Ms":%.2f,"p90Ms":%.2f,"p95Ms":%.2f,"p99Ms":%.2f,"maxMs":%.2f}\n',
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
