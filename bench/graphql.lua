-- wrk script: POSTs the JSON bodies of the file named by $BENCH_BODIES (one per line), in turn.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  bodies[#bodies + 1] = line
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

if #bodies == 1 then
  -- One body: wrk builds the request once, leaving more CPU to the server.
  wrk.body = bodies[1]
else
  local turn = 0
  request = function()
    turn = turn % #bodies + 1
    return wrk.format(nil, nil, nil, bodies[turn])
  end
end
