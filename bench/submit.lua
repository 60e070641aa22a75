-- wrk script for bench/submit.sh: each request is one employee, chosen round-robin per
-- thread, writing a value of their own indicator in the open period with their token.
-- The table of users comes from the file named by SUBMIT_USERS (written by submit.sh).
dofile(os.getenv("SUBMIT_USERS"))
local i = 0
local step = 1

function setup(thread)
  i = i + 1
  thread:set("offset", i)
end

function init(args)
  i = offset
end

function request()
  local u = users[(i % #users) + 1]
  i = i + 2
  local body = string.format('{"period":"%s","indicatorId":%d,"value":"%d","obstacle":"Beban kerja","cause":"Tenggat","fix":"Jadwal ulang"}', period, u[3], i % 97 + 1)
  return wrk.format("POST", "/api/v1/skp/" .. u[2] .. "/realisations",
    { ["Authorization"] = "Bearer " .. u[1], ["Content-Type"] = "application/json" }, body)
end
