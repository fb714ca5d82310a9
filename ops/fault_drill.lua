-- wrk script for ops/fault_drill.py: rotates over the paths in DRILL_PATHS (space separated)
-- and counts responses per wall-clock second and status, written to DRILL_WRK_OUT at the end.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  paths = {}
  for p in string.gmatch(os.getenv("DRILL_PATHS") or "/", "%S+") do
    table.insert(paths, p)
  end
  n = 0
end

function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  -- "{n}" makes a distinct URL per request, so the page cache cannot hide the database.
  path = string.gsub(path, "{n}", tostring(n))
  return wrk.format("GET", path)
end

function response(status, headers, body)
  local key = os.time() .. " " .. status
  counts[key] = (counts[key] or 0) + 1
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("DRILL_WRK_OUT"), "w"))
  for _, thread in ipairs(threads) do
    for key, value in pairs(thread:get("counts")) do
      out:write(key .. " " .. value .. "\n")
    end
  end
  local e = summary.errors
  out:write(string.format("errors %d %d %d %d %d\n", e.connect, e.read, e.write, e.status, e.timeout))
  out:write(string.format("latency_max_ms %.1f\n", latency.max / 1000))
  out:close()
end
