-- wrk script: every request takes the next path of a list, read from the file named by the first argument, in an
-- order shuffled per thread, so a run asks for many different URLs as a crawler or a class of students would.
-- At the end it prints the HTTP statuses seen, as one line "statuses {"200": n, ...}" for report.py.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths, statuses, counter = {}, {}, 0
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() * 100 + id)
  for i = #paths, 2, -1 do
    local j = math.random(i)
    paths[i], paths[j] = paths[j], paths[i]
  end
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter - 1) % #paths + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = string.format('"%d": %d', status, n) end
  io.write("statuses {" .. table.concat(parts, ", ") .. "}\n")
end
