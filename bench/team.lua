-- wrk script for bench/team.sh: GET the team board with a bearer token.
-- Env: TEAM_TOKEN (bearer token), TEAM_PATH (e.g. /api/v1/team?year=2026&period=2026-11).
local token = os.getenv("TEAM_TOKEN")
local path = os.getenv("TEAM_PATH")

request = function()
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

local errors = 0

response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then
      io.stderr:write("status " .. status .. "\n")
    end
  end
end

done = function(summary, latency, requests)
  io.write(string.format("wrk: requests=%d non2xx=%d errors=%d rps=%.1f p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
